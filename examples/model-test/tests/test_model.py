"""Quality checks the team runs in CI; `pytest --junitxml=report.xml` feeds the model-test action."""
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def metrics():
    return json.loads((ROOT / "metrics.json").read_text())


def test_accuracy_is_reasonable(metrics):
    accuracy = metrics["test"]["accuracy"]
    assert accuracy >= 0.85, f"accuracy {accuracy:.3f} is below 0.85"


def test_predictions_cover_every_species():
    rows = (ROOT / "predictions.csv").read_text().splitlines()[1:]
    predicted = {row.split(",")[1] for row in rows}
    assert predicted == {"setosa", "versicolor", "virginica"}
