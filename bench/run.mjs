// Runs every benchmark (bench/<name>/run.mjs, or run.ts through tsx) one after another — never in parallel, since they
// measure CPU — and assembles bench/RESULTS.md from the sections they write to bench/results/.
// Usage: npm run bench [-- name ...]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const wanted = process.argv.slice(2);
const entry = (name) => ['run.mjs', 'run.ts'].map((file) => path.join(root, 'bench', name, file)).find((file) => existsSync(file));
const suites = readdirSync(path.join(root, 'bench'))
  .filter((name) => entry(name) !== undefined)
  .filter((name) => wanted.length === 0 || wanted.includes(name));
for (const name of wanted) if (!suites.includes(name)) throw new Error(`no benchmark bench/${name}/run.mjs or run.ts`);

for (const suite of suites) {
  console.log(`\n=== bench/${suite}`);
  const file = entry(suite);
  const args = file.endsWith('.ts') ? ['--import', 'tsx', file] : [file];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exitCode = 1;
}

const sections = readdirSync(path.join(root, 'bench', 'results'))
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map((file) => readFileSync(path.join(root, 'bench', 'results', file), 'utf8').trim());
writeFileSync(
  path.join(root, 'bench', 'RESULTS.md'),
  [
    '# Benchmark results',
    '',
    'Measured on the project machine (2 cores, Node 20), side by side with the peers each issue names, in one run.',
    'Reproduce everything with `npm run bench`, or one suite with `npm run bench -- <name>`; each section names its own command.',
    'A run moves ±15-25% on this shared machine: ratios from the same run are what count.',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n'),
);
