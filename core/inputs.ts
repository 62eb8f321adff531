import type { InputReader } from './action.js';
import { InputError } from './errors.js';

/** Strict input helpers: each one either returns a typed value or throws an InputError naming the input. */

export function getString(read: InputReader, name: string): string | undefined {
  const value = read(name).trim();
  return value === '' ? undefined : value;
}

export function getRequired(read: InputReader, name: string): string {
  const value = getString(read, name);
  if (value === undefined) throw new InputError(name, "is required; set it in the step's `with:` block.");
  return value;
}

const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

/** YAML 1.2 core-schema booleans only, like @actions/core's getBooleanInput. */
export function getBoolean(read: InputReader, name: string, fallback: boolean): boolean {
  const value = getString(read, name);
  if (value === undefined) return fallback;
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  throw new InputError(name, `'${value}' is not a boolean; use true or false.`);
}

export function getEnum<const T extends string>(read: InputReader, name: string, values: readonly T[], fallback: T): T {
  const value = getString(read, name);
  if (value === undefined) return fallback;
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new InputError(name, `'${value}' is not one of: ${values.join(', ')}.`);
}

interface NumberBounds {
  min?: number;
  max?: number;
}

function checkBounds(name: string, value: number, bounds: NumberBounds): number {
  if (bounds.min !== undefined && value < bounds.min) throw new InputError(name, `${value} is below the minimum ${bounds.min}.`);
  if (bounds.max !== undefined && value > bounds.max) throw new InputError(name, `${value} is above the maximum ${bounds.max}.`);
  return value;
}

export function getNumber(read: InputReader, name: string, fallback: number, bounds?: NumberBounds): number;
export function getNumber(read: InputReader, name: string, fallback: undefined, bounds?: NumberBounds): number | undefined;
export function getNumber(read: InputReader, name: string, fallback: number | undefined, bounds: NumberBounds = {}): number | undefined {
  const value = getString(read, name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) || !Number.isFinite(parsed)) {
    throw new InputError(name, `'${value}' is not a number.`);
  }
  return checkBounds(name, parsed, bounds);
}

export function getInteger(read: InputReader, name: string, fallback: number, bounds?: NumberBounds): number;
export function getInteger(read: InputReader, name: string, fallback: undefined, bounds?: NumberBounds): number | undefined;
export function getInteger(read: InputReader, name: string, fallback: number | undefined, bounds: NumberBounds = {}): number | undefined {
  const value = getString(read, name);
  if (value === undefined) return fallback;
  if (!/^[-+]?\d+$/.test(value)) throw new InputError(name, `'${value}' is not a whole number.`);
  return checkBounds(name, Number(value), bounds);
}

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION_PATTERN = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;

/** `30s`, `5m`, `1h30m`, `250ms`, `1.5s`; a bare number means seconds. Returns milliseconds. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  if (!DURATION_PATTERN.test(value)) return undefined;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) total += Number(amount) * DURATION_UNITS_MS[unit];
  return total;
}

export function getDuration(read: InputReader, name: string, fallbackMs: number): number;
export function getDuration(read: InputReader, name: string, fallbackMs: undefined): number | undefined;
export function getDuration(read: InputReader, name: string, fallbackMs: number | undefined): number | undefined {
  const value = getString(read, name);
  if (value === undefined) return fallbackMs;
  const ms = parseDuration(value);
  if (ms === undefined) throw new InputError(name, `'${value}' is not a duration; write it like 30s, 5m, 1h30m or 250ms.`);
  return ms;
}

/** Newline- or comma-separated; blank entries and surrounding spaces dropped. */
export function getList(read: InputReader, name: string): string[] {
  return read(name)
    .split(/\r?\n|,/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Newline-separated only, for values that may contain commas (globs with braces, headers). */
export function getLines(read: InputReader, name: string): string[] {
  return read(name)
    .split(/\r?\n/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
}
