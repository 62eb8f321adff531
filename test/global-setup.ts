import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './harness/run-bundle.js';

/** Bundles the test-only report action the way dist/ bundles are made, so core sinks are tested through a real bundle. */
export default async function setup(): Promise<void> {
  const { build } = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts', 'build.mjs')).href)) as {
    build: (names: string[], options: { fixtures: boolean }) => Promise<void>;
  };
  await build(['report-action'], { fixtures: true });
}
