import { MALFORMED, NULL_FIELD, QUOTED_ESCAPES } from './csv-tokenizer.js';
import type { Sample } from './tally.js';
import type { Locate } from './validator.js';

/** Longest value text kept in a sample: enough to recognise it, bounded for huge fields. */
const SAMPLE_TEXT = 200;

/**
 * Where a failing value is and what it says, in the terms of its format: a row number (Parquet),
 * a line (JSON Lines), or a physical line and column (CSV). Only sampled failures get here, so
 * the CSV column is found by rescanning the record for newlines rather than tracked per field.
 */
export function sampleAt(
  buf: Uint8Array,
  start: number,
  end: number,
  flag: number,
  line: number,
  recordStart: number,
  locate: Locate,
): Sample {
  const value =
    flag === NULL_FIELD
      ? ''
      : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8', start, Math.min(end, start + SAMPLE_TEXT));
  if (locate === 'row') return { row: line, value };
  if (locate === 'line') return { line, value };
  const quoteAdjusted = flag !== 0 && flag !== MALFORMED ? start - 1 : start;
  let physical = line;
  let lineStart = recordStart;
  for (let i = recordStart; i < quoteAdjusted; i++) {
    if (buf[i] === 10) {
      physical++;
      lineStart = i + 1;
    }
  }
  return {
    line: physical,
    column: quoteAdjusted - lineStart + 1,
    value: flag === QUOTED_ESCAPES ? value.replace(/""/g, '"') : value,
  };
}
