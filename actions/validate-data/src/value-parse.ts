/**
 * Table Schema values parsed straight from bytes; each returns NaN when the text is not a valid
 * value of the type. Numbers: digits accumulate as an integer and are divided once by a power
 * of ten, which is exactly what Number() returns up to 15 significant digits (both operands are
 * exact doubles and IEEE division rounds once); anything longer or with an exponent goes
 * through Number() on the string.
 */

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const SPECIAL_NUMBERS: Record<string, number> = { NaN: Number.NaN, INF: Infinity, '-INF': -Infinity, '+INF': Infinity };

function text(buf: Uint8Array, start: number, end: number): string {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1', start, end);
}

export function parseInteger(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  const first = buf[i];
  if (first === 45 || first === 43) {
    negative = first === 45;
    i++;
  }
  if (i >= end || end - i > 15) {
    const value = text(buf, start, end);
    return i < end && /^[-+]?\d+$/.test(value) ? Number(value) : Number.NaN;
  }
  let value = 0;
  for (; i < end; i++) {
    const digit = buf[i] - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** Returns NaN for invalid text; the special values NaN/INF/-INF of the spec are valid (see isSpecialNumber). */
export function parseNumber(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  const first = buf[i];
  if (first === 45 || first === 43) {
    negative = first === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const c = buf[i];
    const digit = c - 48;
    if (digit >= 0 && digit <= 9) {
      mantissa = mantissa * 10 + digit;
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 && fraction < 0) fraction = 0;
    else return slowNumber(buf, start, end);
  }
  if (digits === 0 || digits > 15) return slowNumber(buf, start, end);
  const value = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
  return negative ? -value : value;
}

function slowNumber(buf: Uint8Array, start: number, end: number): number {
  const value = text(buf, start, end);
  return NUMBER_TEXT.test(value) ? Number(value) : Number.NaN;
}

export function isSpecialNumber(buf: Uint8Array, start: number, end: number): boolean {
  return end - start <= 4 && end > start && text(buf, start, end) in SPECIAL_NUMBERS;
}

/** Number text with the field's groupChar/decimalChar/bareNumber options applied first. */
export function parseNumberText(value: string, decimalChar: string, groupChar: string, bareNumber: boolean): number {
  let normalized = groupChar ? value.split(groupChar).join('') : value;
  if (decimalChar !== '.') normalized = normalized.split(decimalChar).join('.');
  if (!bareNumber) normalized = normalized.replace(/^[^-+\d.]+/, '').replace(/[^\d.]+$/, '');
  if (normalized in SPECIAL_NUMBERS) return SPECIAL_NUMBERS[normalized];
  return NUMBER_TEXT.test(normalized) ? Number(normalized) : Number.NaN;
}

function twoDigits(buf: Uint8Array, at: number): number {
  const high = buf[at] - 48;
  const low = buf[at + 1] - 48;
  if (high < 0 || high > 9 || low < 0 || low > 9) return -1;
  return high * 10 + low;
}

function fourDigits(buf: Uint8Array, at: number): number {
  const high = twoDigits(buf, at);
  const low = twoDigits(buf, at + 2);
  return high < 0 || low < 0 ? -1 : high * 100 + low;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month];
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const DAY_MS = 86_400_000;

/** Epoch days of the first of each month of 1900-2099, the years almost all data falls in. */
const MONTH_START_FROM = 1900;
const MONTH_STARTS = new Float64Array(200 * 12);
for (let k = 0; k < MONTH_STARTS.length; k++) MONTH_STARTS[k] = epochDay(MONTH_START_FROM + Math.floor(k / 12), (k % 12) + 1, 1);

/** `YYYY-MM-DD` -> epoch milliseconds (UTC midnight). */
export function parseDate(buf: Uint8Array, start: number, end: number): number {
  if (end - start !== 10 || buf[start + 4] !== 45 || buf[start + 7] !== 45) return Number.NaN;
  const year = fourDigits(buf, start);
  const month = twoDigits(buf, start + 5);
  const day = twoDigits(buf, start + 8);
  if (year < 0) return Number.NaN;
  return dateValue(year, month, day);
}

/** Epoch milliseconds of a calendar date, NaN when month or day is out of range. */
export function dateValue(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  const k = (year - MONTH_START_FROM) * 12 + month - 1;
  return (k >= 0 && k < MONTH_STARTS.length ? MONTH_STARTS[k] + day - 1 : epochDay(year, month, day)) * DAY_MS;
}

/** `hh:mm:ss` with optional fraction -> milliseconds since midnight; `at` is where it starts. */
function timeOfDay(buf: Uint8Array, at: number, end: number): number {
  if (end - at < 8 || buf[at + 2] !== 58 || buf[at + 5] !== 58) return -1;
  const hour = twoDigits(buf, at);
  const minute = twoDigits(buf, at + 3);
  const second = twoDigits(buf, at + 6);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return -1;
  return (hour * 3600 + minute * 60 + second) * 1000;
}

/** Skips `.fff...`; returns the index after it and adds the milliseconds to `into[0]`. */
function fractionEnd(buf: Uint8Array, at: number, end: number, into: number[]): number {
  if (at >= end || buf[at] !== 46) return at;
  let i = at + 1;
  let scale = 100;
  for (; i < end && buf[i] >= 48 && buf[i] <= 57; i++) {
    into[0] += (buf[i] - 48) * scale;
    scale /= 10;
  }
  return i === at + 1 ? -1 : i;
}

/** ISO 8601 `YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm]` -> epoch milliseconds; no zone means UTC. */
export function parseDatetime(buf: Uint8Array, start: number, end: number): number {
  if (end - start < 19 || buf[start + 10] !== 84) return Number.NaN;
  const day = parseDate(buf, start, start + 10);
  const time = timeOfDay(buf, start + 11, end);
  if (Number.isNaN(day) || time < 0) return Number.NaN;
  const fraction = [0];
  let i = fractionEnd(buf, start + 19, end, fraction);
  if (i < 0) return Number.NaN;
  let offset = 0;
  if (i < end && buf[i] === 90) i++;
  else if (i < end && (buf[i] === 43 || buf[i] === 45) && end - i === 6 && buf[i + 3] === 58) {
    const hours = twoDigits(buf, i + 1);
    const minutes = twoDigits(buf, i + 4);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return Number.NaN;
    offset = (buf[i] === 43 ? -1 : 1) * (hours * 60 + minutes) * 60_000;
    i = end;
  }
  return i === end ? day + time + fraction[0] + offset : Number.NaN;
}

/** `hh:mm:ss[.fff]` -> milliseconds since midnight. */
export function parseTime(buf: Uint8Array, start: number, end: number): number {
  const time = timeOfDay(buf, start, end);
  if (time < 0) return Number.NaN;
  const fraction = [0];
  const i = fractionEnd(buf, start + 8, end, fraction);
  return i === end ? time + fraction[0] : Number.NaN;
}

export function parseYear(buf: Uint8Array, start: number, end: number): number {
  return end - start === 4 ? (fourDigits(buf, start) < 0 ? Number.NaN : fourDigits(buf, start)) : Number.NaN;
}
