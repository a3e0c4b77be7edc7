import type { ChartViewRow } from './charts.js';
import type { Db } from './connection.js';
import { CHART_VIEW_SELECT } from './charts.js';
import type { DbLocation, MovementAction } from './rows.js';

/** Keyset position in a chart list: the sort columns of the last row shown. */
export type ChartKey = readonly [string | number | null, ...(string | number | null)[]];

/** One movement of today's list, with codes and names resolved. */
export interface MovementRow {
  readonly seq: number;
  readonly occurred_at: number;
  readonly action: MovementAction;
  readonly chart_id: number;
  readonly barcode: string;
  readonly volume: number;
  readonly mrn: string;
  readonly family_name: string;
  readonly given_name: string;
  readonly to_kind: 'staff' | 'location' | null;
  readonly to_code: string | null;
  readonly to_name: string | null;
  readonly operator_badge: string | null;
  readonly counter: string;
}

/** Counts per custodian of the charts out now. */
export interface CustodianCount {
  readonly custodian_kind: 'staff' | 'location';
  readonly custodian_id: number;
  readonly n: number;
  readonly name: string | null;
  readonly department: string | null;
  readonly location_kind: DbLocation['kind'] | null;
}

/** Up to this many overdue charts, the shelf-order list sorts them instead of walking. */
export const TD_SORT_CAP = 5000;

const BY_CUSTODIAN = ' ORDER BY c.custodian_kind, c.custodian_id, c.out_since, c.id LIMIT ?';

/**
 * The clerk's lists. Each page is one index range (charts_out_by_custodian, charts_out_by_due,
 * charts_missing, patients_by_td_key, movements_by_time) with a LIMIT; the next page starts
 * after the last row's sort key, so page N costs the same as page 1.
 */
