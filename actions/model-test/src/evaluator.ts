import { UserError } from '../../../core/errors.js';
import {
  classificationMetrics,
  confusionMatrix,
  prepareClassification,
  sortLabels,
  type PreparedClassification,
} from './classification.js';
import { regressionMetrics, type RegressionData } from './regression.js';
import { numericColumn, requireColumn, type Table } from './table.js';

export type Task = 'classification' | 'regression';

export interface EvaluatorOptions {
  task: Task;
  predictionColumn: string;
  labelColumn: string;
  /** Class-probability columns in the sorted order of the true labels (predict_proba's order); one column = the positive class. */
  probabilityColumns: string[];
  sliceColumns: string[];
}

/** Predictions joined to labels, ready to score on all rows or on any weighting of them (bootstrap, slices). */
export interface Evaluation {
  task: Task;
  rows: number;
  /** The true labels as text, to tell whether a baseline scored the same examples (paired bootstrap). */
  truth: string[];
  /** Every metric, slices included as `slice.<column>.<value>.<metric>`; NaN where undefined. */
  compute(weights?: ArrayLike<number>): Record<string, number>;
  confusion?: { classes: string[]; matrix: number[][] };
  slices: { column: string; values: string[] }[];
}

const ROW_SUM_RTOL = 1e-5;
const ROW_SUM_ATOL = 1e-8;

function buildClassification(predictions: Table, labels: Table, options: EvaluatorOptions): PreparedClassification {
  const truthText = requireColumn(labels, options.labelColumn, 'label-column');
  const predictedText = requireColumn(predictions, options.predictionColumn, 'prediction-column');
  const classes = sortLabels([...truthText, ...predictedText]);
  const indexOf = new Map(classes.map((label, i) => [label, i]));
  const yTrue = Int32Array.from(truthText, (label) => indexOf.get(label)!);
  const yPred = Int32Array.from(predictedText, (label) => indexOf.get(label)!);
  if (options.probabilityColumns.length === 0) return prepareClassification({ classes, yTrue, yPred });

  const trueClasses = sortLabels(truthText).map((label) => indexOf.get(label)!);
  const columns = options.probabilityColumns.map((name) => numericColumn(predictions, name, 'probability-columns'));
  let scoreClasses: number[];
  if (columns.length === 1) {
    if (trueClasses.length > 2) {
      throw new UserError(
        `Input 'probability-columns': one column is the positive-class probability of a binary task, but ${labels.file} has ${trueClasses.length} classes; list one column per class in the order ${trueClasses.map((c) => classes[c]).join(', ')}.`,
      );
    }
    scoreClasses = [trueClasses[trueClasses.length - 1]];
  } else {
    if (columns.length !== trueClasses.length) {
      throw new UserError(
        `Input 'probability-columns': ${columns.length} columns for ${trueClasses.length} classes in ${labels.file} (${trueClasses.map((c) => classes[c]).join(', ')}); give one column per class in that order.`,
      );
    }
    scoreClasses = trueClasses;
    for (let i = 0; i < predictions.rows; i++) {
      let sum = 0;
      for (const column of columns) sum += column[i];
      if (Math.abs(sum - 1) > ROW_SUM_ATOL + ROW_SUM_RTOL) {
        throw new UserError(
          `${predictions.file}: row ${i + 1}: the probability columns sum to ${sum}, not 1; they must be predict_proba's output.`,
          {
            file: predictions.file,
          },
        );
      }
    }
  }
  for (const [j, column] of columns.entries()) {
    const bad = column.findIndex((p) => p < 0 || p > 1);
    if (bad >= 0)
      throw new UserError(
        `${predictions.file}: row ${bad + 1}: probability column '${options.probabilityColumns[j]}' is ${column[bad]}, outside [0, 1].`,
        { file: predictions.file },
      );
  }
  return prepareClassification({ classes, yTrue, yPred, scores: { scoreClasses, columns } });
}

function sliceColumn(predictions: Table, labels: Table, name: string): string[] {
  const column = labels.columns.get(name) ?? predictions.columns.get(name);
  if (!column) {
    throw new UserError(
      `Input 'slices': column '${name}' is in neither ${labels.file} nor ${predictions.file}; columns: ${[...new Set([...labels.columns.keys(), ...predictions.columns.keys()])].join(', ')}.`,
    );
  }
  return column;
}

export function buildEvaluation(predictions: Table, labels: Table, options: EvaluatorOptions): Evaluation {
  if (predictions.rows !== labels.rows) {
    throw new UserError(
      `Inputs 'predictions' and 'labels': ${predictions.file} has ${predictions.rows} rows but ${labels.file} has ${labels.rows}; they must list the same examples in the same order.`,
      { file: predictions.file },
    );
  }
  if (predictions.rows === 0)
    throw new UserError(`Input 'predictions': ${predictions.file} has no rows to evaluate.`, { file: predictions.file });
  const truth = requireColumn(labels, options.labelColumn, 'label-column');

  let score: (weights?: ArrayLike<number>) => Record<string, number>;
  let confusion: Evaluation['confusion'];
  if (options.task === 'classification') {
    const data = buildClassification(predictions, labels, options);
    score = (weights) => classificationMetrics(data, weights);
    confusion = { classes: data.classes, matrix: confusionMatrix(data) };
  } else {
    const data: RegressionData = {
      yTrue: numericColumn(labels, options.labelColumn, 'label-column'),
      yPred: numericColumn(predictions, options.predictionColumn, 'prediction-column'),
    };
    score = (weights) => regressionMetrics(data, weights);
  }

  const slices = options.sliceColumns.map((name) => {
    const cells = sliceColumn(predictions, labels, name);
    const values = sortLabels(cells);
    const masks = values.map((value) => Float64Array.from(cells, (cell) => (cell === value ? 1 : 0)));
    return { column: name, values, masks };
  });
  const scratch = new Float64Array(predictions.rows);

  return {
    task: options.task,
    rows: predictions.rows,
    truth,
    confusion,
    slices: slices.map(({ column, values }) => ({ column, values })),
    compute(weights) {
      const metrics = score(weights);
      for (const slice of slices) {
        for (const [v, value] of slice.values.entries()) {
          const mask = slice.masks[v];
          for (let i = 0; i < scratch.length; i++) scratch[i] = weights ? weights[i] * mask[i] : mask[i];
          for (const [name, metric] of Object.entries(score(scratch))) metrics[`slice.${slice.column}.${value}.${name}`] = metric;
        }
      }
      return metrics;
    },
  };
}
