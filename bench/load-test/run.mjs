// Benchmarks the load-test generator against wrk and autocannon: generator CPU per request
// (generator pinned to core 1, targets on core 0), and open-model rate accuracy.
// One command: `node bench/load-test/run.mjs` (after `node scripts/build.mjs load-test`).
// Writes bench/results/load-test.md. All traffic goes to 127.0.0.1; every loop is bounded.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 50;
const RATES = [1000, 5000, 20000];
const GENERATOR_CPU = '1';
const SERVER_CPU = '0';

function run(file, args, options = {}) {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { maxBuffer: 64 << 20, timeout: options.timeoutMs ?? 120_000, env: options.env ?? process.env },
      (error, stdout, stderr) => {
        if (error && !options.allowFailure) reject(new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
        else resolve({ stdout, stderr, code: error?.code ?? 0 });
      },
    );
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function waitForPort(port, deadlineMs = 10_000) {
  const net = await import('node:net');
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${deadlineMs} ms`);
}

async function freePort() {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startNginx(dir) {
  const port = await freePort();
  writeFileSync(path.join(dir, 'body.txt'), 'hello world, this is a static body of moderate size for the benchmark\n');
  const conf = `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  keepalive_requests 1000000000;
  keepalive_timeout 300s;
  server {
    listen 127.0.0.1:${port};
    location / { root ${dir}; try_files /body.txt =404; }
  }
}
`;
  writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const child = spawn('taskset', ['-c', SERVER_CPU, 'nginx', '-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`], {
    stdio: 'ignore',
  });
  await waitForPort(port);
  return { name: 'nginx', url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

async function startNodeServer() {
  const port = await freePort();
  const child = spawn('taskset', ['-c', SERVER_CPU, process.execPath, path.join(here, 'node-server.mjs'), String(port)], {
    stdio: 'ignore',
  });
  await waitForPort(port);
  return { name: 'node:http', url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

async function wrk(url) {
  const { stdout, stderr } = await run('/usr/bin/time', [
    '-f',
    'CPU %U %S',
    'taskset',
    '-c',
    GENERATOR_CPU,
    'wrk',
    '-t1',
    `-c${CONNECTIONS}`,
    `-d${SECONDS}s`,
    url,
  ]);
  const requests = Number(/(\d+) requests in/.exec(stdout)?.[1]);
  const [, user, system] = /CPU ([\d.]+) ([\d.]+)/.exec(stderr);
  return { requests, cpuUs: (Number(user) + Number(system)) * 1e6 };
}

/** Runs one of the Node loops beside this file, pinned like the others; it prints { requests, cpuUs } last. */
async function nodeLoop(script, url) {
  const { stdout } = await run('taskset', [
    '-c',
    GENERATOR_CPU,
    process.execPath,
    path.join(here, script),
    url,
    String(CONNECTIONS),
    String(SECONDS),
  ]);
  return JSON.parse(stdout.trim().split('\n').pop());
}

const bareNetLoop = (url) => nodeLoop('bare-net-loop.mjs', url);
const autocannon = (url) => nodeLoop('autocannon-run.mjs', url);

/** Runs the built action bundle the way the runner does, and reads its results file. */
async function ours(url, inputs, workDir) {
  const runner = mkdtempSync(path.join(workDir, 'run-'));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? runner,
    RUNNER_TEMP: runner,
    GITHUB_OUTPUT: path.join(runner, 'out'),
    GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
  };
  for (const file of [env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY]) writeFileSync(file, '');
  const all = { url, workers: '1', 'results-path': path.join(runner, 'results.json'), 'pr-comment': 'false', timeout: '10s', ...inputs };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  await run('taskset', ['-c', GENERATOR_CPU, process.execPath, path.join(root, 'dist', 'load-test', 'index.js')], {
    env,
    allowFailure: true,
  });
  const results = JSON.parse(readFileSync(all['results-path'], 'utf8'));
  return {
    requests: results.requests.completed,
    cpuUs: (results.generatorCpu.userMs + results.generatorCpu.systemMs) * 1000,
    results,
  };
}

async function main() {
  if (!existsSync(path.join(root, 'dist', 'load-test', 'index.js'))) throw new Error('build first: node scripts/build.mjs load-test');
  for (const tool of ['nginx', 'wrk', 'taskset'])
    await run('which', [tool]).catch(() => {
      throw new Error(`${tool} is not installed`);
    });
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'bench-load-test-'));
  const nginxDir = path.join(workDir, 'nginx');
  mkdirSync(nginxDir);
  const targets = [await startNginx(nginxDir), await startNodeServer()];
  const generators = {
    wrk: (url) => wrk(url),
    autocannon: (url) => autocannon(url),
    'mlops load-test': (url) => ours(url, { vus: String(CONNECTIONS), duration: `${SECONDS}s` }, workDir),
    'bare net loop (floor)': (url) => bareNetLoop(url),
  };
  const perRequest = {};
  const throughput = {};
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of targets) {
        // Interleaved: every generator once per round and target, the order rotating each round.
        const names = Object.keys(generators);
        const order = names.slice(round % names.length).concat(names.slice(0, round % names.length));
        for (const name of order) {
          const { requests, cpuUs } = await generators[name](target.url);
          const key = `${target.name}|${name}`;
          (perRequest[key] ??= []).push(cpuUs / requests);
          (throughput[key] ??= []).push(requests / SECONDS);
          console.log(`round ${round} ${target.name} ${name}: ${requests} requests, ${(cpuUs / requests).toFixed(2)} µs CPU/request`);
        }
      }
    }
    const rateRows = [];
    for (let round = 1; round <= 2; round++) {
      for (const rate of RATES) {
        const { results } = await ours(targets[0].url, { rate: String(rate), duration: `${SECONDS}s`, 'max-in-flight': '2000' }, workDir);
        const expected = rate * SECONDS;
        rateRows.push({
          round,
          rate,
          expected,
          completed: results.requests.completed,
          dropped: results.requests.dropped,
          achieved: results.rps,
          p99: results.latencyMs.p99,
          errors: results.errorRate,
        });
        console.log(
          `rate ${rate}/s round ${round}: ${results.requests.completed} of ${expected} answered, ${results.rps} req/s, p99 ${results.latencyMs.p99} ms`,
        );
      }
    }
    writeReport(perRequest, throughput, rateRows);
  } finally {
    for (const target of targets) target.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    rmSync(workDir, { recursive: true, force: true });
  }
}

