import type { ChartView } from '../db/charts.js';
import type { DbLocation, DbMovement } from '../db/rows.js';
import { registryQueries } from '../db/registry.js';
import type { Store } from '../db/store.js';
import type { WriteContext } from './apply.js';

/**
 * Registry changes that belong in the chart log but move no folder: a new volume and a new
 * home location. Call inside `store.db.transaction(...)`, like writeCustody.
 */

/** Logs 'home_change' (old home → new home) and sets the chart's home location. */
export function writeHomeChange(
  store: Store,
  chart: ChartView,
  home: DbLocation,
  ctx: WriteContext,
): DbMovement {
  const row = store.movements.append({
    occurred_at: ctx.at,
    action: 'home_change',
    chart_id: chart.id,
    from_kind: 'location',
    from_id: chart.home.id,
    to_kind: 'location',
    to_id: home.id,
    operator_id: ctx.operatorId,
    counter: ctx.counter,
    due_at: null,
    source: ctx.source,
    symbology: ctx.symbology ?? null,
    note: ctx.note ?? null,
    undoes_seq: null,
  });
  registryQueries(store.db).setHome(chart.id, home.id, row.seq);
  return row;
}

/**
 * Adds the next volume of a patient (a new chart row, in file at `home`) and logs
 * 'volume_added'. Returns the new chart's id and the movement.
 */
export function writeVolumeAdded(
  store: Store,
  patientId: number,
  barcode: string,
  home: DbLocation,
  ctx: WriteContext,
): { readonly chartId: number; readonly volume: number; readonly movement: DbMovement } {
  const registry = registryQueries(store.db);
  const volume = registry.nextVolume(patientId);
  const chartId = registry.addChart(barcode, patientId, volume, home.id);
  const movement = store.movements.append({
    occurred_at: ctx.at,
    action: 'volume_added',
    chart_id: chartId,
    from_kind: null,
    from_id: null,
    to_kind: 'location',
    to_id: home.id,
    operator_id: ctx.operatorId,
    counter: ctx.counter,
    due_at: null,
    source: ctx.source,
    symbology: ctx.symbology ?? null,
    note: ctx.note ?? `volume ${volume}`,
    undoes_seq: null,
  });
  registry.setLastSeq(chartId, movement.seq);
  return { chartId, volume, movement };
}
