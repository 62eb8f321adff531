import { seededRandom } from '../../../core/random.js';
import { UserError } from '../../../core/errors.js';
import { ByteDictionary } from './byte-dictionary.js';
import { NumberSet } from './number-set.js';
import { anyDateParser, KNOWN_STRING_FORMATS, strptimeParser, stringFormatPattern, type TextParser } from './formats.js';
import type { FieldSpec } from './schema-types.js';
import { parseDate, parseDatetime, parseTime } from './value-parse.js';

/** Type codes, so the per-value check is one switch instead of a call through a closure. */
export const T_STRING = 0;
export const T_INTEGER = 1;
export const T_NUMBER = 2;
export const T_BOOLEAN = 3;
export const T_DATE = 4;
export const T_DATETIME = 5;
export const T_TIME = 6;
export const T_YEAR = 7;
export const T_ANY = 8;

const TYPE_CODES = {
  string: T_STRING,
  integer: T_INTEGER,
  number: T_NUMBER,
  boolean: T_BOOLEAN,
  date: T_DATE,
  datetime: T_DATETIME,
  time: T_TIME,
  year: T_YEAR,
  any: T_ANY,
};

export const NUMERIC_TYPES = new Set([T_INTEGER, T_NUMBER, T_YEAR, T_DATE, T_DATETIME, T_TIME]);

/** Reservoir size for drift statistics: KS and PSI run on at most this many values per column. */
export const DRIFT_SAMPLE = 20_000;
export const DISTINCT_CAP = 1000;

/** A field ready for the hot loop: constraints resolved to numbers and byte tables, plus its running profile. */
export interface CompiledField {
  spec: FieldSpec;
  code: number;
  /** Position of the field in each record, -1 when the file lacks it. */
  column: number;
  /** Non-default formats and number options go through strings. */
  textParser?: TextParser;
  minimum: number;
  maximum: number;
  minLength: number;
  maxLength: number;
  pattern?: RegExp;
  formatPattern?: RegExp;
  enumValues?: ByteDictionary;
  /** trueValues then falseValues, looked up from bytes. */
  booleanValues: ByteDictionary;
  /** Which enum (or boolean) ids occurred, for the distinct count. */
  enumSeen: Uint8Array;
  // profile
  present: number;
  missing: number;
  numericCount: number;
  sum: number;
  min: number;
  max: number;
  distinctNumbers: NumberSet | null;
  distinctBytes: ByteDictionary | null;
  /** Drift inputs, only collected when a reference is compared. */
  reservoir?: Float64Array;
  reservoirSeen: number;
  categories?: ByteDictionary;
  categoryCounts?: Float64Array;
}

function temporalBound(field: FieldSpec, key: 'minimum' | 'maximum', parse: (text: string) => number): number {
  const value = field.constraints[key];
  if (value === undefined) return Number.NaN;
  if (typeof value === 'number') return value;
  const parsed = parse(value);
  if (Number.isNaN(parsed))
    throw new UserError(`Schema field '${field.name}': constraint ${key} '${value}' is not a valid ${field.type}.`, {
      line: field.schemaLine,
    });
  return parsed;
}

/** Parses a value given as text (constraint bounds, JSON values) the way the hot loop parses bytes. */
export function textValueParser(field: FieldSpec): (text: string) => number {
  const bytes = (parse: (b: Uint8Array, s: number, e: number) => number) => (text: string) => {
    const buf = Buffer.from(text, 'latin1');
    return parse(buf, 0, buf.length);
  };
  switch (field.type) {
    case 'date':
      return field.format === 'default'
        ? bytes(parseDate)
        : field.format === 'any'
          ? anyDateParser('date')
          : strptimeParser(field.format, 'date');
    case 'datetime':
      return field.format === 'default'
        ? bytes(parseDatetime)
        : field.format === 'any'
          ? anyDateParser('datetime')
          : strptimeParser(field.format, 'datetime');
    case 'time':
      return field.format === 'default'
        ? bytes(parseTime)
        : field.format === 'any'
          ? anyDateParser('time')
          : strptimeParser(field.format, 'time');
    default:
      return (text) => Number(text);
  }
}

function booleanDictionary(spec: FieldSpec): ByteDictionary {
  const dictionary = new ByteDictionary(spec.trueValues.length + spec.falseValues.length + 1);
  for (const value of [...spec.trueValues, ...spec.falseValues]) dictionary.addString(value);
  return dictionary;
}

