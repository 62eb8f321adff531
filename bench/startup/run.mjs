// Cold start of every dist/<name>/index.js to its first input read, beside `node -e 0` and a bundle of
// only @actions/core + @actions/github. A preload (exit-on-first-input.cjs) ends each process at its
// first read of an INPUT_* variable, so all are timed to the same point. Runs are interleaved; medians.
// Usage: node bench/startup/run.mjs [rounds]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rounds = Number(process.argv[2] ?? 30);
const work = path.join(root, 'bench', '.work', 'startup');
mkdirSync(work, { recursive: true });

const { code } = await ncc(path.join(root, 'bench', 'startup', 'floor.mjs'), { quiet: true, target: 'es2022' });
writeFileSync(path.join(work, 'floor.mjs'), code);

const actions = readdirSync(path.join(root, 'dist')).filter(
  (name) => !['cli', 'main'].includes(name) && existsSync(path.join(root, 'dist', name, 'index.js')),
);
const exitOnFirstInput = ['--require', path.join(root, 'bench', 'startup', 'exit-on-first-input.cjs')];
const targets = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'floor: @actions/core + @actions/github', args: [...exitOnFirstInput, path.join(work, 'floor.mjs')] },
  ...actions.map((name) => ({ name, args: [...exitOnFirstInput, path.join(root, 'dist', name, 'index.js')] })),
];

const runnerDir = mkdtempSync(path.join(os.tmpdir(), 'startup-'));
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS; // the sandbox's CA bundle adds ~90 ms to every node start; runners don't set it
for (const key of Object.keys(env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete env[key];
Object.assign(env, {
  GITHUB_OUTPUT: path.join(runnerDir, 'out'),
  GITHUB_STEP_SUMMARY: path.join(runnerDir, 'summary'),
  RUNNER_TEMP: runnerDir,
});
writeFileSync(env.GITHUB_OUTPUT, '');
writeFileSync(env.GITHUB_STEP_SUMMARY, '');

const samples = new Map(targets.map((t) => [t.name, []]));
for (let round = 0; round < rounds + 2; round++) {
  for (const target of targets) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, target.args, { env, cwd: runnerDir, stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (round >= 2) samples.get(target.name).push(ms); // the first two rounds warm the page cache
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const floor = median(samples.get(targets[1].name));
const rows = targets.map((t) => {
  const m = median(samples.get(t.name));
  return `| ${t.name} | ${m.toFixed(1)} | ${(m / floor).toFixed(2)} |`;
});
const slower = targets.slice(2).filter((t) => median(samples.get(t.name)) > floor);
const report = [
  '## Start-up (cold start to the first input read)',
  '',
  `Command: \`node bench/startup/run.mjs ${rounds}\` — ${rounds} interleaved rounds, medians, NODE_EXTRA_CA_CERTS unset, ${os.cpus().length} cores, Node ${process.version}.`,
  '',
  '| bundle | median ms | ratio to the floor |',
  '| --- | ---: | ---: |',
  ...rows,
  '',
  slower.length === 0
    ? 'Target met: no action starts slower than the @actions/core + @actions/github floor.'
    : `Target missed by: ${slower.map((t) => t.name).join(', ')}.`,
  '',
].join('\n');
writeFileSync(path.join(root, 'bench', 'results', 'startup.md'), report);
console.log(report);
