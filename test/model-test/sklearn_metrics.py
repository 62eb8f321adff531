"""scikit-learn's values for the model-test evaluator's metrics, as JSON: the reference in parity tests.

Usage: python sklearn_metrics.py specs.json — a list of {id, file, task, probability_columns, slices, weights_file?};
prints {id: result}. One process for all specs: importing scikit-learn costs seconds.
"""
import csv
import json
import sys

import numpy as np
from sklearn import metrics as m


class Frame:
    """The few column operations the reference needs, over csv rows (no pandas needed)."""

    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, column):
        if isinstance(column, list):
            return np.array([[float(row[c]) for c in column] for row in self.rows])
        return np.array([row[column] for row in self.rows], dtype=object)

    def where(self, column, value):
        return Frame([row for row in self.rows if row[column] == value])


def classification(frame, proba_columns, weights):
    y_true = frame["label"].astype(str)
    y_pred = frame["prediction"].astype(str)
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
        scores = frame[proba_columns]
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
    y_true = frame["label"].astype(float)
    y_pred = frame["prediction"].astype(float)
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
    with open(spec["file"], newline="") as handle:
        frame = Frame(list(csv.DictReader(handle)))
    weights = None
    if spec.get("weights_file"):
        weights = np.array(json.loads(open(spec["weights_file"]).read()), dtype=float)
    result = {"overall": evaluate(frame, spec, weights), "slices": {}}
    for column in spec.get("slices", []):
        for value in sorted(set(frame[column])):
            result["slices"][f"{column}.{value}"] = evaluate(frame.where(column, value), spec, None)
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
