// Writes the benchmark CSV deterministically: ~12 M rows, 10 columns, with violations planted
// on known rows so every checker (ours, DuckDB, pandas, ...) must report the same counts.
// Usage: node bench/validate-data/generate.mjs [rows] [out.csv]
import { createWriteStream } from 'node:fs';

export const CATEGORIES = ['electronics', 'books', 'garden', 'toys', 'food'];
export const MAX_COMMENT = 40;

/** Planted violations: rule -> [first row, stride, count]. Rows are 1-based data rows. */
export const PLANTED = {
  'age:type': [1_001, 40_013, 100],
  'age:maximum': [2_003, 30_011, 150],
  'score:type': [3_007, 70_001, 50],
  'category:enum': [4_001, 50_021, 120],
  'signup_date:type': [5_003, 60_017, 80],
  'id:unique': [6_007, 90_001, 60],
  'active:type': [7_001, 110_017, 40],
  'user_id:required': [8_009, 80_021, 70],
  'comment:maxLength': [9_011, 45_007, 90],
};

export function plantedCounts(rows) {
  const counts = {};
  for (const [rule, [first, stride, count]] of Object.entries(PLANTED)) {
    let n = 0;
    for (let k = 0; k < count; k++) if (first + k * stride <= rows) n++;
    counts[rule] = n;
  }
  return counts;
}

function plantedRows(rows) {
  const byRow = new Map();
  for (const [rule, [first, stride, count]] of Object.entries(PLANTED)) {
    for (let k = 0; k < count; k++) {
      const row = first + k * stride;
      if (row > rows) break;
      if (!byRow.has(row)) byRow.set(row, new Set());
      byRow.get(row).add(rule);
    }
  }
  return byRow;
}

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['north', 'south', 'east', 'west', 'central'];
const WORDS = ['fast', 'slow', 'good', 'great', 'late', 'broken', 'fine', 'ok', 'returned', 'gift'];

export async function generate(rows, out, seed = 7) {
  const random = mulberry32(seed);
  const planted = plantedRows(rows);
  const stream = createWriteStream(out);
  stream.write('id,user_id,age,score,amount,category,signup_date,active,comment,region\n');
  let chunk = '';
  for (let row = 1; row <= rows; row++) {
    const rules = planted.get(row);
    const id = rules?.has('id:unique') ? row - 1 : row;
    const userId = rules?.has('user_id:required') ? '' : String(1 + Math.floor(random() * 500_000));
    const age = rules?.has('age:type')
      ? 'n/a'
      : rules?.has('age:maximum')
        ? String(121 + Math.floor(random() * 50))
        : String(18 + Math.floor(random() * 80));
    const score = rules?.has('score:type') ? '1.2.3' : (random() * 100).toFixed(4);
    const amount = random() < 0.1 ? '' : (random() * 50000).toFixed(2);
    const category = rules?.has('category:enum') ? 'weapons' : CATEGORIES[Math.floor(random() * CATEGORIES.length)];
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const date = rules?.has('signup_date:type')
      ? '2023-02-30'
      : `202${Math.floor(random() * 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const active = rules?.has('active:type') ? 'yes' : random() < 0.5 ? 'true' : 'false';
    const word = () => WORDS[Math.floor(random() * WORDS.length)];
    let comment = random() < 0.1 ? '' : `${word()} ${word()} ${word()}`;
    if (rules?.has('comment:maxLength')) comment = 'this comment is much longer than the allowed forty characters';
    else if (comment && random() < 0.05) comment = `"${comment}, really"`;
    const region = `${REGIONS[Math.floor(random() * REGIONS.length)]}-${String(Math.floor(random() * 100)).padStart(2, '0')}`;
    chunk += `${id},${userId},${age},${score},${amount},${category},${date},${active},${comment},${region}\n`;
    if (chunk.length > 1 << 20) {
      if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
      chunk = '';
    }
  }
  stream.write(chunk);
  await new Promise((resolve, reject) => stream.end((error) => (error ? reject(error) : resolve())));
}

export const SCHEMA = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true, unique: true } },
    { name: 'user_id', type: 'integer', constraints: { required: true, minimum: 1 } },
    { name: 'age', type: 'integer', constraints: { minimum: 0, maximum: 120 } },
    { name: 'score', type: 'number', constraints: { minimum: 0, maximum: 100 } },
    { name: 'amount', type: 'number' },
    { name: 'category', type: 'string', constraints: { required: true, enum: CATEGORIES } },
    { name: 'signup_date', type: 'date' },
    { name: 'active', type: 'boolean', trueValues: ['true'], falseValues: ['false'] },
    { name: 'comment', type: 'string', constraints: { maxLength: MAX_COMMENT } },
    { name: 'region', type: 'string' },
  ],
  missingValues: [''],
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[2] ?? 12_500_000);
  const out = process.argv[3] ?? '/tmp/validate-data-bench.csv';
  const started = Date.now();
  await generate(rows, out);
  console.log(`${out}: ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
