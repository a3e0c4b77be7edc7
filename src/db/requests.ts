import type { Db } from './connection.js';
import type { DbRequest } from './rows.js';

/** A request to create. */
export interface NewRequest {
  readonly chartId: number;
  readonly requesterId: number | null;
  readonly locationId: number;
  readonly neededAt: number;
  readonly source: DbRequest['source'];
  readonly createdAt: number;
  readonly createdBy: number | null;
}

/** A request with the codes a clerk reads: chart, volume, MRN, place and requester. */
export interface RequestLine {
  readonly id: number;
  readonly chartId: number;
  readonly barcode: string;
  readonly volume: number;
  readonly mrn: string;
  readonly locationId: number;
  readonly locationCode: string;
  readonly locationName: string;
  readonly requesterBadge: string | null;
  readonly neededAt: number;
  readonly status: DbRequest['status'];
  readonly reason: string | null;
  readonly source: DbRequest['source'];
  readonly createdAt: number;
  readonly pulledAt: number | null;
  readonly filledAt: number | null;
}

const LINE_SQL = `
  SELECT r.id, r.chart_id AS chartId, c.barcode, c.volume, p.mrn, r.location_id AS locationId,
         l.code AS locationCode, l.name AS locationName, s.badge AS requesterBadge,
         r.needed_at AS neededAt, r.status, r.reason, r.source, r.created_at AS createdAt,
         r.pulled_at AS pulledAt, r.filled_at AS filledAt
  FROM requests r
  JOIN charts c ON c.id = r.chart_id
  JOIN patients p ON p.id = c.patient_id
  JOIN locations l ON l.id = r.location_id
  LEFT JOIN staff s ON s.id = r.requester_id`;

/** Request queries: create (idempotent per chart, place and time), list, and status changes. */
export function requestQueries(db: Db) {
  const insert = db.prepare(
    `INSERT INTO requests (chart_id, requester_id, location_id, needed_at, source, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chart_id, location_id, needed_at) DO NOTHING`,
  );
  const find = db.prepare<[number, number, number], { id: number }>(
    'SELECT id FROM requests WHERE chart_id = ? AND location_id = ? AND needed_at = ?',
  );
  const byId = db.prepare<[number], RequestLine>(LINE_SQL + ' WHERE r.id = ?');
  const inWindow = db.prepare<[number, number], RequestLine>(
    LINE_SQL + ' WHERE r.needed_at >= ? AND r.needed_at < ? ORDER BY r.needed_at, l.code, r.id',
  );
  const inWindowAt = db.prepare<[number, number, number], RequestLine>(
    LINE_SQL +
      ' WHERE r.needed_at >= ? AND r.needed_at < ? AND r.location_id = ? ORDER BY r.needed_at, r.id',
  );
  const open = db.prepare<[], RequestLine>(
    LINE_SQL + " WHERE r.status IN ('requested', 'pulled') ORDER BY r.needed_at, r.id",
  );
  const pulled = db.prepare(
    "UPDATE requests SET status = 'pulled', pulled_at = ? WHERE id = ? AND status = 'requested'",
  );
  const close = db.prepare(
    "UPDATE requests SET status = ?, reason = ?, closed_at = ? WHERE id = ? AND status IN ('requested', 'pulled')",
  );
  return {
    /** Creates a request; an identical one (chart, place, time) is kept, not doubled. */
    create(r: NewRequest): { id: number; created: boolean } {
      const result = insert.run(
        r.chartId,
        r.requesterId,
        r.locationId,
        r.neededAt,
        r.source,
        r.createdAt,
        r.createdBy,
      );
      const row = find.get(r.chartId, r.locationId, r.neededAt);
      if (!row) throw new Error('request vanished after insert');
      return { id: row.id, created: result.changes > 0 };
    },
    /** One request with its codes. */
    get: (id: number): RequestLine | undefined => byId.get(id),
    /** Requests needed in [from, to), optionally at one place, by time. */
    neededBetween(from: number, to: number, locationId: number | null = null): RequestLine[] {
      return locationId === null ? inWindow.all(from, to) : inWindowAt.all(from, to, locationId);
    },
    /** Every request still open (requested or pulled), by time needed. */
    open: (): RequestLine[] => open.all(),
    /** Marks a requested request pulled; false when it was not in 'requested'. */
    markPulled: (id: number, at: number): boolean => pulled.run(at, id).changes > 0,
    /** Closes an open request as cancelled or not fillable; false when it was not open. */
    close(id: number, status: 'cancelled' | 'not_fillable', reason: string | null, at: number) {
      return close.run(status, reason, at, id).changes > 0;
    },
  };
}

/** The request queries' type. */
export type RequestQueries = ReturnType<typeof requestQueries>;
