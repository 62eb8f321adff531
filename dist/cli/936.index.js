export const id = 936;
export const ids = [936];
export const modules = {

/***/ 5201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ ByteDictionary)
/* harmony export */ });
/**
 * A small open-addressing hash table from byte strings to dense ids, looked up straight from
 * the read buffer so enum checks and category counts create no strings per row.
 */
class ByteDictionary {
    capacity;
    slots;
    hashes;
    arena = Buffer.alloc(4096);
    arenaUsed = 0;
    offsets = [];
    lengths = [];
    /** True once `add` refused a key because `capacity` entries were already stored. */
    overflowed = false;
    constructor(capacity = 1024) {
        this.capacity = capacity;
        let size = 16;
        while (size < capacity * 2)
            size *= 2;
        this.slots = new Int32Array(size).fill(-1);
        this.hashes = new Uint32Array(size);
    }
    get size() {
        return this.offsets.length;
    }
    /** Four bytes per multiply: values here are short, and probing compares the bytes anyway. */
    static hash(buf, start, end) {
        let h = 0x811c9dc5 ^ (end - start);
        let i = start;
        for (; i + 4 <= end; i += 4) {
            h = Math.imul(h ^ (buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24)), 0x01000193);
            h ^= h >>> 13;
        }
        for (; i < end; i++)
            h = Math.imul(h ^ buf[i], 0x01000193);
        return (h ^ (h >>> 16)) >>> 0;
    }
    equals(id, buf, start, end) {
        const length = this.lengths[id];
        if (length !== end - start)
            return false;
        const offset = this.offsets[id];
        const arena = this.arena;
        for (let k = 0; k < length; k++)
            if (arena[offset + k] !== buf[start + k])
                return false;
        return true;
    }
    /** The id of the key, or -1. */
    idOf(buf, start, end) {
        const h = ByteDictionary.hash(buf, start, end);
        const mask = this.slots.length - 1;
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            const id = this.slots[slot];
            if (id < 0)
                return -1;
            if (this.hashes[slot] === h && this.equals(id, buf, start, end))
                return id;
        }
    }
    /** The id of the key, adding it if there is room; -1 when the dictionary is full. */
    add(buf, start, end) {
        const h = ByteDictionary.hash(buf, start, end);
        const mask = this.slots.length - 1;
        let slot = h & mask;
        for (;; slot = (slot + 1) & mask) {
            const id = this.slots[slot];
            if (id < 0)
                break;
            if (this.hashes[slot] === h && this.equals(id, buf, start, end))
                return id;
        }
        if (this.offsets.length >= this.capacity) {
            this.overflowed = true;
            return -1;
        }
        const length = end - start;
        if (this.arenaUsed + length > this.arena.length) {
            const bigger = Buffer.alloc(Math.max(this.arena.length * 2, this.arenaUsed + length));
            this.arena.copy(bigger, 0, 0, this.arenaUsed);
            this.arena = bigger;
        }
        this.arena.set(buf.subarray(start, end), this.arenaUsed);
        const id = this.offsets.length;
        this.offsets.push(this.arenaUsed);
        this.lengths.push(length);
        this.arenaUsed += length;
        this.slots[slot] = id;
        this.hashes[slot] = h;
        return id;
    }
    addString(text) {
        const bytes = Buffer.from(text, 'utf8');
        return this.add(bytes, 0, bytes.length);
    }
    key(id) {
        return this.arena.toString('utf8', this.offsets[id], this.offsets[id] + this.lengths[id]);
    }
    keys() {
        return this.offsets.map((_, id) => this.key(id));
    }
}


/***/ }),

/***/ 9411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ readCsv),
  a: () => (/* binding */ readKeysAt)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/csv-tokenizer.js
var csv_tokenizer = __webpack_require__(4836);
// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/byte-dictionary.js
var byte_dictionary = __webpack_require__(5201);
// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/field-compile.js + 2 modules
var field_compile = __webpack_require__(6350);
;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/fast-records-emit.js

const { /* T_ANY */ "SD": T_ANY, /* T_BOOLEAN */ "Aj": T_BOOLEAN, /* T_DATE */ "SE": T_DATE, /* T_DATETIME */ "lO": T_DATETIME, /* T_INTEGER */ "gg": T_INTEGER, /* T_NUMBER */ "TZ": T_NUMBER, /* T_STRING */ "ts": T_STRING, /* T_TIME */ "F": T_TIME, /* T_YEAR */ "DR": T_YEAR } = field_compile;
function numberLiteral(value) {
    if (Number.isNaN(value))
        throw new Error('no literal for NaN');
    return value === Infinity ? 'Infinity' : value === -Infinity ? '-Infinity' : String(value);
}
/** How each field is taken on the fast path; 'generic' fields are scanned here and checked by RecordValidator.presentValue. */
function fieldMode(f) {
    const hasEnum = f.enumValues !== undefined;
    if (f.code === T_INTEGER && !f.textParser && !hasEnum)
        return 'integer';
    if (f.code === T_NUMBER && !f.textParser && !hasEnum)
        return 'number';
    if ((f.code === T_DATE || f.code === T_DATETIME || f.code === T_TIME || f.code === T_YEAR) && !f.textParser && !hasEnum)
        return 'parsed';
    if (f.code === T_BOOLEAN && !hasEnum)
        return 'boolean';
    if ((f.code === T_STRING && f.pattern === undefined && f.formatPattern === undefined) || (f.code === T_ANY && !hasEnum))
        return 'text';
    return 'generic';
}
/** The dictionary's keys as bytes, by id, when they are few and short enough to compare as literals. */
function literalKeys(dictionary) {
    const keys = dictionary.keys().map((key) => Buffer.from(key, 'utf8'));
    return keys.length > 16 || keys.some((key) => key.length > 32) ? undefined : keys;
}
/**
 * `id = <the dictionary's id of buf[s, e)>` (-1 when absent) as comparisons of byte values, for
 * the few short values of an enum or a boolean; a longer dictionary keeps its hash lookup.
 */
function dictionaryLookup(dictionary, target, dictionaryExpression, s, e) {
    const keys = literalKeys(dictionary);
    if (keys === undefined)
        return `${target} = ${dictionaryExpression}.idOf(buf, ${s}, ${e});`;
    const byLength = new Map();
    keys.forEach((key, id) => byLength.set(key.length, [...(byLength.get(key.length) ?? []), id]));
    const cases = [...byLength].map(([length, ids]) => {
        const tests = ids.map((id) => {
            const bytes = [...keys[id]].map((byte, at) => `buf[${s} + ${at}] === ${byte}`);
            return `if (${bytes.length > 0 ? bytes.join(' && ') : 'true'}) ${target} = ${id};`;
        });
        return `case ${length}: ${tests.join(' else ')} break;`;
    });
    return `${target} = -1; switch (${e} - ${s}) { ${cases.join(' ')} }`;
}
/** The dictionary a boolean or enum field's values are looked up in on the fast path. */
function lookupDictionary(f) {
    const mode = fieldMode(f);
    return mode === 'boolean' ? f.booleanValues : mode === 'text' ? f.enumValues : undefined;
}
/**
 * `switch` over the field's first byte that sets id${k} and e${c} when the field is exactly one
 * of the dictionary's short literals followed by the field's end (undefined: too many or long).
 * Literals that are missing values or hold a delimiter, quote or line break are left to the scan.
 */
function directMatchCode(dictionary, missing, k, c, last, D, Q) {
    const keys = literalKeys(dictionary);
    if (keys === undefined)
        return undefined;
    const byFirst = new Map();
    keys.forEach((key, id) => {
        if (key.length === 0 || missing.idOf(key, 0, key.length) >= 0 || [D, Q, 10, 13].some((b) => key.includes(b)))
            return;
        const end = last ? `((ch = buf[i + ${key.length}]) === 10 || ch === 13)` : `buf[i + ${key.length}] === ${D}`;
        const bytes = [...key].slice(1).map((byte, at) => `buf[i + ${at + 1}] === ${byte}`);
        const test = `if (${[...bytes, end].join(' && ')}) { id${k} = ${id}; e${c} = i + ${key.length}; }`;
        byFirst.set(key[0], [...(byFirst.get(key[0]) ?? []), test]);
    });
    if (byFirst.size === 0)
        return undefined;
    const cases = [...byFirst].map(([first, tests]) => `case ${first}: ${tests.join(' else ')} break;`);
    return `switch (buf[i]) { ${cases.join(' ')} }`;
}

// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/key-checks.js
var key_checks = __webpack_require__(8889);
// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/value-parse.js
var value_parse = __webpack_require__(6375);
;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/fast-records.js





const { /* T_DATE */ "SE": fast_records_T_DATE, /* T_DATETIME */ "lO": fast_records_T_DATETIME, /* T_TIME */ "F": fast_records_T_TIME } = field_compile;
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
/** A compiled record loop for this validator's schema and header, or undefined when the layout does not allow one. */
function compileFastRecords(validator, delimiter, quote) {
    const columns = validator.columnCount;
    const fields = validator.fields;
    if (columns < 1 || columns > 256 || delimiter === 10 || delimiter === 13 || delimiter === quote)
        return undefined;
    const fieldAt = new Array(columns).fill(-1);
    for (let k = 0; k < fields.length; k++) {
        const col = fields[k].column;
        // A field without a column is missing on every row: a finding per row, the general path's job.
        if (col < 0 || col >= columns || fieldAt[col] >= 0)
            return undefined;
        fieldAt[col] = k;
    }
    const missing = new byte_dictionary/* ByteDictionary */.r(16);
    for (const value of validator.options.schema.missingValues)
        if (value !== '')
            missing.addString(value);
    const anyMissingText = missing.size > 0;
    const D = delimiter;
    const Q = quote;
    // Leaves the loop at the record's start: the write-back after the loop runs on every exit.
    const BAIL = '{ i = rs; break record; }';
    const keyColumns = validator.keyChecks.length > 0 || validator.foreignValues.length > 0 || validator.referenced.length > 0;
    const body = [];
    const commit = [];
    const emit = (line) => body.push(line);
    const emptyCase = (k) => 
    // An empty value is missing when "" is a missing value; required then fails, which record() reports.
    validator.emptyIsMissing && !fields[k].spec.constraints.required ? `m${k} = 1;` : BAIL;
    const missingTextCase = (k, c) => anyMissingText
        ? `if (e${c} - s${c} <= ${validator.longestMissing} && MV.idOf(buf, s${c}, e${c}) >= 0) ${fields[k].spec.constraints.required ? BAIL : `m${k} = 1;`}`
        : '';
    /** id${k} = the value's id in the field's dictionary, or a bail when it has none (skipped after a direct match). */
    const lookup = (k, c, matched, expression) => {
        const code = `${dictionaryLookup(lookupDictionary(fields[k]), `id${k}`, expression, `s${c}`, `e${c}`)} if (id${k} < 0) ${BAIL}`;
        return matched ? `if (id${k} < 0) { ${code} }` : code;
    };
    const range = (k, value) => {
        const f = fields[k];
        const tests = [];
        if (!Number.isNaN(f.minimum))
            tests.push(`${value} < ${numberLiteral(f.minimum)}`);
        if (!Number.isNaN(f.maximum))
            tests.push(`${value} > ${numberLiteral(f.maximum)}`);
        return tests.length > 0 ? `if (${tests.join(' || ')}) ${BAIL}` : '';
    };
    /** Leaves i on the byte after the field: plain, or quoted without doubled quotes or newlines. */
    const scanText = (c) => {
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
        if (k >= 0)
            emit(`let m${k} = 0, v${k} = 0, id${k} = -1;`);
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
        }
        else if (mode === 'parsed' && fields[k].code === fast_records_T_DATE) {
            // A date is 10 bytes whose checks below reject any delimiter, quote or newline among them:
            // when the 11th byte ends the field, the bytes need no scan.
            const ends = last ? `(ch = buf[i + 10]) === 10 || ch === 13` : `buf[i + 10] === ${D}`;
            emit(`if ((buf[i] - 48) >>> 0 <= 9 && (${ends})) { s${c} = i; e${c} = i + 10; q${c} = 0; i += 10; } else {`);
            scanText(c);
            emit(`}`);
        }
        else if (direct !== undefined) {
            // A value equal to one of a few literals is recognised in place, without a scan first.
            emit(direct);
            emit(`if (id${k} >= 0) { s${c} = i; q${c} = 0; i = e${c}; } else {`);
            scanText(c);
            emit(`}`);
        }
        else {
            scanText(c);
        }
        // The byte after the field: the delimiter, or the record's end (LF or CRLF) after the last one.
        if (!last)
            emit(`if (buf[i] !== ${D}) ${BAIL} i++;`);
        else {
            // CRLF after a quoted or numeric value; a plain text scan stops at LF and leaves the CR out, as the tokenizer does.
            emit(`ch = buf[i];`);
            emit(`if (ch === 13 && buf[i + 1] === 10) i++;`);
            emit(`else if (ch !== 10) ${BAIL}`);
            emit(`else if (q${c} === 0 && e${c} > s${c} && buf[e${c} - 1] === 13) e${c}--;`);
            emit(`i++;`);
        }
        if (mode === 'integer' || mode === 'number' || k < 0)
            continue;
        // After a direct match (id${k} set) the value is known: neither missing nor in need of a lookup.
        const matched = direct !== undefined;
        emit(`if (e${c} === s${c}) { ${emptyCase(k)} } else {`);
        emit(matched && anyMissingText ? `  if (id${k} < 0) { ${missingTextCase(k, c)} }` : `  ${missingTextCase(k, c)}`);
        emit(`  if (m${k} === 0) {`);
        if (mode === 'parsed' && fields[k].code === fast_records_T_DATE) {
            // YYYY-MM-DD inline: eight digit bytes, two dashes (parseDate's rules, without its calls).
            const digits = [0, 1, 2, 3, 5, 6, 8, 9].map((at) => `d${at} = buf[s${c} + ${at}] - 48`).join(', ');
            const tests = [0, 1, 2, 3, 5, 6, 8, 9].map((at) => `d${at} >>> 0 > 9`).join(' || ');
            emit(`    if (e${c} - s${c} !== 10 || buf[s${c} + 4] !== 45 || buf[s${c} + 7] !== 45) ${BAIL}`);
            emit(`    const ${digits};`);
            emit(`    if (${tests}) ${BAIL}`);
            emit(`    v${k} = dateValue(d0 * 1000 + d1 * 100 + d2 * 10 + d3, d5 * 10 + d6, d8 * 10 + d9); if (v${k} !== v${k}) ${BAIL}`);
            emit(`    ${range(k, `v${k}`)}`);
        }
        else if (mode === 'parsed') {
            const parser = fields[k].code === fast_records_T_DATETIME ? 'parseDatetime' : fields[k].code === fast_records_T_TIME ? 'parseTime' : 'parseYear';
            emit(`    v${k} = ${parser}(buf, s${c}, e${c}); if (v${k} !== v${k}) ${BAIL}`);
            emit(`    ${range(k, `v${k}`)}`);
        }
        else if (mode === 'boolean') {
            emit(`    ${lookup(k, c, matched, `f${k}.booleanValues`)}`);
        }
        else if (mode === 'text') {
            const f = fields[k];
            if (f.minLength >= 0 || f.maxLength !== Infinity) {
                // Code points of valid UTF-8 (the chunk passed isUtf8): every byte but continuation bytes.
                // A value has between a quarter of its bytes and all of them, so most need no counting.
                const uncertain = [];
                if (f.minLength >= 0)
                    uncertain.push(`e${c} - s${c} < ${4 * f.minLength}`);
                if (f.maxLength !== Infinity)
                    uncertain.push(`e${c} - s${c} > ${numberLiteral(f.maxLength)}`);
                emit(`    if (${uncertain.join(' || ')}) {`);
                emit(`      let length = 0; for (let p = s${c}; p < e${c}; p++) if ((buf[p] & 0xc0) !== 0x80) length++;`);
                if (f.minLength >= 0)
                    emit(`      if (length < ${f.minLength}) ${BAIL}`);
                if (f.maxLength !== Infinity)
                    emit(`      if (length > ${numberLiteral(f.maxLength)}) ${BAIL}`);
                emit(`    }`);
            }
            if (f.enumValues !== undefined)
                emit(`    ${lookup(k, c, matched, `f${k}.enumValues`)}`);
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
            if (f.reservoir !== undefined)
                commit.push(`  sampleForDrift(f, ${v}, random);`);
        }
        else if (mode === 'boolean') {
            commit.push(`  f.enumSeen[id${k}] = 1;`);
            if (f.categories !== undefined)
                commit.push(`  const cat = f.categories.add(buf, s${c}, e${c}); if (cat >= 0) f.categoryCounts[cat]++;`);
        }
        else {
            if (f.enumValues !== undefined)
                commit.push(`  f.enumSeen[id${k}] = 1;`);
            else
                commit.push(`  const distinct = f.distinctBytes; if (distinct !== null && distinct.add(buf, s${c}, e${c}) < 0) f.distinctBytes = null;`);
            if (f.categories !== undefined)
                commit.push(`  const cat = f.categories.add(buf, s${c}, e${c}); if (cat >= 0) f.categoryCounts[cat]++;`);
        }
        commit.push(`}`);
    }
    if (keyColumns) {
        const keyCode = [];
        let needsColumns = validator.foreignValues.length > 0 || validator.referenced.length > 0;
        validator.keyChecks.forEach((check, n) => {
            const k = fields.indexOf(check.fields[0]);
            // An exact integer key on a field parsed here: its value is at hand (at most 15 digits, so safe).
            if (check.index.exact && fieldMode(fields[k]) === 'integer')
                keyCode.push(`if (m${k} === 0) KI${n}.addInteger(v${k}, line);`);
            else {
                keyCode.push(`addKey(V, KC[${n}], buf, st, en, ${columns}, line, base + rs);`);
                needsColumns = true;
            }
        });
        // The tokenizer's column arrays are filled only for the checks that read them.
        if (needsColumns)
            for (let c = 0; c < columns; c++)
                commit.push(`st[${c}] = s${c}; en[${c}] = e${c}; fl[${c}] = q${c};`);
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
        ...fields.map((f, k) => fieldMode(f) === 'generic' ? `  f${k}.missing += M${k};` : `  f${k}.missing += M${k}; f${k}.present += rows - M${k};`),
        `  return i;`,
        `};`,
    ].join('\n');
    const factory = new Function('V', 'F', 'KC', 'MV', 'P10', 'random', 'sampleForDrift', 'addKey', 'collectKeys', 'dateValue', 'parseDatetime', 'parseTime', 'parseYear', source);
    return factory(validator, fields, validator.keyChecks, missing, POW10, validator.random, field_compile/* sampleForDrift */.pI, key_checks/* addKey */.Fx, key_checks/* collectKeys */.nz, value_parse/* dateValue */.Y4, value_parse/* parseDatetime */.X7, value_parse/* parseTime */.pe, value_parse/* parseYear */.zL);
}

