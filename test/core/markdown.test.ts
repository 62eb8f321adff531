import { describe, expect, it } from 'vitest';
import { formatNumber, pieChart, table, xyChart } from '../../core/markdown.js';
import { planAnnotations } from '../../core/report/annotations.js';
import { truncateUtf8 } from '../../core/report/limits.js';
import type { Finding } from '../../core/findings.js';

describe('markdown', () => {
  it('escapes pipes and newlines in table cells', () => {
    expect(table(['a', 'b'], [['x|y', 'line1\nline2']], ['left', 'right'])).toBe('| a | b |\n| --- | ---: |\n| x\\|y | line1<br>line2 |');
  });

  it('renders a mermaid xychart and a pie without empty slices', () => {
    const chart = xyChart({
      title: 'Latency',
      x: { labels: [1, 2, 3], title: 'second' },
      y: { title: 'ms' },
      series: [{ kind: 'line', values: [1.23456789, 2, 3] }],
    });
    expect(chart).toContain('xychart-beta');
    expect(chart).toContain('x-axis "second" ["1", "2", "3"]');
    expect(chart).toContain('line [1.23457, 2, 3]');
    expect(pieChart('Errors', { timeout: 3, refused: 0 })).not.toContain('refused');
  });

  it('formats numbers for people', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(0.123456)).toBe('0.123');
    expect(formatNumber(0.00001234)).toBe('1.23e-5');
  });
});

describe('annotation cap', () => {
  const finding = (level: Finding['level'], i: number): Finding => ({ level, title: `t${i}`, message: `m${i}`, file: 'a.csv', line: i });

  it('keeps ten per level and adds one overflow notice', () => {
    const findings = [
      ...Array.from({ length: 25 }, (_, i) => finding('error', i)),
      ...Array.from({ length: 3 }, (_, i) => finding('warning', i)),
    ];
    const plan = planAnnotations(findings);
    expect(plan.emit.filter((f) => f.level === 'error')).toHaveLength(10);
    expect(plan.emit.filter((f) => f.level === 'warning')).toHaveLength(3);
    expect(plan.overflowNotice?.message).toMatch(/^15 more — 15 errors not shown/);
    expect(plan.emit.filter((f) => f.level === 'notice')).toHaveLength(1);
  });

  it('never emits more than ten notices including the overflow one', () => {
    const plan = planAnnotations(Array.from({ length: 30 }, (_, i) => finding('notice', i)));
    expect(plan.emit).toHaveLength(10);
    expect(plan.overflowNotice?.title).toBe('21 more');
  });
});

describe('truncation', () => {
  it('cuts at a line boundary, closes an open code fence and never splits a character', () => {
    const text = '```mermaid\n' + 'é line\n'.repeat(1000);
    const cut = truncateUtf8(text, 2000, (n) => `note ${n}`);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(2000);
    expect(cut).not.toContain('\uFFFD');
    expect(cut).toMatch(/```\n\nnote \d+\n$/);
  });
});
