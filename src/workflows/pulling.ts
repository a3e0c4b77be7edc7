import { locationCustodian, type ChartView } from '../db/charts.js';
import { isBusy, isWriteFault } from '../db/connection.js';
import type { DbLocation, MovementSource } from '../db/rows.js';
import type { Store } from '../db/store.js';
import type { Custodian } from '../domain/custodian.js';
import { dueAt, type LoanHours } from '../domain/due.js';
import { writeCustody, writeFlag, type WriteContext } from '../engine/apply.js';
import { dayWindow } from './day.js';
import { requestsOf } from './requests.js';

/** One pulling scan, as the workspace screen or a test hands it over. */
export interface PullScan {
  readonly code: string;
  /** The pull list's day (YYYY-MM-DD) and optional clinic. */
  readonly date: string;
  readonly clinicCode: string | null;
  readonly holding: DbLocation;
  readonly loanHours: LoanHours;
  readonly counter: string;
  readonly operatorId: number | null;
  readonly source: MovementSource;
  readonly at: number;
}

/** What a pulling scan did. */
export type PullOutcome =
  | {
      readonly kind: 'pulled';
      readonly chart: ChartView;
      readonly from: Custodian | null;
      /** Requests now marked pulled. */
      readonly requestIds: readonly number[];
      /** It was flagged missing: now found, pending a supervisor's approval. */
      readonly found: boolean;
      readonly seq: number;
    }
  | { readonly kind: 'already_pulled'; readonly chart: ChartView }
  | { readonly kind: 'not_on_list'; readonly chart: ChartView }
  | { readonly kind: 'unknown_code'; readonly code: string }
  | { readonly kind: 'rejected'; readonly reason: 'bad_date' | 'db_busy' | 'db_fault' };

/** Makes sure the configured holding location exists, and returns it. */
export function ensureHolding(store: Store, code: string): DbLocation {
  return (
    store.locations.byCode(code) ?? store.locations.ensure(code, 'Pull Holding Shelf', 'file_room')
  );
}

/**
 * Pulls one chart for the day's list by its scanned barcode, through the engine's writers in
 * one transaction: the chart moves to the holding location (check-out from file, or a transfer
 * when the log had it elsewhere, since it is in the clerk's hand), a missing flag turns into
 * "found, pending approval", and the day's open requests for it are marked pulled.
 */
export function pullChart(store: Store, scan: PullScan): PullOutcome {
  const day = dayWindow(scan.date);
  if (!day) return { kind: 'rejected', reason: 'bad_date' };
  try {
    return store.db.transaction(() => pullInTransaction(store, scan, day)).immediate();
  } catch (error) {
    if (isBusy(error)) return { kind: 'rejected', reason: 'db_busy' };
    if (isWriteFault(error)) return { kind: 'rejected', reason: 'db_fault' };
    throw error;
  }
}

function pullInTransaction(
  store: Store,
  scan: PullScan,
  day: { from: number; to: number },
): PullOutcome {
  const chart = store.charts.byBarcode(scan.code.trim());
  if (!chart) return { kind: 'unknown_code', code: scan.code };
  const clinic = scan.clinicCode === null ? null : store.locations.byCode(scan.clinicCode);
  const wanted = store.notices
    .openRequests(chart.id)
    .filter(
      (r) =>
        r.neededAt >= day.from &&
        r.neededAt < day.to &&
        (clinic === null || clinic === undefined || r.locationId === clinic.id),
    );
  if (wanted.length === 0) return { kind: 'not_on_list', chart };
  const queries = requestsOf(store);
  const holding = locationCustodian(scan.holding);
  const ctx: WriteContext = {
    counter: scan.counter,
    operatorId: scan.operatorId,
    source: scan.source,
    at: scan.at,
    note: 'pulled for ' + [...new Set(wanted.map((r) => r.locationCode))].join(', '),
  };
  if (
    chart.state === 'out' &&
    chart.custodian?.kind === 'location' &&
    chart.custodian.id === holding.id
  ) {
    for (const r of wanted) queries.markPulled(r.id, scan.at);
    return { kind: 'already_pulled', chart };
  }
  let found = false;
  if (chart.missingSince !== null && !chart.foundPending) {
    writeFlag(store, chart, 'found', { ...ctx, note: 'found while pulling' });
    found = true;
  }
  const current = store.charts.get(chart.id) ?? chart;
  const row = writeCustody(
    store,
    current,
    current.state === 'in' ? 'check_out' : 'transfer',
    holding,
    dueAt(holding, scan.at, scan.loanHours),
    ctx,
  );
  const requestIds = wanted.filter((r) => queries.markPulled(r.id, scan.at)).map((r) => r.id);
  const after = store.charts.get(chart.id);
  if (!after) throw new Error(`chart ${chart.id} vanished inside its transaction`);
  return { kind: 'pulled', chart: after, from: current.custodian, requestIds, found, seq: row.seq };
}