;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/csv-reader.js





const CHUNK = 1 << 20;
/** A record longer than this with an open quote is taken as an unclosed quote, not a long field. */
const MAX_RECORD = 16 << 20;
function gzipPull(file) {
    const iterator = (0,external_node_fs_.createReadStream)(file).pipe((0,external_node_zlib_.createGunzip)())[Symbol.asyncIterator]();
    let pending;
    return async (target, offset, length) => {
        let written = 0;
        while (written < length) {
            if (pending === undefined || pending.length === 0) {
                const next = await iterator.next();
                if (next.done)
                    break;
                pending = next.value;
            }
            const take = Math.min(pending.length, length - written);
            pending.copy(target, offset + written, 0, take);
            pending = pending.subarray(take);
            written += take;
        }
        return written;
    };
}
/**
 * Streams a CSV/TSV file (optionally gzip) through the tokenizer into the validator with one
 * reusable buffer: a record cut by the end of the buffer is moved to its front, so memory
 * stays at one chunk plus the longest record.
 */
async function readCsv(file, options, validator, range) {
    const gzip = /\.gz$/i.test(file);
    const fd = gzip ? -1 : (0,external_node_fs_.openSync)(file, 'r');
    let position = range?.start ?? 0;
    const pull = gzip
        ? gzipPull(file)
        : (target, offset, length) => {
            const read = (0,external_node_fs_.readSync)(fd, target, offset, length, position);
            position += read;
            return read;
        };
    const stopAt = range?.end ?? Infinity;
    let endedAt = -1;
    let newlines = 0;
    const tokenizer = new csv_tokenizer/* CsvTokenizer */.YB(options.delimiter.charCodeAt(0), options.quoteChar.charCodeAt(0));
    let buf = Buffer.allocUnsafe(CHUNK);
    let filled = 0;
    let base = range?.start ?? 0;
    let total = 0;
    let headerPending = options.header && base === 0;
    if (!options.header)
        validator.positional();
    else if (!headerPending)
        validator.header(range?.names ?? [], 0, false);
    const onRecord = (n, line, recordStart) => {
        const { starts, ends, flags } = tokenizer;
        if (base + recordStart >= stopAt) {
            endedAt = base + recordStart;
            newlines = line - 1;
            throw RANGE_DONE;
        }
        if (headerPending) {
            headerPending = false;
            const names = [];
            for (let k = 0; k < n; k++)
                names.push((0,csv_tokenizer/* fieldText */.gF)(buf, starts[k], ends[k], flags[k]).trim());
            validator.header(names, line);
        }
        else if (n === 1 && starts[0] === ends[0] && flags[0] === 0 && validator.fields.length > 1)
            validator.blankRow(line);
        else
            validator.record(buf, starts, ends, flags, n, line, recordStart, base + recordStart);
    };
    /** Compiled once the header has set the column order; null when the layout has no fast path. */
    let fast = options.fastPath === false || !validator.fastPath ? null : undefined;
    /** Clean records on the fast path, each other record through the tokenizer; -1 once the range is done. */
    const parseFast = (from, safeEnd, final) => {
        if (fast === undefined) {
            fast = compileFastRecords(validator, tokenizer.delimiter, tokenizer.quote) ?? null;
            tokenizer.reserve(validator.columnCount);
        }
        if (fast === null)
            return from;
        const stop = Math.min(safeEnd, stopAt - base);
        let pos = from;
        while (pos < stop) {
            pos = fast(buf, pos, stop, tokenizer, base);
            if (pos >= stop)
                break;
            const next = parseOrStop(tokenizer, buf, pos, filled, final, onRecord, 1);
            if (next < 0 || next === pos)
                return next;
            pos = next;
        }
        return pos;
    };
    try {
        let first = base === 0;
        for (;;) {
            const read = await pull(buf, filled, buf.length - filled);
            const final = read === 0;
            filled += read;
            total += read;
            let from = 0;
            if (first) {
                first = false;
                if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf && filled >= 3)
                    from = 3;
            }
            // (lastIndexOf counts a negative start from the end: an empty buffer has no newline.)
            const lastNewlineEnd = filled > 0 ? buf.lastIndexOf(10, filled - 1) + 1 : 0;
            const checkedEnd = final ? filled : lastNewlineEnd;
            validator.strictUtf8 = checkedEnd > from && !(0,external_node_buffer_.isUtf8)(buf.subarray(from, checkedEnd));
            let pos = from;
            if (headerPending)
                pos = parseOrStop(tokenizer, buf, pos, filled, final, onRecord, 1);
            if (pos >= 0 && !headerPending && !validator.strictUtf8 && fast !== null)
                pos = parseFast(pos, lastNewlineEnd, final);
            if (pos >= 0)
                pos = parseOrStop(tokenizer, buf, pos, filled, final, onRecord);
            if (pos < 0)
                break;
            while (pos < filled && (final || filled - pos >= MAX_RECORD)) {
                const tally = validator.tallies.get('unclosed-quote', '', 'CSV quoting: a quote opens and never closes');
                validator.fail(tally, buf, pos, Math.min(filled, pos + 80), 0, tokenizer.line, pos);
                pos = tokenizer.skipUnclosed(buf, pos, filled);
                pos = parseOrStop(tokenizer, buf, pos, filled, final, onRecord);
                if (pos < 0)
                    break;
            }
            if (pos < 0)
                break;
            if (final)
                break;
            buf.copyWithin(0, pos, filled);
            base += pos;
            filled -= pos;
            if (filled === buf.length) {
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, filled);
                buf = bigger;
            }
        }
    }
    finally {
        if (fd >= 0)
            (0,external_node_fs_.closeSync)(fd);
    }
    if (headerPending)
        validator.header([], 1);
    if (endedAt < 0) {
        endedAt = base + filled;
        newlines = tokenizer.line - 1;
    }
    return { bytes: total, seekable: !gzip, endedAt, newlines };
}
const RANGE_DONE = Symbol('range done');
/** Parses until the range's end is reached (then -1) or the buffer is used up. */
function parseOrStop(tokenizer, buf, from, to, final, onRecord, maxRecords) {
    try {
        return tokenizer.parse(buf, from, to, final, onRecord, maxRecords);
    }
    catch (error) {
        if (error === RANGE_DONE)
            return -1;
        throw error;
    }
}
const FIRST_RECORD_READ = Symbol('first record read');
/** Reads the text of `columns` of the records starting at each byte offset, joined by U+001F. */
function readKeysAt(file, options, offsets, columns) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        let window = Buffer.allocUnsafe(4096);
        return offsets.map((offset) => {
            // Most records fit 4 KB; a longer one (multi-line quoted fields) grows the window until it is whole.
            for (;;) {
                const length = (0,external_node_fs_.readSync)(fd, window, 0, window.length, offset);
                const final = length < window.length;
                const tokenizer = new csv_tokenizer/* CsvTokenizer */.YB(options.delimiter.charCodeAt(0), options.quoteChar.charCodeAt(0));
                let key;
                try {
                    tokenizer.parse(window, 0, length, final, (n) => {
                        key = columns
                            .map((c) => (c < n ? (0,csv_tokenizer/* fieldText */.gF)(window, tokenizer.starts[c], tokenizer.ends[c], tokenizer.flags[c]) : ''))
                            .join('\u001f');
                        throw FIRST_RECORD_READ;
                    });
                }
                catch (error) {
                    if (error !== FIRST_RECORD_READ)
                        throw error;
                }
                if (key !== undefined || final || window.length >= MAX_RECORD)
                    return key ?? '';
                window = Buffer.allocUnsafe(window.length * 4);
            }
        });
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}


/***/ }),

/***/ 4836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ MALFORMED),
/* harmony export */   YB: () => (/* binding */ CsvTokenizer),
/* harmony export */   ZL: () => (/* binding */ NULL_FIELD),
/* harmony export */   ed: () => (/* binding */ QUOTED_ESCAPES),
/* harmony export */   gF: () => (/* binding */ fieldText)
/* harmony export */ });
/* unused harmony exports PLAIN, QUOTED */
/**
 * A byte-level CSV tokenizer (RFC 4180 plus the usual leniencies) that works on a reusable
 * buffer without creating strings: it records each field's byte range, so checks can parse
 * numbers and dates straight from bytes. Library parsers build a string per field, which is
 * what made them 3-10x slower than this in bench/validate-data; test/validate-data fuzzes
 * this tokenizer against papaparse for identical rows.
 */
