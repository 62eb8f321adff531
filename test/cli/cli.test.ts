import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { REPO_ROOT } from '../harness/run-bundle.js';

const mlops = path.join(REPO_ROOT, 'bin', 'mlops.js');

function cli(args: string[], cwd = REPO_ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [mlops, ...args], { cwd, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+(\.js|node:)/);

describe('the mlops command', () => {
  it('lists the actions and exits 0 on --help', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    for (const action of ['validate-data', 'model-test', 'load-test']) expect(result.stdout).toContain(action);
  });

  it('generates each action help from its action.yml inputs', async () => {
    for (const action of ['validate-data', 'model-test', 'load-test']) {
      const spec = parse(readFileSync(path.join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as {
        inputs: Record<string, unknown>;
      };
      const result = await cli([action, '--help']);
      expect(result.code).toBe(0);
      for (const input of Object.keys(spec.inputs).filter((name) => !['github-token', 'pr-comment', 'check-run'].includes(name))) {
        expect(result.stdout).toContain(`--${input}`);
      }
    }
  });

  it('exits 2 naming an unknown action or flag', async () => {
    const unknownAction = await cli(['deploy-everything']);
    expect(unknownAction.code).toBe(2);
    expect(unknownAction.stderr).toContain("unknown action 'deploy-everything'");
    const unknownFlag = await cli(['validate-data', '--colour', 'red']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toMatch(/Unknown option '--colour'/);
  });

  it('gives one clear line for an unknown enum value', async () => {
    const result = await cli(['validate-data', '--files', 'x.csv', '--fail-on', 'sometimes']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain("Input 'fail-on': 'sometimes' is not one of: error, warning, never.");
    noStack(result.stderr);
  });

  it('gives one clear line for 10x as a duration', async () => {
    const result = await cli(['load-test', '--url', 'http://127.0.0.1:9/', '--duration', '10x']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain("Input 'duration': '10x' is not a duration");
    noStack(result.stderr);
  });

  it('names file:line of a YAML syntax error at line 7', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-yaml-'));
    writeFileSync(path.join(dir, 'metrics.json'), '{"accuracy": 0.9}');
    writeFileSync(
      path.join(dir, 'thresholds.yml'),
      ['# thresholds', 'accuracy: ">= 0.8"', 'f1:', '  min: 0.7', 'rmse: "<= 3"', 'mae: "<= 2"', 'r2: ">= 0.5": x', 'auc: ">= 0.7"'].join(
        '\n',
      ),
    );
    const result = await cli(['model-test', '--metrics', 'metrics.json', '--thresholds', 'thresholds.yml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/Input 'thresholds': thresholds\.yml:7:\d+: /);
    noStack(result.stderr);
  });
});
