import { Replay } from '../engine/replay.js';
import type { Db } from './connection.js';
import { GENESIS_HASH, movementHash } from './hash-chain.js';
import type { DbChart, DbMovement } from './rows.js';

/** One thing verify found wrong. */
export interface VerifyProblem {
  readonly kind: 'integrity' | 'chain' | 'state' | 'triggers';
  readonly message: string;
  /** The first broken movement, for chain problems. */
  readonly seq?: number;
}

/** What `chartdesk verify` reports. */
export interface VerifyReport {
  readonly ok: boolean;
  readonly movements: number;
  readonly charts: number;
  readonly problems: readonly VerifyProblem[];
}

const REQUIRED_TRIGGERS = ['movements_no_update', 'movements_no_delete'];

/**
 * SQLite's integrity check, the movement hash chain from the first row, the append-only
 * triggers, and each chart's state against a replay of the log. Streams the log, so memory
 * stays flat on millions of rows.
 */
export function verifyDatabase(
  db: Db,
  onProgress?: (done: number, total: number) => void,
): VerifyReport {
  const problems: VerifyProblem[] = [];
  const integrity = db.prepare<[], { integrity_check: string }>('PRAGMA integrity_check').all();
  for (const row of integrity) {
    if (row.integrity_check !== 'ok')
      problems.push({ kind: 'integrity', message: row.integrity_check });
  }
  const fk = db.prepare('PRAGMA foreign_key_check').all();
  if (fk.length > 0)
    problems.push({ kind: 'integrity', message: `${fk.length} rows break foreign keys` });

  const triggers = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
      .all()
      .map((r) => r.name),
  );
  for (const name of REQUIRED_TRIGGERS) {
    if (!triggers.has(name)) {
      problems.push({
        kind: 'triggers',
        message: `trigger ${name} is missing: the log is no longer append-only`,
      });
    }
  }

  const total = (db.prepare('SELECT count(*) AS n FROM movements').get() as { n: number }).n;
  const replay = new Replay();
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  let chainBroken = false;
  for (const row of db.prepare<[], DbMovement>('SELECT * FROM movements ORDER BY seq').iterate()) {
    count += 1;
    if (!chainBroken) {
      const { hash, ...rest } = row;
      if (row.seq !== expectedSeq) {
        problems.push({
          kind: 'chain',
          seq: expectedSeq,
          message: `movement #${expectedSeq} is missing (the log jumps to #${row.seq})`,
        });
        chainBroken = true;
      } else if (row.prev_hash !== prevHash) {
        problems.push({
          kind: 'chain',
          seq: row.seq,
          message: `movement #${row.seq} does not follow the row before it (prev_hash differs)`,
        });
        chainBroken = true;
      } else if (movementHash(rest) !== hash) {
        problems.push({
          kind: 'chain',
          seq: row.seq,
          message: `movement #${row.seq} was changed after it was written (hash differs)`,
        });
        chainBroken = true;
      }
      prevHash = hash;
      expectedSeq = row.seq + 1;
    }
    replay.apply(row);
    if (onProgress && count % 100_000 === 0) onProgress(count, total);
  }
  onProgress?.(count, total);
  // A deleted tail leaves a consistent chain; the charts still point at the rows it removed.
  const referenced = db.prepare('SELECT max(last_seq) AS m FROM charts').get() as {
    m: number | null;
  };
  if (!chainBroken && referenced.m !== null && referenced.m >= expectedSeq) {
    problems.push({
      kind: 'chain',
      seq: expectedSeq,
      message: `movement #${expectedSeq} is missing (the log ends at #${expectedSeq - 1} but charts refer to #${referenced.m})`,
    });
  }

  let charts = 0;
  for (const c of db.prepare<[], DbChart>('SELECT * FROM charts').iterate()) {
    charts += 1;
    const r = replay.stateOf(c.id);
    const same =
      r.state === c.state &&
      r.custodianKind === c.custodian_kind &&
      r.custodianId === c.custodian_id &&
      r.outSince === c.out_since &&
      r.dueAt === c.due_at &&
      r.missingSince === c.missing_since &&
      r.foundPending === (c.found_pending === 1) &&
      r.lastSeq === c.last_seq;
    if (!same && problems.filter((p) => p.kind === 'state').length < 20) {
      problems.push({
        kind: 'state',
        message: `chart ${c.barcode}: its current state does not match the log (log says ${r.state}${r.custodianKind ? ` to ${r.custodianKind} ${r.custodianId}` : ''})`,
      });
    }
  }
  return { ok: problems.length === 0, movements: count, charts, problems };
}
