"""Scores the model on the held-out split: metrics.json for the gate, predictions.csv for the built-in evaluator."""
import csv
import json
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score, log_loss

from train import load_params, split, train

SPECIES = ["setosa", "versicolor", "virginica"]


def main():
    params = load_params()
    model = train(params)
    _, x_test, _, y_test, full_test = split(params)
    predicted = model.predict(x_test)
    proba = model.predict_proba(x_test)
    metrics = {
        "test": {
            "accuracy": accuracy_score(y_test, predicted),
            "f1": f1_score(y_test, predicted, average="macro"),
            "log_loss": log_loss(y_test, proba),
        },
        "rows": len(y_test),
    }
    Path("metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    with open("predictions.csv", "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["label", "prediction", *[f"proba_{name}" for name in SPECIES], "sepal_size"])
        for row, truth, guess, p in zip(full_test, y_test, predicted, proba):
            # A segment to slice by: flowers with long or short sepals.
            size = "long" if row[0] >= 5.8 else "short"
            writer.writerow([SPECIES[truth], SPECIES[guess], *[repr(float(v)) for v in p], size])
    print(json.dumps(metrics))


if __name__ == "__main__":
    main()
