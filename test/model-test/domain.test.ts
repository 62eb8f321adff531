// Unit tests of the model-test domain: metrics file formats, the threshold grammar, JUnit
// parsing, command splitting and the bootstrap.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../core/yaml-input.js';
import { bootstrapDeltaIntervals, quantile } from '../../actions/model-test/src/bootstrap.js';
import { splitCommand } from '../../actions/model-test/src/command.js';
import { buildEvaluation } from '../../actions/model-test/src/evaluator.js';
import { junitFindings } from '../../actions/model-test/src/junit.js';
import { dvcMetricsPaths, mergeMetrics, parseMetricsText } from '../../actions/model-test/src/metrics-files.js';
import { parseTable } from '../../actions/model-test/src/table.js';
import { judge, matchMetrics, parseThresholds } from '../../actions/model-test/src/thresholds.js';

describe('metrics files', () => {
  it('flattens nested JSON keys to a.b.c with the line of each key, skipping text and lists', () => {
    const text = '{\n  "train": {"loss": 0.2},\n  "test": {\n    "acc": 0.9,\n    "per_class": [0.8, 0.9],\n    "note": "ok"\n  }\n}';
    expect(parseMetricsText(text, 'm.json')).toEqual([
      { name: 'train.loss', value: 0.2, file: 'm.json', line: 2 },
      { name: 'test.acc', value: 0.9, file: 'm.json', line: 4 },
    ]);
  });

  it('reads YAML the same way (DVC writes both)', () => {
    expect(parseMetricsText('eval:\n  rmse: 3.1\n  mae: 2\n', 'scores.yaml').map((m) => [m.name, m.value, m.line])).toEqual([
      ['eval.rmse', 3.1, 2],
      ['eval.mae', 2, 3],
    ]);
  });

  it('reads CSV as metric,value rows with or without a header, or as one header row plus values', () => {
    expect(parseMetricsText('accuracy,0.9\nf1,0.8\n', 'a.csv').map((m) => [m.name, m.value, m.line])).toEqual([
      ['accuracy', 0.9, 1],
      ['f1', 0.8, 2],
    ]);
    expect(parseMetricsText('metric,value\naccuracy,0.9\n', 'b.csv').map((m) => [m.name, m.line])).toEqual([['accuracy', 2]]);
    expect(parseMetricsText('accuracy,f1,rows\n0.9,0.8,120\n', 'c.csv').map((m) => [m.name, m.value, m.line])).toEqual([
      ['accuracy', 0.9, 2],
      ['f1', 0.8, 2],
      ['rows', 120, 2],
    ]);
    expect(() => parseMetricsText('metric,value\naccuracy,high\n', 'd.csv')).toThrow(
      /d\.csv:2: 'high' is not a number for metric 'accuracy'/,
    );
  });

  it('finds the metrics files a dvc.yaml declares, relative to it', () => {
    const dvc =
      'metrics:\n  - reports/summary.json\nstages:\n  eval:\n    cmd: python eval.py\n    metrics:\n      - eval/metrics.json:\n          cache: false\n';
    expect(dvcMetricsPaths(dvc, 'model/dvc.yaml')).toEqual(['model/reports/summary.json', 'model/eval/metrics.json']);
  });

  it('rejects the same metric name from two files, naming both', () => {
    const a = parseMetricsText('{"acc": 1}', 'a.json');
    const b = parseMetricsText('acc: 0.5', 'b.yaml');
    expect(() => mergeMetrics([a, b])).toThrow(/'acc' is defined in both a\.json:1 and b\.yaml:1/);
  });
});

