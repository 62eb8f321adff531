"""DuckDB peer: read_csv (all columns as text) + TRY_CAST checks equivalent to the benchmark schema.
Prints one JSON line: {"counts": {rule: n}, "seconds": s}."""
import json
import sys
import time

import duckdb

CATEGORIES = ["electronics", "books", "garden", "toys", "food"]


def main(path: str, threads: int) -> None:
    started = time.perf_counter()
    con = duckdb.connect()
    con.execute(f"SET threads={threads}")
    enum = ", ".join(f"'{c}'" for c in CATEGORIES)
    query = f"""
    SELECT
      count(*) FILTER (WHERE age IS NOT NULL AND TRY_CAST(age AS BIGINT) IS NULL),
      count(*) FILTER (WHERE TRY_CAST(age AS BIGINT) > 120 OR TRY_CAST(age AS BIGINT) < 0),
      count(*) FILTER (WHERE score IS NOT NULL AND TRY_CAST(score AS DOUBLE) IS NULL),
      count(*) FILTER (WHERE category IS NOT NULL AND category NOT IN ({enum})),
      count(*) FILTER (WHERE signup_date IS NOT NULL AND TRY_CAST(signup_date AS DATE) IS NULL),
      count(id) - count(DISTINCT id),
      count(*) FILTER (WHERE active IS NOT NULL AND active NOT IN ('true', 'false')),
      count(*) FILTER (WHERE user_id IS NULL),
      count(*) FILTER (WHERE length(comment) > 40),
      count(*)
    FROM read_csv('{path}', all_varchar = true, header = true, quote = '"', escape = '"')
    """
    row = con.execute(query).fetchone()
    rules = ["age:type", "age:maximum", "score:type", "category:enum", "signup_date:type", "id:unique",
             "active:type", "user_id:required", "comment:maxLength", "rows"]
    print(json.dumps({"counts": dict(zip(rules, row)), "seconds": time.perf_counter() - started}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2)
