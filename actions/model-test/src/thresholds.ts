import levenshtein from 'fast-levenshtein';
import { InputError } from '../../../core/errors.js';
import type { YamlSource } from '../../../core/yaml-input.js';

/** An allowed change against the baseline: absolute, or relative to it (`10%`). */
export interface Allowance {
  amount: number;
  relative: boolean;
  text: string;
}

export interface Rule {
  min?: { value: number; inclusive: boolean };
  max?: { value: number; inclusive: boolean };
  maxDrop?: Allowance;
  maxIncrease?: Allowance;
  /** How the user wrote it, for the report. */
  text: string;
}

export interface Threshold {
  /** A metric name, or a pattern where `*` stands for one dotted segment (`slice.region.*.accuracy`). */
  pattern: string;
  rule: Rule;
  line?: number;
}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
const COMPARISON = new RegExp(String.raw`^\s*(>=|<=|>|<|==)\s*(${NUMBER})\s*$`);
const ALLOWANCE = new RegExp(String.raw`^\s*(${NUMBER})\s*(%?)\s*$`);
const RULE_KEYS = ['min', 'max', 'max-drop', 'max-increase'] as const;

function fail(source: YamlSource, keyPath: string[], message: string): never {
  const line = source.lineOf(keyPath);
  const where = source.file ? ` (${source.file}${line ? `:${line}` : ''})` : line ? ` (line ${line})` : '';
  throw new InputError('thresholds', `${keyPath.join(' → ')}${where}: ${message}`, { file: source.file, line });
}

function parseComparison(text: string, source: YamlSource, keyPath: string[]): Rule {
  const match = COMPARISON.exec(text);
  if (!match) fail(source, keyPath, `'${text}' is not a threshold; write '>= 0.9', '<= 3.2' or a map like { min: 0.8, max-drop: 0.01 }.`);
  const value = Number(match[2]);
  const rule: Rule = { text: `${match[1]} ${match[2]}` };
  if (match[1] === '>=' || match[1] === '>') rule.min = { value, inclusive: match[1] === '>=' };
  else if (match[1] === '<=' || match[1] === '<') rule.max = { value, inclusive: match[1] === '<=' };
  else rule.min = rule.max = { value, inclusive: true };
  return rule;
}

function parseAllowance(raw: unknown, source: YamlSource, keyPath: string[]): Allowance {
  const text = String(raw);
  const match = typeof raw === 'number' || typeof raw === 'string' ? ALLOWANCE.exec(text) : null;
  if (!match || Number(match[1]) < 0)
    fail(source, keyPath, `'${text}' is not an allowed change; write a non-negative number (0.01) or a percentage (10%).`);
  return { amount: match[2] ? Number(match[1]) / 100 : Number(match[1]), relative: match[2] === '%', text: text.trim() };
}

function parseBound(raw: unknown, source: YamlSource, keyPath: string[]): number {
  const value = typeof raw === 'string' && new RegExp(`^\\s*${NUMBER}\\s*$`).test(raw) ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(source, keyPath, `'${String(raw)}' is not a number.`);
  return value;
}

function parseRuleMap(map: Record<string, unknown>, source: YamlSource, keyPath: string[]): Rule {
  const rule: Rule = { text: '' };
  const parts: string[] = [];
  for (const [key, raw] of Object.entries(map)) {
    const at = [...keyPath, key];
    if (key === 'min') parts.push(`≥ ${(rule.min = { value: parseBound(raw, source, at), inclusive: true }).value}`);
    else if (key === 'max') parts.push(`≤ ${(rule.max = { value: parseBound(raw, source, at), inclusive: true }).value}`);
    else if (key === 'max-drop') parts.push(`drop ≤ ${(rule.maxDrop = parseAllowance(raw, source, at)).text}`);
    else if (key === 'max-increase') parts.push(`increase ≤ ${(rule.maxIncrease = parseAllowance(raw, source, at)).text}`);
    else fail(source, at, `unknown key '${key}'; a threshold map takes ${RULE_KEYS.join(', ')}.`);
  }
  if (parts.length === 0) fail(source, keyPath, `the map is empty; give at least one of ${RULE_KEYS.join(', ')}.`);
  rule.text = parts.join(', ');
  return rule;
}

