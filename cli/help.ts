import type { RegisteredAction } from '../core/registry.generated.js';

const GLOBAL_FLAGS = [
  ['--json', 'print the report as JSON on stdout instead of findings'],
  ['--summary FILE', 'also write the markdown summary to FILE'],
  ['--quiet', 'only findings and the result line'],
  ['--help', 'show this help'],
];

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

export function mainHelp(actions: Record<string, RegisteredAction>): string {
  const names = Object.keys(actions);
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return [
    'mlops — the DevOps loop for models, on your machine and in GitHub Actions.',
    '',
    'Usage: mlops <action> [--<input> <value>]... [--json] [--summary FILE]',
    '',
    'Actions:',
    ...names.map((name) => `  ${name.padEnd(width)}${actions[name].description.split('\n')[0]}`),
    '',
    "Run 'mlops <action> --help' for its inputs. Exit codes: 0 passed, 1 failed, 2 usage or input error.",
  ].join('\n');
}

export function actionHelp(name: string, action: RegisteredAction): string {
  const rows = Object.entries(action.inputs).map(([input, spec]) => {
    const flag = `--${input}${spec.required ? ' (required)' : ''}`;
    const extra = spec.default !== undefined ? ` [default: ${spec.default.replace(/\n/g, '\\n')}]` : '';
    return [flag, `${spec.description}${extra}`];
  });
  const all = [...rows, ...GLOBAL_FLAGS];
  const width = Math.min(34, Math.max(...all.map(([flag]) => flag.length)) + 2);
  const indent = ' '.repeat(width + 2);
  const format = ([flag, text]: string[]) =>
    `  ${flag.padEnd(width)}${flag.length >= width ? `\n${indent}` : ''}${wrap(text, 96 - width, indent)}`;
  return [
    `mlops ${name} — ${action.description}`,
    '',
    `Usage: mlops ${name} [--<input> <value>]...`,
    '',
    'Inputs (the same names as the action.yml inputs):',
    ...rows.map(format),
    '',
    'Options:',
    ...GLOBAL_FLAGS.map(format),
  ].join('\n');
}