describe('thresholds', () => {
  const parse = (yaml: string) => parseThresholds(parseYaml(yaml, 'thresholds'));

  it('reads the grammar of the issue', () => {
    const [accuracy, rmse, f1, latency] = parse(
      'accuracy: ">= 0.90"\nrmse: "<= 3.2"\nf1: { min: 0.8, max-drop: 0.01 }\nlatency_p95_ms: { max-increase: 10% }\n',
    );
    expect(accuracy.rule.min).toEqual({ value: 0.9, inclusive: true });
    expect(rmse.rule.max).toEqual({ value: 3.2, inclusive: true });
    expect(f1.rule).toMatchObject({ min: { value: 0.8 }, maxDrop: { amount: 0.01, relative: false } });
    expect(latency.rule.maxIncrease).toEqual({ amount: 0.1, relative: true, text: '10%' });
    expect(latency.line).toBe(4);
  });

  it('judges bounds, drops and relative increases', () => {
    const [accuracy, f1, latency, strict] = parse('a: ">= 0.9"\nf1: { min: 0.8, max-drop: 0.01 }\nl: { max-increase: 10% }\ns: "> 0.5"');
    expect(judge(accuracy.rule, 0.9, undefined).status).toBe('pass');
    expect(judge(accuracy.rule, 0.8999, undefined).status).toBe('fail');
    expect(judge(strict.rule, 0.5, undefined).status).toBe('fail');
    expect(judge(f1.rule, 0.85, 0.855).status).toBe('pass');
    expect(judge(f1.rule, 0.85, 0.87)).toMatchObject({
      status: 'fail',
      reasons: [expect.stringMatching(/dropped by 0\.02\d* from 0\.87/)],
    });
    expect(judge(f1.rule, 0.85, undefined).status).toBe('no-baseline');
    expect(judge(latency.rule, 109, 100).status).toBe('pass');
    expect(judge(latency.rule, 111, 100).status).toBe('fail');
    // A drop whose interval contains 0 is noise; a bound is never excused by noise.
    expect(judge(f1.rule, 0.85, 0.87, { low: -0.04, high: 0.001 }).status).toBe('noise');
    expect(judge(f1.rule, 0.79, 0.8, { low: -0.04, high: 0.01 }).status).toBe('fail');
  });

  it('matches * to one dotted segment and suggests the closest name otherwise', () => {
    const source = parseYaml('slice.region.*.accuracy: ">= 0.8"\nf1_macr: ">= 0.8"', 'thresholds');
    const [slices, typo] = parseThresholds(source);
    const known = ['accuracy', 'f1_macro', 'slice.region.eu.accuracy', 'slice.region.us.accuracy', 'slice.region.us.f1_macro'];
    expect(matchMetrics(slices, known, source)).toEqual(['slice.region.eu.accuracy', 'slice.region.us.accuracy']);
    expect(() => matchMetrics(typo, known, source)).toThrow(/no metric named 'f1_macr'\. Did you mean 'f1_macro'\?/);
  });

  it('rejects bare numbers, negative allowances and empty maps with the line', () => {
    expect(() => parse('a: 0.9')).toThrow(/a \(line 1\): a bare number is ambiguous; write ">= 0\.9"/);
    expect(() => parse('a: { max-drop: -1 }')).toThrow(/'-1' is not an allowed change/);
    expect(() => parse('x: 1\nb: {}')).toThrow(/x \(line 1\)/);
  });
});

describe('JUnit reports', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'model-test-junit-'));
  writeFileSync(
    path.join(dir, 'test_api.py'),
    'import x\n\n\nclass TestApi:\n    def test_ok(self):\n        pass\n\n    def test_slow(self):\n        assert False\n',
  );
  const sources = {
    exists: (file: string) => file === 'test_api.py',
    read: (file: string) =>
      file === 'test_api.py'
        ? 'import x\n\n\nclass TestApi:\n    def test_ok(self):\n        pass\n\n    def test_slow(self):\n        assert False\n'
        : undefined,
  };

  it('places failures by the file and 0-based line attributes of xunit1, errors too, and counts skips', () => {
    const xml = `<?xml version="1.0"?><testsuites><testsuite name="pytest" tests="4">
      <testcase classname="test_api.TestApi" name="test_slow" file="test_api.py" line="7"><failure message="assert False">bad</failure></testcase>
      <testcase classname="test_api.TestApi" name="test_ok" file="test_api.py" line="4"/>
      <testcase classname="test_api.TestApi" name="test_setup" file="test_api.py" line="3"><error message="fixture 'db' not found"/></testcase>
      <testcase classname="test_api.TestApi" name="test_skip"><skipped message="later"/></testcase>
    </testsuite></testsuites>`;
    const { summary, findings } = junitFindings(xml, 'report.xml', sources);
    expect(summary).toEqual({ file: 'report.xml', tests: 4, failed: 1, errored: 1, skipped: 1 });
    expect(findings.map((f) => [f.title, f.file, f.line, f.message])).toEqual([
      ['Test failed: test_api.TestApi.test_slow', 'test_api.py', 8, 'assert False'],
      ['Test errored: test_api.TestApi.test_setup', 'test_api.py', 4, "fixture 'db' not found"],
    ]);
  });

  it('maps a classname to its file and finds the def line when nothing else says where', () => {
    const xml =
      '<testsuite><testcase classname="test_api.TestApi" name="test_slow[param-1]"><failure message="boom"/></testcase></testsuite>';
    expect(junitFindings(xml, 'r.xml', sources).findings[0]).toMatchObject({ file: 'test_api.py', line: 8 });
  });

  it('keeps a test of another language without a file, and rejects files that are not JUnit', () => {
    const xml =
      '<testsuites><testsuite><testsuite><testcase classname="com.acme.ModelTest" name="scores"><failure>expected 0.9</failure></testcase></testsuite></testsuite></testsuites>';
    expect(junitFindings(xml, 'r.xml', sources).findings[0]).toMatchObject({ file: undefined, message: 'expected 0.9' });
    expect(() => junitFindings('<html></html>', 'page.xml', sources)).toThrow(/page\.xml is not a JUnit XML report/);
  });
});