/** Reads the `thresholds` input: a map from metric name (or pattern) to a comparison string or a rule map. */
export function parseThresholds(source: YamlSource): Threshold[] {
  const value = source.value;
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('thresholds', 'must be a map of metric name to threshold, e.g. `accuracy: ">= 0.9"`.', { file: source.file });
  }
  return Object.entries(value as Record<string, unknown>).map(([pattern, raw]) => {
    const keyPath = [pattern];
    let rule: Rule;
    if (typeof raw === 'string') rule = parseComparison(raw, source, keyPath);
    else if (raw !== null && typeof raw === 'object' && !Array.isArray(raw))
      rule = parseRuleMap(raw as Record<string, unknown>, source, keyPath);
    else if (typeof raw === 'number') fail(source, keyPath, `a bare number is ambiguous; write ">= ${raw}" or "<= ${raw}".`);
    else fail(source, keyPath, `expected a comparison like ">= 0.9" or a map like { min: 0.8, max-drop: 0.01 }.`);
    return { pattern, rule, line: source.lineOf(keyPath) };
  });
}

function patternRegExp(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[^.]+')}$`);
}

/** The metric names a threshold applies to; none is the user's mistake, so say which names exist. */
export function matchMetrics(threshold: Threshold, known: readonly string[], source: YamlSource): string[] {
  const regexp = patternRegExp(threshold.pattern);
  const matched = known.filter((name) => regexp.test(name));
  if (matched.length > 0) return matched;
  const closest = [...known].sort((a, b) => levenshtein.get(threshold.pattern, a) - levenshtein.get(threshold.pattern, b))[0];
  const hint =
    closest && levenshtein.get(threshold.pattern, closest) <= Math.max(3, threshold.pattern.length / 2)
      ? ` Did you mean '${closest}'?`
      : '';
  const list = known.length > 30 ? `${known.slice(0, 30).join(', ')}, … (${known.length} in all)` : known.join(', ');
  fail(source, [threshold.pattern], `no metric named '${threshold.pattern}'.${hint} Known metrics: ${list || '(none)'}.`);
}

export type Status = 'pass' | 'fail' | 'noise' | 'no-baseline';

export interface Verdict {
  status: Status;
  reasons: string[];
}

const TOLERANCE = 1e-12;

/** Checks one metric; a delta rule broken by a change whose interval contains 0 is noise, not a failure. */
export function judge(rule: Rule, value: number, baseline: number | undefined, interval?: { low: number; high: number }): Verdict {
  const reasons: string[] = [];
  const below = rule.min && (rule.min.inclusive ? value < rule.min.value - TOLERANCE : value <= rule.min.value);
  const above = rule.max && (rule.max.inclusive ? value > rule.max.value + TOLERANCE : value >= rule.max.value);
  if (below) reasons.push(`${value} is below the minimum ${rule.min!.value}`);
  if (above) reasons.push(`${value} is above the maximum ${rule.max!.value}`);
  const deltaReasons: string[] = [];
  const wantsBaseline = rule.maxDrop !== undefined || rule.maxIncrease !== undefined;
  if (wantsBaseline && baseline !== undefined) {
    const scale = (allowance: Allowance): number => (allowance.relative ? allowance.amount * Math.abs(baseline) : allowance.amount);
    if (rule.maxDrop && baseline - value > scale(rule.maxDrop) + TOLERANCE) {
      deltaReasons.push(`dropped by ${baseline - value} from ${baseline}, more than the allowed ${rule.maxDrop.text}`);
    }
    if (rule.maxIncrease && value - baseline > scale(rule.maxIncrease) + TOLERANCE) {
      deltaReasons.push(`increased by ${value - baseline} from ${baseline}, more than the allowed ${rule.maxIncrease.text}`);
    }
  }
  const withinNoise = interval !== undefined && interval.low <= 0 && interval.high >= 0;
  if (reasons.length > 0 || (deltaReasons.length > 0 && !withinNoise)) return { status: 'fail', reasons: [...reasons, ...deltaReasons] };
  if (deltaReasons.length > 0)
    return { status: 'noise', reasons: deltaReasons.map((r) => `${r}, but the change is within noise (its interval contains 0)`) };
  if (wantsBaseline && baseline === undefined) return { status: 'no-baseline', reasons: ['no baseline value to compare with'] };
  return { status: 'pass', reasons: [] };
}
