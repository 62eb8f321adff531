/** Markdown and mermaid builders shared by every action's summary, check run and PR comment. */

export type Cell = string | number | boolean | null | undefined;
export type Align = 'left' | 'right' | 'center';

/** Escapes text for a table cell: pipes and newlines would break the row. */
export function escapeCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function table(headers: readonly string[], rows: readonly (readonly Cell[])[], align: readonly Align[] = []): string {
  const marker = (a: Align | undefined): string => (a === 'right' ? '---:' : a === 'center' ? ':---:' : '---');
  const lines = [
    `| ${headers.map(escapeCell).join(' | ')} |`,
    `| ${headers.map((_, i) => marker(align[i])).join(' | ')} |`,
    ...rows.map((row) => `| ${headers.map((_, i) => escapeCell(row[i])).join(' | ')} |`),
  ];
  return lines.join('\n');
}

export function heading(level: 1 | 2 | 3 | 4, text: string): string {
  return `${'#'.repeat(level)} ${text}`;
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** A short number for humans: 3 significant digits, no exponent for everyday magnitudes. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value.toLocaleString('en-US');
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e15)) return value.toExponential(digits - 1);
  return Number(value.toPrecision(digits)).toString();
}

export const STATUS_ICON = { pass: '✅', fail: '❌', warn: '⚠️', info: 'ℹ️' } as const;

function quote(text: string): string {
  return `"${text.replace(/"/g, "'")}"`;
}

function chartNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(6))) : '0';
}

export interface ChartSeries {
  kind: 'line' | 'bar';
  values: readonly number[];
}

export interface XYChart {
  title: string;
  /** Category labels, or a numeric axis given as [min, max] with a label. */
  x: { labels: readonly (string | number)[]; title?: string };
  y: { title: string; min?: number; max?: number };
  series: readonly ChartSeries[];
}

/** A mermaid `xychart-beta` block, which GitHub renders natively. */
export function xyChart(chart: XYChart): string {
  const yRange =
    chart.y.min !== undefined && chart.y.max !== undefined ? ` ${chartNumber(chart.y.min)} --> ${chartNumber(chart.y.max)}` : '';
  const labels = chart.x.labels.map((label) => quote(String(label))).join(', ');
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title ${quote(chart.title)}`,
    `    x-axis${chart.x.title ? ` ${quote(chart.x.title)}` : ''} [${labels}]`,
    `    y-axis ${quote(chart.y.title)}${yRange}`,
    ...chart.series.map((s) => `    ${s.kind} [${s.values.map(chartNumber).join(', ')}]`),
    '```',
  ];
  return lines.join('\n');
}

/** A mermaid pie chart; zero slices are left out because mermaid draws them as noise. */
export function pieChart(title: string, slices: Readonly<Record<string, number>>): string {
  const body = Object.entries(slices)
    .filter(([, value]) => value > 0)
    .map(([label, value]) => `    ${quote(label)} : ${chartNumber(value)}`);
  return ['```mermaid', `pie title ${title.replace(/\n/g, ' ')}`, ...body, '```'].join('\n');
}

/** Keeps at most `max` points by taking evenly spaced ones, so a chart stays readable. */
export function downsample<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  const step = points.length / max;
  return Array.from({ length: max }, (_, i) => points[Math.min(points.length - 1, Math.round(i * step))]);
}
