/** Latency percentiles of a set of samples, in milliseconds. */
export interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly samples: number;
}

/** The nearest-rank percentile `p` (0–100) of samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

/** p50, p99 and max of samples in milliseconds. */
export function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    samples: sorted.length,
  };
}

/** Milliseconds `fn` took, by the monotonic clock. */
export function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Collects paired samples: the code the kiosk runs and its floor, interleaved in blocks. */
export class Paired {
  readonly measured: number[] = [];
  readonly floor: number[] = [];

  /**
   * Runs `count` samples of each side, alternating blocks of `block` so both sides see the
   * same machine (other processes, cache, WAL size) rather than one side the quiet half.
   */
  run(
    count: number,
    block: number,
    measured: (i: number) => number,
    floor: (i: number) => number,
    onProgress?: (done: number, total: number) => void,
  ): this {
    for (let start = 0; start < count; start += block) {
      const end = Math.min(count, start + block);
      for (let i = start; i < end; i += 1) this.measured.push(measured(i));
      for (let i = start; i < end; i += 1) this.floor.push(floor(i));
      onProgress?.(end, count);
    }
    return this;
  }
}
