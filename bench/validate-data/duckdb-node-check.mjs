// DuckDB node-api peer: the same read_csv (all columns as text) + TRY_CAST query as
// duckdb_check.py, run through @duckdb/node-api — the peer the issue names. Prints one JSON line
// like the Python peers: {"counts": {rule: n}, "seconds": s}.
// Usage: node bench/validate-data/duckdb-node-check.mjs <file.csv> [threads=2] [--module <dir>]
// @duckdb/node-api is not a dependency of this repo (a ~70 MB native library); run.mjs installs a
// pinned version into bench/.work/duckdb-node/ and passes that directory with --module.
// `--version` prints the package and DuckDB engine versions instead.
import { createRequire } from 'node:module';
import path from 'node:path';
import { CATEGORIES } from './generate.mjs';

const args = process.argv.slice(2);
const moduleIndex = args.indexOf('--module');
const prefix = moduleIndex >= 0 ? path.resolve(args.splice(moduleIndex, 2)[1]) : process.cwd();
const require = createRequire(path.join(prefix, 'noop.js'));
const { DuckDBInstance, version } = require('@duckdb/node-api');

if (args[0] === '--version') {
  const { version: packageVersion } = require('@duckdb/node-api/package.json');
  console.log(JSON.stringify({ package: packageVersion, duckdb: version() }));
  process.exit(0);
}

const file = args[0];
const threads = args[1] ? Number(args[1]) : 2;
const started = performance.now();
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(`SET threads=${threads}`);
const enumList = CATEGORIES.map((c) => `'${c}'`).join(', ');
// Same SQL as duckdb_check.py, character for character apart from the interpolations.
const query = `
    SELECT
      count(*) FILTER (WHERE age IS NOT NULL AND TRY_CAST(age AS BIGINT) IS NULL),
      count(*) FILTER (WHERE TRY_CAST(age AS BIGINT) > 120 OR TRY_CAST(age AS BIGINT) < 0),
      count(*) FILTER (WHERE score IS NOT NULL AND TRY_CAST(score AS DOUBLE) IS NULL),
      count(*) FILTER (WHERE category IS NOT NULL AND category NOT IN (${enumList})),
      count(*) FILTER (WHERE signup_date IS NOT NULL AND TRY_CAST(signup_date AS DATE) IS NULL),
      count(id) - count(DISTINCT id),
      count(*) FILTER (WHERE active IS NOT NULL AND active NOT IN ('true', 'false')),
      count(*) FILTER (WHERE user_id IS NULL),
      count(*) FILTER (WHERE length(comment) > 40),
      count(*)
    FROM read_csv('${file}', all_varchar = true, header = true, quote = '"', escape = '"')
    `;
const reader = await connection.runAndReadAll(query);
const [row] = reader.getRows();
const rules = [
  'age:type',
  'age:maximum',
  'score:type',
  'category:enum',
  'signup_date:type',
  'id:unique',
  'active:type',
  'user_id:required',
  'comment:maxLength',
  'rows',
];
const counts = Object.fromEntries(rules.map((rule, i) => [rule, Number(row[i])]));
connection.closeSync();
instance.closeSync();
console.log(JSON.stringify({ counts, seconds: (performance.now() - started) / 1000 }));
