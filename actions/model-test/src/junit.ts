import { XMLParser } from 'fast-xml-parser';
import path from 'node:path';
import { UserError } from '../../../core/errors.js';
import type { Finding } from '../../../core/findings.js';

export interface JUnitSummary {
  file: string;
  tests: number;
  failed: number;
  errored: number;
  skipped: number;
}

/** What the domain needs from the file system to place a test on a source line. */
export interface SourceLookup {
  exists(relativePath: string): boolean;
  read(relativePath: string): string | undefined;
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  textNodeName: '#text',
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});

function collectTestCases(node: unknown, into: XmlNode[]): void {
  if (Array.isArray(node)) for (const item of node) collectTestCases(item, into);
  else if (node && typeof node === 'object') {
    const record = node as XmlNode;
    if (Array.isArray(record.testcase)) into.push(...(record.testcase as XmlNode[]));
    if (record.testsuite) collectTestCases(record.testsuite, into);
    if (record.testsuites) collectTestCases(record.testsuites, into);
  }
}

/** pytest's default (xunit2) writes no file attribute: `tests.test_model.TestX` → tests/test_model.py. */
function fileFromClassname(classname: string, sources: SourceLookup): string | undefined {
  const parts = classname.split('.');
  for (let end = parts.length; end > 0; end--) {
    const candidate = `${parts.slice(0, end).join('/')}.py`;
    if (sources.exists(candidate)) return candidate;
  }
  return undefined;
}

function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object') return String((node as XmlNode)['#text'] ?? '');
  return '';
}

function attr(node: unknown, name: string): string | undefined {
  return node && typeof node === 'object' ? ((node as XmlNode)[name] as string | undefined) : undefined;
}

/** The line the traceback blames in the test's own file, else the line of the test function. */
function locate(
  file: string,
  testName: string,
  details: string,
  lineAttribute: string | undefined,
  sources: SourceLookup,
): number | undefined {
  const normalized = file.split(path.sep).join('/');
  let blamed: number | undefined;
  for (const match of details.matchAll(/^(\S[^\n:]*):(\d+):/gm)) {
    if (match[1].split(path.sep).join('/').endsWith(normalized)) blamed = Number(match[2]);
  }
  if (blamed) return blamed;
  // pytest's xunit1 `line` is 0-based.
  if (lineAttribute && /^\d+$/.test(lineAttribute)) return Number(lineAttribute) + 1;
  const functionName = testName.replace(/\[.*$/, '');
  const lines = sources.read(file)?.split(/\r?\n/) ?? [];
  const index = lines.findIndex((line) => new RegExp(`^\\s*(async\\s+)?def\\s+${functionName.replace(/\W/g, '\\$&')}\\s*\\(`).test(line));
  return index >= 0 ? index + 1 : undefined;
}

/** Each failed or errored test case of one JUnit XML file becomes an error Finding at its file and line. */
export function junitFindings(xml: string, reportFile: string, sources: SourceLookup): { summary: JUnitSummary; findings: Finding[] } {
  let document: unknown;
  try {
    document = parser.parse(xml, true);
  } catch (error) {
    const detail = (error as { err?: { msg?: string; line?: number } }).err;
    throw new UserError(
      `Input 'junit': ${reportFile}${detail?.line ? `:${detail.line}` : ''} is not valid XML: ${detail?.msg ?? (error as Error).message}`,
      {
        file: reportFile,
        line: detail?.line,
      },
    );
  }
  const cases: XmlNode[] = [];
  collectTestCases(document, cases);
  if (cases.length === 0 && !/<testsuites?[\s>]/.test(xml)) {
    throw new UserError(`Input 'junit': ${reportFile} is not a JUnit XML report (no <testsuite> or <testsuites> element).`, {
      file: reportFile,
    });
  }
  const summary: JUnitSummary = { file: reportFile, tests: cases.length, failed: 0, errored: 0, skipped: 0 };
  const findings: Finding[] = [];
  for (const testCase of cases) {
    const problems = [
      ...((testCase.failure as unknown[]) ?? []).map((node) => ({ kind: 'failed', node })),
      ...((testCase.error as unknown[]) ?? []).map((node) => ({ kind: 'errored', node })),
    ];
    if (problems.length === 0) {
      if (testCase.skipped) summary.skipped++;
      continue;
    }
    if (problems.some((p) => p.kind === 'failed')) summary.failed++;
    else summary.errored++;
    const name = String(testCase.name ?? '(unnamed test)');
    const classname = String(testCase.classname ?? '');
    const fileAttribute = attr(testCase, 'file');
    const file = fileAttribute && sources.exists(fileAttribute) ? fileAttribute : fileFromClassname(classname, sources);
    for (const { kind, node } of problems) {
      const message = attr(node, 'message') ?? '';
      const details = textOf(node);
      const detailLines = details.trim().split('\n');
      // pytest marks the assertion with `E   `; other runners put the reason first.
      const firstDetail = detailLines.find((line) => line.startsWith('E ')) ?? detailLines[0] ?? '';
      findings.push({
        level: 'error',
        title: `Test ${kind}: ${classname ? `${classname}.` : ''}${name}`,
        message: (message || firstDetail.replace(/^E\s+/, '') || `${kind} (see ${reportFile})`).trim(),
        file,
        line: file ? locate(file, name, details, attr(testCase, 'line'), sources) : undefined,
        rule: 'junit',
      });
    }
  }
  return { summary, findings };
}
