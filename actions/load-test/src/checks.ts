/** Response checks: the status, or a value at a JSON path that exists or equals something. */
import { isDeepStrictEqual } from 'node:util';

export type CheckSpec =
  | { kind: 'status'; label: string; ranges: [number, number][] }
  | { kind: 'json'; label: string; path: (string | number)[]; equals?: unknown; hasEquals: boolean };

/** `$.predictions[0].label` or `predictions.0.label` -> ['predictions', 0, 'label']; a subset of JSONPath with no wildcards. */
export function parseJsonPath(text: string): (string | number)[] | undefined {
  let rest = text.trim();
  if (rest.startsWith('$')) rest = rest.slice(1);
  const path: (string | number)[] = [];
  const token = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[(?:'([^']*)'|"([^"]*)")\]|^([A-Za-z_$][\w$-]*))/;
  while (rest.length > 0) {
    const match = token.exec(rest);
    if (!match) return undefined;
    if (match[2] !== undefined) path.push(Number(match[2]));
    else path.push(match[1] ?? match[3] ?? match[4] ?? match[5]);
    rest = rest.slice(match[0].length);
  }
  return path;
}

function valueAt(document: unknown, path: readonly (string | number)[]): { found: boolean; value?: unknown } {
  let current: unknown = document;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return { found: false };
    if (!Object.prototype.hasOwnProperty.call(current, key)) return { found: false };
    current = (current as Record<string | number, unknown>)[key];
  }
  return { found: true, value: current };
}

export function checksNeedBody(checks: readonly CheckSpec[]): boolean {
  return checks.some((check) => check.kind === 'json');
}

/** How many of `checks` fail for one response. The body is parsed once, and only when a JSON check exists. */
export function countFailedChecks(checks: readonly CheckSpec[], status: number, body: readonly Buffer[] | undefined): number {
  let failed = 0;
  let parsed: unknown;
  let parseState = 0; // 0 not yet, 1 ok, 2 not JSON
  for (const check of checks) {
    if (check.kind === 'status') {
      if (!check.ranges.some(([low, high]) => status >= low && status <= high)) failed++;
      continue;
    }
    if (parseState === 0) {
      try {
        parsed = JSON.parse(Buffer.concat(body ?? []).toString('utf8'));
        parseState = 1;
      } catch {
        parseState = 2;
      }
    }
    if (parseState === 2) {
      failed++;
      continue;
    }
    const { found, value } = valueAt(parsed, check.path);
    if (!found || (check.hasEquals && !isDeepStrictEqual(value, check.equals))) failed++;
  }
  return failed;
}
