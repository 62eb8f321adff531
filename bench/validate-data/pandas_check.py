"""pandas peer: read_csv in chunks of 1 M rows (all text), the same checks as the schema.
Prints one JSON line: {"counts": {rule: n}, "seconds": s}."""
import json
import sys
import time

import numpy as np
import pandas as pd

CATEGORIES = {"electronics", "books", "garden", "toys", "food"}


def main(path: str) -> None:
    started = time.perf_counter()
    counts = dict.fromkeys(["age:type", "age:maximum", "score:type", "category:enum", "signup_date:type", "id:unique",
                            "active:type", "user_id:required", "comment:maxLength", "rows"], 0)
    ids = []
    for chunk in pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=1_000_000):
        counts["rows"] += len(chunk)
        age = pd.to_numeric(chunk["age"], errors="coerce")
        counts["age:type"] += int(((chunk["age"] != "") & (age.isna() | (age % 1 != 0))).sum())
        counts["age:maximum"] += int(((age > 120) | (age < 0)).sum())
        score = pd.to_numeric(chunk["score"], errors="coerce")
        counts["score:type"] += int(((chunk["score"] != "") & score.isna()).sum())
        counts["category:enum"] += int(((chunk["category"] != "") & ~chunk["category"].isin(CATEGORIES)).sum())
        dates = pd.to_datetime(chunk["signup_date"], format="%Y-%m-%d", errors="coerce")
        counts["signup_date:type"] += int(((chunk["signup_date"] != "") & dates.isna()).sum())
        counts["active:type"] += int(((chunk["active"] != "") & ~chunk["active"].isin(["true", "false"])).sum())
        counts["user_id:required"] += int((chunk["user_id"] == "").sum())
        counts["comment:maxLength"] += int((chunk["comment"].str.len() > 40).sum())
        ids.append(pd.to_numeric(chunk["id"], errors="coerce").dropna().to_numpy(dtype=np.int64))
    all_ids = np.concatenate(ids)
    counts["id:unique"] = int(len(all_ids) - len(np.unique(all_ids)))
    print(json.dumps({"counts": counts, "seconds": time.perf_counter() - started}))


if __name__ == "__main__":
    main(sys.argv[1])
