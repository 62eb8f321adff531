import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors.js';
import { parseYaml } from '../../core/yaml-input.js';
import { countFailedChecks } from '../../actions/load-test/src/checks.js';
import { definition } from '../../actions/load-test/src/definition.js';
import { buildOptions } from '../../actions/load-test/src/execute.js';
import { parseChecks, parseStages } from '../../actions/load-test/src/options.js';
import { readPayloadRows, renderBodies } from '../../actions/load-test/src/payloads.js';
import { LoadSchedule } from '../../actions/load-test/src/schedule.js';
import { evaluateThresholds, parseThresholds, type MetricValues } from '../../actions/load-test/src/thresholds.js';

const values: MetricValues = {
  duration: { avg: 40, min: 1, max: 900, med: 30, percentile: (p) => (p >= 99 ? 600 : p >= 95 ? 180 : 30) },
  failedRate: 0.02,
  requests: { count: 5000, rate: 500 },
  checksRate: 0.999,
};

describe('thresholds', () => {
  it("reads k6's map with its object form, and evaluates with measured values", () => {
    const source = parseYaml(
      [
        'http_req_duration:',
        '  - p(95)<200',
        '  - { threshold: "p(99) <= 500", abortOnFail: true, delayAbortEval: 10s }',
        '  - avg < 50',
        'http_req_failed: ["rate<0.01"]',
        'http_reqs: ["count>=5000", "rate==500"]',
        'checks: rate>0.99',
      ].join('\n'),
      'thresholds',
      'slo.yml',
    );
    const thresholds = parseThresholds(source);
    expect(thresholds.map((t) => [t.metric, t.aggregation, t.operator, t.value, t.line])).toEqual([
      ['http_req_duration', 'p(95)', '<', 200, 2],
      ['http_req_duration', 'p(99)', '<=', 500, 3],
      ['http_req_duration', 'avg', '<', 50, 4],
      ['http_req_failed', 'rate', '<', 0.01, 5],
      ['http_reqs', 'count', '>=', 5000, 6],
      ['http_reqs', 'rate', '==', 500, 6],
      ['checks', 'rate', '>', 0.99, 7],
    ]);
    expect(thresholds[1]).toMatchObject({ abortOnFail: true, delayAbortEvalMs: 10_000, file: 'slo.yml' });
    const outcomes = evaluateThresholds(thresholds, values);
    expect(outcomes.map((o) => [o.passed, o.actual])).toEqual([
      [true, 180],
      [false, 600],
      [true, 40],
      [false, 0.02],
      [true, 5000],
      [true, 500],
      [true, 0.999],
    ]);
  });

  it('reads the flat list form with its aliases', () => {
    const thresholds = parseThresholds(
      parseYaml('["p(99.9)<1000", "med<35", "error_rate<0.05", "rps>=490", "min!=0", "max>1"]', 'thresholds'),
    );
    expect(thresholds.map((t) => `${t.metric}.${t.aggregation}`)).toEqual([
      'http_req_duration.p(99.9)',
      'http_req_duration.med',
      'http_req_failed.rate',
      'http_reqs.rate',
      'http_req_duration.min',
      'http_req_duration.max',
    ]);
    expect(evaluateThresholds(thresholds, values).every((o) => o.passed)).toBe(true);
  });

  it.each([
    ['http_req_duration: ["p95<200"]', /threshold 'p95<200' \(line 1\): http_req_duration takes avg, min, max, med, p\(N\), not 'p95'/],
    ['http_req_duration: ["p(95)<<200"]', /threshold 'p\(95\)<<200'.*is not of the form/],
    ['http_req_failed: ["avg<1"]', /threshold 'avg<1'.*http_req_failed takes rate/],
    ['http_req_duration{status:200}: ["p(95)<1"]', /unknown metric 'http_req_duration\{status:200\}'.*Tagged sub-metrics/],
    ['["p(101)<5"]', /between 0 and 100/],
    ['http_reqs: [{threshold: "rate>1", abortOnFail: maybe}]', /abortOnFail.*true or false/],
    ['["speed<5"]', /threshold 'speed<5'.*'speed' is not known/],
  ])('rejects %s with an InputError naming the expression', (text, message) => {
    const parse = (): unknown => parseThresholds(parseYaml(text, 'thresholds'));
    expect(parse).toThrow(InputError);
    expect(parse).toThrow(message);
  });
});

