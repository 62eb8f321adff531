import type { CompiledField } from './field-compile.js';
import type { RuleTally, Tallies } from './tally.js';

/** Per-value rules whose tally is looked up only when a value breaks them. */
export type ValueRule = 'malformed-quote' | 'enum' | 'minimum' | 'maximum' | 'minLength' | 'maxLength' | 'pattern' | 'format';

/**
 * The tally of `rule` on field `f`, with the rule in words for the report. Only a failing value
 * asks for it, so a rule no value breaks never shows up, not even with a count of zero.
 */
export function valueRuleTally(tallies: Tallies, rule: ValueRule, f: CompiledField): RuleTally {
  return tallies.get(rule, f.spec.name, ruleInWords(rule, f));
}

function ruleInWords(rule: ValueRule, f: CompiledField): string {
  const { constraints } = f.spec;
  switch (rule) {
    case 'malformed-quote':
      return 'CSV quoting: text follows a closing quote';
    case 'enum':
      return `enum [${constraints.enum!.slice(0, 8).join(', ')}${constraints.enum!.length > 8 ? ', …' : ''}]`;
    case 'minimum':
      return `minimum ${constraints.minimum}`;
    case 'maximum':
      return `maximum ${constraints.maximum}`;
    case 'minLength':
      return `minLength ${f.minLength}`;
    case 'maxLength':
      return `maxLength ${f.maxLength}`;
    case 'pattern':
      return `pattern ${constraints.pattern}`;
    case 'format':
      return `format ${f.spec.format}`;
  }
}