/** How a field was written. Quoted fields' ranges exclude the quotes. */
const PLAIN = 0;
const QUOTED = 1;
/** Quoted with doubled quotes inside: the bytes still hold `""` pairs. */
const QUOTED_ESCAPES = 2;
/** Text after a closing quote before the delimiter, e.g. `"ab"c`: kept raw, reported by the validator. */
const MALFORMED = 3;
/** Never written by this tokenizer: the JSON Lines and Parquet row encoders mark a null value (missing whatever missingValues says). */
const NULL_FIELD = 9;
const LF = 10;
const CR = 13;
class CsvTokenizer {
    delimiter;
    quote;
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    flags = new Uint8Array(64);
    /** The physical (1-based) line of the next record: newlines inside quoted fields count. */
    line = 1;
    constructor(delimiter, quote = 34) {
        this.delimiter = delimiter;
        this.quote = quote;
    }
    /** Room for records of at least `fields` fields without growing. */
    reserve(fields) {
        while (this.starts.length < fields)
            this.grow();
    }
    grow() {
        const size = this.starts.length * 2;
        const starts = new Int32Array(size);
        starts.set(this.starts);
        const ends = new Int32Array(size);
        ends.set(this.ends);
        const flags = new Uint8Array(size);
        flags.set(this.flags);
        this.starts = starts;
        this.ends = ends;
        this.flags = flags;
    }
    /**
     * Tokenizes the complete records of buf[from, to) and returns where the first incomplete one
     * starts (`to` when everything was consumed). With `final`, the data ends at `to`: a last
     * record without a newline is complete, and only an unclosed quote is left unconsumed.
     * With `maxRecords`, it stops after that many records.
     */
    parse(buf, from, to, final, onRecord, maxRecords = Infinity) {
        const delimiter = this.delimiter;
        const quote = this.quote;
        let starts = this.starts;
        let ends = this.ends;
        let flags = this.flags;
        let i = from;
        let line = this.line;
        let budget = maxRecords;
        while (i < to) {
            const recordStart = i;
            const recordLine = line;
            let n = 0;
            for (;;) {
                if (n === starts.length) {
                    this.grow();
                    starts = this.starts;
                    ends = this.ends;
                    flags = this.flags;
                }
                let c = buf[i];
                if (c === quote && i < to) {
                    let j = i + 1;
                    let flag = QUOTED;
                    for (;;) {
                        while (j < to && (c = buf[j]) !== quote) {
                            if (c === LF)
                                line++;
                            j++;
                        }
                        if (j >= to || (j + 1 >= to && !final)) {
                            this.line = recordLine;
                            return recordStart;
                        }
                        if (buf[j + 1] === quote && j + 1 < to) {
                            flag = QUOTED_ESCAPES;
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    starts[n] = i + 1;
                    ends[n] = j;
                    i = j + 1;
                    if (i < to && (c = buf[i]) !== delimiter && c !== LF && !(c === CR && buf[i + 1] === LF && i + 1 < to)) {
                        while (i < to && (c = buf[i]) !== delimiter && c !== LF)
                            i++;
                        starts[n] = starts[n] - 1;
                        ends[n] = i > starts[n] && buf[i - 1] === CR && c === LF ? i - 1 : i;
                        flag = MALFORMED;
                    }
                    flags[n++] = flag;
                }
                else {
                    const fieldStart = i;
                    while (i < to && (c = buf[i]) !== delimiter && c !== LF)
                        i++;
                    starts[n] = fieldStart;
                    ends[n] = i > fieldStart && c === LF && buf[i - 1] === CR ? i - 1 : i;
                    flags[n++] = PLAIN;
                }
                if (i >= to) {
                    if (!final) {
                        this.line = recordLine;
                        return recordStart;
                    }
                    onRecord(n, recordLine, recordStart);
                    this.line = line;
                    return to;
                }
                c = buf[i];
                if (c === delimiter) {
                    i++;
                    if (i >= to) {
                        if (!final) {
                            this.line = recordLine;
                            return recordStart;
                        }
                        if (n === starts.length)
                            this.grow();
                        this.starts[n] = i;
                        this.ends[n] = i;
                        this.flags[n++] = PLAIN;
                        onRecord(n, recordLine, recordStart);
                        this.line = line;
                        return to;
                    }
                    continue;
                }
                if (c === CR)
                    i++;
                i++;
                line++;
                onRecord(n, recordLine, recordStart);
                if (--budget === 0) {
                    this.line = line;
                    return i;
                }
                break;
            }
        }
        this.line = line;
        return i;
    }
    /**
     * Gives up on a record whose quote never closes: skips to the line after the one it starts on,
     * so the rest of the file is validated as if that quote were a stray character.
     */
    skipUnclosed(buf, recordStart, to) {
        const newline = buf.indexOf(LF, recordStart);
        this.line++;
        return newline < 0 || newline >= to ? to : newline + 1;
    }
}
/** The text of a field (quotes removed, doubled quotes collapsed). */
function fieldText(buf, start, end, flag) {
    const text = buf.toString('utf8', start, end);
    return flag === QUOTED_ESCAPES ? text.replace(/""/g, '"') : text;
}


/***/ }),

/***/ 6350:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ft: () => (/* binding */ DRIFT_SAMPLE),
  SD: () => (/* binding */ T_ANY),
  Aj: () => (/* binding */ T_BOOLEAN),
  SE: () => (/* binding */ T_DATE),
  lO: () => (/* binding */ T_DATETIME),
  gg: () => (/* binding */ T_INTEGER),
  TZ: () => (/* binding */ T_NUMBER),
  ts: () => (/* binding */ T_STRING),
  F: () => (/* binding */ T_TIME),
  DR: () => (/* binding */ T_YEAR),
  gC: () => (/* binding */ compileField),
  Zn: () => (/* binding */ profileNumber),
  pI: () => (/* binding */ sampleForDrift),
  Is: () => (/* reexport */ random/* seededRandom */.I)
});

// UNUSED EXPORTS: DISTINCT_CAP, NUMERIC_TYPES, textValueParser

// EXTERNAL MODULE: ./.build/tsc/core/random.js
var random = __webpack_require__(3588);
// EXTERNAL MODULE: ./.build/tsc/core/errors.js
var errors = __webpack_require__(3836);
// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/byte-dictionary.js
var byte_dictionary = __webpack_require__(5201);
;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/number-set.js
/**
 * A capped set of doubles in typed arrays, for the profile's distinct count of numeric columns:
 * a JS Set boxes each double and costs several times more per lookup in the hot loop.
 */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
/** Small non-negative integers (ages, counts, codes) are marked in a byte table instead of hashed. */
const SMALL = 4096;
class NumberSet {
    capacity;
    keys;
    used;
    mask;
    small = new Uint8Array(SMALL);
    size = 0;
    constructor(capacity) {
        this.capacity = capacity;
        let slots = 16;
        while (slots < capacity * 2)
            slots *= 2;
        this.keys = new Float64Array(slots);
        this.used = new Uint8Array(slots);
        this.mask = slots - 1;
    }
    /** Adds the value; false when it was new but the set is full. NaN is ignored. */
    add(value) {
        if (value !== value)
            return true;
        if (value >= 0 && value < SMALL && (value | 0) === value) {
            const index = value | 0;
            if (this.small[index] === 1)
                return true;
            if (this.size >= this.capacity)
                return false;
            this.small[index] = 1;
            this.size++;
            return true;
        }
        bits[0] = value === 0 ? 0 : value; // -0 and 0 are one value
        let slot = Math.imul(words[0] ^ Math.imul(words[1], 0x85ebca6b), 0x9e3779b1) >>> 20;
        for (;; slot = (slot + 1) & this.mask) {
            slot &= this.mask;
            if (this.used[slot] === 0)
                break;
            if (this.keys[slot] === value)
                return true;
        }
        if (this.size >= this.capacity)
            return false;
        this.used[slot] = 1;
        this.keys[slot] = value;
        this.size++;
        return true;
    }
    *[Symbol.iterator]() {
        for (let value = 0; value < SMALL; value++)
            if (this.small[value] === 1)
                yield value;
        for (let slot = 0; slot <= this.mask; slot++)
            if (this.used[slot] === 1)
                yield this.keys[slot];
    }
}

// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/value-parse.js
var value_parse = __webpack_require__(6375);
;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/formats.js

/**
 * Non-default Table Schema formats, on strings (the rare, slower path): strptime-style
 * patterns for date/datetime/time (`%Y-%m-%d`, `%d/%m/%Y %H:%M`), `any`, and the string
 * formats email, uri, uuid and binary.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DIRECTIVES = {
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
/** Compiles a strptime-like pattern into a parser returning epoch ms (time: ms since midnight), NaN when it does not match. */
function strptimeParser(format, kind) {
    let source = '';
    for (let i = 0; i < format.length; i++) {
        const c = format[i];
        if (c === '%' && i + 1 < format.length) {
            const directive = DIRECTIVES[format[++i]];
            if (!directive)
                throw new Error(`unknown directive %${format[i]}`);
            source += directive;
        }
        else
            source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    const pattern = new RegExp(`^${source}$`);
    return (text) => {
        const groups = pattern.exec(text)?.groups;
        if (!groups)
            return Number.NaN;
        const year = groups.Y ? Number(groups.Y) : groups.y ? 2000 + Number(groups.y) - (Number(groups.y) >= 69 ? 100 : 0) : 1970;
        const month = groups.m ? Number(groups.m) : groups.b ? MONTHS.indexOf(groups.b.toLowerCase()) + 1 : 1;
        const day = groups.d ? Number(groups.d) : 1;
        let hour = groups.H ? Number(groups.H) : 0;
        if (groups.p)
            hour = (hour % 12) + (groups.p.toLowerCase() === 'pm' ? 12 : 0);
        const minute = groups.M ? Number(groups.M) : 0;
        const second = groups.S ? Number(groups.S) : 0;
        if (month < 1 || month > 12 || day < 1 || day > (0,value_parse/* daysInMonth */.L3)(year, month) || hour > 23 || minute > 59 || second > 60)
            return Number.NaN;
        const millis = groups.f ? Number(`0.${groups.f}`) * 1000 : 0;
        const timeMs = (hour * 3600 + minute * 60 + second) * 1000 + millis;
        if (kind === 'time')
            return timeMs;
        let offset = 0;
        if (groups.z && groups.z !== 'Z') {
            const digits = groups.z.replace(':', '');
            offset = (digits[0] === '+' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
        }
        return (0,value_parse/* epochDay */.ue)(year, month, day) * 86_400_000 + (kind === 'datetime' ? timeMs + offset : 0);
    };
}
/** Format `any`: whatever Date.parse understands. */
function anyDateParser(kind) {
    if (kind === 'time')
        return (text) => /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)
            ? strptimeParser('%H:%M:%S', 'time')(text.split(':').length === 2 ? `${text}:00` : text.replace(/\.\d+$/, ''))
            : Number.NaN;
    return (text) => Date.parse(text);
}
const STRING_FORMATS = {
    email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
    uri: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/,
    uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    binary: /^[A-Za-z0-9+/]*={0,2}$/,
};
const KNOWN_STRING_FORMATS = ['default', ...Object.keys(STRING_FORMATS)];
function stringFormatPattern(format) {
    return STRING_FORMATS[format];
}

;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/field-compile.js






/** Type codes, so the per-value check is one switch instead of a call through a closure. */
const T_STRING = 0;
const T_INTEGER = 1;
const T_NUMBER = 2;
const T_BOOLEAN = 3;
const T_DATE = 4;
const T_DATETIME = 5;
const T_TIME = 6;
const T_YEAR = 7;
const T_ANY = 8;
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
const NUMERIC_TYPES = new Set([T_INTEGER, T_NUMBER, T_YEAR, T_DATE, T_DATETIME, T_TIME]);
/** Reservoir size for drift statistics: KS and PSI run on at most this many values per column. */
const DRIFT_SAMPLE = 20_000;
const DISTINCT_CAP = 1000;
function temporalBound(field, key, parse) {
    const value = field.constraints[key];
    if (value === undefined)
        return Number.NaN;
    if (typeof value === 'number')
        return value;
    const parsed = parse(value);
    if (Number.isNaN(parsed))
        throw new errors/* UserError */.yo(`Schema field '${field.name}': constraint ${key} '${value}' is not a valid ${field.type}.`, {
            line: field.schemaLine,
        });
    return parsed;
}
/** Parses a value given as text (constraint bounds, JSON values) the way the hot loop parses bytes. */
function textValueParser(field) {
    const bytes = (parse) => (text) => {
        const buf = Buffer.from(text, 'latin1');
        return parse(buf, 0, buf.length);
    };
    switch (field.type) {
        case 'date':
            return field.format === 'default'
                ? bytes(value_parse/* parseDate */._U)
                : field.format === 'any'
                    ? anyDateParser('date')
                    : strptimeParser(field.format, 'date');
        case 'datetime':
            return field.format === 'default'
                ? bytes(value_parse/* parseDatetime */.X7)
                : field.format === 'any'
                    ? anyDateParser('datetime')
                    : strptimeParser(field.format, 'datetime');
        case 'time':
            return field.format === 'default'
                ? bytes(value_parse/* parseTime */.pe)
                : field.format === 'any'
                    ? anyDateParser('time')
                    : strptimeParser(field.format, 'time');
        default:
            return (text) => Number(text);
    }
}
function booleanDictionary(spec) {
    const dictionary = new byte_dictionary/* ByteDictionary */.r(spec.trueValues.length + spec.falseValues.length + 1);
    for (const value of [...spec.trueValues, ...spec.falseValues])
        dictionary.addString(value);
    return dictionary;
}
function compileField(spec, collectDrift) {
    const code = TYPE_CODES[spec.type];
    let textParser;
    let formatPattern;
    const where = { line: spec.schemaLine };
    if (code === T_DATE || code === T_DATETIME || code === T_TIME) {
        if (spec.format !== 'default') {
            try {
                textParser = textValueParser(spec);
            }
            catch (error) {
                throw new errors/* UserError */.yo(`Schema field '${spec.name}': format '${spec.format}' is not a valid pattern (${error.message}); use strftime directives like %Y-%m-%d.`, where);
            }
        }
    }
    else if (code === T_STRING) {
        if (!KNOWN_STRING_FORMATS.includes(spec.format))
            throw new errors/* UserError */.yo(`Schema field '${spec.name}': string format '${spec.format}' is unknown; use one of ${KNOWN_STRING_FORMATS.join(', ')}.`, where);
        formatPattern = stringFormatPattern(spec.format);
    }
    else if (code === T_NUMBER && (spec.decimalChar !== '.' || spec.groupChar !== '' || !spec.bareNumber)) {
        textParser = () => Number.NaN; // marker: the validator calls parseNumberText with the field's options
    }
    else if (code === T_INTEGER && !spec.bareNumber)
        textParser = () => Number.NaN;
    const parseBound = textValueParser(spec);
    let enumValues;
    if (spec.constraints.enum) {
        enumValues = new byte_dictionary/* ByteDictionary */.r(spec.constraints.enum.length + 1);
        for (const value of spec.constraints.enum)
            enumValues.addString(value);
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
        distinctBytes: NUMERIC_TYPES.has(code) || code === T_BOOLEAN ? null : new byte_dictionary/* ByteDictionary */.r(DISTINCT_CAP),
        reservoir: collectDrift && NUMERIC_TYPES.has(code) ? new Float64Array(DRIFT_SAMPLE) : undefined,
        reservoirSeen: 0,
        categories: collectDrift && !NUMERIC_TYPES.has(code) ? new byte_dictionary/* ByteDictionary */.r(DISTINCT_CAP) : undefined,
        categoryCounts: collectDrift && !NUMERIC_TYPES.has(code) ? new Float64Array(DISTINCT_CAP) : undefined,
    };
}
/** Records a numeric value in the profile (and the drift reservoir, with a seeded generator so runs repeat). */
function profileNumber(field, value, random) {
    field.numericCount++;
    field.sum += value;
    if (value < field.min)
        field.min = value;
    if (value > field.max)
        field.max = value;
    const distinct = field.distinctNumbers;
    if (distinct !== null && !distinct.add(value))
        field.distinctNumbers = null;
    if (field.reservoir !== undefined)
        sampleForDrift(field, value, random);
}
/** Reservoir sampling of the values for drift (a field that has a reservoir). */
function sampleForDrift(field, value, random) {
    const reservoir = field.reservoir;
    const seen = field.reservoirSeen++;
    if (seen < DRIFT_SAMPLE)
        reservoir[seen] = value;
    else {
        const slot = Math.floor(random() * (seen + 1));
        if (slot < DRIFT_SAMPLE)
            reservoir[slot] = value;
    }
}



/***/ }),