describe('schedule', () => {
  it('spreads a constant rate evenly and counts exactly', () => {
    const schedule = LoadSchedule.constant(500, 10_000);
    expect(schedule.totalCount).toBe(5000);
    expect(schedule.timeOfRequest(0)).toBe(0);
    expect(schedule.timeOfRequest(250)).toBeCloseTo(500, 6);
  });

  it('inverts a linear ramp', () => {
    const schedule = new LoadSchedule(
      [
        { durationMs: 10_000, target: 100 },
        { durationMs: 10_000, target: 100 },
      ],
      0,
    );
    expect(schedule.totalCount).toBe(1500); // 500 on the ramp + 1000 on the plateau
    for (const n of [1, 100, 499, 500, 1000, 1499]) expect(schedule.countAt(schedule.timeOfRequest(n))).toBeCloseTo(n, 6);
    expect(schedule.targetAt(5000)).toBe(50);
  });
});

describe('inputs and options', () => {
  const read = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
  it('needs exactly one of rate and vus, and not duration with stages', () => {
    expect(() => definition.readInputs(read({ url: 'http://127.0.0.1:1/' }))).toThrow(/set rate .* or vus/);
    expect(() => definition.readInputs(read({ url: 'http://x/', rate: '5', vus: '2' }))).toThrow(/both set/);
    expect(() => definition.readInputs(read({ url: 'http://x/', rate: '5', duration: '5s', stages: '10s:5' }))).toThrow(/Input 'duration'/);
    expect(() => definition.readInputs(read({ url: 'http://x/', rate: 'fast' }))).toThrow(/Input 'rate': 'fast' is not a number/);
  });

  it('parses stages, checks and headers, and defaults POST + JSON for a JSON body', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lt-inputs-'));
    const inputs = definition.readInputs(
      read({
        url: 'http://127.0.0.1:9/p',
        vus: '4',
        stages: '- duration: 5s\n  target: 10\n- 1m:10',
        body: '{"a": 1}',
        headers: 'Authorization: Bearer x\nX-Id: 7',
        checks: '- status: [200, 2xx]',
      }),
    );
    const options = buildOptions(inputs, dir);
    expect(options.model).toBe('closed');
    expect(options.stages).toEqual([
      { durationMs: 5000, target: 10 },
      { durationMs: 60_000, target: 10 },
    ]);
    expect(options.method).toBe('POST');
    expect(options.headers).toEqual({ Authorization: 'Bearer x', 'X-Id': '7', 'Content-Type': 'application/json' });
    expect(options.checks[0]).toMatchObject({
      kind: 'status',
      ranges: [
        [200, 200],
        [200, 299],
      ],
    });
    expect(() => parseStages(parseYaml('- {duration: soon, target: 3}', 'stages'))).toThrow(/duration 'soon'/);
    expect(() => parseChecks(parseYaml('- json: $..x', 'checks'))).toThrow(/JSON path/);
  });

  it('evaluates JSON path checks on a response body', () => {
    const checks = parseChecks(parseYaml('- status: 200\n- json: $.predictions[0].label\n  equals: setosa\n- json: $.model', 'checks'));
    const body = [Buffer.from('{"predictions": [{"label": "set'), Buffer.from('osa"}], "model": "iris"}')];
    expect(countFailedChecks(checks, 200, body)).toBe(0);
    expect(countFailedChecks(checks, 500, [Buffer.from('{"predictions": []}')])).toBe(3);
    expect(countFailedChecks(checks, 200, [Buffer.from('not json')])).toBe(2);
  });

  it('reads CSV and JSON Lines payloads, and names a bad line or an unknown column', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lt-payloads-'));
    writeFileSync(path.join(dir, 'rows.jsonl'), '{"x": 1, "name": "a \\"q\\""}\n\n{"x": [2, 3], "name": "b"}\n');
    const rows = readPayloadRows('rows.jsonl', dir);
    expect(renderBodies('{"in": {{x}}, "who": "{{name}}"}', rows).map(String)).toEqual([
      '{"in": 1, "who": "a \\"q\\""}',
      '{"in": [2,3], "who": "b"}',
    ]);
    expect(renderBodies(undefined, rows).map(String)[1]).toBe('{"x":[2,3],"name":"b"}');
    expect(() => renderBodies('{{nope}}', rows)).toThrow(/\{\{nope\}\} names no payload column; the columns are: x, name/);
    writeFileSync(path.join(dir, 'bad.jsonl'), '{"x": 1}\n{"x": \n');
    expect(() => readPayloadRows('bad.jsonl', dir)).toThrow(/bad\.jsonl:2: not valid JSON/);
    expect(() => readPayloadRows('missing.csv', dir)).toThrow(/Input 'payloads': file 'missing.csv' cannot be read/);
  });
});
