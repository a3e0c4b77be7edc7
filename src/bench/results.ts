/** How a figure is judged against the issue's targets. */
export interface Target {
  /** The figure must be at most this (latency, size, memory). */
  readonly max?: number;
  /** The figure must be at least this (throughput). */
  readonly min?: number;
  /** The figure may be at most this many times its floor. */
  readonly maxRatio?: number;
  /** The target as the issue words it. */
  readonly text: string;
}

/** One measured figure beside its floor. */
export interface Figure {
  readonly id: string;
  readonly title: string;
  readonly unit: 'ms' | 'rows/s' | 'MB' | 's';
  /** The value judged against the target (p99 for latencies). */
  readonly value: number;
  readonly p50?: number;
  readonly p99?: number;
  readonly samples?: number;
  /** The same work as bare SQL through better-sqlite3, in the same run, on the same database. */
  readonly floor: number | null;
  readonly floorP50?: number;
  /** How many times slower than the floor (value/floor; floor/value for throughput). */
  readonly ratio: number | null;
  readonly target: Target;
  readonly pass: boolean;
  /** The chartdesk code measured. */
  readonly via: string;
  /** What the floor runs. */
  readonly floorVia: string;
  readonly note?: string;
}

/** A figure before it is judged. */
export type FigureInput = Omit<Figure, 'ratio' | 'pass'>;

/** Adds the ratio to the floor and the pass/miss verdict. */
export function judge(input: FigureInput): Figure {
  const throughput = input.unit === 'rows/s';
  const ratio =
    input.floor === null || input.floor <= 0 || input.value <= 0
      ? null
      : throughput
        ? input.floor / input.value
        : input.value / input.floor;
  const t = input.target;
  const finite = Number.isFinite(input.value);
  const pass =
    finite &&
    (t.max === undefined || input.value <= t.max) &&
    (t.min === undefined || input.value >= t.min) &&
    (t.maxRatio === undefined || (ratio !== null && ratio <= t.maxRatio));
  return { ...input, ratio, pass };
}

function number(value: number | undefined, unit: Figure['unit']): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (unit === 'rows/s') return `${Math.round(value).toLocaleString('en-US')}/s`;
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === 's') return `${value.toFixed(2)} s`;
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
}

/** The results as a Markdown table: figure, p50, p99/value, floor, ratio, target, verdict. */
export function table(figures: readonly Figure[]): string {
  const lines = [
    '| Figure | p50 | p99 / value | Floor (p50 / p99) | × floor | Target | Result |',
    '|---|---:|---:|---:|---:|---|---|',
  ];
  for (const f of figures) {
    const floor =
      f.floor === null
        ? '–'
        : f.floorP50 === undefined
          ? number(f.floor, f.unit)
          : `${number(f.floorP50, f.unit)} / ${number(f.floor, f.unit)}`;
    lines.push(
      `| ${f.title} | ${number(f.p50, f.unit)} | ${number(f.value, f.unit)} | ${floor} | ${
        f.ratio === null ? '–' : `${f.ratio.toFixed(1)}×`
      } | ${f.target.text} | ${f.pass ? 'pass' : '**MISS**'} |`,
    );
  }
  return lines.join('\n');
}
