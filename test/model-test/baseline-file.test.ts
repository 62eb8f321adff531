// A baseline from a file (an artifact of the main branch's run) instead of git, through the bundle.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../github-api/events.js';
import { runBundle } from '../harness/run-bundle.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'model-test-baseline-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('model-test with baseline-file', () => {
  const files = {
    'metrics.csv': 'metric,value\nauc,0.90\nlatency_p95_ms,47\nrmse,3.0\n',
    'main.yaml': 'auc: 0.91\nlatency_p95_ms: 40\nrmse: 3.1\n',
  };

  it('fails a relative max-increase and passes a max-drop within its allowance', async () => {
    const result = await runBundle('model-test', {
      cwd: workspace(files),
      inputs: {
        metrics: 'metrics.csv',
        'baseline-file': 'main.yaml',
        thresholds: 'auc: { min: 0.85, max-drop: 0.02 }\nlatency_p95_ms: { max-increase: 10% }\nrmse: "<= 3.2"',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(JSON.parse(result.outputs['metrics-json'])).toEqual({ auc: 0.9, latency_p95_ms: 47, rmse: 3 });
    const errors = result.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'metrics.csv',
        line: 3,
        message: expect.stringMatching(/latency_p95_ms = 47 .*increased by 7 from 40, more than the allowed 10%/),
      }),
    ]);
    expect(result.summary).toMatch(/\| auc \| 0\.9 \| 0\.91 \| -0\.01 \| {2}\| ≥ 0\.85, drop ≤ 0\.02 \| ✅ pass \|/);
    expect(result.summary).toContain('Baseline: `main.yaml` · no intervals on the deltas');
    expect(result.report!.data.baseline).toEqual({ source: 'main.yaml', intervals: 'none' });
  });

  it('passes, and marks delta rules as unchecked when there is no baseline at all', async () => {
    const result = await runBundle('model-test', {
      cwd: workspace(files),
      inputs: { metrics: 'metrics.csv', thresholds: 'auc: { max-drop: 0.001 }' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.annotations.find((a) => a.level === 'notice')?.message).toMatch(/Not compared with a baseline \(none found\): auc/);
  });

  it('only warns when the pull request base cannot be read (not a git checkout), since nobody asked for that ref', async () => {
    const event = { name: 'pull_request', payload: pullRequestEvent('opened', { number: 3, base: { ref: 'main' } }) };
    const result = await runBundle('model-test', {
      cwd: workspace(files),
      event,
      inputs: { metrics: 'metrics.csv', thresholds: 'rmse: "<= 3.2"', 'pr-comment': 'false' },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.annotations.find((a) => a.level === 'warning')?.message).toMatch(
      /^No baseline: Input 'baseline-ref': 'main' is not in the checkout/,
    );
  });
});