/***/ 2192:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MY: () => (/* binding */ csvHeader),
/* harmony export */   jf: () => (/* binding */ formatSchema),
/* harmony export */   xB: () => (/* binding */ InferValidator)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5201);
/* harmony import */ var _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4836);
/* harmony import */ var _validator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3566);
/* harmony import */ var _value_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6375);






/** Candidate types from narrowest to widest; a column gets the first one every value parses as. */
const CANDIDATES = ['integer', 'number', 'boolean', 'date', 'datetime', 'time'];
const BOOLEAN_WORDS = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE']);
const ENUM_LIMIT = 10;
/** Infers a starting Table Schema: narrowest type per column, required, ranges, enums for low-cardinality strings. */
class InferValidator extends _validator_js__WEBPACK_IMPORTED_MODULE_2__/* .RecordValidator */ .U {
    names;
    guesses;
    constructor(names, tempDir) {
        const schema = {
            fields: names.map((name) => ({
                name,
                type: 'any',
                format: 'default',
                trueValues: [],
                falseValues: [],
                decimalChar: '.',
                groupChar: '',
                bareNumber: true,
                constraints: { required: false, unique: false },
            })),
            missingValues: [''],
            primaryKey: [],
            foreignKeys: [],
            dataset: { maxNullRatio: {} },
        };
        super({ schema, collectDrift: false, maxSamples: 0, tempDir, label: 'infer', expectedRows: 0, locate: 'line', referencedKeys: [] });
        this.names = names;
        this.guesses = names.map(() => ({
            possible: new Set(CANDIDATES),
            missing: 0,
            present: 0,
            min: Infinity,
            max: -Infinity,
            values: new _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_4__/* .ByteDictionary */ .r(ENUM_LIMIT + 1),
        }));
    }
    fastPath = false;
    record(buf, starts, ends, flags, n, line, recordStart, fileOffset) {
        super.record(buf, starts, ends, flags, n, line, recordStart, fileOffset);
        this.fields.forEach((f, k) => {
            const col = f.column;
            const guess = this.guesses[k];
            if (col < 0 || col >= n || flags[col] === 9 || starts[col] === ends[col]) {
                guess.missing++;
                return;
            }
            guess.present++;
            const s = starts[col];
            const e = ends[col];
            guess.values.add(buf, s, e);
            const possible = guess.possible;
            if (possible.has('integer') && Number.isNaN((0,_value_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInteger */ .cG)(buf, s, e)))
                possible.delete('integer');
            const number = (0,_value_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNumber */ .$J)(buf, s, e);
            if (possible.has('number') && Number.isNaN(number))
                possible.delete('number');
            if (!Number.isNaN(number)) {
                guess.min = Math.min(guess.min, number);
                guess.max = Math.max(guess.max, number);
            }
            if (possible.has('boolean') && !BOOLEAN_WORDS.has(this.text(buf, s, e, flags[col])))
                possible.delete('boolean');
            if (possible.has('date') && Number.isNaN((0,_value_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDate */ ._U)(buf, s, e)))
                possible.delete('date');
            if (possible.has('datetime') && Number.isNaN((0,_value_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDatetime */ .X7)(buf, s, e)))
                possible.delete('datetime');
            if (possible.has('time') && Number.isNaN((0,_value_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTime */ .pe)(buf, s, e)))
                possible.delete('time');
        });
    }
    schema() {
        const fields = this.names.map((name, k) => {
            const guess = this.guesses[k];
            const type = guess.present === 0 ? 'string' : (CANDIDATES.find((candidate) => guess.possible.has(candidate)) ?? 'string');
            const constraints = {};
            if (guess.missing === 0 && guess.present > 0)
                constraints.required = true;
            if ((type === 'integer' || type === 'number') && Number.isFinite(guess.min)) {
                constraints.minimum = guess.min;
                constraints.maximum = guess.max;
            }
            if (type === 'string' && !guess.values.overflowed && guess.values.size <= ENUM_LIMIT && guess.present >= 2 * guess.values.size) {
                constraints.enum = guess.values.keys().sort();
            }
            return { name, type, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
        });
        return { fields, missingValues: [''] };
    }
}
/** The header names of a CSV file (first record). */
function csvHeader(file, delimiter, quoteChar) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        const window = Buffer.allocUnsafe(1 << 18);
        const length = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, window, 0, window.length, 0);
        const from = window[0] === 0xef && window[1] === 0xbb && window[2] === 0xbf ? 3 : 0;
        const tokenizer = new _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvTokenizer */ .YB(delimiter.charCodeAt(0), quoteChar.charCodeAt(0));
        let names = [];
        const stop = Symbol('header read');
        try {
            tokenizer.parse(window, from, length, true, (n) => {
                names = Array.from({ length: n }, (_, k) => (0,_csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldText */ .gF)(window, tokenizer.starts[k], tokenizer.ends[k], tokenizer.flags[k]).trim());
                throw stop;
            });
        }
        catch (error) {
            if (error !== stop)
                throw error;
        }
        return names;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function formatSchema(schema, target) {
    return target && /\.json$/i.test(target) ? `${JSON.stringify(schema, null, 2)}\n` : (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(schema);
}


/***/ }),

/***/ 3391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ removeWindowLog),
/* harmony export */   Jl: () => (/* binding */ forEachLogged),
/* harmony export */   d_: () => (/* binding */ IntegerWindow),
/* harmony export */   yK: () => (/* binding */ windowBuffers),
/* harmony export */   zs: () => (/* binding */ windowDuplicates)
/* harmony export */ });
/* unused harmony export REPEATED_VALUE_LIMIT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _temp_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8113);


/**
 * Repeated integer keys found with a bitmap, when the keys are dense (ids 1..N, or any stretch
 * where most values of a range occur): one bit per value of a window of the integers marks the
 * values seen, a second bitmap the values seen twice. Lines are not kept in memory: each key goes
 * to an append-only log (4 bytes for a key on the line after the previous key, 12 otherwise),
 * read back only when some value repeats, to find the lines of the repeated values alone.
 *
 * The window starts around the first value and grows while the keys stay dense, up to
 * MAX_SPAN values (a 4 MB bitmap); keys outside it are left to the caller (UniqueIndex keeps
 * them aside as outliers, which windowDuplicates checks against the windows).
 */
const FIRST_SPAN = 1 << 20;
/** 2^25 values: 4 MB per bitmap, so even 3 threads' windows (seen and repeated) stay under 25 MB. */
const MAX_SPAN = 1 << 25;
/** Keys per window seen before it may grow to `span` values: at least one per DENSITY values. */
const DENSITY = 64;
const LOG_WORDS = 1 << 16;
/** A log word that no key delta can take (deltas are within ±MAX_SPAN): the next word is a line. */
const LINE_MARK = -0x80000000;
/**
 * Distinct repeated values whose first lines are kept in a Map (a few MB); past this the caller's
 * partitioned index decides, in bounded memory.
 */
const REPEATED_VALUE_LIMIT = 1 << 16;
const align = (value) => Math.floor(value / 32) * 32;
class IntegerWindow {
    tempDir;
    label;
    origin;
    base;
    seen;
    repeated = null;
    keys = 0;
    log = new Int32Array(LOG_WORDS);
    logUsed = 0;
    lastLine = -2;
    logFile = null;
    logFd = -1;
    constructor(tempDir, label, 
    /** Log entries hold the key minus origin, the first key: always inside the window. */
    origin) {
        this.tempDir = tempDir;
        this.label = label;
        this.origin = origin;
        this.base = align(origin - FIRST_SPAN / 4);
        this.seen = new Int32Array(FIRST_SPAN / 32);
    }
    /** Records the key; false when it is outside the window and the window may not grow to it. */
    add(value, line) {
        let offset = value - this.base;
        if (offset < 0 || offset >= this.seen.length * 32) {
            if (!this.grow(value))
                return false;
            offset = value - this.base;
        }
        this.keys++;
        const word = offset >>> 5;
        const bit = 1 << (offset & 31);
        const seen = this.seen;
        if ((seen[word] & bit) === 0)
            seen[word] |= bit;
        else
            (this.repeated ??= new Int32Array(seen.length))[word] |= bit;
        if (this.logUsed > LOG_WORDS - 3)
            this.flush();
        const log = this.log;
        if (line !== this.lastLine + 1) {
            log[this.logUsed++] = LINE_MARK;
            log[this.logUsed++] = line;
        }
        log[this.logUsed++] = value - this.origin;
        this.lastLine = line;
        return true;
    }
    /**
     * Moves the window over [values seen, value] (to the nearest 32) if that stays dense and at
     * most MAX_SPAN wide; the slack goes on the side the window grows towards.
     */
    grow(value) {
        const words = this.seen;
        let first = 0;
        while (first < words.length && words[first] === 0)
            first++;
        let last = words.length - 1;
        while (last > first && words[last] === 0)
            last--;
        const low = Math.min(this.base + first * 32, align(value));
        const high = Math.max(this.base + (last + 1) * 32, align(value) + 32);
        const need = high - low;
        if (need > MAX_SPAN || need > Math.max(FIRST_SPAN, this.keys * DENSITY))
            return false;
        let span = words.length * 32;
        while (span < need)
            span *= 2;
        span = Math.min(MAX_SPAN, span * 2);
        const base = value < this.base ? high - span : low;
        const move = (from) => {
            const to = new Int32Array(span / 32);
            to.set(from.subarray(first, last + 1), (this.base + first * 32 - base) / 32);
            return to;
        };
        this.seen = move(words);
        if (this.repeated)
            this.repeated = move(this.repeated);
        this.base = base;
        return true;
    }
    flush() {
        if (this.logFd < 0) {
            this.logFile = `${(0,_temp_names_js__WEBPACK_IMPORTED_MODULE_1__/* .tempStem */ .I)(this.tempDir, 'keys', this.label)}.log`;
            this.logFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.logFile, 'w');
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.logFd, this.log, 0, this.logUsed * 4);
        this.logUsed = 0;
    }
    export() {
        if (this.logFd >= 0)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.logFd);
        this.logFd = -1;
        return {
            base: this.base,
            seen: this.seen,
            repeated: this.repeated,
            origin: this.origin,
            logFile: this.logFile,
            tail: this.log.slice(0, this.logUsed),
        };
    }
}
/** The window's arrays, to transfer (not copy) to another thread. */
function windowBuffers(window) {
    return [window.seen, window.repeated, window.tail].filter((array) => array !== null).map((array) => array.buffer);
}
function removeWindowLog(window) {
    if (window.logFile)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(window.logFile, { force: true });
}
/** Calls back with every logged key and its line, in log order; the log file is read in 1 MB pieces. */
function forEachLogged(window, each) {
    let line = -1;
    const decode = (words, end) => {
        let at = 0;
        while (at < end) {
            let word = words[at];
            if (word === LINE_MARK) {
                if (at + 2 >= end)
                    break;
                line = words[at + 1] >>> 0;
                word = words[at + 2];
                at += 3;
            }
            else {
                line++;
                at++;
            }
            each(window.origin + word, line);
        }
        return at;
    };
    if (window.logFile) {
        const buffer = new Int32Array(1 << 18);
        const bytes = new Uint8Array(buffer.buffer);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(window.logFile, 'r');
        try {
            let kept = 0;
            for (;;) {
                const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, kept * 4, bytes.length - kept * 4, null);
                const words = kept + read / 4;
                if (words === kept)
                    break;
                const used = decode(buffer, words);
                buffer.copyWithin(0, used, words);
                kept = words - used;
            }
            if (kept !== 0)
                throw new Error(`key log ${window.logFile} ends inside an entry`);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    if (decode(window.tail, window.tail.length) !== window.tail.length)
        throw new Error('key log tail ends inside an entry');
}
/** Marks as repeated, in both windows, the values seen in each of two windows (from different stretches). */
function markCommon(a, b) {
    const from = Math.max(a.base, b.base);
    const to = Math.min(a.base + a.seen.length * 32, b.base + b.seen.length * 32);
    for (let value = from; value < to; value += 32) {
        const wa = (value - a.base) / 32;
        const wb = (value - b.base) / 32;
        const common = a.seen[wa] & b.seen[wb];
        if (common === 0)
            continue;
        markRepeated(a, wa, common);
        markRepeated(b, wb, common);
    }
}
function markRepeated(window, word, bits) {
    (window.repeated ??= new Int32Array(window.seen.length))[word] |= bits;
}
function popCount(words) {
    let count = 0;
    for (let w = 0; w < words.length; w++) {
        let v = words[w];
        v -= (v >>> 1) & 0x55555555;
        v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
        count += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) >>> 0;
    }
    return count;
}
const bitOf = (window, value, words) => {
    const offset = value - window.base;
    return words !== null && offset >= 0 && offset < window.seen.length * 32 && (words[offset >>> 5] & (1 << (offset & 31))) !== 0;
};
/**
 * Every key that repeats one seen earlier, among these windows (lines shifted by each window's
 * offset) and the outliers, with the first line of its value; undefined when more than `limit`
 * distinct values repeat (their lines would not fit in bounded memory), for the caller's index.
 */
function windowDuplicates(windows, outliers = [], limit = REPEATED_VALUE_LIMIT) {
    for (let i = 0; i < windows.length; i++)
        for (let j = 0; j < i; j++)
            markCommon(windows[j].window, windows[i].window);
    // An outlier repeats when its value occurs again among the outliers or in any window's keys;
    // the windows holding it then mark it repeated too, so their logs give its lines.
    const outlierCounts = new Map();
    for (const { value } of outliers)
        outlierCounts.set(value, (outlierCounts.get(value) ?? 0) + 1);
    const repeatedOutliers = new Set();
    for (const [value, count] of outlierCounts) {
        const holders = windows.filter(({ window }) => bitOf(window, value, window.seen));
        if (count + holders.length < 2)
            continue;
        repeatedOutliers.add(value);
        for (const { window } of holders) {
            const offset = value - window.base;
            markRepeated(window, offset >>> 5, 1 << (offset & 31));
        }
    }
    const repeatedValues = windows.reduce((sum, { window }) => sum + (window.repeated ? popCount(window.repeated) : 0), repeatedOutliers.size);
    if (repeatedValues === 0)
        return [];
    if (repeatedValues > limit)
        return undefined;
    // Windows come in file order and each log in line order; the repeated outliers, sorted by line,
    // are merged in as the logs pass their lines, so the first occurrence of each value comes first.
    const pending = outliers.filter(({ value }) => repeatedOutliers.has(value)).sort((a, b) => a.line - b.line);
    let next = 0;
    const firstLines = new Map();
    const duplicates = [];
    const visit = (value, line) => {
        const first = firstLines.get(value);
        if (first === undefined)
            firstLines.set(value, line);
        else
            duplicates.push({ line, firstLine: first });
    };
    for (const { window, lineOffset } of windows) {
        const repeated = window.repeated;
        if (repeated === null)
            continue;
        forEachLogged(window, (value, logged) => {
            const line = logged + lineOffset;
            while (next < pending.length && pending[next].line < line)
                visit(pending[next].value, pending[next++].line);
            if (bitOf(window, value, repeated))
                visit(value, line);
        });
    }
    while (next < pending.length)
        visit(pending[next].value, pending[next++].line);
    return duplicates;
}


