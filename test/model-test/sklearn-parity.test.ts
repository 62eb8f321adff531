// The built-in evaluator against scikit-learn itself on generated data: every metric must agree
// to 1e-9. Needs python3 with scikit-learn and pandas (installed by .ci/run); fails without them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../actions/model-test/src/bootstrap.js';
import { buildEvaluation } from '../../actions/model-test/src/evaluator.js';
import { parseTable } from '../../actions/model-test/src/table.js';
import { classificationDataset, regressionDataset, type Dataset } from './datasets.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), 'model-test-parity-'));

interface SklearnResult {
  overall: Record<string, number | number[][] | null>;
  slices: Record<string, Record<string, number | null>>;
}

interface Case {
  id: string;
  dataset: Dataset;
  weights?: number[];
}

/** scikit-learn's results for every case, from one python process. */
function sklearnAll(cases: Case[]): Record<string, SklearnResult> {
  const specs = cases.map(({ id, dataset, weights }) => {
    const file = path.join(work, `${id}.csv`);
    writeFileSync(file, dataset.csv);
    const spec: Record<string, unknown> = {
      id,
      file,
      task: dataset.task,
      probability_columns: dataset.probabilityColumns,
      slices: weights ? [] : dataset.slices,
    };
    if (weights) {
      spec.weights_file = path.join(work, `${id}.weights.json`);
      writeFileSync(spec.weights_file as string, JSON.stringify(weights));
    }
    return spec;
  });
  const specFile = path.join(work, 'specs.json');
  writeFileSync(specFile, JSON.stringify(specs));
  // No try/catch: a missing python3 or scikit-learn must fail the test, not skip it.
  const stdout = execFileSync('python3', ['-W', 'ignore', path.join(here, 'sklearn_metrics.py'), specFile], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Record<string, SklearnResult>;
}

function ours(dataset: Dataset) {
  const table = parseTable(dataset.csv, `${dataset.name}.csv`);
  return buildEvaluation(table, table, {
    task: dataset.task,
    predictionColumn: 'prediction',
    labelColumn: 'label',
    probabilityColumns: dataset.probabilityColumns,
    sliceColumns: dataset.slices,
  });
}

/** 1e-9 absolute, relative for huge values (MAPE with a zero target is ~1e14: only ulps can differ there). */
function expectClose(actual: Record<string, number>, expected: Record<string, number | number[][] | null>, label: string): void {
  for (const [name, value] of Object.entries(expected)) {
    if (name === 'confusion') continue;
    expect(actual[name], `${label} ${name}`).toBeDefined();
    if (value === null) {
      expect(actual[name], `${label} ${name}: sklearn says undefined (NaN)`).toBeNaN();
      continue;
    }
    const tolerance = 1e-9 * Math.max(1, Math.abs(value as number));
    expect(Math.abs(actual[name] - (value as number)), `${label} ${name}: ours ${actual[name]} vs sklearn ${value}`).toBeLessThanOrEqual(
      tolerance,
    );
  }
}

const datasets: Dataset[] = [
  classificationDataset({ name: 'binary-scores', rows: 2000, classes: ['0', '1'], seed: 1, binaryScore: true }),
  classificationDataset({ name: 'binary-ties', rows: 6000, classes: ['neg', 'pos'], seed: 2, roundTo: 10, binaryScore: true }),
  classificationDataset({ name: 'multiclass-strings', rows: 5000, classes: ['bird', 'cat', 'dog', 'fish'], seed: 3 }),
  classificationDataset({ name: 'multiclass-numeric-ties', rows: 2500, classes: ['2', '10', '33'], seed: 4, roundTo: 20 }),
  classificationDataset({ name: 'multiclass-phantom-label', rows: 2000, classes: ['a', 'b', 'c'], seed: 5, phantom: 'zz', skill: 0.5 }),
  classificationDataset({ name: 'binary-two-columns', rows: 800, classes: ['no', 'yes'], seed: 6 }),
  regressionDataset({ name: 'regression', rows: 3000, seed: 7 }),
  regressionDataset({ name: 'regression-zero-targets', rows: 2000, seed: 8, zeros: true }),
];

function resampleCounts(rows: number, seed: number): number[] {
  const random = seededRandom(seed);
  const counts = new Array<number>(rows).fill(0);
  for (let i = 0; i < rows; i++) counts[Math.floor(random() * rows)]++;
  return counts;
}

const weighted = [datasets[1], datasets[3], datasets[7]].map((dataset) => ({
  id: `${dataset.name}-weighted`,
  dataset,
  weights: resampleCounts(ours(dataset).rows, 99),
}));
const constant = regressionDataset({ name: 'constant', rows: 50, seed: 9, constant: true });
const constantPerfect: Dataset = { ...constant, name: 'constant-perfect', csv: 'label,prediction,region\n3,3,eu\n3,3,us\n3,3,eu\n' };
const cases: Case[] = [
  ...datasets.map((dataset) => ({ id: dataset.name, dataset })),
  ...weighted,
  { id: 'constant', dataset: constant },
  { id: 'constant-perfect', dataset: constantPerfect },
];
let cached: Record<string, SklearnResult> | undefined;
/** Computed by the first test that needs it, so a missing scikit-learn fails every test (a failed beforeAll would report them skipped). */
const sklearn = (id: string): SklearnResult => (cached ??= sklearnAll(cases))[id];

describe('built-in evaluator matches scikit-learn to 1e-9', () => {
  for (const dataset of datasets) {
    it(`${dataset.name}: overall, per slice, and the confusion matrix`, () => {
      const reference = sklearn(dataset.name);
      const evaluation = ours(dataset);
      const metrics = evaluation.compute();
      expectClose(metrics, reference.overall, dataset.name);
      const names = Object.keys(reference.overall).filter((n) => n !== 'confusion');
      expect(names.length).toBeGreaterThanOrEqual(dataset.task === 'classification' ? 9 : 4);
      expect(Object.keys(reference.slices).length).toBeGreaterThanOrEqual(2);
      for (const [slice, values] of Object.entries(reference.slices)) {
        const prefix = `slice.${slice}.`;
        const prefixed = Object.fromEntries(
          Object.entries(metrics)
            .filter(([n]) => n.startsWith(prefix))
            .map(([n, v]) => [n.slice(prefix.length), v]),
        );
        expectClose(prefixed, values, `${dataset.name} slice ${slice}`);
      }
      if (dataset.task === 'classification') expect(evaluation.confusion?.matrix).toEqual(reference.overall.confusion);
    });
  }

  it('bootstrap resample counts used as weights equal sklearn with sample_weight', () => {
    for (const { id, dataset, weights } of weighted) expectClose(ours(dataset).compute(weights), sklearn(id).overall, id);
  });

  it('a constant regression target follows force_finite: R² is 1 for a perfect fit and 0 otherwise', () => {
    expect(sklearn('constant').overall.r2).toBe(0);
    expectClose(ours(constant).compute(), sklearn('constant').overall, 'constant');
    expect(sklearn('constant-perfect').overall.r2).toBe(1);
    expectClose(ours(constantPerfect).compute(), sklearn('constant-perfect').overall, 'constant-perfect');
  });
});
