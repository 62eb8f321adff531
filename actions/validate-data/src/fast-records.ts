/**
 * The fast path for plain CSV: a record loop generated for the file's schema and column order,
 * which tokenizes, parses and checks in one pass over the bytes. It takes only records it can
 * prove clean — every value of its type, within its constraints, no embedded newline or doubled
 * quote — and stops at the first other one, which the general tokenizer and
 * RecordValidator.record() then handle and report. So it needs no reporting code of its own,
 * and a record it commits leaves exactly the counts and profile record() would leave:
 * test/validate-data/fast-records.test.ts compares the two on random files.
 *
 * Generated code: the schema decides which statements are emitted; it never holds text from
 * the schema (names, enum values and patterns stay in the objects passed in; bounds are numbers).
 */
import type { CsvTokenizer } from './csv-tokenizer.js';
import { ByteDictionary } from './byte-dictionary.js';
import * as compiled from './field-compile.js';
import { dictionaryLookup, directMatchCode, fieldMode, lookupDictionary, numberLiteral } from './fast-records-emit.js';
import * as keys from './key-checks.js';
import * as values from './value-parse.js';
import type { RecordValidator } from './validator.js';

const { T_DATE, T_DATETIME, T_TIME } = compiled;

/**
 * Validates the clean records starting in buf[from, stop) and returns where the first record it
 * did not take starts (or the position reached at `stop`). The caller guarantees a newline
 * before the buffer's end after `stop`, so every scan ends inside the buffer.
 */
