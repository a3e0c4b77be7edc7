/**
 * The counter's work queue: scans, undo and "end the visit", run one at a time in the order
 * they came. A job runs at once when the queue is idle (so a scan reaches the screen in the
 * same tick it was read); when the database is busy the job stays at the head and is retried
 * with a growing pause, so none is dropped and none overtakes another.
 */
import type { Desk } from '../../engine/desk.js';
import type { Outcome } from '../../engine/types.js';
import type { Scan } from '../../scanner/types.js';
import type { EndReason } from '../../state/counter.js';

/** One piece of work for the desk. */
export type CounterJob =
  | { readonly kind: 'scan'; readonly scan: Scan }
  | { readonly kind: 'undo'; readonly at: number }
  | { readonly kind: 'end'; readonly reason: EndReason };

/** What a job did. */
export type JobResult =
  | { readonly kind: 'outcome'; readonly outcome: Outcome }
  | { readonly kind: 'ended'; readonly reason: EndReason }
  | { readonly kind: 'failed'; readonly error: unknown };

/** Retry pauses while the database is busy: doubling from `initialMs` up to `maxMs`. */
export interface BusyBackoff {
  readonly initialMs: number;
  readonly maxMs: number;
}

/** Default pauses: 100 ms, 200 ms … 2 s. */
export const DEFAULT_BUSY_BACKOFF: BusyBackoff = { initialMs: 100, maxMs: 2000 };

/** How to build the queue. */
export interface ScanQueueOptions {
  /** The engine. */
  readonly desk: Pick<Desk, 'scan' | 'undo' | 'endVisit'>;
  /** The time source (for job timing). */
  readonly now: () => number;
  /** Told after each job, with how long it took from when it was queued. */
  readonly onResult: (job: CounterJob, result: JobResult, ms: number) => void;
  /** Told when the head job waits for a busy database (attempts so far). */
  readonly onWaiting: (attempts: number) => void;
  /** Told when the number of waiting jobs changes. */
  readonly onPending: (pending: number) => void;
  /** Busy retry pauses. */
  readonly backoff?: BusyBackoff;
}

// A listener that throws must not leave the queue stuck with `draining` set.
function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // The job itself is done; the screen's error boundary shows render problems.
  }
}

interface Queued {
  readonly job: CounterJob;
  readonly queuedAt: number;
}

/** Runs counter jobs in order. */
export class ScanQueue {
  private readonly jobs: Queued[] = [];
  private draining = false;
  private disposed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** @param options the desk and the listeners */
  constructor(private readonly options: ScanQueueOptions) {}

  /** Jobs not yet done (including the one waiting for the database). */
  get pending(): number {
    return this.jobs.length;
  }

  /** True while a job waits for the database or others are queued. */
  get busy(): boolean {
    return this.draining || this.jobs.length > 0;
  }

  /** Adds a job; it runs now when nothing is ahead of it. */
  enqueue(job: CounterJob): void {
    if (this.disposed) return;
    this.jobs.push({ job, queuedAt: this.options.now() });
    if (!this.draining) this.drain();
  }

  /** Stops retrying (the screen is going away). */
  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private drain(attempts = 0): void {
    this.draining = true;
    let tries = attempts;
    for (let head = this.jobs[0]; head !== undefined && !this.disposed; head = this.jobs[0]) {
      const result = this.run(head.job);
      if (
        result.kind === 'outcome' &&
        result.outcome.kind === 'rejected' &&
        result.outcome.reason === 'db_busy'
      ) {
        tries += 1;
        const waiting = tries;
        safely(() => this.options.onWaiting(waiting));
        safely(() => this.options.onPending(this.jobs.length));
        const { initialMs, maxMs } = this.options.backoff ?? DEFAULT_BUSY_BACKOFF;
        const pause = Math.min(initialMs * 2 ** (tries - 1), maxMs);
        this.timer = setTimeout(() => {
          this.timer = null;
          this.drain(tries);
        }, pause);
        return;
      }
      tries = 0;
      this.jobs.shift();
      const done = head;
      safely(() => this.options.onPending(this.jobs.length));
      safely(() => this.options.onResult(done.job, result, this.options.now() - done.queuedAt));
    }
    this.draining = false;
  }

  private run(job: CounterJob): JobResult {
    try {
      switch (job.kind) {
        case 'scan':
          return {
            kind: 'outcome',
            outcome: this.options.desk.scan({
              code: job.scan.code,
              source: job.scan.source,
              symbology: job.scan.symbology,
              at: job.scan.at,
            }),
          };
        case 'undo':
          return { kind: 'outcome', outcome: this.options.desk.undo(job.at, 'keyboard') };
        case 'end':
          this.options.desk.endVisit();
          return { kind: 'ended', reason: job.reason };
        default: {
          const never: never = job;
          throw new Error(`unhandled job ${JSON.stringify(never)}`);
        }
      }
    } catch (error) {
      return { kind: 'failed', error };
    }
  }
}