/***/ }),

/***/ 8889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ addKey),
/* harmony export */   eX: () => (/* binding */ createReferencedKeys),
/* harmony export */   nz: () => (/* binding */ collectKeys),
/* harmony export */   rz: () => (/* binding */ createKeyChecks)
/* harmony export */ });
/* harmony import */ var _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4836);
/* harmony import */ var _field_compile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6350);
/* harmony import */ var _unique_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4152);
/* harmony import */ var _value_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6375);




// Module-level constants, not a bundler's getter calls, for the per-row key code (see validator.ts).
const { /* NULL_FIELD */ "ZL": NULL_FIELD } = _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_3__;
const { /* T_INTEGER */ "gg": T_INTEGER } = _field_compile_js__WEBPACK_IMPORTED_MODULE_0__;
const { /* parseInteger */ "cG": parseInteger } = _value_parse_js__WEBPACK_IMPORTED_MODULE_2__;
/** A key of one integer field is compared by value (007 repeats 7, as Table Schema compares typed values), exactly. */
function isIntegerKey(fields) {
    return fields.length === 1 && fields[0].code === T_INTEGER && fields[0].textParser === undefined;
}
/** A check per unique field, then one for the primary key, each spilling to its own files under tempDir. */
function createKeyChecks(fields, options) {
    const { schema } = options;
    const checks = [];
    for (const f of fields) {
        if (f.spec.constraints.unique)
            checks.push({
                fields: [f],
                rule: 'unique',
                index: new _unique_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UniqueIndex */ .m(options.tempDir, `${options.label}-${f.spec.name}`, options.expectedRows, isIntegerKey([f])),
            });
    }
    if (schema.primaryKey.length > 0) {
        const byName = new Map(fields.map((f) => [f.spec.name, f]));
        const keyFields = schema.primaryKey.map((name) => byName.get(name));
        checks.push({
            fields: keyFields,
            rule: 'primaryKey',
            index: new _unique_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UniqueIndex */ .m(options.tempDir, `${options.label}-pk`, options.expectedRows, isIntegerKey(keyFields)),
        });
    }
    return checks;
}
function createReferencedKeys(fields, referencedKeys) {
    const byName = new Map(fields.map((f) => [f.spec.name, f]));
    return referencedKeys.map((names) => ({
        fields: names.map((name) => byName.get(name)).filter(Boolean),
        values: new Set(),
    }));
}
/**
 * Hashes one record's key into the check's index. Runs once per row and key check, so it hashes
 * the bytes in place rather than building the key text; exact comparison happens only for repeats.
 */
function addKey(validator, check, buf, starts, ends, n, line, fileOffset) {
    if (check.index.exact)
        return addIntegerKey(validator, check, buf, starts, ends, n, line);
    // Two 32-bit FNV-style lanes with different multipliers make the 64-bit key hash.
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    const fields = check.fields;
    for (let k = 0; k < fields.length; k++) {
        const col = fields[k].column;
        if (col < 0 || col >= n)
            return;
        const start = starts[col];
        const end = ends[col];
        // Table Schema: missing values are exempt from unique; a primary key part must be present (required above).
        if (validator.isMissing(buf, start, end))
            return;
        for (let i = start; i < end; i++) {
            const c = buf[i];
            a = Math.imul(a ^ c, 0x01000193);
            b = Math.imul(b ^ c, 0x5bd1e995);
            b ^= b >>> 15;
        }
        a = Math.imul(a ^ 0x1f, 0x01000193);
        b = Math.imul(b ^ 0x1f, 0x5bd1e995);
    }
    check.index.add(a >>> 0, b >>> 0, line, fileOffset);
}
/**
 * The value itself is the key (the index keeps it exactly). A value that is not a valid integer
 * has no key (its type error is reported); beyond 2^53, where doubles merge neighbouring
 * integers, the text's hash stands in.
 */
function addIntegerKey(validator, check, buf, starts, ends, n, line) {
    const col = check.fields[0].column;
    if (col < 0 || col >= n)
        return;
    const start = starts[col];
    const end = ends[col];
    if (validator.isMissing(buf, start, end))
        return;
    const value = parseInteger(buf, start, end);
    if (value !== value)
        return;
    if (Number.isSafeInteger(value))
        return check.index.addInteger(value, line);
    let low = 0x9747b28c;
    let high = 0x811c9dc5;
    for (let i = start; i < end; i++) {
        low = Math.imul(low ^ buf[i], 0x5bd1e995);
        high = Math.imul(high ^ buf[i], 0x01000193);
    }
    check.index.addScrambled(high, low, line);
}
/** Records the key texts foreign-key checks need: this file's child keys and the keys other resources reference. */
function collectKeys(validator, buf, starts, ends, flags, n, line) {
    const keyText = (fields) => {
        const parts = [];
        for (const f of fields) {
            const col = f.column;
            if (col < 0 || col >= n || flags[col] === NULL_FIELD || validator.isMissing(buf, starts[col], ends[col]))
                return undefined;
            parts.push(validator.text(buf, starts[col], ends[col], flags[col]));
        }
        return parts.join('\u001f');
    };
    for (const ref of validator.referenced) {
        const key = keyText(ref.fields);
        if (key !== undefined)
            ref.values.add(key);
    }
    validator.options.schema.foreignKeys.forEach((fk, index) => {
        const key = keyText(fk.fields.map((name) => validator.fields.find((f) => f.spec.name === name)));
        if (key === undefined)
            return;
        const seen = validator.foreignValues[index].get(key);
        if (seen === undefined)
            validator.foreignValues[index].set(key, { count: 1, lines: [line] });
        else {
            seen.count++;
            if (seen.lines.length < validator.options.maxSamples)
                seen.lines.push(line);
        }
    });
}


/***/ }),

/***/ 6936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ finishShare),
/* harmony export */   rV: () => (/* binding */ PARALLEL_MIN_BYTES),
/* harmony export */   yq: () => (/* binding */ readCsvParallel)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _core_action_worker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4468);
/* harmony import */ var _csv_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9411);
/* harmony import */ var _infer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2192);
/* harmony import */ var _partition_duplicates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7841);
/* harmony import */ var _unique_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4152);
/* harmony import */ var _validator_state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4518);
/* harmony import */ var _validator_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3566);








function finishShare(job) {
    return job.checks.map(({ spill, from, to, columns }) => (0,_partition_duplicates_js__WEBPACK_IMPORTED_MODULE_4__/* .duplicatesInPartitions */ .n)(spill, from, to, spill.exact ? undefined : (offsets) => (0,_csv_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .readKeysAt */ .a)(job.file, job.csv, offsets, columns)));
}
/** Below this size one thread is faster than starting others. */
const PARALLEL_MIN_BYTES = 32 << 20;
function startWorker(job) {
    // The hot loop allocates almost nothing; a small young generation keeps each thread's heap (and peak RSS) down.
    return (0,_core_action_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .startActionWorker */ .tB)('validate-data', import.meta.url, './range-worker.ts', { job }, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
}
function runWorker(job) {
    const worker = startWorker(job);
    let exited;
    const next = () => new Promise((resolve) => {
        if (exited !== undefined)
            return resolve({ error: `worker exited with code ${exited} before replying` });
        const onMessage = (message) => {
            worker.off('exit', onExit);
            resolve(message);
        };
        const onExit = (code) => {
            worker.off('message', onMessage);
            resolve({ error: `worker exited with code ${code} before replying` });
        };
        worker.once('message', onMessage);
        worker.once('exit', onExit);
    });
    worker.on('exit', (code) => (exited = code));
    let failure;
    worker.on('error', (error) => (failure = error.stack ?? error.message));
    const withFailure = (promise) => promise.then((reply) => (failure !== undefined ? { error: failure } : reply));
    return {
        reply: withFailure(next()),
        finish: (finishJob) => {
            if (finishJob === null) {
                worker.postMessage(null);
                return Promise.resolve({ duplicates: [] });
            }
            const reply = withFailure(next());
            worker.postMessage(finishJob);
            return reply;
        },
        terminate: () => void worker.terminate(),
    };
}
async function readRangeHere(job) {
    const validator = new _validator_js__WEBPACK_IMPORTED_MODULE_7__/* .RecordValidator */ .U(job.validatorOptions);
    const result = await (0,_csv_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .readCsv */ .N)(job.file, job.csv, validator, job.range);
    return { state: (0,_validator_state_js__WEBPACK_IMPORTED_MODULE_6__/* .exportState */ .s)(validator), endedAt: result.endedAt, newlines: result.newlines };
}
/**
 * A worker thread loads the bundle before it reads (0.15-0.2 s here), while the calling thread
 * has already read about this much; its range is longer by that share, so the threads end
 * together. (Both rates scale with the machine, so the size in bytes holds roughly anywhere.)
 */
const WORKER_START_BYTES = 48 << 20;
/** Where range k (k >= 1) should start: the calling thread's longer range first, then equal ones. */
function splitTarget(size, threads, k) {
    const first = Math.min(size * 0.75, (size + (threads - 1) * WORKER_START_BYTES) / threads);
    return Math.floor(first + ((size - first) * (k - 1)) / (threads - 1));
}
/** The offset just past the first newline at or after `from` (the file size when there is none). */
function nextLineStart(fd, from, size) {
    const window = Buffer.allocUnsafe(1 << 16);
    for (let at = from; at < size; at += window.length) {
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, window, 0, window.length, at);
        const newline = window.subarray(0, read).indexOf(10);
        if (newline >= 0)
            return at + newline + 1;
    }
    return size;
}
/**
 * Validates a plain CSV file with `threads` worker threads over byte ranges. Each range starts
 * just past a newline and is accepted only if the previous range's last record ended exactly
 * there; a split inside a multi-line quoted field fails that test, and then undefined is
 * returned so the caller reads the file on one thread instead (never a wrong answer).
 */
async function readCsvParallel(file, csv, validator, threads) {
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size;
    const names = csv.header ? (0,_infer_js__WEBPACK_IMPORTED_MODULE_3__/* .csvHeader */ .MY)(file, csv.delimiter, csv.quoteChar) : undefined;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    const bounds = [0];
    try {
        for (let k = 1; k < threads; k++) {
            const start = nextLineStart(fd, Math.max(bounds[k - 1] + 1, splitTarget(size, threads, k)) - 1, size);
            if (start < size)
                bounds.push(start);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    bounds.push(size);
    const jobs = bounds
        .slice(0, -1)
        .map((start, k) => ({ file, csv, range: { start, end: bounds[k + 1], names }, validatorOptions: validator.options }));
    // The calling thread takes the first range itself: one V8 isolate fewer keeps peak RSS down.
    const workers = jobs.slice(1).map(runWorker);
    const first = await readRangeHere(jobs[0]);
    const replies = [first, ...(await Promise.all(workers.map((worker) => worker.reply)))];
    const failed = replies.find((reply) => reply.error !== undefined);
    const states = replies.filter((reply) => reply.error === undefined);
    const aligned = states.length === replies.length && states.every((reply, k) => k === states.length - 1 || reply.endedAt === bounds[k + 1]);
    if (failed || !aligned) {
        for (const worker of workers)
            worker.terminate();
        for (const reply of states)
            for (const exported of reply.state.keyIndexes)
                (0,_unique_index_js__WEBPACK_IMPORTED_MODULE_5__/* .removeExport */ .r)(exported);
        if (failed)
            throw new Error(`validate-data worker failed: ${failed.error}`);
        return undefined;
    }
    if (csv.header)
        validator.header(names ?? [], 1, false);
    else
        validator.positional();
    let lineOffset = 0;
    for (const reply of states) {
        (0,_validator_state_js__WEBPACK_IMPORTED_MODULE_6__/* .mergeState */ .I)(validator, reply.state, lineOffset);
        lineOffset += reply.newlines;
    }
    const duplicates = await finishKeysInParallel(file, csv, validator, workers);
    return { bytes: size, seekable: true, endedAt: size, newlines: lineOffset, duplicates };
}
/**
 * Finding repeated keys reads every key back from the spill files: the threads that read the
 * stretches split the partitions between them rather than leaving it all to this one.
 */
async function finishKeysInParallel(file, csv, validator, workers) {
    if (validator.keyChecks.length === 0) {
        for (const worker of workers)
            void worker.finish(null);
        return [];
    }
    const spills = validator.keyChecks.map((check) => check.index.spillSources());
    const shares = workers.length + 1;
    const jobFor = (share) => ({
        file,
        csv,
        checks: spills.map((spill, n) => ({
            spill: { ...spill, found: [] },
            from: Math.floor((spill.partitions * share) / shares),
            to: Math.floor((spill.partitions * (share + 1)) / shares),
            columns: validator.keyChecks[n].fields.map((f) => f.column),
        })),
    });
    const theirs = workers.map((worker, k) => worker.finish(jobFor(k + 1)));
    const mine = finishShare(jobFor(0));
    const replies = await Promise.all(theirs);
    const failed = replies.find((reply) => reply.error !== undefined);
    if (failed)
        throw new Error(`validate-data worker failed: ${failed.error}`);
    return spills.map((_, n) => [spills[n].found, mine[n], ...replies.map((reply) => reply.duplicates[n])]
        .flat()
        .sort((a, b) => a.line - b.line));
}


/***/ }),

