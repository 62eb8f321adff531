// One command: node bench/validate-data/run.mjs [--rows 12500000] [--rounds 5]
// Generates the ~1 GB CSV in /tmp (deterministic, planted violations), then validates it with
// the built action bundle and with peers — DuckDB read_csv + TRY_CAST twice (the Python package,
// and @duckdb/node-api, the peer the issue's target names), pandas chunked, papaparse + checks,
// frictionless-py (on a 200k-row slice: it runs at ~2 MB/s) — measuring wall time, CPU time and
// peak RSS with /usr/bin/time. Ours and the two DuckDBs alternate (A B C A B C) and the medians
// are reported, since the machine is shared. Exits 1 unless our counts equal both DuckDBs' and
// the planted ones. Writes bench/results/validate-data.md.
// @duckdb/node-api is deliberately not in package.json (a ~70 MB native library CI must not
// install); this script installs the pinned version below into bench/.work/duckdb-node/ (gitignored)
// on first use.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, plantedCounts, SCHEMA } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const rows = option('rows', 12_500_000);
const rounds = option('rounds', 5);
const sliceRows = 200_000;
const DUCKDB_NODE_VERSION = '1.5.6-r.1';
const duckNodePrefix = path.join(root, 'bench/.work/duckdb-node');

const data = `/tmp/validate-data-bench-v3-${rows}.csv`;
const slice = `/tmp/validate-data-bench-v3-slice-${sliceRows}.csv`;
const schemaFile = '/tmp/validate-data-bench-schema.json';
if (!existsSync(`${data}.done`)) {
  console.log(`generating ${data} ...`);
  await generate(rows, data);
  writeFileSync(`${data}.done`, '');
}
if (!existsSync(`${slice}.done`)) {
  await generate(sliceRows, slice);
  writeFileSync(`${slice}.done`, '');
}
writeFileSync(schemaFile, JSON.stringify(SCHEMA, null, 2));
const bundle = path.join(root, 'dist/validate-data/index.js');
if (!existsSync(bundle)) execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'validate-data'], { stdio: 'inherit' });
const duckNodePackage = path.join(duckNodePrefix, 'node_modules/@duckdb/node-api/package.json');
if (!existsSync(duckNodePackage) || JSON.parse(readFileSync(duckNodePackage, 'utf8')).version !== DUCKDB_NODE_VERSION) {
  console.log(`installing @duckdb/node-api@${DUCKDB_NODE_VERSION} into ${duckNodePrefix} ...`);
  mkdirSync(duckNodePrefix, { recursive: true });
  execFileSync(
    'npm',
    ['install', '--prefix', duckNodePrefix, '--no-save', '--no-audit', '--no-fund', `@duckdb/node-api@${DUCKDB_NODE_VERSION}`],
    { stdio: 'inherit' },
  );
}
const duckNodeScript = path.join(here, 'duckdb-node-check.mjs');
const duckNodeVersions = JSON.parse(
  execFileSync(process.execPath, [duckNodeScript, '--version', '--module', duckNodePrefix], { encoding: 'utf8' }),
);
const duckVersion = execFileSync('python3', ['-c', 'import duckdb; print(duckdb.__version__)'], { encoding: 'utf8' }).trim();
const OURS = 'validate-data (this action, 2 threads)';
const DUCK_PY = `DuckDB ${duckVersion} (Python) read_csv + TRY_CAST (2 threads)`;
const DUCK_NODE = `DuckDB ${duckNodeVersions.duckdb.replace(/^v/, '')} (@duckdb/node-api ${duckNodeVersions.package}) read_csv + TRY_CAST (2 threads)`;
const bytes = statSync(data).size;
const sliceBytes = statSync(slice).size;

/** Runs a command under /usr/bin/time; returns wall seconds, peak RSS in MB and stdout. */
function measure(command, commandArgs, env = process.env, cwd = process.cwd()) {
  const result = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M %U %S', command, ...commandArgs], {
    env,
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  const match = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
  if (result.status !== 0 || !match)
    throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  return {
    seconds: Number(match[1]),
    rssMb: Number(match[2]) / 1024,
    cpuSeconds: Number(match[3]) + Number(match[4]),
    stdout: result.stdout,
  };
}

const RULE_KEYS = { type: 'type', maximum: 'maximum', enum: 'enum', unique: 'unique', required: 'required', maxLength: 'maxLength' };

