const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;

/** A horizontal bar of `value` out of `max`, `width` cells wide, in eighth-block steps. */
export function bar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0 || width <= 0) return '';
  const eighths = Math.max(1, Math.round((Math.min(value, max) / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** One row of a bar chart. */
export interface BarRow {
  readonly label: string;
  readonly value: number;
  /** Shown after the value, e.g. "oldest 3.2 d". */
  readonly note?: string;
}

/** A labelled bar chart, one line per row, bars scaled to the largest value. */
export function barChart(rows: readonly BarRow[], width = 60): string[] {
  if (rows.length === 0) return ['  (none)'];
  const labelWidth = Math.min(24, Math.max(...rows.map((r) => r.label.length)));
  const valueWidth = Math.max(...rows.map((r) => String(r.value).length));
  const barWidth = Math.max(10, width - labelWidth - valueWidth - 6);
  const max = Math.max(...rows.map((r) => r.value));
  return rows.map((r) => {
    const label = r.label.slice(0, labelWidth).padEnd(labelWidth);
    const value = String(r.value).padStart(valueWidth);
    const note = r.note ? `  ${r.note}` : '';
    return `  ${label}  ${value} ${bar(r.value, max, barWidth).padEnd(barWidth)}${note}`.trimEnd();
  });
}