function writeReport(perRequest, throughput, rateRows) {
  const fmt = (value, digits = 2) => value.toFixed(digits);
  const lines = [
    '## load-test',
    '',
    `Command: \`node bench/load-test/run.mjs\` (${ROUNDS} interleaved rounds of ${SECONDS} s per generator and target, ${CONNECTIONS} connections,`,
    `generator pinned to CPU ${GENERATOR_CPU} with \`taskset\`, target on CPU ${SERVER_CPU}; ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}).`,
    'Generator CPU = user + system time of the generator process (every thread) over the run: wrk from rusage,',
    'autocannon and ours from `process.cpuUsage()` around the run (start-up excluded). Medians over the rounds.',
    '',
    '| target | generator | CPU µs / request (median) | runs | req/s (median) | vs wrk | vs autocannon |',
    '| --- | --- | ---: | --- | ---: | ---: | ---: |',
  ];
  const verdicts = [];
  for (const target of ['nginx', 'node:http']) {
    const wrkMedian = median(perRequest[`${target}|wrk`]);
    const acMedian = median(perRequest[`${target}|autocannon`]);
    for (const name of ['wrk', 'autocannon', 'mlops load-test', 'bare net loop (floor)']) {
      const values = perRequest[`${target}|${name}`];
      const m = median(values);
      lines.push(
        `| ${target} | ${name} | ${fmt(m)} | ${values.map((v) => fmt(v, 1)).join(', ')} | ${Math.round(median(throughput[`${target}|${name}`]))} | ${fmt(m / wrkMedian)}x | ${fmt(m / acMedian)}x |`,
      );
      if (name === 'mlops load-test') {
        const floor = median(perRequest[`${target}|bare net loop (floor)`]);
        verdicts.push(
          `${target}: ${fmt(m / wrkMedian)}x wrk (target <= 1.3x), ${fmt(m / acMedian)}x autocannon (target <= 0.6x), ${fmt(m / floor)}x the bare Node loop; wrk itself is ${fmt(wrkMedian / acMedian)}x autocannon`,
        );
      }
    }
  }
  lines.push(
    '',
    '"bare net loop (floor)" is not a generator: the same onread + one-write-per-request loop with no parsing,',
    "no histogram and no scheduling, i.e. the least Node's public `net` API costs per request on this machine.",
    '',
    `Verdict: ${verdicts.join('; ')}.`,
    '',
    '### Open-model rate accuracy (nginx target, 1 worker thread)',
    '',
    '| requested req/s | round | requests planned | answered | never sent | achieved req/s | error | p99 ms |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rateRows) {
    lines.push(
      `| ${row.rate} | ${row.round} | ${row.expected} | ${row.completed} | ${row.dropped} | ${fmt(row.achieved, 1)} | ${fmt(((row.completed - row.expected) / row.expected) * 100, 2)}% | ${fmt(row.p99, 3)} |`,
    );
  }
  lines.push(
    '',
    `Closed-loop ceiling of the nginx target in the same run (wrk, ${CONNECTIONS} connections, median): ${Math.round(median(throughput['nginx|wrk']))} req/s;`,
    'a requested rate above what the target can answer ends in requests never sent, whatever the generator.',
    '',
  );
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results', 'load-test.md'), lines.join('\n'));
  console.log(lines.join('\n'));
}

await main();