export function compileField(spec: FieldSpec, collectDrift: boolean): CompiledField {
  const code = TYPE_CODES[spec.type];
  let textParser: TextParser | undefined;
  let formatPattern: RegExp | undefined;
  const where = { line: spec.schemaLine };
  if (code === T_DATE || code === T_DATETIME || code === T_TIME) {
    if (spec.format !== 'default') {
      try {
        textParser = textValueParser(spec);
      } catch (error) {
        throw new UserError(
          `Schema field '${spec.name}': format '${spec.format}' is not a valid pattern (${(error as Error).message}); use strftime directives like %Y-%m-%d.`,
          where,
        );
      }
    }
  } else if (code === T_STRING) {
    if (!KNOWN_STRING_FORMATS.includes(spec.format))
      throw new UserError(
        `Schema field '${spec.name}': string format '${spec.format}' is unknown; use one of ${KNOWN_STRING_FORMATS.join(', ')}.`,
        where,
      );
    formatPattern = stringFormatPattern(spec.format);
  } else if (code === T_NUMBER && (spec.decimalChar !== '.' || spec.groupChar !== '' || !spec.bareNumber)) {
    textParser = () => Number.NaN; // marker: the validator calls parseNumberText with the field's options
  } else if (code === T_INTEGER && !spec.bareNumber) textParser = () => Number.NaN;
  const parseBound = textValueParser(spec);
  let enumValues: ByteDictionary | undefined;
  if (spec.constraints.enum) {
    enumValues = new ByteDictionary(spec.constraints.enum.length + 1);
    for (const value of spec.constraints.enum) enumValues.addString(value);
  }
  return {
    spec,
    code,
    column: -1,
    textParser,
    minimum: temporalBound(spec, 'minimum', parseBound),
    maximum: temporalBound(spec, 'maximum', parseBound),
    minLength: spec.constraints.minLength ?? -1,
    maxLength: spec.constraints.maxLength ?? Infinity,
    pattern: spec.constraints.pattern === undefined ? undefined : new RegExp(`^(?:${spec.constraints.pattern})$`, 'u'),
    formatPattern,
    enumValues,
    booleanValues: booleanDictionary(spec),
    enumSeen: new Uint8Array((spec.constraints.enum?.length ?? 0) + spec.trueValues.length + spec.falseValues.length + 1),
    present: 0,
    missing: 0,
    numericCount: 0,
    sum: 0,
    min: Infinity,
    max: -Infinity,
    distinctNumbers: NUMERIC_TYPES.has(code) ? new NumberSet(DISTINCT_CAP) : null,
    distinctBytes: NUMERIC_TYPES.has(code) || code === T_BOOLEAN ? null : new ByteDictionary(DISTINCT_CAP),
    reservoir: collectDrift && NUMERIC_TYPES.has(code) ? new Float64Array(DRIFT_SAMPLE) : undefined,
    reservoirSeen: 0,
    categories: collectDrift && !NUMERIC_TYPES.has(code) ? new ByteDictionary(DISTINCT_CAP) : undefined,
    categoryCounts: collectDrift && !NUMERIC_TYPES.has(code) ? new Float64Array(DISTINCT_CAP) : undefined,
  };
}

/** Records a numeric value in the profile (and the drift reservoir, with a seeded generator so runs repeat). */
export function profileNumber(field: CompiledField, value: number, random: () => number): void {
  field.numericCount++;
  field.sum += value;
  if (value < field.min) field.min = value;
  if (value > field.max) field.max = value;
  const distinct = field.distinctNumbers;
  if (distinct !== null && !distinct.add(value)) field.distinctNumbers = null;
  if (field.reservoir !== undefined) sampleForDrift(field, value, random);
}

/** Reservoir sampling of the values for drift (a field that has a reservoir). */
export function sampleForDrift(field: CompiledField, value: number, random: () => number): void {
  const reservoir = field.reservoir!;
  const seen = field.reservoirSeen++;
  if (seen < DRIFT_SAMPLE) reservoir[seen] = value;
  else {
    const slot = Math.floor(random() * (seen + 1));
    if (slot < DRIFT_SAMPLE) reservoir[slot] = value;
  }
}

export { seededRandom };
