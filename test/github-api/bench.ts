// What one call to the GitHub API stand-in costs a test: the first call of each operation
// (which compiles its schemas) and the steady per-call latency through @actions/github's Octokit,
// schema validation of request and response included. Bounded: a fixed count per operation, on
// 127.0.0.1 only. Usage: npx tsx test/github-api/bench.ts [callsPerOperation]
import { getOctokit } from '@actions/github';
import * as hdr from 'hdr-histogram-js';
import { startGitHubApi } from './server.js';

const callsPerOperation = Number(process.argv[2] ?? 300);
const repo = { owner: 'acme', repo: 'models' };
const headSha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

const api = await startGitHubApi();
const octokit = getOctokit('bench-token', { baseUrl: api.url });
const created = await octokit.rest.checks.create({ ...repo, name: 'bench', head_sha: headSha });
const annotations = Array.from({ length: 50 }, (_, index) => ({
  path: 'src/train.py',
  start_line: index + 1,
  end_line: index + 1,
  annotation_level: 'warning' as const,
  message: 'finding',
}));

const operations: [string, () => Promise<unknown>][] = [
  ['issues/create-comment', () => octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' })],
  ['issues/list-comments (30 per page)', () => octokit.rest.issues.listComments({ ...repo, issue_number: 1 })],
  [
    'checks/update (+50 annotations)',
    () => octokit.rest.checks.update({ ...repo, check_run_id: created.data.id, output: { title: 't', summary: 's', annotations } }),
  ],
  ['pulls/get', () => octokit.rest.pulls.get({ ...repo, pull_number: 1 })],
  ['repos/get', () => octokit.rest.repos.get(repo)],
];

console.log(`| operation | first call ms | p50 ms | p99 ms | calls |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
for (const [name, call] of operations) {
  const firstStarted = performance.now();
  await call();
  const first = performance.now() - firstStarted;
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
  for (let index = 0; index < callsPerOperation; index++) {
    const started = process.hrtime.bigint();
    await call();
    histogram.recordValue(Number((process.hrtime.bigint() - started) / 1000n)); // microseconds
  }
  const ms = (percentile: number) => (histogram.getValueAtPercentile(percentile) / 1000).toFixed(2);
  console.log(`| ${name} | ${first.toFixed(1)} | ${ms(50)} | ${ms(99)} | ${callsPerOperation} |`);
  histogram.destroy();
}
api.assertAllValid();
await api.close();