function runOurs(file) {
  const runner = mkdtempSync(path.join(os.tmpdir(), 'vd-bench-'));
  const output = path.join(runner, 'output');
  writeFileSync(output, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: path.dirname(file),
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: runner,
    INPUT_FILES: path.basename(file),
    INPUT_SCHEMA: schemaFile,
    'INPUT_FAIL-ON': 'never',
    INPUT_HEADER: 'true',
    'INPUT_MAX-SAMPLES': '50',
    'INPUT_PR-COMMENT': 'false',
    'INPUT_CHECK-RUN': 'false',
  };
  const run = measure(process.execPath, [bundle], env, path.dirname(file));
  const reportPath = /report-path<<(\S+)\n(.*)\n/.exec(readFileSync(output, 'utf8'))?.[2];
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  if (!report.data.files?.length) throw new Error(`validate-data did not validate ${file}: ${report.title}\n${run.stdout.slice(-3000)}`);
  const counts = { rows: report.data.files[0].rows };
  for (const v of report.data.files[0].violations) {
    if (RULE_KEYS[v.rule] && v.field)
      counts[`${v.field}:${RULE_KEYS[v.rule]}`] = (counts[`${v.field}:${RULE_KEYS[v.rule]}`] ?? 0) + v.count;
  }
  return { ...run, counts };
}

