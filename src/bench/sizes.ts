/** How big a synthetic hospital the benchmark builds, and how many samples each figure takes. */
export interface BenchSize {
  readonly name: SizeName;
  readonly patients: number;
  /** Charts counting volumes: patients × 1.2. */
  readonly charts: number;
  readonly movements: number;
  /** Charts out at the end of the history. */
  readonly out: number;
  readonly staff: number;
  readonly locations: number;
  /** Years of history the movements span. */
  readonly years: number;
  /** Charts requested for the pull-list day. */
  readonly pullList: number;
  /** Movements of the one chart whose history is measured. */
  readonly hotChartMoves: number;
  /** Samples per figure. */
  readonly samples: {
    readonly scans: number;
    readonly frames: number;
    readonly searches: number;
    readonly listRuns: number;
  };
  /** Rows of the generated patients CSV for the import figure. */
  readonly importRows: number;
}

/** The size names `--size` accepts. */
export type SizeName = 'tiny' | 'small' | 'medium' | 'full';

const FULL_PATIENTS = 1_000_000;

function scaled(name: SizeName, divisor: number, samples: BenchSize['samples']): BenchSize {
  const patients = Math.round(FULL_PATIENTS / divisor);
  return {
    name,
    patients,
    charts: Math.round(patients * 1.2),
    movements: Math.round(5_000_000 / divisor),
    out: Math.round(150_000 / divisor),
    staff: Math.max(50, Math.round(5_000 / divisor)),
    // Locations do not shrink much: a small hospital still has its clinics.
    locations: Math.max(60, Math.round(300 / Math.sqrt(divisor))),
    years: 5,
    pullList: Math.min(500, Math.round(patients / 10)),
    hotChartMoves: 200,
    samples,
    importRows: patients,
  };
}

/** The sizes: full is the million-chart hospital; small ≈ 1/100, medium ≈ 1/10. */
export const SIZES: Readonly<Record<SizeName, BenchSize>> = {
  full: scaled('full', 1, { scans: 5_000, frames: 500, searches: 2_000, listRuns: 30 }),
  medium: scaled('medium', 10, { scans: 5_000, frames: 500, searches: 2_000, listRuns: 30 }),
  small: scaled('small', 100, { scans: 2_000, frames: 200, searches: 1_000, listRuns: 20 }),
  // CI's smoke test: every figure runs, on a hospital small enough to build in seconds.
  tiny: scaled('tiny', 500, { scans: 200, frames: 20, searches: 200, listRuns: 5 }),
};

/** The size for a `--size` value, or null when it names none. */
export function sizeNamed(name: string): BenchSize | null {
  return Object.hasOwn(SIZES, name) ? (SIZES[name as SizeName] ?? null) : null;
}
