"""Trains a logistic regression on scikit-learn's bundled iris data (no download)."""
import json
import pickle
import sys
from pathlib import Path

from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]


def load_params(path="params.json"):
    # JSON rather than YAML keeps the project to scikit-learn alone; DVC reads params.json too.
    return json.loads(Path(path).read_text())


def split(params):
    """Train and test rows of the chosen features, plus the full test rows for slicing."""
    iris = load_iris()
    columns = [FEATURES.index(name) for name in params["model"]["features"]]
    train_rows, test_rows = train_test_split(
        range(len(iris.target)), test_size=params["split"]["test_size"], random_state=params["split"]["seed"], stratify=iris.target
    )
    x = iris.data[:, columns]
    return x[train_rows], x[test_rows], iris.target[train_rows], iris.target[test_rows], iris.data[test_rows]


def train(params):
    x_train, _, y_train, _, _ = split(params)
    model = LogisticRegression(C=params["model"]["C"], max_iter=params["model"]["max_iter"])
    return model.fit(x_train, y_train)


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "model.pkl")
    out.write_bytes(pickle.dumps(train(load_params())))
    print(f"wrote {out}")
