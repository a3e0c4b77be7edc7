import type { Custodian } from '../domain/custodian.js';
import type { Db } from './connection.js';
import type { DbChart, DbLocation, DbPatient, DbStaff } from './rows.js';

/** A chart with its patient, home and custodian resolved: what screens and the engine use. */
export interface ChartView {
  readonly id: number;
  readonly barcode: string;
  readonly volume: number;
  readonly patient: {
    readonly id: number;
    readonly mrn: string;
    readonly family: string;
    readonly given: string;
    readonly birthDate: string;
  };
  readonly home: { readonly id: number; readonly code: string; readonly name: string };
  readonly state: 'in' | 'out';
  readonly custodian: Custodian | null;
  readonly outSince: number | null;
  readonly dueAt: number | null;
  readonly missingSince: number | null;
  readonly foundPending: boolean;
  readonly lastSeq: number | null;
}

/** The chart's state columns, as the engine sets them. */
export interface ChartStateChange {
  readonly state: 'in' | 'out';
  readonly custodian: Pick<Custodian, 'kind' | 'id'> | null;
  readonly outSince: number | null;
  readonly dueAt: number | null;
  readonly lastSeq: number;
}

/**
 * The chart-view SELECT (chart + patient + home + custodian) that `toChartView` reads. Lists and
 * search add their own WHERE / ORDER BY to it.
 */
export const CHART_VIEW_SELECT = `
  SELECT c.*, p.mrn, p.family_name, p.given_name, p.birth_date,
         h.code AS home_code, h.name AS home_name,
         s.badge AS s_badge, s.name AS s_name, s.department AS s_department,
         l.code AS l_code, l.name AS l_name, l.kind AS l_kind
  FROM charts c
  JOIN patients p ON p.id = c.patient_id
  JOIN locations h ON h.id = c.home_location_id
  LEFT JOIN staff s ON c.custodian_kind = 'staff' AND s.id = c.custodian_id
  LEFT JOIN locations l ON c.custodian_kind = 'location' AND l.id = c.custodian_id`;

/** A joined chart row as CHART_VIEW_SELECT returns it. */
export type ChartViewRow = DbChart & {
  mrn: string;
  family_name: string;
  given_name: string;
  birth_date: string;
  home_code: string;
  home_name: string;
  s_badge: string | null;
  s_name: string | null;
  s_department: string | null;
  l_code: string | null;
  l_name: string | null;
  l_kind: DbLocation['kind'] | null;
};

/** Turns a joined row into a ChartView. */
export function toChartView(r: ChartViewRow): ChartView {
  let custodian: Custodian | null = null;
  if (r.custodian_kind === 'staff' && r.custodian_id !== null) {
    custodian = {
      kind: 'staff',
      id: r.custodian_id,
      code: r.s_badge ?? '?',
      name: r.s_name ?? '?',
      department: r.s_department ?? '',
    };
  } else if (r.custodian_kind === 'location' && r.custodian_id !== null) {
    custodian = {
      kind: 'location',
      id: r.custodian_id,
      code: r.l_code ?? '?',
      name: r.l_name ?? '?',
      locationKind: r.l_kind ?? 'other',
    };
  }
  return {
    id: r.id,
    barcode: r.barcode,
    volume: r.volume,
    patient: {
      id: r.patient_id,
      mrn: r.mrn,
      family: r.family_name,
      given: r.given_name,
      birthDate: r.birth_date,
    },
    home: { id: r.home_location_id, code: r.home_code, name: r.home_name },
    state: r.state,
    custodian,
    outSince: r.out_since,
    dueAt: r.due_at,
    missingSince: r.missing_since,
    foundPending: r.found_pending === 1,
    lastSeq: r.last_seq,
  };
}

/** Turns a staff row into a custodian. */
export function staffCustodian(s: DbStaff): Custodian {
  return { kind: 'staff', id: s.id, code: s.badge, name: s.name, department: s.department };
}

/** Turns a location row into a custodian. */
export function locationCustodian(l: DbLocation): Custodian {
  return { kind: 'location', id: l.id, code: l.code, name: l.name, locationKind: l.kind };
}

/** Chart queries: views by id and barcode, volumes of a patient, and state changes. */
export function chartQueries(db: Db) {
  const byId = db.prepare<[number], ChartViewRow>(CHART_VIEW_SELECT + ' WHERE c.id = ?');
  const byBarcode = db.prepare<[string], ChartViewRow>(CHART_VIEW_SELECT + ' WHERE c.barcode = ?');
  const byIds = db.prepare<[string], ChartViewRow>(
    CHART_VIEW_SELECT + ' WHERE c.id IN (SELECT value FROM json_each(?))',
  );
  const byPatient = db.prepare<[number], ChartViewRow>(
    CHART_VIEW_SELECT + ' WHERE c.patient_id = ? ORDER BY c.volume',
  );
  const setState = db.prepare(
    `UPDATE charts SET state = @state, custodian_kind = @kind, custodian_id = @cid,
       out_since = @outSince, due_at = @dueAt, last_seq = @lastSeq WHERE id = @id`,
  );
  const setMissing = db.prepare(
    'UPDATE charts SET missing_since = ?, found_pending = ?, last_seq = ? WHERE id = ?',
  );
  return {
    /** One chart by id. */
    get(id: number): ChartView | undefined {
      const row = byId.get(id);
      return row ? toChartView(row) : undefined;
    },
    /** Many charts by id in one statement (order not kept; missing ids are left out). */
    getMany(ids: readonly number[]): ChartView[] {
      return ids.length === 0 ? [] : byIds.all(JSON.stringify(ids)).map(toChartView);
    },
    /** One chart by its barcode label. */
    byBarcode(barcode: string): ChartView | undefined {
      const row = byBarcode.get(barcode);
      return row ? toChartView(row) : undefined;
    },
    /** Every volume of one patient, by volume number. */
    volumes(patientId: number): ChartView[] {
      return byPatient.all(patientId).map(toChartView);
    },
    /** Sets the chart's current state; call in the movement's transaction. */
    setState(id: number, change: ChartStateChange): void {
      setState.run({
        id,
        state: change.state,
        kind: change.custodian?.kind ?? null,
        cid: change.custodian?.id ?? null,
        outSince: change.outSince,
        dueAt: change.dueAt,
        lastSeq: change.lastSeq,
      });
    },
    /** Sets or clears the missing flag and the found-pending flag. */
    setMissing(id: number, missingSince: number | null, foundPending: boolean, lastSeq: number) {
      setMissing.run(missingSince, foundPending ? 1 : 0, lastSeq, id);
    },
  };
}

/** Re-export for callers that need the raw patient row type. */
export type { DbPatient };
