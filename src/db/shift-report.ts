import type { Db } from './connection.js';

/** Charts out to one custodian now. */
export interface OutByCustodian {
  readonly kind: 'staff' | 'location';
  readonly code: string;
  readonly name: string;
  readonly count: number;
  readonly oldest: number;
}

/** Charts out now by how long they have been out. */
export interface OutByAge {
  readonly underDay: number;
  readonly days1to3: number;
  readonly days3to7: number;
  readonly days7to30: number;
  readonly over30: number;
}

const DAY = 86_400_000;

/** Queries behind the end-of-shift report. */
export function shiftQueries(db: Db) {
  const outByCustodian = db.prepare<[], OutByCustodian>(
    `SELECT c.custodian_kind AS kind, COALESCE(s.badge, l.code, '?') AS code,
            COALESCE(s.name, l.name, '?') AS name, count(*) AS count, min(c.out_since) AS oldest
     FROM charts c
     LEFT JOIN staff s ON c.custodian_kind = 'staff' AND s.id = c.custodian_id
     LEFT JOIN locations l ON c.custodian_kind = 'location' AND l.id = c.custodian_id
     WHERE c.state = 'out'
     GROUP BY c.custodian_kind, c.custodian_id
     ORDER BY count DESC, code`,
  );
  const outByAge = db.prepare<Record<string, number>, OutByAge>(
    `SELECT coalesce(sum(@now - out_since < @d1), 0) AS underDay,
            coalesce(sum(@now - out_since >= @d1 AND @now - out_since < @d3), 0) AS days1to3,
            coalesce(sum(@now - out_since >= @d3 AND @now - out_since < @d7), 0) AS days3to7,
            coalesce(sum(@now - out_since >= @d7 AND @now - out_since < @d30), 0) AS days7to30,
            coalesce(sum(@now - out_since >= @d30), 0) AS over30
     FROM charts WHERE state = 'out'`,
  );
  const byOperator = db.prepare<[number, number], { label: string; count: number }>(
    `SELECT COALESCE(s.badge, '(no badge)') AS label, count(*) AS count
     FROM movements m LEFT JOIN staff s ON s.id = m.operator_id
     WHERE m.occurred_at >= ? AND m.occurred_at < ? AND m.action IN ('check_out', 'return', 'transfer')
     GROUP BY label ORDER BY count DESC, label`,
  );
  const byCounter = db.prepare<[number, number], { label: string; count: number }>(
    `SELECT counter AS label, count(*) AS count FROM movements
     WHERE occurred_at >= ? AND occurred_at < ? AND action IN ('check_out', 'return', 'transfer')
     GROUP BY counter ORDER BY count DESC, counter`,
  );
  const fillMinutes = db.prepare<[number, number], { minutes: number }>(
    `SELECT (filled_at - created_at) / 60000.0 AS minutes FROM requests
     WHERE status = 'filled' AND filled_at >= ? AND filled_at < ? ORDER BY minutes`,
  );
  const retrieval = db.prepare<[number, number], { requested: number; retrieved: number }>(
    `SELECT count(*) AS requested,
            coalesce(sum(pulled_at IS NOT NULL OR status = 'filled'), 0) AS retrieved
     FROM requests WHERE needed_at >= ? AND needed_at < ? AND status <> 'cancelled'`,
  );
  return {
    /** Charts out now, by custodian, most first. */
    outByCustodian: (): OutByCustodian[] => outByCustodian.all(),
    /** Charts out now by age at `now`. */
    outByAge: (now: number): OutByAge =>
      outByAge.get({ now, d1: DAY, d3: 3 * DAY, d7: 7 * DAY, d30: 30 * DAY }) ?? {
        underDay: 0,
        days1to3: 0,
        days3to7: 0,
        days7to30: 0,
        over30: 0,
      },
    /** Custody moves in [from, to) by operator badge. */
    movesByOperator: (from: number, to: number) => byOperator.all(from, to),
    /** Custody moves in [from, to) by counter. */
    movesByCounter: (from: number, to: number) => byCounter.all(from, to),
    /** Minutes from request to fill for requests filled in [from, to), ascending. */
    fillMinutes: (from: number, to: number): number[] =>
      fillMinutes.all(from, to).map((r) => r.minutes),
    /** Requests needed in [from, to) (not cancelled) and how many were pulled or filled. */
    retrieval: (from: number, to: number) =>
      retrieval.get(from, to) ?? { requested: 0, retrieved: 0 },
  };
}

/** The shift queries' type. */
export type ShiftQueries = ReturnType<typeof shiftQueries>;
