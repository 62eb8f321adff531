import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';

/** Bad inputs through real action bundles: one clear line naming the input (and file:line), a failed step, no stack. */
describe('bad inputs fail the step cleanly', () => {
  it('an unknown enum value names the input and lists the valid values', async () => {
    const result = await runBundle('validate-data', { inputs: { files: 'data.csv', 'fail-on': 'sometimes' } });
    expect(result.exitCode).toBe(1);
    expect(result.hasStackTrace).toBe(false);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      "Input 'fail-on': 'sometimes' is not one of: error, warning, never.",
    ]);
  });

  it('10x as a duration names the input and the expected form', async () => {
    const result = await runBundle('load-test', { inputs: { url: 'http://127.0.0.1:9/', rate: '10', duration: '10x' } });
    expect(result.exitCode).toBe(1);
    expect(result.hasStackTrace).toBe(false);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe("Input 'duration': '10x' is not a duration; write it like 30s, 5m, 1h30m or 250ms.");
  });

  it('a YAML syntax error at line 7 of a thresholds file is annotated on that file and line', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'bad-yaml-'));
    writeFileSync(path.join(cwd, 'metrics.json'), '{"accuracy": 0.9}\n');
    const lines = ['# gate', 'accuracy: ">= 0.8"', 'f1:', '  min: 0.7', 'rmse: "<= 3"', 'mae: "<= 2"', 'r2: ">= 0.5": x', 'auc: ">= 0.7"'];
    writeFileSync(path.join(cwd, 'thresholds.yml'), `${lines.join('\n')}\n`);
    const result = await runBundle('model-test', { cwd, inputs: { metrics: 'metrics.json', thresholds: 'thresholds.yml' } });
    expect(result.exitCode).toBe(1);
    expect(result.hasStackTrace).toBe(false);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'thresholds.yml', line: 7 });
    expect(errors[0].message).toMatch(/^Input 'thresholds': thresholds\.yml:7:\d+: /);
  });

  it('the Marketplace entry rejects an unknown action naming the input', async () => {
    const result = await runBundle('main', { inputs: { run: 'deploy-everything' } });
    expect(result.exitCode).toBe(1);
    expect(result.hasStackTrace).toBe(false);
    expect(result.annotations.map((a) => a.message)).toContain(
      "Input 'run': 'deploy-everything' is not one of: load-test, model-test, validate-data.",
    );
  });
});

describe('generated files', () => {
  it('the root action.yml, the CLI registry and the README input tables match actions/*/action.yml', async () => {
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [path.join(REPO_ROOT, 'scripts', 'gen-root-action.mjs'), '--check'], (error, _stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stderr }),
      );
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
