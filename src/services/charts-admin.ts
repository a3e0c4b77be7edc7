import { isBusy, isWriteFault } from '../db/connection.js';
import type { ChartView } from '../db/charts.js';
import type { OpenRequest } from '../db/notices.js';
import type { DbLocation } from '../db/rows.js';
import type { Store } from '../db/store.js';
import { sameCustodian, type Custodian } from '../domain/custodian.js';
import { dueAt, type LoanHours } from '../domain/due.js';
import { noticesAfterMove, writeCustody, writeFlag, type WriteContext } from '../engine/apply.js';
import { writeHomeChange, writeVolumeAdded } from '../engine/registry-moves.js';
import type { Notice } from '../engine/types.js';
import {
  chartHistory,
  custodySpells,
  type CustodySpell,
  type HistoryEntry,
} from '../reports/history.js';
import type { Clerk } from './clerk.js';

/** Who acts in the workspace, where, and under which loan rules. */
export interface WorkspaceActor {
  readonly clerk: Clerk;
  readonly counter: string;
  readonly loanHours: LoanHours;
}

/** Everything the chart screen shows. */
export interface ChartDetail {
  readonly chart: ChartView;
  readonly volumes: readonly ChartView[];
  readonly history: readonly HistoryEntry[];
  readonly spells: readonly CustodySpell[];
  readonly requests: readonly OpenRequest[];
  readonly looseReports: number;
}

/** Most history rows the screen loads at once (a chart with more pages further with keyset). */
export const HISTORY_LIMIT = 500;

/** Loads a chart's detail and writes the access-log row for looking at it. */
export function openChart(
  store: Store,
  actor: WorkspaceActor,
  chartId: number,
  now: number,
): ChartDetail | null {
  const chart = store.charts.get(chartId);
  if (!chart) return null;
  store.audit.access(now, actor.clerk.id, actor.counter, 'open_chart', 'chart', chart.barcode);
  return loadDetail(store, chart, now);
}

/** Reloads the detail without a new access-log row (after an action on the open chart). */
export function loadDetail(store: Store, chart: ChartView, now: number): ChartDetail {
  const fresh = store.charts.get(chart.id) ?? chart;
  const history = chartHistory(store.db, fresh.id, HISTORY_LIMIT);
  return {
    chart: fresh,
    volumes: store.charts.volumes(fresh.patient.id),
    history,
    spells: custodySpells(history, now),
    requests: store.notices.openRequests(fresh.id),
    looseReports: store.notices.looseReports(fresh.patient.id),
  };
}

/** A chart action the workspace can take. */
export type ChartAction =
  | { readonly kind: 'check_out'; readonly to: Custodian }
  | { readonly kind: 'return' }
  | { readonly kind: 'mark_missing'; readonly reason: string }
  | { readonly kind: 'mark_found'; readonly note: string }
  | { readonly kind: 'approve_found'; readonly supervisor: Clerk }
  | { readonly kind: 'add_volume'; readonly barcode: string; readonly home: DbLocation }
  | { readonly kind: 'change_home'; readonly home: DbLocation; readonly reason: string };

/** Why an action was refused; nothing was written. */
export type ActionRefusal =
  | 'already_in'
  | 'same_custodian'
  | 'already_missing'
  | 'not_missing'
  | 'not_pending'
  | 'barcode_taken'
  | 'bad_barcode'
  | 'same_home'
  | 'reason_needed'
  | 'db_busy'
  | 'db_fault';

/** What an action did. */
export type ActionResult =
  | {
      readonly kind: 'done';
      readonly action: ChartAction['kind'] | 'transfer';
      readonly seq: number;
      readonly chartId: number;
      readonly notices: readonly Notice[];
    }
  | { readonly kind: 'refused'; readonly reason: ActionRefusal };

function refuse(reason: ActionRefusal): ActionResult {
  return { kind: 'refused', reason };
}

/**
 * Runs one chart action through the engine's writers in one immediate transaction, with the
 * signed-in clerk as operator and source 'workspace'. A check-out of a chart already out is a
 * transfer (re-charge).
 */
