// papaparse peer: stream the CSV through Papa.parse (chunk mode, strings per field) with the
// same checks written the obvious way in JS. Prints one JSON line like the Python peers.
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { CATEGORIES, MAX_COMMENT } from './generate.mjs';

const file = process.argv[2];
const started = performance.now();
const counts = {
  'age:type': 0,
  'age:maximum': 0,
  'score:type': 0,
  'category:enum': 0,
  'signup_date:type': 0,
  'id:unique': 0,
  'active:type': 0,
  'user_id:required': 0,
  'comment:maxLength': 0,
  rows: 0,
};
const categories = new Set(CATEGORIES);
const ids = new Set();
const isDate = (text) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};
let header = true;
await new Promise((resolve, reject) => {
  Papa.parse(createReadStream(file), {
    chunk: (result) => {
      for (const row of result.data) {
        if (header) {
          header = false;
          continue;
        }
        if (row.length === 1 && row[0] === '') continue;
        counts.rows++;
        const [id, userId, age, score, , category, date, active, comment] = row;
        if (age !== '' && !/^-?\d+$/.test(age)) counts['age:type']++;
        else if (age !== '' && (Number(age) > 120 || Number(age) < 0)) counts['age:maximum']++;
        if (score !== '' && Number.isNaN(Number(score))) counts['score:type']++;
        if (category !== '' && !categories.has(category)) counts['category:enum']++;
        if (date !== '' && !isDate(date)) counts['signup_date:type']++;
        if (active !== '' && active !== 'true' && active !== 'false') counts['active:type']++;
        if (userId === '') counts['user_id:required']++;
        if ([...comment].length > MAX_COMMENT) counts['comment:maxLength']++;
        // A JS Set holds at most 2^24 entries; ids here are below 12.5 M.
        if (id !== '') {
          if (ids.has(id)) counts['id:unique']++;
          else ids.add(id);
        }
      }
    },
    complete: resolve,
    error: reject,
  });
});
console.log(JSON.stringify({ counts, seconds: (performance.now() - started) / 1000 }));
