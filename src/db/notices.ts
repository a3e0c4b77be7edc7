import type { Db } from './connection.js';
import type { DbRequest } from './rows.js';

/** An open request for a chart, with where it is wanted. */
export interface OpenRequest {
  readonly id: number;
  readonly locationId: number;
  readonly locationCode: string;
  readonly locationName: string;
  readonly requesterId: number | null;
  readonly neededAt: number;
  readonly status: DbRequest['status'];
}

/** Queries behind the counter's notices: requests, loose reports. */
export function noticeQueries(db: Db) {
  const openRequests = db.prepare<[number], OpenRequest>(
    `SELECT r.id, r.location_id AS locationId, l.code AS locationCode, l.name AS locationName,
            r.requester_id AS requesterId, r.needed_at AS neededAt, r.status
     FROM requests r JOIN locations l ON l.id = r.location_id
     WHERE r.chart_id = ? AND r.status IN ('requested', 'pulled')
     ORDER BY r.needed_at, r.id`,
  );
  const fill = db.prepare(
    "UPDATE requests SET status = 'filled', filled_at = ?, closed_at = ? WHERE id = ? AND status IN ('requested', 'pulled')",
  );
  const loose = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM loose_reports WHERE patient_id = ? AND filed_at IS NULL',
  );
  return {
    /** Requests for this chart that are not yet filled, cancelled or refused. */
    openRequests: (chartId: number): OpenRequest[] => openRequests.all(chartId),
    /** Marks a request filled. */
    fillRequest: (id: number, at: number): void => void fill.run(at, at, id),
    /** How many loose reports wait to be filed in this patient's chart. */
    looseReports: (patientId: number): number => loose.get(patientId)?.n ?? 0,
  };
}

/** The notice queries' type. */
export type NoticeQueries = ReturnType<typeof noticeQueries>;