export function runChartAction(
  store: Store,
  actor: WorkspaceActor,
  chartId: number,
  action: ChartAction,
  now: number,
): ActionResult {
  try {
    return store.db
      .transaction((): ActionResult => {
        const chart = store.charts.get(chartId);
        if (!chart) throw new Error(`chart ${chartId} vanished`);
        const ctx: WriteContext = {
          counter: actor.counter,
          operatorId: actor.clerk.id,
          source: 'workspace',
          at: now,
        };
        return apply(store, actor, chart, action, ctx);
      })
      .immediate();
  } catch (error) {
    if (isBusy(error)) return refuse('db_busy');
    if (isWriteFault(error)) return refuse('db_fault');
    throw error;
  }
}

function apply(
  store: Store,
  actor: WorkspaceActor,
  chart: ChartView,
  action: ChartAction,
  ctx: WriteContext,
): ActionResult {
  const done = (kind: ChartAction['kind'] | 'transfer', seq: number, notices: Notice[] = []) =>
    ({ kind: 'done', action: kind, seq, chartId: chart.id, notices }) as const;
  switch (action.kind) {
    case 'check_out': {
      if (sameCustodian(chart.custodian, action.to)) return refuse('same_custodian');
      const kind = chart.state === 'in' ? 'check_out' : 'transfer';
      const due = dueAt(action.to, ctx.at, actor.loanHours);
      const row = writeCustody(store, chart, kind, action.to, due, ctx);
      const after = store.charts.get(chart.id) ?? chart;
      return done(kind, row.seq, noticesAfterMove(store, after, action.to, ctx.at));
    }
    case 'return': {
      if (chart.state === 'in') return refuse('already_in');
      const row = writeCustody(store, chart, 'return', null, null, ctx);
      const after = store.charts.get(chart.id) ?? chart;
      return done('return', row.seq, noticesAfterMove(store, after, null, ctx.at));
    }
    case 'mark_missing': {
      if (chart.missingSince !== null && !chart.foundPending) return refuse('already_missing');
      if (action.reason.trim() === '') return refuse('reason_needed');
      const row = writeFlag(store, chart, 'mark_missing', { ...ctx, note: action.reason.trim() });
      return done('mark_missing', row.seq);
    }
    case 'mark_found': {
      if (chart.missingSince === null) return refuse('not_missing');
      if (chart.foundPending) return refuse('not_pending');
      const row = writeFlag(store, chart, 'found', { ...ctx, note: action.note.trim() || null });
      return done('mark_found', row.seq, [{ kind: 'found_pending' }]);
    }
    case 'approve_found': {
      if (!chart.foundPending) return refuse('not_pending');
      const row = writeFlag(store, chart, 'found_approved', {
        ...ctx,
        note: `approved by ${action.supervisor.badge}`,
      });
      store.audit.event(
        'found_approved',
        ctx.at,
        action.supervisor.id,
        ctx.counter,
        `chart ${chart.barcode}`,
      );
      return done('approve_found', row.seq);
    }
    case 'add_volume': {
      const barcode = action.barcode.trim();
      if (!/^[\x21-\x7e]{1,64}$/.test(barcode)) return refuse('bad_barcode');
      if (store.codes.identify(barcode)) return refuse('barcode_taken');
      const added = writeVolumeAdded(store, chart.patient.id, barcode, action.home, ctx);
      return {
        kind: 'done',
        action: 'add_volume',
        seq: added.movement.seq,
        chartId: added.chartId,
        notices: [],
      };
    }
    case 'change_home': {
      if (action.home.id === chart.home.id) return refuse('same_home');
      const row = writeHomeChange(store, chart, action.home, {
        ...ctx,
        note: action.reason.trim() || null,
      });
      return done('change_home', row.seq);
    }
    default: {
      const never: never = action;
      throw new Error(`unhandled chart action ${JSON.stringify(never)}`);
    }
  }
}
