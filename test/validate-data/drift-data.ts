import { seededRandom as mulberry32 } from '../../core/random.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export { mulberry32 };

export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * Reference and current datasets with known differences: income shifted by +0.8 standard
 * deviations, a new segment 'gold' in 10% of current rows, tenure 30% missing instead of 0%;
 * age drawn from the same distribution in both.
 */
export function writeDriftPair(dir: string, rows = 5000): void {
  const make = (seed: number, shifted: boolean): string => {
    const random = mulberry32(seed);
    const lines = ['age,income,segment,tenure'];
    for (let i = 0; i < rows; i++) {
      const age = Math.round(40 + 12 * normal(random));
      const income = (50_000 + 15_000 * (normal(random) + (shifted ? 0.8 : 0))).toFixed(2);
      const segment = shifted && random() < 0.1 ? 'gold' : random() < 0.5 ? 'basic' : 'plus';
      const tenure = shifted && random() < 0.3 ? '' : String(Math.floor(random() * 10));
      lines.push(`${age},${income},${segment},${tenure}`);
    }
    return `${lines.join('\n')}\n`;
  };
  writeFileSync(path.join(dir, 'drift-reference.csv'), make(1, false));
  writeFileSync(path.join(dir, 'drift-current.csv'), make(2, true));
  writeFileSync(
    path.join(dir, 'drift.schema.yaml'),
    [
      'fields:',
      '  - { name: age, type: integer }',
      '  - { name: income, type: number }',
      '  - { name: segment, type: string }',
      '  - { name: tenure, type: integer }',
      '',
    ].join('\n'),
  );
}