/***/ 7841:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ findDuplicates),
/* harmony export */   n: () => (/* binding */ duplicatesInPartitions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

/** Words of a hashed entry (hashHigh, hashLow, line, offsetLow, offsetHigh); exact entries have 3. */
const WORDS = 5;
const TWO_32 = 2 ** 32;
/** Candidate rows per partition that are re-read for exact comparison. */
const VERIFY_LIMIT = 50_000;
/**
 * The repeats in partitions [from, to) of spilled sources, ordered by line; each partition's
 * files are read and removed. Threads can take disjoint partition ranges of one index.
 */
function duplicatesInPartitions(spill, from, to, readKeys) {
    const { sources, words } = spill;
    const duplicates = [];
    if (from >= to || sources.length === 0)
        return duplicates;
    // One buffer and one table sized for the largest partition, reused for all of them: a fresh
    // pair per partition would leave tens of MB of garbage for the GC to find.
    const sizes = Array.from({ length: to - from }, (_, k) => sources.reduce((sum, source) => sum + (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(source.files[from + k]).size, 0));
    const merged = new Uint32Array(Math.max(...sizes) / 4);
    const table = new Int32Array(tableSize(merged.length / words));
    for (let p = from; p < to; p++) {
        let at = 0;
        for (const source of sources) {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(source.files[p], 'r');
            const length = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, new Uint8Array(merged.buffer, at * 4, length), 0, length, 0);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(source.files[p], { force: true });
            if (source.lineOffset !== 0)
                for (let w = at + 2; w < at + length / 4; w += words)
                    merged[w] += source.lineOffset;
            at += length / 4;
        }
        findDuplicates(merged.subarray(0, at), words, readKeys, duplicates, table);
    }
    return duplicates.sort((a, b) => a.line - b.line);
}
/**
 * Within one partition, an open-addressing table of entry indexes finds, in one pass, the rows
 * that share a 64-bit hash; each group is then ordered by line (entries are mostly in line
 * order, but keys moved from integer windows come after the stretch they belong to).
 */
function tableSize(count) {
    let size = 16;
    while (size < count * 2)
        size *= 2;
    return size;
}
function findDuplicates(entries, words, readKeys, out, reusable) {
    const count = entries.length / words;
    const size = tableSize(count);
    const table = reusable && reusable.length >= size ? reusable.subarray(0, size) : new Int32Array(size);
    table.fill(-1);
    const mask = size - 1;
    const groups = new Map();
    for (let e = 0; e < count; e++) {
        const high = entries[e * words];
        const low = entries[e * words + 1];
        for (let slot = (low ^ (high << 7)) & mask;; slot = (slot + 1) & mask) {
            const other = table[slot];
            if (other < 0) {
                table[slot] = e;
                break;
            }
            if (entries[other * words] === high && entries[other * words + 1] === low) {
                const group = groups.get(other);
                if (group)
                    group.push(e);
                else
                    groups.set(other, [e]);
                break;
            }
        }
    }
    const rowGroups = [...groups].map(([first, later]) => [first, ...later]
        .map((e) => ({
        line: entries[e * words + 2],
        offset: words === WORDS ? entries[e * words + 3] + entries[e * words + 4] * TWO_32 : 0,
    }))
        .sort((a, b) => a.line - b.line));
    const candidates = rowGroups.reduce((sum, rows) => sum + rows.length, 0);
    // One re-read of all candidates of the partition; past VERIFY_LIMIT rows (a column that is
    // mostly repeats) the 64-bit hash decides alone rather than re-reading the file row by row.
    const texts = readKeys && candidates <= VERIFY_LIMIT ? readKeys(rowGroups.flat().map((row) => row.offset)) : undefined;
    let at = 0;
    for (const rows of rowGroups) {
        const firstLineOf = new Map();
        for (const row of rows) {
            const text = texts ? texts[at] : '';
            at++;
            const firstLine = firstLineOf.get(text);
            if (firstLine === undefined)
                firstLineOf.set(text, row.line);
            else
                out.push({ line: row.line, firstLine });
        }
    }
}


/***/ }),

/***/ 4466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Tallies),
/* harmony export */   v: () => (/* binding */ tallyFindings)
/* harmony export */ });
class Tallies {
    maxSamples;
    byKey = new Map();
    constructor(maxSamples) {
        this.maxSamples = maxSamples;
    }
    get(rule, field, detail, level = 'error') {
        const key = `${rule}\u0000${field}`;
        let tally = this.byKey.get(key);
        if (tally === undefined) {
            tally = { rule, field, level, count: 0, samples: [], detail };
            this.byKey.set(key, tally);
        }
        return tally;
    }
    /** Counts one violation; returns true when the caller should compute and add its location. */
    hit(tally) {
        tally.count++;
        return tally.samples.length < this.maxSamples;
    }
    list() {
        return [...this.byKey.values()];
    }
}
const TITLES = {
    type: 'Wrong type',
    required: 'Missing required value',
    unique: 'Duplicate value',
    primaryKey: 'Duplicate primary key',
    foreignKey: 'Foreign key not found',
    minimum: 'Below minimum',
    maximum: 'Above maximum',
    minLength: 'Too short',
    maxLength: 'Too long',
    pattern: 'Pattern mismatch',
    enum: 'Not an allowed value',
    format: 'Wrong format',
    'extra-cell': 'Extra cells',
    'missing-cell': 'Missing cells',
    'blank-row': 'Blank row',
    encoding: 'Invalid UTF-8',
    'unclosed-quote': 'Unclosed quote',
    'malformed-quote': 'Text after closing quote',
    header: 'Header mismatch',
    'invalid-json': 'Invalid JSON',
};
function place(sample) {
    return sample.line !== undefined ? `line ${sample.line}` : `row ${sample.row}`;
}
function shown(value) {
    const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(short);
}
/**
 * One finding per tally, at its first place, carrying the count and the first places; then one
 * finding per further sample so the check run holds every sampled line.
 */
function tallyFindings(file, tally) {
    const [first, ...rest] = tally.samples;
    const title = `${TITLES[tally.rule] ?? tally.rule}${tally.field ? `: ${tally.field}` : ''}`;
    const places = tally.samples.slice(0, 5).map(place).join(', ');
    const more = tally.count > tally.samples.length ? ` (first ${tally.samples.length} sampled)` : '';
    const rows = tally.count === 1 ? '1 row breaks' : `${tally.count.toLocaleString('en-US')} rows break`;
    const summary = {
        level: tally.level,
        title,
        rule: tally.rule,
        message: `${rows} ${tally.detail}${first ? `, e.g. ${shown(first.value)} at ${place(first)}` : ''}; at ${places || 'no sampled place'}${more}.`,
        file,
        line: first?.line,
        column: first?.column,
    };
    const details = rest.map((sample) => ({
        level: tally.level,
        title,
        rule: tally.rule,
        message: `${shown(sample.value)} breaks ${tally.detail}${sample.line === undefined ? ` (${place(sample)})` : ''}.`,
        file,
        line: sample.line,
        column: sample.column,
    }));
    return { summary, details };
}


/***/ }),

/***/ 8113:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ tempStem)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);


/** A temporary path for one index's files: unique per process, thread and call, readable by label. */
function tempStem(tempDir, kind, label) {
    const random = Math.random().toString(36).slice(2, 8);
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join(tempDir, `${kind}-${label.replace(/[^\w-]/g, '_')}-${process.pid}-${node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.threadId}-${random}`);
}


/***/ }),

/***/ 4152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ UniqueIndex),
/* harmony export */   r: () => (/* binding */ removeExport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _integer_window_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3391);
/* harmony import */ var _partition_duplicates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7841);
/* harmony import */ var _temp_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8113);




/**
 * Finds repeated keys (unique / primaryKey) in bounded memory whatever the row count.
 *
 * Each row contributes a 64-bit hash of its key bytes, its line and its byte offset (20 bytes).
 * Up to BUFFER_ENTRIES (65,536) rows stay in memory; past that, entries are spilled to `partitions`
 * temporary files by the hash's top bits, and each partition is examined alone at the end, so
 * peak memory is one buffer plus one partition (rows / partitions × 20 bytes; the partition
 * count grows with the file size). A hash match is a candidate only: when the source can be
 * re-read at an offset (a plain CSV file), the key bytes are compared exactly; otherwise the
 * full 64 bits decide (chance of a false match among 12 M distinct keys ≈ 4e-6). Each partition
 * is checked with an open-addressing table of entry indexes (a linear pass, no sort).
 *
 * An `exact` index is given the key itself as its 64 bits (an integer key's value, scrambled
 * by a bijection so partitions stay even): equal bits are equal keys, so nothing is re-read
 * and an entry needs no offset (12 bytes, not 20). Dense integer keys skip the entries
 * altogether: an IntegerWindow's bitmap finds their repeats (integer-window.ts).
 */
const WORDS = 5; // hashHigh, hashLow, line, offsetLow, offsetHigh
const EXACT_WORDS = 3; // key bits high, low, line
const BUFFER_ENTRIES = 1 << 16;
const TWO_32 = 2 ** 32;
/** Integer keys no window took, kept as they are (beyond this many, they become entries). */
const OUTLIER_LIMIT = 1 << 16;
const valueBits = new Float64Array(1);
const valueWords = new Uint32Array(valueBits.buffer);
function removeExport(exported) {
    for (const file of exported.files)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
    if (exported.window)
        (0,_integer_window_js__WEBPACK_IMPORTED_MODULE_1__/* .removeWindowLog */ .Hl)(exported.window);
}
class UniqueIndex {
    tempDir;
    label;
    exact;
    words;
    entries;
    /** Reused by every spill, so spilling allocates nothing. */
    spillBuffer;
    used = 0;
    files = [];
    descriptors = [];
    partitionBits;
    window;
    /** Windows of this index and of adopted stretches, in file order. */
    windows = [];
    /** Integer keys outside the window (an old id repeated far away, say), lines from the file's start once adopted. */
    outliers = [];
    constructor(tempDir, label, expectedRows, exact = false) {
        this.tempDir = tempDir;
        this.label = label;
        this.exact = exact;
        this.words = exact ? EXACT_WORDS : WORDS;
        this.entries = new Uint32Array(BUFFER_ENTRIES * this.words);
        const partitions = Math.min(1024, Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(1, expectedRows / 200_000)))));
        this.partitionBits = Math.log2(partitions);
    }
    add(hashHigh, hashLow, line, offset) {
        if (this.used === BUFFER_ENTRIES)
            this.spill();
        const at = this.used++ * this.words;
        const entries = this.entries;
        entries[at] = hashHigh;
        entries[at + 1] = hashLow;
        entries[at + 2] = line;
        if (this.words === WORDS) {
            entries[at + 3] = offset >>> 0;
            entries[at + 4] = Math.floor(offset / TWO_32);
        }
    }
    /** An exact index's key for a safe integer: in the window if it fits, else an outlier, else (past the limit) an entry. */
    addInteger(value, line) {
        this.window ??= new _integer_window_js__WEBPACK_IMPORTED_MODULE_1__/* .IntegerWindow */ .d_(this.tempDir, this.label, value);
        if (this.window.add(value, line))
            return;
        if (this.outliers.length < OUTLIER_LIMIT)
            this.outliers.push({ value, line });
        else
            this.addIntegerEntry(value, line);
    }
    addIntegerEntry(value, line) {
        valueBits[0] = value === 0 ? 0 : value;
        this.addScrambled(valueWords[1], valueWords[0], line);
    }
    /**
     * 64 key bits scrambled by a bijection (each step XORs one half with a function of the other),
     * so equal keys stay equal bits and the partitions stay even.
     */
    addScrambled(high, low, line) {
        low ^= Math.imul(high ^ (high >>> 16), 0x85ebca6b);
        high ^= Math.imul(low ^ (low >>> 13), 0xc2b2ae35);
        low ^= Math.imul(high ^ (high >>> 16), 0x27d4eb2f);
        this.add(high >>> 0, low >>> 0, line, 0);
    }
    openPartitions() {
        const stem = (0,_temp_names_js__WEBPACK_IMPORTED_MODULE_3__/* .tempStem */ .I)(this.tempDir, 'unique', this.label);
        for (let p = 0; p < 1 << this.partitionBits; p++) {
            const file = `${stem}-${p}.bin`;
            this.files.push(file);
            this.descriptors.push((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'w'));
        }
    }
    spill() {
        const partitions = 1 << this.partitionBits;
        if (this.descriptors.length === 0)
            this.openPartitions();
        const shift = 32 - this.partitionBits;
        const entries = this.entries;
        const used = this.used;
        const words = this.words;
        const counts = new Uint32Array(partitions);
        for (let e = 0; e < used; e++)
            counts[entries[e * words] >>> shift]++;
        const cursors = new Uint32Array(partitions);
        for (let p = 1; p < partitions; p++)
            cursors[p] = cursors[p - 1] + counts[p - 1] * words;
        const starts = cursors.slice();
        this.spillBuffer ??= new Uint32Array(BUFFER_ENTRIES * words);
        const sorted = this.spillBuffer;
        for (let from = 0, end = used * words; from < end; from += words) {
            const high = entries[from];
            const p = high >>> shift;
            const to = cursors[p];
            sorted[to] = high;
            sorted[to + 1] = entries[from + 1];
            sorted[to + 2] = entries[from + 2];
            if (words === WORDS) {
                sorted[to + 3] = entries[from + 3];
                sorted[to + 4] = entries[from + 4];
            }
            cursors[p] = to + words;
        }
        for (let p = 0; p < partitions; p++) {
            if (counts[p] > 0)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.descriptors[p], sorted, starts[p] * 4, counts[p] * words * 4);
        }
        this.used = 0;
    }
    /** Spill files of another thread's index over a later stretch of the file, whose lines start after `lineOffset`. */
    adopted = [];
    adopt(exported, lineOffset) {
        const { files, window, outliers } = exported;
        if (window)
            this.windows.push({ window, lineOffset });
        for (const { value, line } of outliers)
            this.outliers.push({ value, line: line + lineOffset });
        if (files.length === 0)
            return;
        if (files.length !== 1 << this.partitionBits)
            throw new Error(`unique index ${this.label}: partition counts differ`);
        this.adopted.push({ files, lineOffset });
    }
    /** Hands everything over (to a merging index in another thread): the spilled partitions, if any entry, and the window. */
    export() {
        const window = this.window?.export();
        const outliers = this.outliers;
        this.window = undefined;
        this.outliers = [];
        return { files: this.hasOwnEntries ? this.exportFiles() : [], window, outliers };
    }
    exportFiles() {
        if (this.descriptors.length === 0)
            this.openPartitions();
        this.spill();
        for (const fd of this.descriptors)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        this.descriptors = [];
        return this.files;
    }
    /**
     * The repeats the windows and outliers find alone, when no key went to the entries; otherwise
     * (or when too many values repeat) every logged key and outlier becomes an entry, so that all
     * keys meet in the partitions.
     */
    resolveWindows() {
        if (this.window)
            this.windows.unshift({ window: this.window.export(), lineOffset: 0 });
        this.window = undefined;
        const windows = this.windows;
        const outliers = this.outliers;
        this.windows = [];
        this.outliers = [];
        if (windows.length === 0 && outliers.length === 0)
            return [];
        try {
            const found = this.hasOwnEntries || this.adopted.length > 0 ? undefined : (0,_integer_window_js__WEBPACK_IMPORTED_MODULE_1__/* .windowDuplicates */ .zs)(windows, outliers);
            if (found)
                return found;
            for (const { window, lineOffset } of windows)
                (0,_integer_window_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachLogged */ .Jl)(window, (value, line) => this.addIntegerEntry(value, line + lineOffset));
            for (const { value, line } of outliers)
                this.addIntegerEntry(value, line);
            return [];
        }
        finally {
            for (const { window } of windows)
                (0,_integer_window_js__WEBPACK_IMPORTED_MODULE_1__/* .removeWindowLog */ .Hl)(window);
        }
    }
    /** True once this index has entries, in memory or spilled. */
    get hasOwnEntries() {
        return this.used > 0 || this.descriptors.length > 0;
    }
    /** True once entries went to files (spilled, or adopted from another thread). */
    get spilled() {
        return this.descriptors.length > 0 || this.adopted.length > 0;
    }
    /**
     * Resolves the windows, spills what is left and lists every source of the partitions, its own
     * first, for finishing partitions apart; `found` holds the repeats the windows found.
     */
    spillSources() {
        const found = this.resolveWindows();
        const own = this.hasOwnEntries ? this.exportFiles() : [];
        this.entries = new Uint32Array(0);
        return {
            sources: [...(own.length > 0 ? [{ files: own, lineOffset: 0 }] : []), ...this.adopted],
            partitions: 1 << this.partitionBits,
            words: this.words,
            exact: this.exact,
            found,
        };
    }
    /** Every row whose key appeared on an earlier row, ordered by line. */
    finish(keyReader) {
        const readKeys = this.exact ? undefined : keyReader;
        const found = this.resolveWindows();
        if (!this.spilled) {
            (0,_partition_duplicates_js__WEBPACK_IMPORTED_MODULE_2__/* .findDuplicates */ .I)(this.entries.subarray(0, this.used * this.words), this.words, readKeys, found);
            this.entries = new Uint32Array(0);
            return found.sort((a, b) => a.line - b.line);
        }
        const spill = this.spillSources();
        return [...found, ...(0,_partition_duplicates_js__WEBPACK_IMPORTED_MODULE_2__/* .duplicatesInPartitions */ .n)(spill, 0, spill.partitions, readKeys)].sort((a, b) => a.line - b.line);
    }
}


