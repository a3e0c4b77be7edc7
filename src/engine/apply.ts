import type { ChartView } from '../db/charts.js';
import type { DbMovement, MovementAction, MovementSource } from '../db/rows.js';
import type { Store } from '../db/store.js';
import { sameCustodian, type Custodian } from '../domain/custodian.js';
import type { Notice } from './types.js';

/** Who and where a write happens: stamped on every movement. */
export interface WriteContext {
  readonly counter: string;
  readonly operatorId: number | null;
  readonly source: MovementSource;
  readonly symbology?: string | null;
  readonly at: number;
  readonly note?: string | null;
}

/** The chart's state columns before a movement, kept so an undo can restore them. */
export interface ChartSnapshot {
  readonly state: 'in' | 'out';
  readonly custodian: Custodian | null;
  readonly outSince: number | null;
  readonly dueAt: number | null;
}

/** The snapshot of a chart view. */
export function snapshotOf(chart: ChartView): ChartSnapshot {
  return {
    state: chart.state,
    custodian: chart.custodian,
    outSince: chart.outSince,
    dueAt: chart.dueAt,
  };
}

/**
 * Writes one custody movement and sets the chart's state to match, in the caller's
 * transaction. `to` null means back home (in file).
 */
export function writeCustody(
  store: Store,
  chart: ChartView,
  action: Extract<MovementAction, 'check_out' | 'return' | 'transfer' | 'undo'>,
  to: Custodian | null,
  dueAt: number | null,
  ctx: WriteContext,
  restore?: { outSince: number | null; undoesSeq: number },
): DbMovement {
  const row = store.movements.append({
    occurred_at: ctx.at,
    action,
    chart_id: chart.id,
    from_kind: chart.custodian?.kind ?? 'location',
    from_id: chart.custodian?.id ?? chart.home.id,
    // An undo back into file records no custodian; a return names the home location.
    to_kind: to?.kind ?? (action === 'undo' ? null : 'location'),
    to_id: to?.id ?? (action === 'undo' ? null : chart.home.id),
    operator_id: ctx.operatorId,
    counter: ctx.counter,
    due_at: to ? dueAt : null,
    source: ctx.source,
    symbology: ctx.symbology ?? null,
    note: ctx.note ?? null,
    undoes_seq: restore?.undoesSeq ?? null,
  });
  store.charts.setState(chart.id, {
    state: to ? 'out' : 'in',
    custodian: to,
    outSince: to ? (restore ? restore.outSince : ctx.at) : null,
    dueAt: to ? dueAt : null,
    lastSeq: row.seq,
  });
  return row;
}

/** Writes a flag movement (missing, found, approval) and sets the chart's flags. */
export function writeFlag(
  store: Store,
  chart: ChartView,
  action: Extract<MovementAction, 'mark_missing' | 'found' | 'found_approved'>,
  ctx: WriteContext,
): DbMovement {
  const row = store.movements.append({
    occurred_at: ctx.at,
    action,
    chart_id: chart.id,
    from_kind: null,
    from_id: null,
    to_kind: null,
    to_id: null,
    operator_id: ctx.operatorId,
    counter: ctx.counter,
    due_at: null,
    source: ctx.source,
    symbology: ctx.symbology ?? null,
    note: ctx.note ?? null,
    undoes_seq: null,
  });
  switch (action) {
    case 'mark_missing':
      store.charts.setMissing(chart.id, ctx.at, false, row.seq);
      break;
    case 'found':
      store.charts.setMissing(chart.id, chart.missingSince ?? ctx.at, true, row.seq);
      break;
    case 'found_approved':
      store.charts.setMissing(chart.id, null, false, row.seq);
      break;
    default: {
      const never: never = action;
      throw new Error(`unhandled flag ${String(never)}`);
    }
  }
  return row;
}

/**
 * The notices for a chart that just moved to `to` (null: back in file). Fills a request when
 * the chart went to the place or person that asked for it.
 */
export function noticesAfterMove(
  store: Store,
  chart: ChartView,
  to: Custodian | null,
  at: number,
): Notice[] {
  const notices: Notice[] = [];
  const requests = store.notices.openRequests(chart.id);
  const filling = requests.find(
    (r) =>
      to !== null &&
      ((to.kind === 'location' && to.id === r.locationId) ||
        (to.kind === 'staff' && r.requesterId !== null && to.id === r.requesterId)),
  );
  if (filling) {
    store.notices.fillRequest(filling.id, at);
    notices.push({
      kind: 'request_filled',
      locationCode: filling.locationCode,
      locationName: filling.locationName,
    });
  }
  const waiting = requests.find((r) => r !== filling);
  if (waiting && !filling) {
    notices.push({
      kind: 'requested_elsewhere',
      locationCode: waiting.locationCode,
      locationName: waiting.locationName,
      neededAt: waiting.neededAt,
    });
  }
  const others = store.charts
    .volumes(chart.patient.id)
    .filter(
      (v) =>
        v.id !== chart.id && v.state === 'out' && v.custodian && !sameCustodian(v.custodian, to),
    )
    .map((v) => ({ volume: v.volume, custodian: v.custodian as Custodian }));
  if (others.length > 0) notices.push({ kind: 'other_volumes_out', volumes: others });
  const loose = store.notices.looseReports(chart.patient.id);
  if (loose > 0) notices.push({ kind: 'loose_reports', count: loose });
  return notices;
}
