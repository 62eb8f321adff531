/** Turns the structured inputs (stages, checks, headers, max-regression) into typed options. */
import { InputError } from '../../../core/errors.js';
import { parseDuration } from '../../../core/inputs.js';
import type { YamlSource } from '../../../core/yaml-input.js';
import { parseJsonPath, type CheckSpec } from './checks.js';
import type { Stage } from './schedule.js';

function at(source: YamlSource, path: (string | number)[]): { file?: string; line?: number } {
  return { file: source.file, line: source.lineOf(path) };
}

function placeText(place: { file?: string; line?: number }): string {
  return place.file ? ` (${place.file}${place.line ? `:${place.line}` : ''})` : place.line ? ` (line ${place.line})` : '';
}

/** k6-style stages: a list of `{duration: 30s, target: 100}`, or `30s:100` strings (also comma-separated). */
export function parseStages(source: YamlSource): Stage[] {
  let value = source.value;
  if (typeof value === 'string')
    value = value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  if (!Array.isArray(value) || value.length === 0) {
    throw new InputError('stages', 'must be a list of stages such as `- {duration: 30s, target: 100}` or `30s:100, 1m:100`.');
  }
  return value.map((entry, index) => {
    const place = at(source, [index]);
    let durationText: unknown;
    let targetValue: unknown;
    if (typeof entry === 'string') {
      const match = /^\s*([^:\s]+)\s*:\s*(\S+)\s*$/.exec(entry);
      if (!match)
        throw new InputError('stages', `stage '${entry}'${placeText(place)} is not of the form <duration>:<target>, e.g. 30s:100.`, place);
      [, durationText, targetValue] = match;
    } else if (entry && typeof entry === 'object') {
      ({ duration: durationText, target: targetValue } = entry as Record<string, unknown>);
    }
    const durationMs = parseDuration(String(durationText ?? ''));
    const target = Number(targetValue);
    if (durationMs === undefined || durationMs <= 0) {
      throw new InputError(
        'stages',
        `stage ${index + 1}${placeText(place)}: duration '${String(durationText)}' is not a positive duration like 30s.`,
        place,
      );
    }
    if (targetValue === undefined || targetValue === '' || !Number.isFinite(target) || target < 0) {
      throw new InputError(
        'stages',
        `stage ${index + 1}${placeText(place)}: target '${String(targetValue)}' must be a number >= 0.`,
        place,
      );
    }
    return { durationMs, target };
  });
}

function statusRanges(value: unknown, place: { file?: string; line?: number }): [number, number][] {
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => {
    const text = String(item).trim();
    if (/^\d{3}$/.test(text)) return [Number(text), Number(text)];
    const classMatch = /^([1-5])xx$/i.exec(text);
    if (classMatch) return [Number(classMatch[1]) * 100, Number(classMatch[1]) * 100 + 99];
    const range = /^(\d{3})\s*-\s*(\d{3})$/.exec(text);
    if (range) return [Number(range[1]), Number(range[2])];
    throw new InputError('checks', `status '${text}'${placeText(place)} must be a code (200), a class (2xx) or a range (200-299).`, place);
  });
}

/** A list of `status: 200|[200, 201]|2xx` and `json: $.path` (+ optional `equals: value`) items. */
export function parseChecks(source: YamlSource): CheckSpec[] {
  const value = source.value;
  const items = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : undefined;
  if (!items) throw new InputError('checks', 'must be a list of checks such as `- status: 200` or `- json: $.prediction`.');
  return items.map((item, index) => {
    const place = at(source, Array.isArray(value) ? [index] : []);
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      throw new InputError('checks', `check ${index + 1}${placeText(place)} must be a map with 'status' or 'json'.`, place);
    }
    const check = item as Record<string, unknown>;
    const unknownKey = Object.keys(check).find((key) => !['status', 'json', 'equals'].includes(key));
    if (unknownKey)
      throw new InputError(
        'checks',
        `check ${index + 1}${placeText(place)}: unknown key '${unknownKey}'; use status, json, equals.`,
        place,
      );
    if (check.status !== undefined && check.json !== undefined) {
      throw new InputError('checks', `check ${index + 1}${placeText(place)}: give 'status' or 'json', one per list item.`, place);
    }
    if (check.status !== undefined) {
      if (check.equals !== undefined)
        throw new InputError('checks', `check ${index + 1}${placeText(place)}: 'equals' goes with 'json'.`, place);
      return {
        kind: 'status',
        label: `status ${Array.isArray(check.status) ? check.status.join('|') : String(check.status)}`,
        ranges: statusRanges(check.status, place),
      };
    }
    if (typeof check.json === 'string') {
      const path = parseJsonPath(check.json);
      if (!path)
        throw new InputError(
          'checks',
          `JSON path '${check.json}'${placeText(place)} is not like $.a.b[0] (no wildcards or filters).`,
          place,
        );
      const hasEquals = Object.prototype.hasOwnProperty.call(check, 'equals');
      return {
        kind: 'json',
        label: hasEquals ? `${check.json} == ${JSON.stringify(check.equals)}` : `${check.json} exists`,
        path,
        equals: check.equals,
        hasEquals,
      };
    }
    throw new InputError('checks', `check ${index + 1}${placeText(place)} needs 'status: <code>' or 'json: <path>'.`, place);
  });
}

/** `Name: value` lines. */
export function parseHeaders(lines: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!match) throw new InputError('headers', `'${line}' is not a header line; write one 'Name: value' per line.`);
    headers[match[1]] = match[2];
  }
  return headers;
}

/** `10%` or `10` -> 0.1. */
export function parseMaxRegression(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
  if (!match) throw new InputError('max-regression', `'${text}' is not a percentage like 10%.`);
  return Number(match[1]) / 100;
}