/***/ }),

/***/ 4518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ mergeState),
/* harmony export */   s: () => (/* binding */ exportState)
/* harmony export */ });
/* harmony import */ var _field_compile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6350);

function exportState(validator) {
    return {
        rows: validator.rows,
        columnCount: validator.columnCount,
        tallies: validator.tallies.list(),
        fields: validator.fields.map((f) => ({
            present: f.present,
            missing: f.missing,
            numericCount: f.numericCount,
            sum: f.sum,
            min: f.min,
            max: f.max,
            distinctNumbers: f.distinctNumbers ? [...f.distinctNumbers] : null,
            distinctKeys: f.distinctBytes && !f.distinctBytes.overflowed ? f.distinctBytes.keys() : null,
            enumSeen: f.enumSeen,
            reservoir: f.reservoir,
            reservoirSeen: f.reservoirSeen,
            categories: f.categories
                ? {
                    keys: f.categories.keys(),
                    counts: Array.from(f.categoryCounts.subarray(0, f.categories.size)),
                    overflowed: f.categories.overflowed,
                }
                : undefined,
        })),
        keyIndexes: validator.keyChecks.map((check) => check.index.export()),
        foreignValues: validator.foreignValues.map((map) => [...map]),
        referenced: validator.referenced.map((ref) => [...ref.values]),
    };
}
/** Merges two reservoirs into one that samples both stretches in proportion to their sizes. */
function mergeReservoir(into, intoSeen, from, fromSeen, random) {
    const a = into.slice(0, Math.min(intoSeen, _field_compile_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIFT_SAMPLE */ .Ft));
    const b = from.subarray(0, Math.min(fromSeen, _field_compile_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIFT_SAMPLE */ .Ft));
    const total = intoSeen + fromSeen;
    const size = Math.min(_field_compile_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIFT_SAMPLE */ .Ft, a.length + b.length);
    let ia = 0;
    let ib = 0;
    for (let k = 0; k < size; k++) {
        const takeA = ib >= b.length || (ia < a.length && random() < intoSeen / total);
        into[k] = takeA ? a[ia++] : b[ib++];
    }
}
/** Adds a later stretch's state to `validator`, shifting its lines by `lineOffset`. */
function mergeState(validator, state, lineOffset) {
    validator.rows += state.rows;
    validator.columnCount = Math.max(validator.columnCount, state.columnCount);
    for (const tally of state.tallies) {
        const into = validator.tallies.get(tally.rule, tally.field, tally.detail, tally.level);
        into.count += tally.count;
        for (const sample of tally.samples) {
            if (into.samples.length >= validator.tallies.maxSamples)
                break;
            into.samples.push(sample.line === undefined ? sample : { ...sample, line: sample.line + lineOffset });
        }
    }
    const random = (0,_field_compile_js__WEBPACK_IMPORTED_MODULE_0__/* .seededRandom */ .Is)(7);
    state.fields.forEach((from, k) => {
        const f = validator.fields[k];
        f.present += from.present;
        f.missing += from.missing;
        f.numericCount += from.numericCount;
        f.sum += from.sum;
        f.min = Math.min(f.min, from.min);
        f.max = Math.max(f.max, from.max);
        if (f.distinctNumbers && from.distinctNumbers) {
            for (const value of from.distinctNumbers) {
                if (!f.distinctNumbers.add(value)) {
                    f.distinctNumbers = null;
                    break;
                }
            }
        }
        if (f.distinctNumbers && from.distinctNumbers === null)
            f.distinctNumbers = null;
        if (f.distinctBytes && from.distinctKeys)
            for (const key of from.distinctKeys)
                if (f.distinctBytes.addString(key) < 0)
                    break;
        if (f.distinctBytes && (from.distinctKeys === null || f.distinctBytes.overflowed))
            f.distinctBytes = null;
        from.enumSeen.forEach((seen, id) => (f.enumSeen[id] |= seen));
        if (f.reservoir && from.reservoir) {
            mergeReservoir(f.reservoir, f.reservoirSeen, from.reservoir, from.reservoirSeen, random);
            f.reservoirSeen += from.reservoirSeen;
        }
        if (f.categories && from.categories) {
            from.categories.keys.forEach((key, id) => {
                const into = f.categories.addString(key);
                if (into >= 0)
                    f.categoryCounts[into] += from.categories.counts[id];
            });
            if (from.categories.overflowed)
                f.categories.overflowed = true;
        }
    });
    validator.keyChecks.forEach((check, index) => check.index.adopt(state.keyIndexes[index], lineOffset));
    state.foreignValues.forEach((entries, index) => {
        const map = validator.foreignValues[index];
        for (const [key, seen] of entries) {
            const lines = seen.lines.map((line) => line + lineOffset);
            const into = map.get(key);
            if (into === undefined)
                map.set(key, { count: seen.count, lines });
            else {
                into.count += seen.count;
                into.lines.push(...lines.slice(0, Math.max(0, validator.tallies.maxSamples - into.lines.length)));
            }
        }
    });
    state.referenced.forEach((values, index) => {
        for (const value of values)
            validator.referenced[index].values.add(value);
    });
}


/***/ }),

/***/ 3566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ RecordValidator)
});

