import { Worker } from 'node:worker_threads';
import type { Db } from '../db/connection.js';
import type { LoanHours } from '../domain/due.js';
import { GENESIS_HASH, type HashedMovement } from '../db/hash-chain.js';
import { PLACE, STAFF, type SimMove } from './history-sim.js';
import type { BenchSize } from './sizes.js';

const INSERT_SQL =
  'INSERT INTO movements (seq, occurred_at, action, chart_id, from_kind, from_id, to_kind, to_id, ' +
  'operator_id, counter, due_at, source, symbology, note, undoes_seq, prev_hash, hash) ' +
  'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** Hashes in flight between the hashing thread and the writer. */
export const RING_SLOTS = 1 << 16;
const HASH_BYTES = 64;
/** Indexes of the ring's control words. */
export const CONTROL = { produced: 0, consumed: 1, failed: 2 } as const;

function kindName(kind: number): 'staff' | 'location' | null {
  return kind === STAFF ? 'staff' : kind === PLACE ? 'location' : null;
}

/** The movement row a simulated move becomes, chained to `prev`: what the hash covers. */
export function movementRow(m: SimMove, prev: string): HashedMovement {
  const fromKind = kindName(m.fromKind);
  const toKind = kindName(m.toKind);
  return {
    seq: m.seq,
    occurred_at: m.at,
    action: m.action,
    chart_id: m.chart,
    from_kind: fromKind,
    from_id: fromKind === null ? null : m.fromId,
    to_kind: toKind,
    to_id: toKind === null ? null : m.toId,
    operator_id: m.operator > 0 ? m.operator : null,
    counter: m.counter,
    due_at: m.due >= 0 ? m.due : null,
    source: m.source,
    symbology: m.symbology,
    note: null,
    undoes_seq: null,
    prev_hash: prev,
  };
}

/** What the hashing thread needs to replay the same history. */
export interface HashJob {
  readonly size: BenchSize;
  readonly loanHours: LoanHours;
  readonly now: number;
  readonly ring: SharedArrayBuffer;
  readonly control: SharedArrayBuffer;
}

/** Shared memory for a hash job: the ring of hex hashes and its control words. */
export function hashRing(): { ring: SharedArrayBuffer; control: SharedArrayBuffer } {
  return {
    ring: new SharedArrayBuffer(RING_SLOTS * HASH_BYTES),
    control: new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT),
  };
}

/**
 * A sink for simulated movements that inserts each with the hash computed by a second thread.
 * The hash chain is sequential, but it does not depend on the database: the thread replays the
 * same deterministic simulation and runs chartdesk's own `movementHash` in seq order, while
 * this thread binds and inserts. Returns the sink and a function that stops the thread.
 */
export function movementWriter(
  db: Db,
  job: Omit<HashJob, 'ring' | 'control'>,
): { write: (m: SimMove) => void; stop: () => Promise<void> } {
  const insert = db.prepare(INSERT_SQL);
  const { ring, control } = hashRing();
  const ctrl = new Int32Array(control);
  const bytes = Buffer.from(ring);
  const worker = new Worker(new URL('./hash-worker.js', import.meta.url), {
    workerData: { ...job, ring, control } satisfies HashJob,
  });
  let prev = GENESIS_HASH;
  let consumed = 0;
  let produced = 0;
  const write = (m: SimMove) => {
    while (consumed >= produced) {
      if (Atomics.load(ctrl, CONTROL.failed) !== 0) throw new Error('the hashing thread failed');
      Atomics.wait(ctrl, CONTROL.produced, produced, 1000);
      produced = Atomics.load(ctrl, CONTROL.produced);
    }
    const offset = (consumed % RING_SLOTS) * HASH_BYTES;
    const hash = bytes.toString('latin1', offset, offset + HASH_BYTES);
    const row = movementRow(m, prev);
    insert.run(
      row.seq,
      row.occurred_at,
      row.action,
      row.chart_id,
      row.from_kind,
      row.from_id,
      row.to_kind,
      row.to_id,
      row.operator_id,
      row.counter,
      row.due_at,
      row.source,
      row.symbology,
      null,
      null,
      prev,
      hash,
    );
    prev = hash;
    consumed += 1;
    if ((consumed & 0xff) === 0) {
      Atomics.store(ctrl, CONTROL.consumed, consumed);
      Atomics.notify(ctrl, CONTROL.consumed);
    }
  };
  const stop = async () => {
    await worker.terminate();
  };
  return { write, stop };
}
