import { createHash } from 'node:crypto';
import type { DbMovement } from './rows.js';

/** The prev_hash of the first movement. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of a movement that its hash covers: all of them but the hash itself. */
export type HashedMovement = Omit<DbMovement, 'hash'>;

/**
 * SHA-256 over a fixed-order JSON array of the row's fields, including the previous row's hash,
 * so changing, removing or reordering any row breaks every hash after it.
 */
export function movementHash(m: HashedMovement): string {
  const canonical = JSON.stringify([
    m.seq,
    m.occurred_at,
    m.action,
    m.chart_id,
    m.from_kind,
    m.from_id,
    m.to_kind,
    m.to_id,
    m.operator_id,
    m.counter,
    m.due_at,
    m.source,
    m.symbology,
    m.note,
    m.undoes_seq,
    m.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