// NAMESPACE OBJECT: ./.build/tsc/actions/validate-data/src/rule-tallies.js
var rule_tallies_namespaceObject = {};
__webpack_require__.r(rule_tallies_namespaceObject);
__webpack_require__.d(rule_tallies_namespaceObject, {
  O: () => (valueRuleTally)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/column-mapping.js
/**
 * Maps schema fields onto record positions from the header: by name when every field is there,
 * else by position (the usual case for a header that is misspelt, not reordered). With `report`,
 * names that differ from the schema become header findings; stretches of a file read after the
 * first pass `report = false`, so a header is reported once.
 */
function mapColumnsFromHeader(validator, names, line, report) {
    const { fields, tallies } = validator;
    validator.columnCount = names.length;
    const positions = new Map(names.map((name, index) => [name, index]));
    const byName = fields.every((f) => positions.has(f.spec.name));
    fields.forEach((f, index) => {
        f.column = byName ? positions.get(f.spec.name) : index < names.length ? index : -1;
        if (report && !byName && names[index] !== f.spec.name) {
            const tally = tallies.get('header', f.spec.name, `the schema's field name '${f.spec.name}' (field ${index + 1})`);
            if (tallies.hit(tally))
                tally.samples.push({ line, value: names[index] ?? '(no column)', ...(validator.options.locate === 'csv' ? { column: 1 } : {}) });
        }
    });
    const known = new Set(fields.map((f) => f.spec.name));
    names.forEach((name, index) => {
        if (report && byName && !known.has(name)) {
            const tally = tallies.get('header', name, 'the schema: the column is not declared', 'warning');
            if (tallies.hit(tally))
                tally.samples.push({ line, value: name, column: index + 1 });
        }
    });
}

// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/csv-tokenizer.js
var csv_tokenizer = __webpack_require__(4836);
// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/field-compile.js + 2 modules
var field_compile = __webpack_require__(6350);
// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/key-checks.js
var key_checks = __webpack_require__(8889);
;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/rule-tallies.js
/**
 * The tally of `rule` on field `f`, with the rule in words for the report. Only a failing value
 * asks for it, so a rule no value breaks never shows up, not even with a count of zero.
 */
function valueRuleTally(tallies, rule, f) {
    return tallies.get(rule, f.spec.name, ruleInWords(rule, f));
}
function ruleInWords(rule, f) {
    const { constraints } = f.spec;
    switch (rule) {
        case 'malformed-quote':
            return 'CSV quoting: text follows a closing quote';
        case 'enum':
            return `enum [${constraints.enum.slice(0, 8).join(', ')}${constraints.enum.length > 8 ? ', …' : ''}]`;
        case 'minimum':
            return `minimum ${constraints.minimum}`;
        case 'maximum':
            return `maximum ${constraints.maximum}`;
        case 'minLength':
            return `minLength ${f.minLength}`;
        case 'maxLength':
            return `maxLength ${f.maxLength}`;
        case 'pattern':
            return `pattern ${constraints.pattern}`;
        case 'format':
            return `format ${f.spec.format}`;
    }
}

;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/sample-location.js

/** Longest value text kept in a sample: enough to recognise it, bounded for huge fields. */
const SAMPLE_TEXT = 200;
/**
 * Where a failing value is and what it says, in the terms of its format: a row number (Parquet),
 * a line (JSON Lines), or a physical line and column (CSV). Only sampled failures get here, so
 * the CSV column is found by rescanning the record for newlines rather than tracked per field.
 */
function sampleAt(buf, start, end, flag, line, recordStart, locate) {
    const value = flag === csv_tokenizer/* NULL_FIELD */.ZL
        ? ''
        : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8', start, Math.min(end, start + SAMPLE_TEXT));
    if (locate === 'row')
        return { row: line, value };
    if (locate === 'line')
        return { line, value };
    const quoteAdjusted = flag !== 0 && flag !== csv_tokenizer/* MALFORMED */.G7 ? start - 1 : start;
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
        value: flag === csv_tokenizer/* QUOTED_ESCAPES */.ed ? value.replace(/""/g, '"') : value,
    };
}

// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/tally.js
var tally = __webpack_require__(4466);
// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/value-parse.js
var value_parse = __webpack_require__(6375);
;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/validator.js










// Bundlers turn every use of an imported binding into a property getter call on the module
// object; copied into module-level constants once, the hot loop below pays nothing for them.
const { /* MALFORMED */ "G7": MALFORMED, /* NULL_FIELD */ "ZL": NULL_FIELD, /* QUOTED_ESCAPES */ "ed": QUOTED_ESCAPES } = csv_tokenizer;
const { /* T_ANY */ "SD": T_ANY, /* T_BOOLEAN */ "Aj": T_BOOLEAN, /* T_DATE */ "SE": T_DATE, /* T_DATETIME */ "lO": T_DATETIME, /* T_INTEGER */ "gg": T_INTEGER, /* T_NUMBER */ "TZ": T_NUMBER, /* T_STRING */ "ts": T_STRING, /* T_TIME */ "F": T_TIME, /* T_YEAR */ "DR": T_YEAR } = field_compile;
const { /* compileField */ "gC": compileField, /* profileNumber */ "Zn": profileNumber, /* seededRandom */ "Is": seededRandom } = field_compile;
const { /* addKey */ "Fx": addKey, /* collectKeys */ "nz": collectKeys } = key_checks;
const { /* valueRuleTally */ "O": validator_valueRuleTally } = rule_tallies_namespaceObject;
const { /* isSpecialNumber */ "pg": isSpecialNumber, /* parseDate */ "_U": parseDate, /* parseDatetime */ "X7": parseDatetime, /* parseInteger */ "cG": parseInteger, /* parseNumber */ "$J": parseNumber, /* parseNumberText */ "ke": parseNumberText, /* parseTime */ "pe": parseTime, /* parseYear */ "zL": parseYear } = value_parse;
/** Checks records against one schema and keeps the counts, samples and profile. */
class RecordValidator {
    options;
    fields;
    tallies;
    keyChecks;
    /** For each foreign key of this schema: distinct child key text -> first lines and count. */
    foreignValues;
    referenced;
    rows = 0;
    columnCount = 0;
    /** Whether plain CSV may take the generated fast path (fast-records.ts), which bypasses record(): subclasses that watch every record say no. */
    fastPath = true;
    strictUtf8 = false;
    /** Drift reservoirs draw from this, per value in record order, so runs (and the fast path) repeat. */
    random = seededRandom(42);
    missingValues;
    emptyIsMissing;
    /** Longer values can't be a missing value, so most values skip the set lookup. */
    longestMissing;
    requiredTallies;
    typeTallies;
    constructor(options) {
        this.options = options;
        const { schema } = options;
        this.tallies = new tally/* Tallies */.T(options.maxSamples);
        this.fields = schema.fields.map((spec) => compileField(spec, options.collectDrift));
        this.missingValues = new Set(schema.missingValues);
        this.emptyIsMissing = this.missingValues.has('');
        this.longestMissing = Math.max(0, ...schema.missingValues.map((v) => Buffer.byteLength(v)));
        this.requiredTallies = this.fields.map((f) => this.tallies.get('required', f.spec.name, 'the required constraint'));
        this.typeTallies = this.fields.map((f) => this.tallies.get('type', f.spec.name, `type ${f.spec.type}${f.spec.format !== 'default' ? ` (format ${f.spec.format})` : ''}`));
        this.keyChecks = (0,key_checks/* createKeyChecks */.rz)(this.fields, options);
        this.foreignValues = schema.foreignKeys.map(() => new Map());
        this.referenced = (0,key_checks/* createReferencedKeys */.eX)(this.fields, options.referencedKeys);
    }
    /** Maps schema fields onto record positions from the header row. */
    header(names, line, report = true) {
        mapColumnsFromHeader(this, names, line, report);
    }
    /** Columns by position when there is no header row. */
    positional() {
        this.fields.forEach((f, index) => (f.column = index));
        this.columnCount = this.fields.length;
    }
    /** Counts one violation; only the first maxSamples of each tally are located and kept. */
    fail(tally, buf, start, end, flag, line, recordStart) {
        if (this.tallies.hit(tally))
            tally.samples.push(sampleAt(buf, start, end, flag, line, recordStart, this.options.locate));
    }
    isMissing(buf, start, end) {
        if (end === start)
            return this.emptyIsMissing;
        if (end - start > this.longestMissing)
            return false;
        return this.missingValues.has(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8', start, end));
    }
    blankRow(line) {
        const tally = this.tallies.get('blank-row', '', 'the table: a row has no cells', 'warning');
        if (this.tallies.hit(tally))
            tally.samples.push({ line, value: '' });
    }
    record(buf, starts, ends, flags, n, line, recordStart, fileOffset) {
        this.rows++;
        if (n !== this.columnCount) {
            const rule = n > this.columnCount ? 'extra-cell' : 'missing-cell';
            const tally = this.tallies.get(rule, '', `the row width: ${this.columnCount} columns expected`);
            this.fail(tally, buf, starts[0], Math.min(ends[n - 1], starts[0] + 80), 0, line, recordStart);
        }
        if (this.strictUtf8) {
            for (let k = 0; k < n; k++) {
                if (!(0,external_node_buffer_.isUtf8)(buf.subarray(starts[k], ends[k])))
                    this.fail(this.tallies.get('encoding', '', 'UTF-8 encoding'), buf, starts[k], ends[k], flags[k], line, recordStart);
            }
        }
        const fields = this.fields;
        for (let k = 0; k < fields.length; k++) {
            const f = fields[k];
            const col = f.column;
            if (col < 0 ||
                col >= n ||
                flags[col] === NULL_FIELD ||
                (starts[col] === ends[col]
                    ? this.emptyIsMissing
                    : ends[col] - starts[col] <= this.longestMissing && this.isMissing(buf, starts[col], ends[col]))) {
                f.missing++;
                if (f.spec.constraints.required)
                    this.fail(this.requiredTallies[k], buf, col < n && col >= 0 ? starts[col] : recordStart, col < n && col >= 0 ? ends[col] : recordStart, 0, line, recordStart);
                continue;
            }
            const start = starts[col];
            const end = ends[col];
            const flag = flags[col];
            f.present++;
            if (flag === MALFORMED) {
                this.fail(validator_valueRuleTally(this.tallies, 'malformed-quote', f), buf, start, end, flag, line, recordStart);
                continue;
            }
            this.checkValue(f, k, buf, start, end, flag, line, recordStart);
        }
        for (const check of this.keyChecks)
            addKey(this, check, buf, starts, ends, n, line, fileOffset);
        if (this.foreignValues.length > 0 || this.referenced.length > 0)
            collectKeys(this, buf, starts, ends, flags, n, line);
    }
    /** A present, well-quoted value of field k: its type, constraints and profile (the fast path's way into the general checks). */
    presentValue(k, buf, start, end, flag, line, recordStart) {
        const f = this.fields[k];
        f.present++;
        this.checkValue(f, k, buf, start, end, flag, line, recordStart);
    }
    checkValue(f, k, buf, start, end, flag, line, recordStart) {
        let value = Number.NaN;
        switch (f.code) {
            case T_INTEGER:
                value = f.textParser ? parseNumberText(this.text(buf, start, end, flag), '.', '', false) : parseInteger(buf, start, end);
                if (!Number.isInteger(value))
                    return this.fail(this.typeTallies[k], buf, start, end, flag, line, recordStart);
                break;
            case T_NUMBER:
                value = f.textParser
                    ? parseNumberText(this.text(buf, start, end, flag), f.spec.decimalChar, f.spec.groupChar, f.spec.bareNumber)
                    : parseNumber(buf, start, end);
                if (Number.isNaN(value)) {
                    // NaN, INF and -INF are numbers in Table Schema, but no profile or range applies to them.
                    if (f.textParser === undefined && isSpecialNumber(buf, start, end))
                        return;
                    return this.fail(this.typeTallies[k], buf, start, end, flag, line, recordStart);
                }
                break;
            case T_DATE:
            case T_DATETIME:
            case T_TIME:
                value = f.textParser
                    ? f.textParser(this.text(buf, start, end, flag))
                    : f.code === T_DATE
                        ? parseDate(buf, start, end)
                        : f.code === T_DATETIME
                            ? parseDatetime(buf, start, end)
                            : parseTime(buf, start, end);
                if (Number.isNaN(value))
                    return this.fail(this.typeTallies[k], buf, start, end, flag, line, recordStart);
                break;
            case T_YEAR:
                value = parseYear(buf, start, end);
                if (Number.isNaN(value))
                    return this.fail(this.typeTallies[k], buf, start, end, flag, line, recordStart);
                break;
            case T_BOOLEAN: {
                const id = f.booleanValues.idOf(buf, start, end);
                if (id < 0)
                    return this.fail(this.typeTallies[k], buf, start, end, flag, line, recordStart);
                f.enumSeen[id] = 1;
                break;
            }
            case T_STRING:
                this.checkString(f, buf, start, end, flag, line, recordStart);
                break;
            case T_ANY:
                break;
        }
        let known = false;
        if (f.enumValues !== undefined) {
            const id = flag === QUOTED_ESCAPES
                ? f.enumValues.idOf(Buffer.from(this.text(buf, start, end, flag)), 0, Buffer.byteLength(this.text(buf, start, end, flag)))
                : f.enumValues.idOf(buf, start, end);
            if (id < 0)
                this.fail(validator_valueRuleTally(this.tallies, 'enum', f), buf, start, end, flag, line, recordStart);
            else {
                f.enumSeen[id] = 1;
                known = true;
            }
        }
        if (f.code === T_STRING || f.code === T_BOOLEAN || f.code === T_ANY) {
            // Enum and boolean values are already counted by their id; only free text needs the distinct dictionary.
            const distinct = f.distinctBytes;
            if (!known && f.code !== T_BOOLEAN && distinct !== null && distinct.add(buf, start, end) < 0)
                f.distinctBytes = null;
            if (f.categories !== undefined) {
                const id = f.categories.add(buf, start, end);
                if (id >= 0)
                    f.categoryCounts[id]++;
            }
            return;
        }
        if (value < f.minimum)
            this.fail(validator_valueRuleTally(this.tallies, 'minimum', f), buf, start, end, flag, line, recordStart);
        if (value > f.maximum)
            this.fail(validator_valueRuleTally(this.tallies, 'maximum', f), buf, start, end, flag, line, recordStart);
        profileNumber(f, value, this.random);
    }
    checkString(f, buf, start, end, flag, line, recordStart) {
        if (f.minLength >= 0 || f.maxLength !== Infinity) {
            let length = end - start;
            for (let i = start; i < end; i++) {
                if (buf[i] >= 0x80 || buf[i] === 34) {
                    length = [...this.text(buf, start, end, flag)].length;
                    break;
                }
            }
            if (length < f.minLength)
                this.fail(validator_valueRuleTally(this.tallies, 'minLength', f), buf, start, end, flag, line, recordStart);
            if (length > f.maxLength)
                this.fail(validator_valueRuleTally(this.tallies, 'maxLength', f), buf, start, end, flag, line, recordStart);
        }
        if (f.pattern !== undefined && !f.pattern.test(this.text(buf, start, end, flag))) {
            this.fail(validator_valueRuleTally(this.tallies, 'pattern', f), buf, start, end, flag, line, recordStart);
        }
        if (f.formatPattern !== undefined && !f.formatPattern.test(this.text(buf, start, end, flag))) {
            this.fail(validator_valueRuleTally(this.tallies, 'format', f), buf, start, end, flag, line, recordStart);
        }
    }
    text(buf, start, end, flag) {
        const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8', start, end);
        return flag === QUOTED_ESCAPES ? text.replace(/""/g, '"') : text;
    }
}


/***/ }),

/***/ 6375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   L3: () => (/* binding */ daysInMonth),
/* harmony export */   X7: () => (/* binding */ parseDatetime),
/* harmony export */   Y4: () => (/* binding */ dateValue),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   ke: () => (/* binding */ parseNumberText),
/* harmony export */   pe: () => (/* binding */ parseTime),
/* harmony export */   pg: () => (/* binding */ isSpecialNumber),
/* harmony export */   ue: () => (/* binding */ epochDay),
/* harmony export */   zL: () => (/* binding */ parseYear)
/* harmony export */ });
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
const SPECIAL_NUMBERS = { NaN: Number.NaN, INF: Infinity, '-INF': -Infinity, '+INF': Infinity };
function text(buf, start, end) {
    return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1', start, end);
}
function parseInteger(buf, start, end) {
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
        if (digit < 0 || digit > 9)
            return Number.NaN;
        value = value * 10 + digit;
    }
    return negative ? -value : value;
}
/** Returns NaN for invalid text; the special values NaN/INF/-INF of the spec are valid (see isSpecialNumber). */
function parseNumber(buf, start, end) {
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
            if (fraction >= 0)
                fraction++;
        }
        else if (c === 46 && fraction < 0)
            fraction = 0;
        else
            return slowNumber(buf, start, end);
    }
    if (digits === 0 || digits > 15)
        return slowNumber(buf, start, end);
    const value = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
    return negative ? -value : value;
}
function slowNumber(buf, start, end) {
    const value = text(buf, start, end);
    return NUMBER_TEXT.test(value) ? Number(value) : Number.NaN;
}
function isSpecialNumber(buf, start, end) {
    return end - start <= 4 && end > start && text(buf, start, end) in SPECIAL_NUMBERS;
}
/** Number text with the field's groupChar/decimalChar/bareNumber options applied first. */
function parseNumberText(value, decimalChar, groupChar, bareNumber) {
    let normalized = groupChar ? value.split(groupChar).join('') : value;
    if (decimalChar !== '.')
        normalized = normalized.split(decimalChar).join('.');
    if (!bareNumber)
        normalized = normalized.replace(/^[^-+\d.]+/, '').replace(/[^\d.]+$/, '');
    if (normalized in SPECIAL_NUMBERS)
        return SPECIAL_NUMBERS[normalized];
    return NUMBER_TEXT.test(normalized) ? Number(normalized) : Number.NaN;
}
function twoDigits(buf, at) {
    const high = buf[at] - 48;
    const low = buf[at + 1] - 48;
    if (high < 0 || high > 9 || low < 0 || low > 9)
        return -1;
    return high * 10 + low;
}
function fourDigits(buf, at) {
    const high = twoDigits(buf, at);
    const low = twoDigits(buf, at + 2);
    return high < 0 || low < 0 ? -1 : high * 100 + low;
}
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
    return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month];
}
/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function epochDay(year, month, day) {
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
for (let k = 0; k < MONTH_STARTS.length; k++)
    MONTH_STARTS[k] = epochDay(MONTH_START_FROM + Math.floor(k / 12), (k % 12) + 1, 1);
/** `YYYY-MM-DD` -> epoch milliseconds (UTC midnight). */
function parseDate(buf, start, end) {
    if (end - start !== 10 || buf[start + 4] !== 45 || buf[start + 7] !== 45)
        return Number.NaN;
    const year = fourDigits(buf, start);
    const month = twoDigits(buf, start + 5);
    const day = twoDigits(buf, start + 8);
    if (year < 0)
        return Number.NaN;
    return dateValue(year, month, day);
}
/** Epoch milliseconds of a calendar date, NaN when month or day is out of range. */
function dateValue(year, month, day) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return Number.NaN;
    const k = (year - MONTH_START_FROM) * 12 + month - 1;
    return (k >= 0 && k < MONTH_STARTS.length ? MONTH_STARTS[k] + day - 1 : epochDay(year, month, day)) * DAY_MS;
}
/** `hh:mm:ss` with optional fraction -> milliseconds since midnight; `at` is where it starts. */
function timeOfDay(buf, at, end) {
    if (end - at < 8 || buf[at + 2] !== 58 || buf[at + 5] !== 58)
        return -1;
    const hour = twoDigits(buf, at);
    const minute = twoDigits(buf, at + 3);
    const second = twoDigits(buf, at + 6);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60)
        return -1;
    return (hour * 3600 + minute * 60 + second) * 1000;
}
/** Skips `.fff...`; returns the index after it and adds the milliseconds to `into[0]`. */
function fractionEnd(buf, at, end, into) {
    if (at >= end || buf[at] !== 46)
        return at;
    let i = at + 1;
    let scale = 100;
    for (; i < end && buf[i] >= 48 && buf[i] <= 57; i++) {
        into[0] += (buf[i] - 48) * scale;
        scale /= 10;
    }
    return i === at + 1 ? -1 : i;
}
/** ISO 8601 `YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm]` -> epoch milliseconds; no zone means UTC. */
function parseDatetime(buf, start, end) {
    if (end - start < 19 || buf[start + 10] !== 84)
        return Number.NaN;
    const day = parseDate(buf, start, start + 10);
    const time = timeOfDay(buf, start + 11, end);
    if (Number.isNaN(day) || time < 0)
        return Number.NaN;
    const fraction = [0];
    let i = fractionEnd(buf, start + 19, end, fraction);
    if (i < 0)
        return Number.NaN;
    let offset = 0;
    if (i < end && buf[i] === 90)
        i++;
    else if (i < end && (buf[i] === 43 || buf[i] === 45) && end - i === 6 && buf[i + 3] === 58) {
        const hours = twoDigits(buf, i + 1);
        const minutes = twoDigits(buf, i + 4);
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
            return Number.NaN;
        offset = (buf[i] === 43 ? -1 : 1) * (hours * 60 + minutes) * 60_000;
        i = end;
    }
    return i === end ? day + time + fraction[0] + offset : Number.NaN;
}
/** `hh:mm:ss[.fff]` -> milliseconds since midnight. */
function parseTime(buf, start, end) {
    const time = timeOfDay(buf, start, end);
    if (time < 0)
        return Number.NaN;
    const fraction = [0];
    const i = fractionEnd(buf, start + 8, end, fraction);
    return i === end ? time + fraction[0] : Number.NaN;
}
function parseYear(buf, start, end) {
    return end - start === 4 ? (fourDigits(buf, start) < 0 ? Number.NaN : fourDigits(buf, start)) : Number.NaN;
}


/***/ }),

/***/ 3588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ seededRandom)
/* harmony export */ });
/**
 * mulberry32: a tiny seeded PRNG, so bootstrap resamples, reservoir samples and generated test
 * data are the same on every run. Returns floats in [0, 1).
 */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}


/***/ })

};
