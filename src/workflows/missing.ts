import type { ChartView } from '../db/charts.js';
import { shelfQueries, type ShelfChart } from '../db/audit-shelf.js';
import type { Store } from '../db/store.js';
import { filingKey, formatShelf, type FilingOrder } from '../domain/filing.js';
import { misfileCandidates, type MisfileCandidate } from '../domain/misfile.js';
import { writeFlag, type WriteContext } from '../engine/apply.js';
import { chartHistory, custodySpells, type CustodySpell } from '../reports/history.js';
import { queriesOf } from './queries.js';

/** Why a missing-chart action was refused. */
export type MissingRefusal = 'unknown_chart' | 'already_missing' | 'not_missing' | 'already_found';

/** A missing-chart action's result. */
export type MissingResult =
  | { readonly ok: true; readonly chart: ChartView; readonly seq: number }
  | { readonly ok: false; readonly reason: MissingRefusal };

/** A likely misfile position and the charts sitting there now. */
export interface MisfilePosition {
  readonly candidate: MisfileCandidate;
  /** The position as the shelves read it. */
  readonly shelf: string;
  readonly neighbours: readonly ShelfChart[];
}

/** Everything the finder shows for one missing chart. */
export interface MissingFinder {
  readonly chart: ChartView;
  /** Who held it, newest first, with days held. */
  readonly custodians: readonly CustodySpell[];
  readonly positions: readonly MisfilePosition[];
}

/** The shelf queries on this store's connection. */
export function shelfOf(store: Store) {
  return queriesOf(store.db, shelfQueries);
}

/** Flags a chart missing, with a note for the log; independent of any counter visit. */
export function markMissing(store: Store, chartId: number, ctx: WriteContext): MissingResult {
  return store.db.transaction((): MissingResult => {
    const chart = store.charts.get(chartId);
    if (!chart) return { ok: false, reason: 'unknown_chart' };
    if (chart.missingSince !== null) return { ok: false, reason: 'already_missing' };
    const row = writeFlag(store, chart, 'mark_missing', {
      ...ctx,
      note: ctx.note ?? 'marked missing',
    });
    return { ok: true, chart: reload(store, chartId), seq: row.seq };
  })();
}

/** Marks a missing chart found: it stays "found, pending approval" until a supervisor approves. */
export function markFound(store: Store, chartId: number, ctx: WriteContext): MissingResult {
  return store.db.transaction((): MissingResult => {
    const chart = store.charts.get(chartId);
    if (!chart) return { ok: false, reason: 'unknown_chart' };
    if (chart.missingSince === null) return { ok: false, reason: 'not_missing' };
    if (chart.foundPending) return { ok: false, reason: 'already_found' };
    const row = writeFlag(store, chart, 'found', { ...ctx, note: ctx.note ?? 'found' });
    return { ok: true, chart: reload(store, chartId), seq: row.seq };
  })();
}

/**
 * The missing-chart finder: the chart's last custodians with days held (newest first), and each
 * likely misfile position with the charts now on either side of it in the chart's file room.
 * Positions are worked out in terminal-digit terms, the order td_key keeps.
 */
export function findMissing(
  store: Store,
  chartId: number,
  now: number,
  options: { order?: FilingOrder; custodians?: number; neighbours?: number } = {},
): MissingFinder | null {
  const chart = store.charts.get(chartId);
  if (!chart) return null;
  const spells = custodySpells(chartHistory(store.db, chart.id), now)
    .reverse()
    .slice(0, options.custodians ?? 5);
  const shelf = shelfOf(store);
  const positions = misfileCandidates(chart.patient.mrn).map((candidate) => ({
    candidate,
    shelf: formatShelf(candidate.mrn, options.order ?? 'terminal_digit'),
    neighbours: shelf
      .around(filingKey(candidate.mrn), chart.home.id, options.neighbours ?? 2)
      .filter((c) => c.chartId !== chart.id),
  }));
  return { chart, custodians: spells, positions };
}

function reload(store: Store, chartId: number): ChartView {
  const chart = store.charts.get(chartId);
  if (!chart) throw new Error(`chart ${chartId} vanished inside its transaction`);
  return chart;
}
