/**
 * Regression metrics with scikit-learn's semantics: RMSE (root_mean_squared_error), MAE,
 * R² with force_finite (a constant target scores 1.0 when predicted exactly, else 0.0), and
 * MAPE as mean_absolute_percentage_error (|y| floored at float64 eps, a fraction, not a percent).
 */

const FLOAT64_EPS = 2.220446049250313e-16;

export interface RegressionData {
  yTrue: Float64Array;
  yPred: Float64Array;
}

export function regressionMetrics(data: RegressionData, weights?: ArrayLike<number>): Record<string, number> {
  const { yTrue, yPred } = data;
  let weightSum = 0;
  let weightedTrue = 0;
  let squared = 0;
  let absolute = 0;
  let percentage = 0;
  let rows = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    const error = yTrue[i] - yPred[i];
    weightSum += w;
    weightedTrue += w * yTrue[i];
    squared += w * error * error;
    absolute += w * Math.abs(error);
    percentage += (w * Math.abs(error)) / Math.max(Math.abs(yTrue[i]), FLOAT64_EPS);
    rows++;
  }
  if (weightSum === 0) return { rmse: Number.NaN, mae: Number.NaN, r2: Number.NaN, mape: Number.NaN };
  const mean = weightedTrue / weightSum;
  let totalSquares = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w !== 0) totalSquares += w * (yTrue[i] - mean) ** 2;
  }
  let r2: number;
  if (rows < 2) r2 = Number.NaN;
  else if (totalSquares === 0) r2 = squared === 0 ? 1 : 0;
  else r2 = 1 - squared / totalSquares;
  return { rmse: Math.sqrt(squared / weightSum), mae: absolute / weightSum, r2, mape: percentage / weightSum };
}
