"""Times scikit-learn on the benchmark's classification metrics. Usage: python sklearn_bench.py data.csv classes...

Labels as read from the CSV (strings: numpy object arrays), and again as integer codes — the
fast path a team gets when its labels are already encoded."""
import json
import sys
import time

import numpy as np
import pandas as pd
from sklearn import metrics as m

started = time.perf_counter()
frame = pd.read_csv(sys.argv[1], dtype={"label": str, "prediction": str})
loaded = time.perf_counter()
classes = sys.argv[2:]
y_true = frame["label"].to_numpy()
y_pred = frame["prediction"].to_numpy()
scores = frame[[f"p_{c}" for c in classes]].to_numpy(dtype=float)
prepared = time.perf_counter()


def score(y_true, y_pred):
    out = {"accuracy": m.accuracy_score(y_true, y_pred)}
    for average in ("macro", "weighted"):
        p, r, f, _ = m.precision_recall_fscore_support(y_true, y_pred, average=average, zero_division=0)
        out[f"precision_{average}"], out[f"recall_{average}"], out[f"f1_{average}"] = p, r, f
    out["roc_auc"] = m.roc_auc_score(y_true, scores, multi_class="ovr")
    out["log_loss"] = m.log_loss(y_true, scores)
    m.confusion_matrix(y_true, y_pred)
    return out


out = score(y_true, y_pred)
done = time.perf_counter()
codes = {label: i for i, label in enumerate(sorted(set(y_true) | set(y_pred)))}
true_codes = np.array([codes[v] for v in y_true])
pred_codes = np.array([codes[v] for v in y_pred])
coded_started = time.perf_counter()
score(true_codes, pred_codes)
coded_done = time.perf_counter()
print(json.dumps({
    "metrics": out,
    "parse_ms": (prepared - started) * 1000,
    "metrics_ms": (done - prepared) * 1000,
    "coded_metrics_ms": (coded_done - coded_started) * 1000,
}))
