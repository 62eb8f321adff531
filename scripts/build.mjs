// Bundles every actions/<name>/src/index.ts (and the CLI) with ncc into dist/<name>/,
// ESM, with third-party licenses. `node scripts/build.mjs load-test cli` builds only those.
import { readdirSync, existsSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = Object.fromEntries(
  readdirSync(path.join(root, 'actions'))
    .filter((name) => existsSync(path.join(root, 'actions', name, 'src', 'index.ts')))
    .map((name) => [name, path.join(root, 'actions', name, 'src', 'index.ts')]),
);
entries.cli = path.join(root, 'cli', 'index.ts');

const wanted = process.argv.slice(2);
for (const name of wanted) if (!(name in entries)) throw new Error(`unknown build target '${name}'; known: ${Object.keys(entries).join(', ')}`);
const targets = wanted.length > 0 ? wanted : Object.keys(entries);

for (const name of targets) {
  const started = Date.now();
  const { code, assets } = await ncc(entries[name], {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
  });
  const outDir = path.join(root, 'dist', name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.js'), code);
  for (const [file, asset] of Object.entries(assets)) {
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, asset.source);
  }
  writeFileSync(path.join(outDir, 'package.json'), '{ "type": "module" }\n');
  console.log(`dist/${name} (${Object.keys(assets).length} assets) in ${Date.now() - started} ms`);
}
