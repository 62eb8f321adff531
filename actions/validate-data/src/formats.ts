import { daysInMonth, epochDay } from './value-parse.js';

/**
 * Non-default Table Schema formats, on strings (the rare, slower path): strptime-style
 * patterns for date/datetime/time (`%Y-%m-%d`, `%d/%m/%Y %H:%M`), `any`, and the string
 * formats email, uri, uuid and binary.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DIRECTIVES: Record<string, string> = {
  Y: '(?<Y>\\d{4})',
  y: '(?<y>\\d{2})',
  m: '(?<m>\\d{1,2})',
  d: '(?<d>\\d{1,2})',
  H: '(?<H>\\d{1,2})',
  I: '(?<H>\\d{1,2})',
  M: '(?<M>\\d{1,2})',
  S: '(?<S>\\d{1,2})',
  f: '(?<f>\\d{1,9})',
  p: '(?<p>AM|PM|am|pm)',
  b: '(?<b>[A-Za-z]{3})',
  B: '(?<b>[A-Za-z]{3})[A-Za-z]*',
  z: '(?<z>Z|[-+]\\d{2}:?\\d{2})',
  Z: '(?<Z>[A-Z]{3,4})',
  '%': '%',
};

export type TextParser = (text: string) => number;

/** Compiles a strptime-like pattern into a parser returning epoch ms (time: ms since midnight), NaN when it does not match. */
export function strptimeParser(format: string, kind: 'date' | 'datetime' | 'time'): TextParser {
  let source = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '%' && i + 1 < format.length) {
      const directive = DIRECTIVES[format[++i]];
      if (!directive) throw new Error(`unknown directive %${format[i]}`);
      source += directive;
    } else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const pattern = new RegExp(`^${source}$`);
  return (text) => {
    const groups = pattern.exec(text)?.groups;
    if (!groups) return Number.NaN;
    const year = groups.Y ? Number(groups.Y) : groups.y ? 2000 + Number(groups.y) - (Number(groups.y) >= 69 ? 100 : 0) : 1970;
    const month = groups.m ? Number(groups.m) : groups.b ? MONTHS.indexOf(groups.b.toLowerCase()) + 1 : 1;
    const day = groups.d ? Number(groups.d) : 1;
    let hour = groups.H ? Number(groups.H) : 0;
    if (groups.p) hour = (hour % 12) + (groups.p.toLowerCase() === 'pm' ? 12 : 0);
    const minute = groups.M ? Number(groups.M) : 0;
    const second = groups.S ? Number(groups.S) : 0;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return Number.NaN;
    const millis = groups.f ? Number(`0.${groups.f}`) * 1000 : 0;
    const timeMs = (hour * 3600 + minute * 60 + second) * 1000 + millis;
    if (kind === 'time') return timeMs;
    let offset = 0;
    if (groups.z && groups.z !== 'Z') {
      const digits = groups.z.replace(':', '');
      offset = (digits[0] === '+' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
    }
    return epochDay(year, month, day) * 86_400_000 + (kind === 'datetime' ? timeMs + offset : 0);
  };
}

/** Format `any`: whatever Date.parse understands. */
export function anyDateParser(kind: 'date' | 'datetime' | 'time'): TextParser {
  if (kind === 'time')
    return (text) =>
      /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)
        ? strptimeParser('%H:%M:%S', 'time')(text.split(':').length === 2 ? `${text}:00` : text.replace(/\.\d+$/, ''))
        : Number.NaN;
  return (text) => Date.parse(text);
}

const STRING_FORMATS: Record<string, RegExp> = {
  email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
  uri: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  binary: /^[A-Za-z0-9+/]*={0,2}$/,
};

export const KNOWN_STRING_FORMATS = ['default', ...Object.keys(STRING_FORMATS)];

export function stringFormatPattern(format: string): RegExp | undefined {
  return STRING_FORMATS[format];
}
