// Bundles every actions/<name>/src/index.ts (plus the CLI and the Marketplace dispatcher) into
// dist/<name>/index.js with ncc: ESM, third-party licenses in licenses.txt.
// TypeScript is first emitted by tsc (tsconfig.build.json) so that ncc bundles plain ESM JavaScript;
// type errors are `npm run typecheck`'s job, not the bundler's.
// `node scripts/build.mjs load-test cli` builds only those.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ncc from '@vercel/ncc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const emitted = path.join(root, '.build', 'tsc');

function targets() {
  const found = Object.fromEntries(
    readdirSync(path.join(root, 'actions'))
      .filter((name) => existsSync(path.join(root, 'actions', name, 'src', 'index.ts')))
      .map((name) => [name, { entry: `actions/${name}/src/index.js`, out: `dist/${name}` }]),
  );
  found.cli = { entry: 'cli/index.js', out: 'dist/cli' };
  found.main = { entry: 'core/marketplace/index.js', out: 'dist/main' };
  return found;
}

/** Test fixtures that are bundled like actions but never shipped. */
const FIXTURES = {
  'report-action': {
    entry: 'test/core/report-action/index.js',
    out: 'test/.build/report-action',
    actionYml: 'test/core/report-action/action.yml',
  },
};

function emitJavaScript() {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'pipe' });
  } catch (error) {
    // tsc still emits on type errors (noEmitOnError: false); report them without failing the bundle.
    const count = String(error.stdout).match(/error TS/g)?.length ?? 0;
    console.warn(`tsc reported ${count} type error(s); run \`npm run typecheck\` to see them`);
  }
}

export async function build(names, { fixtures = false } = {}) {
  const all = fixtures ? FIXTURES : targets();
  for (const name of names) if (!(name in all)) throw new Error(`unknown build target '${name}'; known: ${Object.keys(all).join(', ')}`);
  emitJavaScript();
  for (const name of names.length > 0 ? names : Object.keys(all)) {
    const started = Date.now();
    const { entry, out, actionYml } = all[name];
    const { code, assets } = await ncc(path.join(emitted, entry), {
      minify: false,
      sourceMap: false,
      license: 'licenses.txt',
      quiet: true,
      target: 'es2022',
    });
    const outDir = path.join(root, out);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.js'), code);
    for (const [file, asset] of Object.entries(assets)) {
      if (file === 'package.json') continue;
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), asset.source);
    }
    writeFileSync(path.join(outDir, 'package.json'), '{ "type": "module" }\n');
    if (actionYml) copyFileSync(path.join(root, actionYml), path.join(outDir, 'action.yml'));
    console.log(`${out} (${Object.keys(assets).length} assets) in ${Date.now() - started} ms`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await build(process.argv.slice(2));