export function listQueries(db: Db) {
  const whoHasWhat = db.prepare<[string, number, number, number, number], ChartViewRow>(
    CHART_VIEW_SELECT +
      `
     WHERE c.state = 'out' AND (c.custodian_kind, c.custodian_id, c.out_since, c.id) > (?, ?, ?, ?)` +
      BY_CUSTODIAN,
  );
  const overdueByCustodian = db.prepare<
    [number, string, number, number, number, number],
    ChartViewRow
  >(
    CHART_VIEW_SELECT +
      `
     WHERE c.state = 'out' AND c.due_at < ?
       AND (c.custodian_kind, c.custodian_id, c.out_since, c.id) > (?, ?, ?, ?)` +
      BY_CUSTODIAN,
  );
  const outTo = db.prepare<[string, number, number, number, number], ChartViewRow>(
    CHART_VIEW_SELECT +
      `
     WHERE c.state = 'out' AND c.custodian_kind = ? AND c.custodian_id = ?
       AND (c.out_since, c.id) > (?, ?)
     ORDER BY c.out_since, c.id LIMIT ?`,
  );
  const overdueByAge = db.prepare<[number, number, number, number], ChartViewRow>(
    CHART_VIEW_SELECT +
      `
     WHERE c.state = 'out' AND c.due_at < ? AND (c.due_at, c.id) > (?, ?)
     ORDER BY c.due_at, c.id LIMIT ?`,
  );
  // Walk patients in shelf order and keep their overdue volumes: CROSS JOIN pins that plan,
  // so the first page stops after a few hundred patients instead of sorting every overdue row.
  const overdueTd = db.prepare<[string, number, number, number, number], ChartViewRow>(
    `SELECT c.*, p.mrn, p.family_name, p.given_name, p.birth_date, p.td_key,
            h.code AS home_code, h.name AS home_name,
            s.badge AS s_badge, s.name AS s_name, s.department AS s_department,
            l.code AS l_code, l.name AS l_name, l.kind AS l_kind
     FROM patients p INDEXED BY patients_by_td_key
     CROSS JOIN charts c ON c.patient_id = p.id
     JOIN locations h ON h.id = c.home_location_id
     LEFT JOIN staff s ON c.custodian_kind = 'staff' AND s.id = c.custodian_id
     LEFT JOIN locations l ON c.custodian_kind = 'location' AND l.id = c.custodian_id
     WHERE (p.td_key, p.id, c.volume) > (?, ?, ?) AND c.state = 'out' AND c.due_at < ?
     ORDER BY p.td_key, p.id, c.volume LIMIT ?`,
  );
  // Few overdue charts: start from them (charts_out_by_due) and sort that small set by shelf.
  const overdueTdFew = db.prepare<[number, string, number, number, number], ChartViewRow>(
    `SELECT c.*, p.mrn, p.family_name, p.given_name, p.birth_date, p.td_key,
            h.code AS home_code, h.name AS home_name,
            s.badge AS s_badge, s.name AS s_name, s.department AS s_department,
            l.code AS l_code, l.name AS l_name, l.kind AS l_kind
     FROM charts c INDEXED BY charts_out_by_due
     JOIN patients p ON p.id = c.patient_id
     JOIN locations h ON h.id = c.home_location_id
     LEFT JOIN staff s ON c.custodian_kind = 'staff' AND s.id = c.custodian_id
     LEFT JOIN locations l ON c.custodian_kind = 'location' AND l.id = c.custodian_id
     WHERE c.state = 'out' AND c.due_at < ? AND (p.td_key, p.id, c.volume) > (?, ?, ?)
     ORDER BY p.td_key, p.id, c.volume LIMIT ?`,
  );
  const overdueAtMost = db.prepare<[number, number], { n: number }>(
    "SELECT count(*) AS n FROM (SELECT 1 FROM charts WHERE state = 'out' AND due_at < ? LIMIT ?)",
  );
  const missing = db.prepare<[number, number, number], ChartViewRow>(
    CHART_VIEW_SELECT +
      `
     WHERE c.missing_since IS NOT NULL AND (c.missing_since, c.id) > (?, ?)
     ORDER BY c.missing_since, c.id LIMIT ?`,
  );
  const movements = db.prepare<[number, number, number, number], MovementRow>(
    `SELECT m.seq, m.occurred_at, m.action, m.chart_id, c.barcode, c.volume, p.mrn,
            p.family_name, p.given_name, m.to_kind,
            CASE m.to_kind WHEN 'staff' THEN ts.badge WHEN 'location' THEN tl.code END AS to_code,
            CASE m.to_kind WHEN 'staff' THEN ts.name WHEN 'location' THEN tl.name END AS to_name,
            op.badge AS operator_badge, m.counter
     FROM movements m
     JOIN charts c ON c.id = m.chart_id
     JOIN patients p ON p.id = c.patient_id
     LEFT JOIN staff ts ON m.to_kind = 'staff' AND ts.id = m.to_id
     LEFT JOIN locations tl ON m.to_kind = 'location' AND tl.id = m.to_id
     LEFT JOIN staff op ON op.id = m.operator_id
     WHERE m.occurred_at >= ? AND (m.occurred_at, m.seq) < (?, ?)
     ORDER BY m.occurred_at DESC, m.seq DESC LIMIT ?`,
  );
  const countOut = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM charts WHERE state = 'out'",
  );
  const countOverdue = db.prepare<[number], { n: number }>(
    "SELECT count(*) AS n FROM charts WHERE state = 'out' AND due_at < ?",
  );
  const countOutTo = db.prepare<[string, number], { n: number }>(
    "SELECT count(*) AS n FROM charts WHERE state = 'out' AND custodian_kind = ? AND custodian_id = ?",
  );
  const countMissing = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM charts WHERE missing_since IS NOT NULL',
  );
  const countMovements = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM movements WHERE occurred_at >= ?',
  );
  const perHour = db.prepare<[number, number, number, number], { hour: number; n: number }>(
    `SELECT CAST((occurred_at - ?) / 3600000 AS INTEGER) AS hour, count(*) AS n FROM movements
     WHERE occurred_at >= ? AND occurred_at < ? GROUP BY hour HAVING hour < ? ORDER BY hour`,
  );
  const byCustodian = db.prepare<[], CustodianCount>(
    `SELECT x.custodian_kind, x.custodian_id, x.n,
            CASE x.custodian_kind WHEN 'staff' THEN s.name ELSE l.name END AS name,
            s.department AS department, l.kind AS location_kind
     FROM (SELECT custodian_kind, custodian_id, count(*) AS n FROM charts
           WHERE state = 'out' GROUP BY custodian_kind, custodian_id) x
     LEFT JOIN staff s ON x.custodian_kind = 'staff' AND s.id = x.custodian_id
     LEFT JOIN locations l ON x.custodian_kind = 'location' AND l.id = x.custodian_id`,
  );
  const countDue = db.prepare<[number, number], { n: number }>(
    "SELECT count(*) AS n FROM charts WHERE state = 'out' AND due_at < ? AND due_at >= ?",
  );
  return {
    /** Charts out, grouped by custodian, longest out first within each. */
    whoHasWhat(after: ChartKey | null, limit: number): ChartViewRow[] {
      const [k, cid, since, id] = keyOr(after, ['', -1, -1, -1]);
      return whoHasWhat.all(String(k), Number(cid), Number(since), Number(id), limit);
    },
    /** Overdue charts grouped by custodian. */
    overdueByCustodian(now: number, after: ChartKey | null, limit: number): ChartViewRow[] {
      const [k, cid, since, id] = keyOr(after, ['', -1, -1, -1]);
      return overdueByCustodian.all(now, String(k), Number(cid), Number(since), Number(id), limit);
    },
    /** Charts out to one person or place, longest out first. */
    outTo(
      kind: 'staff' | 'location',
      custodianId: number,
      after: ChartKey | null,
      limit: number,
    ): ChartViewRow[] {
      const [since, id] = keyOr(after, [-1, -1]);
      return outTo.all(kind, custodianId, Number(since), Number(id), limit);
    },
    /** Overdue charts, most overdue first. */
    overdueByAge(now: number, after: ChartKey | null, limit: number): ChartViewRow[] {
      const [due, id] = keyOr(after, [-1, -1]);
      return overdueByAge.all(now, Number(due), Number(id), limit);
    },
    /**
     * Overdue charts in terminal-digit (shelf) order. Two plans, chosen by how many charts are
     * overdue (counted up to TD_SORT_CAP, ~1 ms): a few are read from the due index and sorted;
     * many are found by walking patients in shelf order, where the first page comes quickly
     * because overdue charts are then common. Each plan's worst case stays bounded.
     */
    overdueTd(
      now: number,
      after: ChartKey | null,
      limit: number,
      cap = TD_SORT_CAP,
    ): ChartViewRow[] {
      const [td, pid, vol] = keyOr(after, ['', -1, -1]);
      const few = (overdueAtMost.get(now, cap)?.n ?? 0) < cap;
      return few
        ? overdueTdFew.all(now, String(td), Number(pid), Number(vol), limit)
        : overdueTd.all(String(td), Number(pid), Number(vol), now, limit);
    },
    /** Charts flagged missing, longest missing first. */
    missing(after: ChartKey | null, limit: number): ChartViewRow[] {
      const [since, id] = keyOr(after, [-1, -1]);
      return missing.all(Number(since), Number(id), limit);
    },
    /** Movements since `since`, newest first. */
    movementsSince(since: number, after: ChartKey | null, limit: number): MovementRow[] {
      const [at, seq] = keyOr(after, [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]);
      return movements.all(since, Number(at), Number(seq), limit);
    },
    /** How many charts are out. */
    countOut: (): number => countOut.get()?.n ?? 0,
    /** How many charts are overdue at `now`. */
    countOverdue: (now: number): number => countOverdue.get(now)?.n ?? 0,
    /** How many charts one custodian holds. */
    countOutTo: (kind: 'staff' | 'location', id: number): number =>
      countOutTo.get(kind, id)?.n ?? 0,
    /** How many charts are flagged missing. */
    countMissing: (): number => countMissing.get()?.n ?? 0,
    /** How many movements since `since`. */
    countMovements: (since: number): number => countMovements.get(since)?.n ?? 0,
    /** Movements per hour from `start` for `hours` hours (hours with none are absent). */
    movesPerHour: (start: number, hours: number): { hour: number; n: number }[] =>
      perHour.all(start, start, start + hours * 3_600_000, hours),
    /** How many charts fell due in [from, until) and are still out. */
    countDueBetween: (from: number, until: number): number => countDue.get(until, from)?.n ?? 0,
    /** Charts out per custodian, with names. */
    outByCustodian: (): CustodianCount[] => byCustodian.all(),
  };
}

function keyOr(after: ChartKey | null, first: ChartKey): ChartKey {
  return after ?? first;
}

/** The list queries' type. */
export type ListQueries = ReturnType<typeof listQueries>;
