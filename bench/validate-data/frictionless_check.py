"""frictionless-py peer: validate a slice of the benchmark file with the same Table Schema.
Prints one JSON line: {"counts": {rule: n}, "seconds": s, "bytes": b}."""
import json
import os
import sys
import time
from collections import Counter

from frictionless import Resource, Schema, validate

RULES = {("type-error", "age"): "age:type", ("constraint-error", "age"): "age:maximum", ("type-error", "score"): "score:type",
         ("constraint-error", "category"): "category:enum", ("type-error", "signup_date"): "signup_date:type",
         ("unique-error", "id"): "id:unique", ("type-error", "active"): "active:type",
         ("constraint-error", "user_id"): "user_id:required", ("constraint-error", "comment"): "comment:maxLength"}


def main(path: str, schema_path: str) -> None:
    started = time.perf_counter()
    schema = Schema.from_descriptor(json.load(open(schema_path)))
    resource = Resource(path=os.path.basename(path), basepath=os.path.dirname(os.path.abspath(path)), schema=schema)
    report = validate(resource, limit_errors=1_000_000)
    counts = Counter()
    for task in report.tasks:
        for error in task.errors:
            key = RULES.get((error.type, getattr(error, "field_name", None)), f"{error.type}:{getattr(error, 'field_name', '')}")
            counts[key] += 1
        counts["rows"] = task.stats.get("rows", 0) if isinstance(task.stats, dict) else task.stats.rows
    print(json.dumps({"counts": dict(counts), "seconds": time.perf_counter() - started}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
