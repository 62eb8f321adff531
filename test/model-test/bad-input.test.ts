// Every bad input through the built bundle: exit 1, one clear message naming the input or
// file:line, no stack trace.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../harness/run-bundle.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'model-test-input-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function expectUserError(
  files: Record<string, string>,
  inputs: Record<string, string>,
  message: RegExp,
  where?: { file: string; line?: number },
) {
  const result = await runBundle('model-test', { cwd: workspace(files), inputs });
  expect(result.exitCode, result.stdout).toBe(1);
  expect(result.hasStackTrace, result.stdout).toBe(false);
  const errors = result.annotations.filter((a) => a.level === 'error');
  expect(errors.length).toBeGreaterThanOrEqual(1);
  expect(errors.at(-1)!.message).toMatch(message);
  if (where)
    expect(
      errors.find((a) => a.file === where.file && (where.line === undefined || a.line === where.line)),
      JSON.stringify(errors),
    ).toBeDefined();
  return result;
}

const metricsJson = '{\n  "accuracy": 0.91,\n  "f1": 0.88,\n  "latency": { "p95_ms": 41.5 }\n}\n';

describe('model-test bad input', () => {
  it('a metrics glob that matches nothing names the input and the pattern', async () => {
    await expectUserError(
      { 'metrics.json': metricsJson },
      { metrics: 'out/metrics.json' },
      /^Input 'metrics': no file matches 'out\/metrics\.json'/,
    );
  });

  it('a NaN metric (as Python json.dump writes it) names the file and line', async () => {
    await expectUserError(
      { 'eval/metrics.json': '{\n  "accuracy": 0.91,\n  "auc": NaN\n}\n' },
      { metrics: 'eval/*.json' },
      /eval\/metrics\.json:3: metric 'auc' is NaN, not a finite number/,
      { file: 'eval/metrics.json', line: 3 },
    );
  });

  it('an infinite metric in a CSV file names the file and line', async () => {
    await expectUserError(
      { 'metrics.csv': 'metric,value\naccuracy,0.9\nrmse,inf\n' },
      { metrics: 'metrics.csv' },
      /metrics\.csv:3: metric 'rmse' is inf/,
      { file: 'metrics.csv', line: 3 },
    );
  });

  it('a threshold on a metric that does not exist lists the known ones and the closest', async () => {
    await expectUserError(
      { 'metrics.json': metricsJson },
      { metrics: 'metrics.json', thresholds: 'accuracy: ">= 0.9"\nacuracy: ">= 0.9"' },
      /^Input 'thresholds': acuracy \(line 2\): no metric named 'acuracy'\. Did you mean 'accuracy'\? Known metrics: accuracy, f1, latency\.p95_ms\./,
    );
  });

  it('an unparsable threshold expression names the file and line of the thresholds file', async () => {
    await expectUserError(
      { 'metrics.json': metricsJson, 'gates.yml': 'f1: ">= 0.8"\naccuracy: "at least 0.9"\n' },
      { metrics: 'metrics.json', thresholds: 'gates.yml' },
      /^Input 'thresholds': accuracy \(gates\.yml:2\): 'at least 0\.9' is not a threshold; write '>= 0\.9'/,
      { file: 'gates.yml', line: 2 },
    );
  });

  it('an unknown key in a threshold map is named with the keys allowed', async () => {
    await expectUserError(
      { 'metrics.json': metricsJson },
      { metrics: 'metrics.json', thresholds: 'f1: { min: 0.8, max_drop: 0.01 }' },
      /f1 → max_drop \(line 1\): unknown key 'max_drop'; a threshold map takes min, max, max-drop, max-increase/,
    );
  });

  it('predictions and labels of different length name both files', async () => {
    await expectUserError(
      { 'pred.csv': 'prediction\na\nb\na\n', 'truth.jsonl': '{"label":"a"}\n{"label":"b"}\n' },
      { predictions: 'pred.csv', labels: 'truth.jsonl', task: 'classification' },
      /^Inputs 'predictions' and 'labels': pred\.csv has 3 rows but truth\.jsonl has 2/,
    );
  });

  it('a missing prediction column lists the columns there are', async () => {
    await expectUserError(
      { 'pred.csv': 'label,pred\na,a\n' },
      { predictions: 'pred.csv', task: 'classification' },
      /^Input 'prediction-column': column 'prediction' is not in pred\.csv; its columns are: label, pred\./,
    );
  });

  it('a command with a pipe is refused: there is no shell', async () => {
    await expectUserError(
      { 'metrics.json': metricsJson },
      { command: 'python evaluate.py | tee log.txt', metrics: 'metrics.json' },
      /^Input 'command': '\|' needs a shell/,
    );
  });

  it('a command that is not installed is named', async () => {
    await expectUserError(
      { 'metrics.json': metricsJson },
      { command: 'no-such-evaluator --fast', metrics: 'metrics.json' },
      /Command 'no-such-evaluator' could not be started/,
    );
  });

  it('predictions without a task ask for the task', async () => {
    await expectUserError({}, { predictions: 'p.csv' }, /^Input 'task': is required with 'predictions'/);
  });

  it('a baseline ref that exists nowhere explains how to fix the checkout', async () => {
    const result = await expectUserError(
      { 'metrics.json': metricsJson },
      { metrics: 'metrics.json', 'baseline-ref': 'release/v9' },
      /^Input 'baseline-ref': 'release\/v9' is not in the checkout and 'git fetch origin release\/v9' failed/,
    );
    expect(result.stdout).not.toMatch(/at .*index\.js/);
  });

  it('a metrics file missing after a failed command points at the command', async () => {
    await expectUserError(
      { 'evaluate.py': 'import sys\nsys.exit("no GPU here")\n' },
      { command: 'python3 evaluate.py', metrics: 'metrics.json' },
      /^Input 'metrics': no file matches 'metrics\.json'.* The command 'python3 evaluate\.py' exited with code 1 before: see its log above\./,
    );
  });
});
