// `npm run demo`: the main job on the bundled example project, through the `mlops` command —
// validate the data, test the model, load-test its endpoint. Summaries go to demo-output/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demo = path.join(root, 'examples', 'demo');
const model = path.join(root, 'examples', 'model-test');
const out = path.join(root, 'demo-output');
mkdirSync(out, { recursive: true });
const mlops = path.join(root, 'bin', 'mlops.js');

function step(title, cwd, args) {
  console.log(`\n\x1b[1m== ${title}\x1b[0m\n$ mlops ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [mlops, ...args], { cwd, stdio: 'inherit' });
  return result.status ?? 1;
}

const results = [];
results.push([
  'validate-data',
  step('validate the data against its schema and the reference', demo, [
    'validate-data',
    '--files',
    'data/iris.csv',
    '--schema',
    'data/schema.yaml',
    '--reference',
    'data/iris-reference.csv',
    '--summary',
    path.join(out, 'validate-data.md'),
  ]),
]);

const python = spawnSync('python3', ['-c', 'import sklearn'], { stdio: 'ignore' });
if (python.status === 0) {
  results.push([
    'model-test',
    step('train and evaluate the model, then gate it', model, [
      'model-test',
      '--command',
      'python3 evaluate.py',
      '--metrics',
      'metrics.json',
      '--task',
      'classification',
      '--predictions',
      'predictions.csv',
      '--probability-columns',
      'proba_setosa,proba_versicolor,proba_virginica',
      '--slices',
      'sepal_size',
      '--thresholds',
      path.join(demo, 'model-thresholds.yml'),
      '--summary',
      path.join(out, 'model-test.md'),
    ]),
  ]);
} else {
  console.log(
    '\n== model-test skipped: it trains a scikit-learn model. Run `pip install -r examples/model-test/requirements.txt` and try again.',
  );
  results.push(['model-test', 'not run']);
}

const server = spawn(process.execPath, [path.join(demo, 'serve.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  server.stdout.once('data', (chunk) => resolve(String(chunk).trim()));
  server.once('exit', (code) => reject(new Error(`the demo model server exited with ${code}`)));
});
try {
  results.push([
    'load-test',
    step('load-test the model endpoint against its SLOs', demo, [
      'load-test',
      '--url',
      url,
      '--rate',
      '100',
      '--duration',
      '5s',
      '--payloads',
      'data/iris.csv',
      '--body',
      '{"features": [{{sepal_length}}, {{sepal_width}}, {{petal_length}}, {{petal_width}}]}',
      '--checks',
      'load-checks.yml',
      '--thresholds',
      'load-thresholds.yml',
      '--results-path',
      path.join(out, 'load-test-results.json'),
      '--summary',
      path.join(out, 'load-test.md'),
    ]),
  ]);
} finally {
  server.kill('SIGTERM');
}

console.log('\n\x1b[1m== demo result\x1b[0m');
for (const [name, status] of results)
  console.log(`${name.padEnd(14)} ${status === 0 ? 'passed' : status === 'not run' ? 'not run' : `failed (exit ${status})`}`);
console.log(`\nThe summaries (as GitHub shows them in the job summary and the PR comment) are in ${path.relative(process.cwd(), out)}/.`);
process.exitCode = results.some(([, status]) => status !== 0 && status !== 'not run') ? 1 : 0;