export type FastRecords = (buf: Uint8Array, from: number, stop: number, tokenizer: CsvTokenizer, base: number) => number;

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** A compiled record loop for this validator's schema and header, or undefined when the layout does not allow one. */
export function compileFastRecords(validator: RecordValidator, delimiter: number, quote: number): FastRecords | undefined {
  const columns = validator.columnCount;
  const fields = validator.fields;
  if (columns < 1 || columns > 256 || delimiter === 10 || delimiter === 13 || delimiter === quote) return undefined;
  const fieldAt = new Array<number>(columns).fill(-1);
  for (let k = 0; k < fields.length; k++) {
    const col = fields[k].column;
    // A field without a column is missing on every row: a finding per row, the general path's job.
    if (col < 0 || col >= columns || fieldAt[col] >= 0) return undefined;
    fieldAt[col] = k;
  }
  const missing = new ByteDictionary(16);
  for (const value of validator.options.schema.missingValues) if (value !== '') missing.addString(value);
  const anyMissingText = missing.size > 0;
  const D = delimiter;
  const Q = quote;
  // Leaves the loop at the record's start: the write-back after the loop runs on every exit.
  const BAIL = '{ i = rs; break record; }';
  const keyColumns = validator.keyChecks.length > 0 || validator.foreignValues.length > 0 || validator.referenced.length > 0;
  const body: string[] = [];
  const commit: string[] = [];
  const emit = (line: string) => body.push(line);

  const emptyCase = (k: number): string =>
    // An empty value is missing when "" is a missing value; required then fails, which record() reports.
    validator.emptyIsMissing && !fields[k].spec.constraints.required ? `m${k} = 1;` : BAIL;
  const missingTextCase = (k: number, c: number): string =>
    anyMissingText
      ? `if (e${c} - s${c} <= ${validator.longestMissing} && MV.idOf(buf, s${c}, e${c}) >= 0) ${
          fields[k].spec.constraints.required ? BAIL : `m${k} = 1;`
        }`
      : '';
  /** id${k} = the value's id in the field's dictionary, or a bail when it has none (skipped after a direct match). */
  const lookup = (k: number, c: number, matched: boolean, expression: string): string => {
    const code = `${dictionaryLookup(lookupDictionary(fields[k])!, `id${k}`, expression, `s${c}`, `e${c}`)} if (id${k} < 0) ${BAIL}`;
    return matched ? `if (id${k} < 0) { ${code} }` : code;
  };
  const range = (k: number, value: string): string => {
    const f = fields[k];
    const tests: string[] = [];
    if (!Number.isNaN(f.minimum)) tests.push(`${value} < ${numberLiteral(f.minimum)}`);
    if (!Number.isNaN(f.maximum)) tests.push(`${value} > ${numberLiteral(f.maximum)}`);
    return tests.length > 0 ? `if (${tests.join(' || ')}) ${BAIL}` : '';
  };

  /** Leaves i on the byte after the field: plain, or quoted without doubled quotes or newlines. */
  const scanText = (c: number) => {
    emit(`s${c} = i; q${c} = 0;`);
    emit(`if (buf[i] === ${Q}) {`);
    emit(`  let j = i + 1; while ((ch = buf[j]) !== ${Q} && ch !== 10) j++;`);
    emit(`  if (ch === 10 || buf[j + 1] === ${Q}) ${BAIL}`);
    emit(`  s${c} = i + 1; e${c} = j; q${c} = 1; i = j + 1;`);
    emit(`} else { while ((ch = buf[i]) !== ${D} && ch !== 10) i++; e${c} = i; }`);
  };

  for (let c = 0; c < columns; c++) {
    const k = fieldAt[c];
    const last = c === columns - 1;
    const mode = k < 0 ? 'text' : fieldMode(fields[k]);
    const dictionary = k < 0 ? undefined : lookupDictionary(fields[k]);
    const direct = dictionary && directMatchCode(dictionary, missing, k, c, last, D, Q);
    if (k >= 0) emit(`let m${k} = 0, v${k} = 0, id${k} = -1;`);
    if (mode === 'integer' || mode === 'number') {
      emit(`s${c} = i; q${c} = 0; if (buf[i] === 45) i++;`);
      emit(`w = i; x = 0; fr = -1;`);
      emit(`while ((ch = buf[i]) >= 48 && ch <= 57) { x = x * 10 + (ch - 48); i++; }`);
      // The fraction's digits in a second loop: fr counts them (-1: no point).
      if (mode === 'number')
        emit(`if (ch === 46) { fr = ++i; while ((ch = buf[i]) >= 48 && ch <= 57) { x = x * 10 + (ch - 48); i++; } fr = i - fr; }`);
      emit(`e${c} = i;`);
      emit(`if (i === w) { if (i !== s${c}) ${BAIL} ${emptyCase(k)} }`);
      emit(`else {`);
      emit(`  const digits = i - w - (fr >= 0 ? 1 : 0); if (digits === 0 || digits > 15) ${BAIL}`);
      emit(`  x = fr > 0 ? x / P10[fr] : x; v${k} = buf[s${c}] === 45 ? -x : x;`);
      emit(`  ${missingTextCase(k, c)}`);
      emit(`  if (m${k} === 0) { ${range(k, `v${k}`)} }`);
      emit(`}`);
    } else if (mode === 'parsed' && fields[k].code === T_DATE) {
      // A date is 10 bytes whose checks below reject any delimiter, quote or newline among them:
      // when the 11th byte ends the field, the bytes need no scan.
      const ends = last ? `(ch = buf[i + 10]) === 10 || ch === 13` : `buf[i + 10] === ${D}`;
      emit(`if ((buf[i] - 48) >>> 0 <= 9 && (${ends})) { s${c} = i; e${c} = i + 10; q${c} = 0; i += 10; } else {`);
      scanText(c);
      emit(`}`);
    } else if (direct !== undefined) {
      // A value equal to one of a few literals is recognised in place, without a scan first.
      emit(direct);
      emit(`if (id${k} >= 0) { s${c} = i; q${c} = 0; i = e${c}; } else {`);
      scanText(c);
      emit(`}`);
    } else {
      scanText(c);
    }
    // The byte after the field: the delimiter, or the record's end (LF or CRLF) after the last one.
    if (!last) emit(`if (buf[i] !== ${D}) ${BAIL} i++;`);
    else {
      // CRLF after a quoted or numeric value; a plain text scan stops at LF and leaves the CR out, as the tokenizer does.
      emit(`ch = buf[i];`);
      emit(`if (ch === 13 && buf[i + 1] === 10) i++;`);
      emit(`else if (ch !== 10) ${BAIL}`);
      emit(`else if (q${c} === 0 && e${c} > s${c} && buf[e${c} - 1] === 13) e${c}--;`);
      emit(`i++;`);
    }
    if (mode === 'integer' || mode === 'number' || k < 0) continue;
    // After a direct match (id${k} set) the value is known: neither missing nor in need of a lookup.
    const matched = direct !== undefined;
    emit(`if (e${c} === s${c}) { ${emptyCase(k)} } else {`);
    emit(matched && anyMissingText ? `  if (id${k} < 0) { ${missingTextCase(k, c)} }` : `  ${missingTextCase(k, c)}`);
    emit(`  if (m${k} === 0) {`);
    if (mode === 'parsed' && fields[k].code === T_DATE) {
      // YYYY-MM-DD inline: eight digit bytes, two dashes (parseDate's rules, without its calls).
      const digits = [0, 1, 2, 3, 5, 6, 8, 9].map((at) => `d${at} = buf[s${c} + ${at}] - 48`).join(', ');
      const tests = [0, 1, 2, 3, 5, 6, 8, 9].map((at) => `d${at} >>> 0 > 9`).join(' || ');
      emit(`    if (e${c} - s${c} !== 10 || buf[s${c} + 4] !== 45 || buf[s${c} + 7] !== 45) ${BAIL}`);
      emit(`    const ${digits};`);
      emit(`    if (${tests}) ${BAIL}`);
      emit(`    v${k} = dateValue(d0 * 1000 + d1 * 100 + d2 * 10 + d3, d5 * 10 + d6, d8 * 10 + d9); if (v${k} !== v${k}) ${BAIL}`);
      emit(`    ${range(k, `v${k}`)}`);
    } else if (mode === 'parsed') {
      const parser = fields[k].code === T_DATETIME ? 'parseDatetime' : fields[k].code === T_TIME ? 'parseTime' : 'parseYear';
      emit(`    v${k} = ${parser}(buf, s${c}, e${c}); if (v${k} !== v${k}) ${BAIL}`);
      emit(`    ${range(k, `v${k}`)}`);
    } else if (mode === 'boolean') {
      emit(`    ${lookup(k, c, matched, `f${k}.booleanValues`)}`);
    } else if (mode === 'text') {
      const f = fields[k];
      if (f.minLength >= 0 || f.maxLength !== Infinity) {
        // Code points of valid UTF-8 (the chunk passed isUtf8): every byte but continuation bytes.
        // A value has between a quarter of its bytes and all of them, so most need no counting.
        const uncertain: string[] = [];
        if (f.minLength >= 0) uncertain.push(`e${c} - s${c} < ${4 * f.minLength}`);
        if (f.maxLength !== Infinity) uncertain.push(`e${c} - s${c} > ${numberLiteral(f.maxLength)}`);
        emit(`    if (${uncertain.join(' || ')}) {`);
        emit(`      let length = 0; for (let p = s${c}; p < e${c}; p++) if ((buf[p] & 0xc0) !== 0x80) length++;`);
        if (f.minLength >= 0) emit(`      if (length < ${f.minLength}) ${BAIL}`);
        if (f.maxLength !== Infinity) emit(`      if (length > ${numberLiteral(f.maxLength)}) ${BAIL}`);
        emit(`    }`);
      }
      if (f.enumValues !== undefined) emit(`    ${lookup(k, c, matched, `f${k}.enumValues`)}`);
    }
    emit(`  }`);
    emit(`}`);
  }

  for (let k = 0; k < fields.length; k++) {
    const c = fields[k].column;
    const f = fields[k];
    const mode = fieldMode(f);
    // Counts stay in locals (present = rows - missing) until the loop ends; presentValue counts its own.
    commit.push(`if (m${k} === 1) M${k}++;`);
    if (mode === 'generic') {
      commit.push(`else V.presentValue(${k}, buf, s${c}, e${c}, q${c}, line, rs);`);
      continue;
    }
    commit.push(`else {`);
    commit.push(`  const f = f${k};`);
    if (mode === 'integer' || mode === 'number' || mode === 'parsed') {
      // profileNumber's statements: a call per value would not be inlined into a loop this large.
      const v = `v${k}`;
      commit.push(`  f.numericCount++; f.sum += ${v}; if (${v} < f.min) f.min = ${v}; if (${v} > f.max) f.max = ${v};`);
      commit.push(`  const dn = f.distinctNumbers; if (dn !== null && !dn.add(${v})) f.distinctNumbers = null;`);
      if (f.reservoir !== undefined) commit.push(`  sampleForDrift(f, ${v}, random);`);
    } else if (mode === 'boolean') {
      commit.push(`  f.enumSeen[id${k}] = 1;`);
      if (f.categories !== undefined)
        commit.push(`  const cat = f.categories.add(buf, s${c}, e${c}); if (cat >= 0) f.categoryCounts[cat]++;`);
    } else {
      if (f.enumValues !== undefined) commit.push(`  f.enumSeen[id${k}] = 1;`);
      else
        commit.push(
          `  const distinct = f.distinctBytes; if (distinct !== null && distinct.add(buf, s${c}, e${c}) < 0) f.distinctBytes = null;`,
        );
      if (f.categories !== undefined)
        commit.push(`  const cat = f.categories.add(buf, s${c}, e${c}); if (cat >= 0) f.categoryCounts[cat]++;`);
    }
    commit.push(`}`);
  }
  if (keyColumns) {
    const keyCode: string[] = [];
    let needsColumns = validator.foreignValues.length > 0 || validator.referenced.length > 0;
    validator.keyChecks.forEach((check, n) => {
      const k = fields.indexOf(check.fields[0]);
      // An exact integer key on a field parsed here: its value is at hand (at most 15 digits, so safe).
      if (check.index.exact && fieldMode(fields[k]) === 'integer') keyCode.push(`if (m${k} === 0) KI${n}.addInteger(v${k}, line);`);
      else {
        keyCode.push(`addKey(V, KC[${n}], buf, st, en, ${columns}, line, base + rs);`);
        needsColumns = true;
      }
    });
    // The tokenizer's column arrays are filled only for the checks that read them.
    if (needsColumns) for (let c = 0; c < columns; c++) commit.push(`st[${c}] = s${c}; en[${c}] = e${c}; fl[${c}] = q${c};`);
    commit.push(...keyCode);
    if (validator.foreignValues.length > 0 || validator.referenced.length > 0)
      commit.push(`collectKeys(V, buf, st, en, fl, ${columns}, line);`);
  }

  const declarations = Array.from({ length: columns }, (_, c) => `s${c} = 0, e${c} = 0, q${c} = 0`).join(', ');
  const source = [
    `return function fastRecords(buf, from, stop, tk, base) {`,
    `  let i = from, line = tk.line, rows = 0, ch = 0, w = 0, x = 0, fr = 0, ${declarations};`,
    `  const st = tk.starts, en = tk.ends, fl = tk.flags;`,
    `  const ${fields.map((_, k) => `f${k} = F[${k}]`).join(', ')};`,
    `  let ${fields.map((_, k) => `M${k} = 0`).join(', ')};`,
    ...validator.keyChecks.map((_, n) => `  const KI${n} = KC[${n}].index;`),
    `  record: while (i < stop) {`,
    `    const rs = i;`,
    ...body.map((l) => `    ${l}`),
    `    rows++;`,
    ...commit.map((l) => `    ${l}`),
    `    line++;`,
    `  }`,
    `  tk.line = line;`,
    `  V.rows += rows;`,
    ...fields.map((f, k) =>
      fieldMode(f) === 'generic' ? `  f${k}.missing += M${k};` : `  f${k}.missing += M${k}; f${k}.present += rows - M${k};`,
    ),
    `  return i;`,
    `};`,
  ].join('\n');
  const factory = new Function(
    'V',
    'F',
    'KC',
    'MV',
    'P10',
    'random',
    'sampleForDrift',
    'addKey',
    'collectKeys',
    'dateValue',
    'parseDatetime',
    'parseTime',
    'parseYear',
    source,
  ) as (...args: unknown[]) => FastRecords;
  return factory(
    validator,
    fields,
    validator.keyChecks,
    missing,
    POW10,
    validator.random,
    compiled.sampleForDrift,
    keys.addKey,
    keys.collectKeys,
    values.dateValue,
    values.parseDatetime,
    values.parseTime,
    values.parseYear,
  );
}
