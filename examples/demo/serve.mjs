// A tiny model server for the demo's load test: nearest-centroid on the iris measurements.
// POST /predict {"features": [sepal_length, sepal_width, petal_length, petal_width]} -> {"species": ..., "distance": ...}
// Listens on 127.0.0.1 (PORT, or a free port) and prints the URL on its first line of output.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const lines = readFileSync(new URL('./data/iris.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1);
const sums = new Map();
for (const line of lines) {
  const cells = line.split(',');
  const species = cells[4];
  const entry = sums.get(species) ?? { n: 0, total: [0, 0, 0, 0] };
  entry.n++;
  for (let i = 0; i < 4; i++) entry.total[i] += Number(cells[i]);
  sums.set(species, entry);
}
const centroids = [...sums].map(([species, { n, total }]) => ({ species, center: total.map((v) => v / n) }));

function predict(features) {
  let best = { species: '', distance: Infinity };
  for (const { species, center } of centroids) {
    const distance = Math.hypot(...center.map((c, i) => c - features[i]));
    if (distance < best.distance) best = { species, distance };
  }
  return best;
}

const server = createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/predict') {
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"POST /predict"}');
    return;
  }
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    try {
      const { features } = JSON.parse(body);
      if (!Array.isArray(features) || features.length !== 4 || !features.every(Number.isFinite))
        throw new Error('features must be 4 numbers');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(predict(features)));
    } catch (error) {
      response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error.message }));
    }
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${server.address().port}/predict`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
