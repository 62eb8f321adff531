/** The action's work: inputs -> options -> load run -> baseline comparison -> report. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionReport, RunContext } from '../../../core/action.js';
import { InputError } from '../../../core/errors.js';
import { getYamlOrFile } from '../../../core/yaml-input.js';
import { compareWithBaseline, readBaseline } from './baseline.js';
import type { Inputs } from './definition.js';
import { defaultWorkerCount, runLoadTest, type LoadOptions } from './engine.js';
import { parseChecks, parseHeaders, parseMaxRegression, parseStages } from './options.js';
import { readPayloadRows, renderBodies } from './payloads.js';
import { buildFindings, buildReport, resultsDocument } from './report.js';
import { parseThresholds } from './thresholds.js';

const DEFAULT_DURATION_MS = 30_000;

export function buildOptions(inputs: Inputs, cwd: string): LoadOptions {
  try {
    new URL(inputs.url);
  } catch {
    throw new InputError('url', `'${inputs.url}' is not a URL; write it like http://127.0.0.1:8080/predict.`);
  }
  const raw = (name: string) => (key: string) => (key === name ? (inputs as unknown as Record<string, string>)[name] : '');
  const stagesSource = getYamlOrFile(raw('stages'), 'stages', cwd);
  const thresholdsSource = getYamlOrFile(raw('thresholds'), 'thresholds', cwd);
  const checksSource = getYamlOrFile(raw('checks'), 'checks', cwd);
  const model = inputs.vus !== undefined ? 'closed' : 'open';
  const initialTarget = (model === 'closed' ? inputs.vus : inputs.rate) ?? 0;
  const stages = stagesSource ? parseStages(stagesSource) : [{ durationMs: inputs.duration ?? DEFAULT_DURATION_MS, target: initialTarget }];
  if (Math.max(initialTarget, ...stages.map((s) => s.target)) <= 0) {
    throw new InputError(model === 'closed' ? 'vus' : 'rate', 'and the stage targets are all 0, so nothing would be sent.');
  }
  const headers = parseHeaders(inputs.headers);
  let bodies: Buffer[] = [Buffer.from(inputs.body ?? '')];
  if (inputs.payloads) bodies = renderBodies(inputs.body, readPayloadRows(inputs.payloads, cwd));
  const looksJson = /^\s*[[{]/.test(bodies[0].toString('utf8', 0, Math.min(64, bodies[0].length)));
  if (looksJson && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type'))
    headers['Content-Type'] = 'application/json';
  return {
    url: inputs.url,
    method: inputs.method ?? (inputs.body !== undefined || inputs.payloads ? 'POST' : 'GET'),
    headers,
    bodies,
    order: inputs['payload-order'],
    model,
    stages,
    initialTarget,
    maxInFlight: inputs['max-in-flight'],
    timeoutMs: inputs.timeout,
    workers: inputs.workers === 0 ? defaultWorkerCount() : inputs.workers,
    checks: checksSource ? parseChecks(checksSource) : [],
    thresholds: thresholdsSource ? parseThresholds(thresholdsSource) : [],
  };
}

export async function executeLoadTest(inputs: Inputs, context: RunContext): Promise<ActionReport> {
  const options = buildOptions(inputs, context.cwd);
  const maxRegression = parseMaxRegression(inputs['max-regression']);
  if (maxRegression !== undefined && !inputs.baseline)
    throw new InputError('max-regression', 'needs a baseline results file in the baseline input.');
  const baseline = inputs.baseline ? readBaseline(inputs.baseline, context.cwd) : undefined;
  const result = await runLoadTest(options, context.log);
  const baselineReport = baseline
    ? { file: baseline.file, rows: compareWithBaseline(result.latencyMs, baseline, maxRegression), maxRegression }
    : undefined;
  const resultsPath = path.resolve(context.cwd, inputs['results-path']);
  const reportInput = { result, baseline: baselineReport, resultsPath };
  mkdirSync(path.dirname(resultsPath), { recursive: true });
  writeFileSync(resultsPath, `${JSON.stringify(resultsDocument(result, baselineReport?.rows), null, 2)}\n`);
  return buildReport(reportInput, buildFindings(reportInput));
}
