import type { RecordValidator } from './validator.js';

/**
 * Maps schema fields onto record positions from the header: by name when every field is there,
 * else by position (the usual case for a header that is misspelt, not reordered). With `report`,
 * names that differ from the schema become header findings; stretches of a file read after the
 * first pass `report = false`, so a header is reported once.
 */
export function mapColumnsFromHeader(validator: RecordValidator, names: string[], line: number, report: boolean): void {
  const { fields, tallies } = validator;
  validator.columnCount = names.length;
  const positions = new Map(names.map((name, index) => [name, index]));
  const byName = fields.every((f) => positions.has(f.spec.name));
  fields.forEach((f, index) => {
    f.column = byName ? positions.get(f.spec.name)! : index < names.length ? index : -1;
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
      if (tallies.hit(tally)) tally.samples.push({ line, value: name, column: index + 1 });
    }
  });
}
