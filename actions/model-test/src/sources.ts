import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { InputError } from '../../../core/errors.js';
import type { ModelTestOptions } from './engine.js';
import { buildEvaluation, type Evaluation } from './evaluator.js';
import { dvcMetricsPaths, parseMetricsText, type MetricValue } from './metrics-files.js';
import { parseTable } from './table.js';

/** Reading the current run's metrics: metrics files (or those a dvc.yaml declares) and the built-in evaluator. */

const relative = (cwd: string, file: string): string => path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');

export async function metricsFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const matches = (await glob(pattern, { cwd, onlyFiles: true })).sort();
    if (matches.length === 0)
      throw new InputError(
        'metrics',
        `no file matches '${pattern}' in ${cwd}. Did the evaluation write it, or is the path relative to another directory?`,
      );
    for (const match of matches) {
      if (path.basename(match) !== 'dvc.yaml') files.push(match);
      else
        for (const declared of dvcMetricsPaths(readFileSync(path.join(cwd, match), 'utf8'), match)) {
          if (!existsSync(path.join(cwd, declared)))
            throw new InputError(
              'metrics',
              `${match} declares the metrics file '${declared}', which does not exist; run the stage that writes it (dvc repro).`,
              { file: match },
            );
          files.push(relative(cwd, declared));
        }
    }
  }
  return [...new Set(files)];
}

export function readText(cwd: string, file: string, input: string): string {
  const full = path.resolve(cwd, file);
  if (!existsSync(full)) throw new InputError(input, `file '${file}' does not exist (resolved to ${full}).`, { file });
  return readFileSync(full, 'utf8');
}

export function evaluate(
  texts: { predictions: string; labels: string },
  evaluator: NonNullable<ModelTestOptions['evaluator']>,
): Evaluation {
  const predictions = parseTable(texts.predictions, evaluator.predictions);
  const labels = evaluator.labels === evaluator.predictions ? predictions : parseTable(texts.labels, evaluator.labels);
  return buildEvaluation(predictions, labels, evaluator.options);
}

function evaluatorMetrics(evaluation: Evaluation, file: string, undefinedMetrics: Set<string>): MetricValue[] {
  return Object.entries(evaluation.compute()).flatMap(([name, value]) => {
    if (Number.isFinite(value)) return [{ name, value, file }];
    undefinedMetrics.add(name);
    return [];
  });
}

export async function collectCurrent(options: ModelTestOptions, cwd: string) {
  const files = await metricsFiles(options.metrics, cwd);
  const lists = files.map((file) => parseMetricsText(readText(cwd, file, 'metrics'), file));
  const undefinedMetrics = new Set<string>();
  let evaluation: Evaluation | undefined;
  if (options.evaluator) {
    const evaluator = options.evaluator;
    evaluation = evaluate(
      { predictions: readText(cwd, evaluator.predictions, 'predictions'), labels: readText(cwd, evaluator.labels, 'labels') },
      evaluator,
    );
    lists.push(evaluatorMetrics(evaluation, evaluator.predictions, undefinedMetrics));
  }
  return { files, lists, undefinedMetrics, evaluation };
}
