import type { ChartView } from '../db/charts.js';
import type { RequestLine } from '../db/requests.js';
import type { Store } from '../db/store.js';
import type { Custodian } from '../domain/custodian.js';
import { formatShelf, type FilingOrder } from '../domain/filing.js';
import { groupBySection, type SectionGroup } from '../domain/filing-order.js';
import { dayWindow } from './day.js';
import { requestsOf } from './requests.js';

/** Where a chart on the pull list stands now. */
export type PullState =
  /** In file: go and get it. */
  | { readonly kind: 'to_pull' }
  /** On the holding shelf, waiting for its clinic. */
  | { readonly kind: 'pulled'; readonly since: number | null }
  /** Already handed to the place (or person) that asked for it. */
  | { readonly kind: 'delivered'; readonly to: Custodian | null }
  /** Cannot be pulled: out to someone else. */
  | { readonly kind: 'out'; readonly custodian: Custodian; readonly since: number | null }
  /** Cannot be pulled: flagged missing. */
  | { readonly kind: 'missing'; readonly since: number }
  /** Every request for it was closed as not fillable. */
  | { readonly kind: 'not_fillable'; readonly reason: string };

/** One chart on the pull list, with every request that wants it that day. */
export interface PullLine {
  readonly chart: ChartView;
  /** The MRN grouped the way the shelves read. */
  readonly shelf: string;
  readonly requests: readonly RequestLine[];
  readonly state: PullState;
}

/** Counts for the progress bar. */
export interface PullProgress {
  readonly total: number;
  /** Pulled to holding or already delivered. */
  readonly done: number;
  readonly toPull: number;
  /** Out, missing or not fillable. */
  readonly blocked: number;
}

/** A day's pull list, in the file room's order, grouped by section. */
export interface PullList {
  readonly date: string;
  readonly clinic: string | null;
  readonly order: FilingOrder;
  readonly holding: string;
  readonly sections: readonly SectionGroup<PullLine>[];
  readonly progress: PullProgress;
}

/** What the pull list is for. */
export interface PullListQuery {
  readonly date: string;
  readonly clinicCode: string | null;
  readonly order: FilingOrder;
  readonly holdingCode: string;
}

/** Why a pull list could not be made. */
export type PullListRefusal = 'bad_date' | 'unknown_clinic';

/** True when the state counts as pulled (done) for progress and retrieval rate. */
export function isDone(state: PullState): boolean {
  return state.kind === 'pulled' || state.kind === 'delivered';
}

/** True when the clerk cannot pull the chart now. */
export function isBlocked(state: PullState): boolean {
  return state.kind === 'out' || state.kind === 'missing' || state.kind === 'not_fillable';
}

/** The state of one chart on the list, from its requests and its custody now (pure). */
export function pullState(
  chart: ChartView,
  requests: readonly RequestLine[],
  holdingCode: string,
): PullState {
  const live = requests.filter((r) => r.status !== 'not_fillable');
  if (live.length === 0) {
    return { kind: 'not_fillable', reason: requests[0]?.reason ?? 'not fillable' };
  }
  if (live.every((r) => r.status === 'filled')) return { kind: 'delivered', to: chart.custodian };
  if (chart.missingSince !== null && !chart.foundPending) {
    return { kind: 'missing', since: chart.missingSince };
  }
  if (chart.state === 'in') return { kind: 'to_pull' };
  const custodian = chart.custodian;
  if (!custodian) return { kind: 'to_pull' };
  if (custodian.kind === 'location' && custodian.code === holdingCode) {
    return { kind: 'pulled', since: chart.outSince };
  }
  return { kind: 'out', custodian, since: chart.outSince };
}

/** Counts the lines for progress. */
export function progressOf(lines: readonly PullLine[]): PullProgress {
  let done = 0;
  let toPull = 0;
  let blocked = 0;
  for (const line of lines) {
    if (isDone(line.state)) done += 1;
    else if (isBlocked(line.state)) blocked += 1;
    else toPull += 1;
  }
  return { total: lines.length, done, toPull, blocked };
}

/**
 * The pull list for one day (and optionally one clinic): every chart requested for that day,
 * cancelled requests left out, one line per chart, sorted and grouped in filing order.
 */
export function buildPullList(
  store: Store,
  query: PullListQuery,
): { ok: true; list: PullList } | { ok: false; reason: PullListRefusal } {
  const day = dayWindow(query.date);
  if (!day) return { ok: false, reason: 'bad_date' };
  let locationId: number | null = null;
  if (query.clinicCode !== null) {
    const clinic = store.locations.byCode(query.clinicCode);
    if (!clinic) return { ok: false, reason: 'unknown_clinic' };
    locationId = clinic.id;
  }
  const byChart = new Map<number, RequestLine[]>();
  for (const r of requestsOf(store).neededBetween(day.from, day.to, locationId)) {
    if (r.status === 'cancelled') continue;
    const list = byChart.get(r.chartId) ?? [];
    list.push(r);
    byChart.set(r.chartId, list);
  }
  const lines: PullLine[] = [];
  // One statement for every chart on the list, rather than one look-up per chart.
  for (const chart of store.charts.getMany([...byChart.keys()])) {
    const requests = byChart.get(chart.id) ?? [];
    lines.push({
      chart,
      shelf: formatShelf(chart.patient.mrn, query.order),
      requests,
      state: pullState(chart, requests, query.holdingCode),
    });
  }
  // Sorted by volume first: the filing sort is stable, so a patient's volumes stay in order.
  lines.sort((a, b) => a.chart.volume - b.chart.volume);
  const sections = groupBySection(lines, (l) => l.chart.patient.mrn, query.order);
  return {
    ok: true,
    list: {
      date: query.date,
      clinic: query.clinicCode,
      order: query.order,
      holding: query.holdingCode,
      sections,
      progress: progressOf(lines),
    },
  };
}

/** Every line of the list in walking order. */
export function pullLines(list: PullList): PullLine[] {
  return list.sections.flatMap((s) => s.items);
}