describe('command splitting', () => {
  it('follows shell quoting, keeps $VARS literal, expands globs and drops comments', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'model-test-cmd-'));
    writeFileSync(path.join(dir, 'b_test.py'), '');
    writeFileSync(path.join(dir, 'a_test.py'), '');
    expect(await splitCommand(`pytest -k "slow and not gpu" --out='a b' $HOME *_test.py # note`, dir)).toEqual([
      'pytest',
      '-k',
      'slow and not gpu',
      '--out=a b',
      '$HOME',
      'a_test.py',
      'b_test.py',
    ]);
  });

  it('refuses redirections and command lists', async () => {
    await expect(splitCommand('python eval.py > out.txt', '.')).rejects.toThrow(/'>' needs a shell/);
    await expect(splitCommand('make && make test', '.')).rejects.toThrow(/'&&' needs a shell/);
  });
});

describe('bootstrap', () => {
  const table = (rows: string[]) => parseTable(`label,prediction\n${rows.join('\n')}\n`, 't.csv');
  const options = {
    task: 'classification' as const,
    predictionColumn: 'prediction',
    labelColumn: 'label',
    probabilityColumns: [],
    sliceColumns: [],
  };
  const labels = Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 'a' : 'b'));
  const baseRows = labels.map((l, i) => `${l},${i % 10 < 8 ? l : l === 'a' ? 'b' : 'a'}`); // 80% right
  const headRows = labels.map((l, i) => `${l},${i % 10 < 8 || i % 20 === 8 ? l : l === 'a' ? 'b' : 'a'}`); // 85% right
  const base = buildEvaluation(table(baseRows), table(baseRows), options);
  const head = buildEvaluation(table(headRows), table(headRows), options);
  const run = (paired: boolean, seed = 1) =>
    bootstrapDeltaIntervals({ current: head, baseline: base, paired, resamples: 500, confidence: 0.95, seed });

  it('is reproducible for a seed and brackets the observed delta', () => {
    expect(run(true)).toEqual(run(true));
    const { accuracy } = run(true);
    expect(accuracy.low).toBeLessThan(0.05);
    expect(accuracy.high).toBeGreaterThan(0.05);
    expect(accuracy.low).toBeGreaterThan(0); // every changed row got better: the paired delta is never negative
  });

  it('pairs to a narrower interval than independent resampling of the same rows', () => {
    const paired = run(true).accuracy;
    const unpaired = run(false).accuracy;
    expect(unpaired.paired).toBe(false);
    expect(paired.high - paired.low).toBeLessThan((unpaired.high - unpaired.low) / 2);
    expect(unpaired.low).toBeLessThan(0);
  });

  it('uses numpy percentile interpolation', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.025)).toBeCloseTo(1.075, 12);
  });
});

describe('score ordering', () => {
  it('the radix sort orders like a comparator sort, ties in row order, negatives and -0 included', async () => {
    const { descendingOrder } = await import('../../actions/model-test/src/classification.js');
    const { seededRandom } = await import('../../actions/model-test/src/bootstrap.js');
    const random = seededRandom(3);
    const n = 50_000;
    const column = Float64Array.from({ length: n }, (_, i) =>
      i % 5 === 0 ? Math.round(random() * 20) / 20 : (random() - 0.4) * 10 ** Math.floor(random() * 8 - 4),
    );
    column[7] = -0;
    column[8] = 0;
    const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => column[b] - column[a] || a - b);
    expect(Array.from(descendingOrder(column))).toEqual(expected);
  });
});

describe('predictions tables', () => {
  it('reads CSV with quotes, a BOM and TSV, and JSON Lines with missing keys', () => {
    const csv = parseTable('\ufefflabel,prediction,note\n"a",b,"x, y"\nb,b,"say ""hi"""\n', 'p.csv');
    expect([...csv.columns.keys()]).toEqual(['label', 'prediction', 'note']);
    expect(csv.columns.get('note')).toEqual(['x, y', 'say "hi"']);
    expect(parseTable('label\tprediction\n1\t2\n', 'p.tsv').columns.get('prediction')).toEqual(['2']);
    const jsonl = parseTable('{"label": 1, "prediction": 0}\n\n{"label": 0}\n', 'p.jsonl');
    expect(jsonl.rows).toBe(2);
    expect(jsonl.columns.get('prediction')).toEqual(['0', '']);
  });

  it('names the row of a ragged CSV line and of a bad JSON line', () => {
    expect(() => parseTable('label,prediction\na,b\nc\n', 'p.csv')).toThrow(/p\.csv: row 2 has 1 fields but the header has 2/);
    expect(() => parseTable('{"label": 1}\n{label: 2}\n', 'p.jsonl')).toThrow(/p\.jsonl:2: not valid JSON/);
  });
});
