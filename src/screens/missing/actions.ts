import type { AppServices } from '../../app/services.js';
import type { ChartView } from '../../db/charts.js';
import type { WriteContext } from '../../engine/apply.js';
import { approveFound, type ApproveOutcome } from '../../workflows/approve-found.js';
import { markFound, markMissing } from '../../workflows/missing.js';
import { attempt } from '../requests/attempt.js';
import { done, refused, warned, type ScreenMessage } from '../requests/message.js';
import { MISSING_TEXT as T, approveRefusalText, missingRefusalText } from './text.js';

function context(services: AppServices, clerkId: number | null, note: string | null): WriteContext {
  return {
    counter: services.config.counter.name,
    operatorId: clerkId,
    source: 'workspace',
    at: services.clock.now(),
    note,
  };
}

/**
 * Looks a chart up by barcode for a clerk and writes the access log for it; undefined when no
 * chart has that barcode (nothing is logged then: no record was looked at).
 */
export function lookUpChart(
  services: AppServices,
  barcode: string,
  clerkId: number | null,
  action: string,
): ChartView | undefined {
  const { store, config, clock } = services;
  const chart = store.charts.byBarcode(barcode.trim());
  if (chart)
    attempt(() =>
      store.audit.access(clock.now(), clerkId, config.counter.name, action, 'chart', chart.barcode),
    );
  return chart;
}

/** Flags a chart missing with the clerk's reason. */
export function markChartMissing(
  services: AppServices,
  chart: ChartView,
  reason: string,
  clerkId: number | null,
): { readonly ok: boolean; readonly message: ScreenMessage } {
  const result = attempt(() =>
    markMissing(services.store, chart.id, context(services, clerkId, reason)),
  );
  if (!result.ok) return { ok: false, message: refused(T.dbFailed) };
  if (!result.value.ok)
    return { ok: false, message: refused(missingRefusalText(result.value.reason)) };
  return { ok: true, message: warned(T.marked(chart.barcode)) };
}

/** Marks a missing chart found: it waits for a supervisor's approval. */
export function markChartFound(
  services: AppServices,
  chartId: number,
  clerkId: number | null,
): ScreenMessage {
  const result = attempt(() =>
    markFound(services.store, chartId, context(services, clerkId, null)),
  );
  if (!result.ok) return refused(T.dbFailed);
  return result.value.ok
    ? warned(T.found(result.value.chart.barcode))
    : refused(missingRefusalText(result.value.reason));
}

/** A supervisor's badge + PIN approval of a found chart (wrong PINs count to the lockout). */
export function approveChart(
  services: AppServices,
  chartId: number,
  badge: string,
  pin: string,
): { readonly outcome: ApproveOutcome | null; readonly message: ScreenMessage } {
  const { store, config, clock } = services;
  const result = attempt(() =>
    approveFound(
      store,
      chartId,
      { badge, pin },
      { counter: config.counter.name, source: 'workspace', at: clock.now() },
      config.clerk,
    ),
  );
  if (!result.ok) return { outcome: null, message: refused(T.dbFailed) };
  const outcome = result.value;
  return {
    outcome,
    message:
      outcome.kind === 'approved'
        ? done(T.approved(outcome.chart.barcode))
        : refused(approveRefusalText(outcome)),
  };
}
