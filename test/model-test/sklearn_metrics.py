"""scikit-learn's values for the model-test evaluator's metrics, as JSON: the reference in parity tests.

Usage: python sklearn_metrics.py specs.json — a list of {id, file, task, probability_columns, slices, weights_file?};
prints {id: result}. One process for all specs: importing scikit-learn costs seconds.
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn import metrics as m


def classification(frame, proba_columns, weights):
    y_true = frame["label"].astype(str).to_numpy()
    y_pred = frame["prediction"].astype(str).to_numpy()
    numeric = all(_is_number(v) for v in np.concatenate([y_true, y_pred]))
    if numeric:
        y_true = y_true.astype(float)
        y_pred = y_pred.astype(float)
    out = {"accuracy": m.accuracy_score(y_true, y_pred, sample_weight=weights)}
    for average in ("macro", "weighted"):
        p, r, f, _ = m.precision_recall_fscore_support(y_true, y_pred, average=average, sample_weight=weights, zero_division=0)
        out[f"precision_{average}"], out[f"recall_{average}"], out[f"f1_{average}"] = p, r, f
        out[f"f1_{average}"] = m.f1_score(y_true, y_pred, average=average, sample_weight=weights, zero_division=0)
    if proba_columns:
        scores = frame[proba_columns].to_numpy(dtype=float)
        classes = np.unique(y_true)
        if len(proba_columns) == 1:
            out["roc_auc"] = m.roc_auc_score(y_true, scores[:, 0], sample_weight=weights)
            out["log_loss"] = m.log_loss(y_true, scores[:, 0], sample_weight=weights, labels=classes)
        else:
            if len(classes) == 2:
                out["roc_auc"] = m.roc_auc_score(y_true, scores[:, 1], sample_weight=weights)
            else:
                out["roc_auc"] = m.roc_auc_score(y_true, scores, multi_class="ovr", average="macro", sample_weight=weights)
            out["log_loss"] = m.log_loss(y_true, scores, sample_weight=weights, labels=classes)
    out["confusion"] = m.confusion_matrix(y_true, y_pred, sample_weight=weights).tolist()
    return out


def regression(frame, weights):
    y_true = frame["label"].to_numpy(dtype=float)
    y_pred = frame["prediction"].to_numpy(dtype=float)
    return {
        "rmse": m.root_mean_squared_error(y_true, y_pred, sample_weight=weights),
        "mae": m.mean_absolute_error(y_true, y_pred, sample_weight=weights),
        "r2": m.r2_score(y_true, y_pred, sample_weight=weights),
        "mape": m.mean_absolute_percentage_error(y_true, y_pred, sample_weight=weights),
    }


def _is_number(value):
    try:
        float(value)
        return True
    except ValueError:
        return False


def evaluate(frame, spec, weights):
    if spec["task"] == "classification":
        return classification(frame, spec.get("probability_columns", []), weights)
    return regression(frame, weights)


def main():
    results = {spec["id"]: run(spec) for spec in json.loads(open(sys.argv[1]).read())}
    # NaN (e.g. R² of a one-row slice) becomes null: JSON has no NaN.
    print(json.dumps(_nan_to_none(results)))


def run(spec):
    frame = pd.read_csv(spec["file"], dtype=str, keep_default_na=False)
    weights = None
    if spec.get("weights_file"):
        weights = np.array(json.loads(open(spec["weights_file"]).read()), dtype=float)
    result = {"overall": evaluate(frame, spec, weights), "slices": {}}
    for column in spec.get("slices", []):
        for value in sorted(frame[column].unique()):
            subset = frame[frame[column] == value].reset_index(drop=True)
            result["slices"][f"{column}.{value}"] = evaluate(subset, spec, None)
    return result


def _nan_to_none(value):
    if isinstance(value, dict):
        return {k: _nan_to_none(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nan_to_none(v) for v in value]
    if isinstance(value, float) and value != value:
        return None
    return value


if __name__ == "__main__":
    main()
