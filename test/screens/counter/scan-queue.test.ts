import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Outcome, ScanInput } from '../../../src/engine/types.js';
import {
  ScanQueue,
  type CounterJob,
  type JobResult,
} from '../../../src/screens/counter/scan-queue.js';

/** A desk whose database is busy for the first `busyFor` calls. */
function busyDesk(busyFor: number) {
  let calls = 0;
  const seen: string[] = [];
  return {
    seen,
    scan(input: ScanInput): Outcome {
      calls += 1;
      if (calls <= busyFor) return { kind: 'rejected', reason: 'db_busy', code: input.code };
      seen.push(input.code);
      return { kind: 'rejected', reason: 'unknown_code', code: input.code };
    },
    undo: (): Outcome => ({ kind: 'rejected', reason: 'nothing_to_undo', code: 'undo' }),
    endVisit: () => null,
  };
}

function scan(code: string): CounterJob {
  return { kind: 'scan', scan: { code, source: 'wedge', symbology: null, at: 0 } };
}

describe('scan queue', () => {
  afterEach(() => vi.useRealTimers());

  it('runs a job at once when idle', () => {
    const desk = busyDesk(0);
    const results: JobResult[] = [];
    const queue = new ScanQueue({
      desk,
      now: () => 0,
      onResult: (_job, result) => results.push(result),
      onWaiting: () => undefined,
      onPending: () => undefined,
    });
    queue.enqueue(scan('A'));
    expect(desk.seen).toEqual(['A']);
    expect(results).toHaveLength(1);
  });

  it('keeps a busy scan queued, retries with backoff, and drops none, in order', async () => {
    vi.useFakeTimers();
    const desk = busyDesk(3);
    const waits: number[] = [];
    const pending: number[] = [];
    const queue = new ScanQueue({
      desk,
      now: () => Date.now(),
      onResult: () => undefined,
      onWaiting: (attempts) => waits.push(attempts),
      onPending: (n) => pending.push(n),
      backoff: { initialMs: 100, maxMs: 1000 },
    });
    queue.enqueue(scan('A'));
    queue.enqueue(scan('B'));
    queue.enqueue(scan('C'));
    expect(desk.seen).toEqual([]);
    expect(queue.pending).toBe(3);
    await vi.advanceTimersByTimeAsync(100 + 200);
    expect(desk.seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(desk.seen).toEqual(['A', 'B', 'C']);
    expect(waits).toEqual([1, 2, 3]);
    expect(pending.at(-1)).toBe(0);
    expect(queue.busy).toBe(false);
  });

  it('a desk that throws gives a failed result and the queue goes on', () => {
    const results: JobResult['kind'][] = [];
    const queue = new ScanQueue({
      desk: {
        scan: () => {
          throw new Error('bug');
        },
        undo: (): Outcome => ({ kind: 'rejected', reason: 'nothing_to_undo', code: 'undo' }),
        endVisit: () => null,
      },
      now: () => 0,
      onResult: (_job, result) => results.push(result.kind),
      onWaiting: () => undefined,
      onPending: () => undefined,
    });
    queue.enqueue(scan('A'));
    queue.enqueue({ kind: 'undo', at: 0 });
    queue.enqueue({ kind: 'end', reason: 'escape' });
    expect(results).toEqual(['failed', 'outcome', 'ended']);
  });
});
