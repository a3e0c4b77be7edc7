import type { Config } from '../config/schema.js';
import type { ChartView } from '../db/charts.js';
import { requestQueries, type RequestLine } from '../db/requests.js';
import type { DbRequest } from '../db/rows.js';
import type { Store } from '../db/store.js';
import { queriesOf } from './queries.js';

/** Which volumes a place asks for when it requests a patient: all, or only the newest. */
export type VolumeRule = 'ALL' | 'LAST';

/** What is requested: every volume the place's rule names, or one specific volume. */
export type RequestTarget =
  | { readonly kind: 'patient'; readonly patientId: number }
  | { readonly kind: 'chart'; readonly chartId: number };

/** A request as the workspace or the command line asks for it. */
export interface RequestInput {
  readonly target: RequestTarget;
  readonly locationCode: string;
  readonly requesterId: number | null;
  readonly neededAt: number;
  readonly source: DbRequest['source'];
  readonly createdBy: number | null;
  readonly at: number;
}

/** What creating a request did. */
export type RequestResult =
  | {
      readonly kind: 'created';
      readonly requests: readonly {
        readonly id: number;
        readonly barcode: string;
        readonly volume: number;
        /** False when the same chart was already requested for that place and time. */
        readonly created: boolean;
      }[];
    }
  | { readonly kind: 'refused'; readonly reason: RequestRefusal };

/** Why a request was refused. */
export type RequestRefusal = 'unknown_location' | 'inactive_location' | 'no_charts';

/** Why a status change was refused. */
export type StatusRefusal = 'unknown_request' | 'not_open' | 'reason_required';

/** The request queries on this store's connection. */
export function requestsOf(store: Store) {
  return queriesOf(store.db, requestQueries);
}

/** The volume rule configured for a place (ALL when the place is not configured). */
export function volumeRuleOf(config: Config, locationCode: string): VolumeRule {
  return config.locations[locationCode]?.volumeRule ?? 'ALL';
}

/** The volumes a rule asks for, from a patient's volumes (any order). */
export function volumesFor<T extends { readonly volume: number }>(
  volumes: readonly T[],
  rule: VolumeRule,
): T[] {
  if (volumes.length === 0) return [];
  switch (rule) {
    case 'ALL':
      return [...volumes].sort((a, b) => a.volume - b.volume);
    case 'LAST':
      return [volumes.reduce((a, b) => (b.volume > a.volume ? b : a))];
    default: {
      const never: never = rule;
      throw new Error(`unknown volume rule ${String(never)}`);
    }
  }
}

/** The charts a target names: one volume, or the patient's volumes under the place's rule. */
export function chartsForTarget(
  store: Store,
  target: RequestTarget,
  rule: VolumeRule,
): ChartView[] {
  switch (target.kind) {
    case 'chart': {
      const chart = store.charts.get(target.chartId);
      return chart ? [chart] : [];
    }
    case 'patient':
      return volumesFor(store.charts.volumes(target.patientId), rule);
    default: {
      const never: never = target;
      throw new Error(`unknown target ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Creates the requests for a target in one transaction. Asking again for the same chart,
 * place and time keeps the first request (reported with `created: false`).
 */
export function createRequests(store: Store, config: Config, input: RequestInput): RequestResult {
  return store.db.transaction((): RequestResult => {
    const location = store.locations.byCode(input.locationCode);
    if (!location) return { kind: 'refused', reason: 'unknown_location' };
    if (location.active !== 1) return { kind: 'refused', reason: 'inactive_location' };
    const charts = chartsForTarget(store, input.target, volumeRuleOf(config, location.code));
    if (charts.length === 0) return { kind: 'refused', reason: 'no_charts' };
    const queries = requestsOf(store);
    const requests = charts.map((chart) => {
      const made = queries.create({
        chartId: chart.id,
        requesterId: input.requesterId,
        locationId: location.id,
        neededAt: input.neededAt,
        source: input.source,
        createdAt: input.at,
        createdBy: input.createdBy,
      });
      return { id: made.id, barcode: chart.barcode, volume: chart.volume, created: made.created };
    });
    return { kind: 'created', requests };
  })();
}

/** Cancels an open request. */
export function cancelRequest(
  store: Store,
  id: number,
  at: number,
  reason: string | null = null,
): { ok: true; request: RequestLine } | { ok: false; reason: StatusRefusal } {
  return closeRequest(store, id, 'cancelled', reason, at);
}

/** Closes an open request as not fillable; the reason is required. */
export function markNotFillable(
  store: Store,
  id: number,
  reason: string,
  at: number,
): { ok: true; request: RequestLine } | { ok: false; reason: StatusRefusal } {
  if (reason.trim() === '') return { ok: false, reason: 'reason_required' };
  return closeRequest(store, id, 'not_fillable', reason.trim(), at);
}

function closeRequest(
  store: Store,
  id: number,
  status: 'cancelled' | 'not_fillable',
  reason: string | null,
  at: number,
): { ok: true; request: RequestLine } | { ok: false; reason: StatusRefusal } {
  const queries = requestsOf(store);
  return store.db.transaction(() => {
    if (!queries.get(id)) return { ok: false as const, reason: 'unknown_request' as const };
    if (!queries.close(id, status, reason, at))
      return { ok: false as const, reason: 'not_open' as const };
    const request = queries.get(id);
    if (!request) throw new Error(`request ${id} vanished`);
    return { ok: true as const, request };
  })();
}
