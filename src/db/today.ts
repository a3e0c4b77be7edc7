import type { Db } from './connection.js';

/** Charts out and back in a time range, net of undone movements. */
export interface TodayCounts {
  /** Check-outs and transfers. */
  readonly out: number;
  /** Returns. */
  readonly back: number;
}

/**
 * Counts for the counter's idle screen. Both queries walk the `movements_by_time` index over
 * one day's rows only, so they stay cheap however large the log grows.
 */
export function todayQueries(db: Db) {
  const moves = db.prepare<[number, number], { action: string; n: number }>(
    `SELECT action, count(*) AS n FROM movements
     WHERE occurred_at >= ? AND occurred_at < ? AND action IN ('check_out', 'transfer', 'return')
     GROUP BY action`,
  );
  const undone = db.prepare<[number, number, number], { action: string; n: number }>(
    `SELECT o.action AS action, count(*) AS n FROM movements u JOIN movements o ON o.seq = u.undoes_seq
     WHERE u.occurred_at >= ? AND u.occurred_at < ? AND u.action = 'undo'
       AND o.occurred_at >= ?
     GROUP BY o.action`,
  );
  return {
    /** Charts out and back between `from` (inclusive) and `to` (exclusive), in ms. */
    counts(from: number, to: number): TodayCounts {
      let out = 0;
      let back = 0;
      for (const row of moves.all(from, to)) {
        if (row.action === 'return') back += row.n;
        else out += row.n;
      }
      // An undo today of yesterday's movement does not change today's counts.
      for (const row of undone.all(from, to, from)) {
        if (row.action === 'return') back -= row.n;
        else out -= row.n;
      }
      return { out: Math.max(0, out), back: Math.max(0, back) };
    },
  };
}