function runPeer(command, commandArgs) {
  const run = measure(command, commandArgs);
  return { ...run, counts: JSON.parse(run.stdout.trim().split('\n').pop()).counts };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = new Map();
const record = (name, run, size = bytes) => {
  const entry = results.get(name) ?? { runs: [], size };
  entry.runs.push(run);
  results.set(name, entry);
  console.log(`${name}: ${(size / 1e6 / run.seconds).toFixed(1)} MB/s, ${run.seconds.toFixed(2)} s, peak RSS ${run.rssMb.toFixed(0)} MB`);
};

// Warm the page cache, and measure the floor.
record('wc -l', measure('wc', ['-l', data]));
for (let round = 0; round < rounds; round++) {
  record(OURS, runOurs(data));
  record(DUCK_PY, runPeer('python3', [path.join(here, 'duckdb_check.py'), data, '2']));
  record(DUCK_NODE, runPeer(process.execPath, [duckNodeScript, data, '2', '--module', duckNodePrefix]));
}
record('pandas read_csv chunked + checks', runPeer('python3', [path.join(here, 'pandas_check.py'), data]));
record('papaparse + checks (Node)', runPeer(process.execPath, [path.join(here, 'papaparse-check.mjs'), data]));
record(
  `frictionless-py validate (${sliceRows.toLocaleString('en-US')}-row slice)`,
  runPeer('python3', [path.join(here, 'frictionless_check.py'), slice, schemaFile]),
  sliceBytes,
);
record(`validate-data on the same slice`, runOurs(slice), sliceBytes);

// Counts: ours must equal both DuckDBs' and the planted ones, on the full file and on the slice
// (every round of ours and of each DuckDB, not only the first).
const planted = { ...plantedCounts(rows), rows };
const ours = results.get(OURS).runs[0].counts;
const duckPy = results.get(DUCK_PY).runs[0].counts;
const duckNode = results.get(DUCK_NODE).runs[0].counts;
const rules = Object.keys(planted);
const countRows = rules.map((rule) => [
  rule,
  planted[rule],
  ours[rule] ?? 0,
  duckPy[rule] ?? 0,
  duckNode[rule] ?? 0,
  results.get('pandas read_csv chunked + checks').runs[0].counts[rule] ?? 0,
]);
const roundsEqual = [OURS, DUCK_PY, DUCK_NODE].every((name) =>
  results.get(name).runs.every((run) => rules.every((rule) => (run.counts[rule] ?? 0) === planted[rule])),
);
const equal = roundsEqual && countRows.every(([, p, o, d, n]) => p === o && o === d && d === n);
const sliceOurs = results.get('validate-data on the same slice').runs[0].counts;
const sliceFrictionless = results.get(`frictionless-py validate (${sliceRows.toLocaleString('en-US')}-row slice)`).runs[0].counts;
const slicePlanted = { ...plantedCounts(sliceRows), rows: sliceRows };
const sliceEqual = rules.every(
  (rule) => (sliceOurs[rule] ?? 0) === slicePlanted[rule] && (sliceFrictionless[rule] ?? 0) === slicePlanted[rule],
);

const mbs = (name) => bytes / 1e6 / median(results.get(name).runs.map((r) => r.seconds));
const mbPerCpu = (name) => bytes / 1e6 / median(results.get(name).runs.map((r) => r.cpuSeconds));
const peakRss = (name) => Math.max(...results.get(name).runs.map((r) => r.rssMb));
const oursRss = peakRss(OURS);
const rssMet = oursRss <= 150;
const versus = (name, label) => {
  const ratio = mbs(OURS) / mbs(name);
  return `- **vs ${label}: ${ratio.toFixed(2)}× its throughput** (${mbs(OURS).toFixed(1)} vs ${mbs(name).toFixed(1)} MB/s, medians of wall time; ${(mbPerCpu(OURS) / mbPerCpu(name)).toFixed(2)}× per CPU-second) — the ≥ 2× target is **${ratio >= 2 ? 'met' : 'not met'}** against this peer. Its peak RSS: ${peakRss(name).toFixed(0)} MB.`;
};
const nodeRatio = mbs(OURS) / mbs(DUCK_NODE);
const pyRatio = mbs(OURS) / mbs(DUCK_PY);
const lines = [
  '## validate-data',
  '',
  `\`node bench/validate-data/run.mjs\` on ${new Date().toISOString().slice(0, 10)}: ${(bytes / 1e9).toFixed(2)} GB CSV, ${rows.toLocaleString('en-US')} rows × 10 columns (integers, floats, a category, a date, a boolean, nullable columns, quoted fields with commas), ${Object.values(plantedCounts(rows)).reduce((a, b) => a + b, 0)} planted violations; full schema (types, required, unique, minimum/maximum, enum, maxLength). Warm page cache, ${os.availableParallelism()} cores shared with other jobs (load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} at the end): ours, DuckDB (Python) and DuckDB (node-api) alternated ${rounds}×, medians shown.`,
  '',
  '| reader | MB/s (median) | wall s (runs) | MB per CPU-second (median) | peak RSS MB |',
  '| --- | ---: | --- | ---: | ---: |',
  ...[...results].map(
    ([name, { runs, size }]) =>
      `| ${name} | ${(size / 1e6 / median(runs.map((r) => r.seconds))).toFixed(1)} | ${runs.map((r) => r.seconds.toFixed(2)).join(', ')} | ${(size / 1e6 / median(runs.map((r) => r.cpuSeconds))).toFixed(1)} | ${Math.max(...runs.map((r) => r.rssMb)).toFixed(0)} |`,
  ),
  '',
  'MB per CPU-second (user + system time of the whole process) moves less than wall time when other jobs share the cores.',
  '',
  `Targets from the issue: ≥ 2× DuckDB's throughput on the same file in the same run, peak RSS ≤ 150 MB. Both DuckDBs run the identical query (duckdb_check.py and duckdb-node-check.mjs): all columns read as VARCHAR, then TRY_CAST, \`SET threads=2\`; their RSS includes count(DISTINCT id) over ${rows.toLocaleString('en-US')} ids.`,
  '',
  versus(DUCK_NODE, `DuckDB @duckdb/node-api ${duckNodeVersions.package} (engine ${duckNodeVersions.duckdb}), the peer the issue names`),
  versus(DUCK_PY, `DuckDB Python ${duckVersion}`),
  `- **Peak RSS ${oursRss.toFixed(0)} MB** (max over ${rounds} run${rounds === 1 ? '' : 's'}) — the ≤ 150 MB target is **${rssMet ? 'met' : 'not met'}**.`,
  '',
  `In plain terms: against the named peer (node-api) the throughput target is ${nodeRatio >= 2 ? 'met' : 'not met'} (${nodeRatio.toFixed(2)}×); against Python duckdb ${duckVersion} it is ${pyRatio >= 2 ? 'met' : 'not met'} (${pyRatio.toFixed(2)}×). ${mbs(DUCK_PY) > mbs(DUCK_NODE) ? `Python duckdb ${duckVersion} is the faster of the two DuckDBs in this run` : `The node-api DuckDB is the faster of the two in this run`} (${mbs(DUCK_PY).toFixed(1)} vs ${mbs(DUCK_NODE).toFixed(1)} MB/s).`,
  '',
  '| rule | planted | validate-data | DuckDB (Python) | DuckDB (node-api) | pandas |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...countRows.map((row) => `| ${row.join(' | ')} |`),
  '',
  `Counts ${equal ? 'identical' : '**DIFFER**'} (planted = ours = DuckDB Python = DuckDB node-api, in every round); on the slice, ours and frictionless-py ${sliceEqual ? 'both equal the planted counts' : '**differ from the planted counts**'}.`,
  '',
];
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/validate-data.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
if (!equal || !sliceEqual) process.exit(1);
