import type { ChartView } from '../db/charts.js';
import type { Store } from '../db/store.js';
import { verifyPin } from '../domain/pin.js';
import { writeFlag, type WriteContext } from '../engine/apply.js';

/** Lockout rules for supervisor PINs (config.clerk). */
export interface PinRules {
  readonly maxPinTries: number;
  readonly lockoutMinutes: number;
}

/** What a supervisor's approval of a found chart did. */
export type ApproveOutcome =
  | { readonly kind: 'approved'; readonly chart: ChartView; readonly seq: number }
  | { readonly kind: 'unknown_chart' }
  | { readonly kind: 'not_pending' }
  | { readonly kind: 'unknown_badge' }
  | { readonly kind: 'not_supervisor' }
  | { readonly kind: 'inactive' }
  | { readonly kind: 'locked'; readonly until: number }
  | { readonly kind: 'wrong_pin'; readonly triesLeft: number };

/**
 * A supervisor confirms a found chart with badge and PIN: the missing flag is cleared (a
 * 'found_approved' movement with the supervisor as operator) and a 'found_approved' event is
 * written. Wrong PINs count towards the badge's lockout, as at sign-in.
 */
export function approveFound(
  store: Store,
  chartId: number,
  credentials: { readonly badge: string; readonly pin: string },
  ctx: Omit<WriteContext, 'operatorId'>,
  rules: PinRules,
): ApproveOutcome {
  const chart = store.charts.get(chartId);
  if (!chart) return { kind: 'unknown_chart' };
  if (chart.missingSince === null || !chart.foundPending) return { kind: 'not_pending' };
  const staff = store.staff.byBadge(credentials.badge.trim());
  if (!staff) return { kind: 'unknown_badge' };
  if (staff.active !== 1) return { kind: 'inactive' };
  if (staff.role !== 'supervisor') return { kind: 'not_supervisor' };
  if (staff.locked_until !== null && staff.locked_until > ctx.at) {
    return { kind: 'locked', until: staff.locked_until };
  }
  // scrypt is slow on purpose: check before taking the write lock.
  const good = verifyPin(credentials.pin, staff.pin_hash);
  return store.db
    .transaction((): ApproveOutcome => {
      if (!good) {
        const failed = staff.failed_pins + 1;
        if (failed >= rules.maxPinTries) {
          const until = ctx.at + Math.round(rules.lockoutMinutes * 60_000);
          store.staff.setFailedPins(staff.id, 0, until);
          store.audit.event('pin_lockout', ctx.at, staff.id, ctx.counter, 'approve found');
          return { kind: 'locked', until };
        }
        store.staff.setFailedPins(staff.id, failed, null);
        store.audit.event('pin_failed', ctx.at, staff.id, ctx.counter, 'approve found');
        return { kind: 'wrong_pin', triesLeft: rules.maxPinTries - failed };
      }
      const fresh = store.charts.get(chartId);
      if (!fresh || fresh.missingSince === null || !fresh.foundPending)
        return { kind: 'not_pending' };
      if (staff.failed_pins > 0) store.staff.setFailedPins(staff.id, 0, null);
      const row = writeFlag(store, fresh, 'found_approved', {
        ...ctx,
        operatorId: staff.id,
        note: ctx.note ?? 'found: approved by supervisor',
      });
      store.audit.event('found_approved', ctx.at, staff.id, ctx.counter, `chart ${fresh.barcode}`);
      const after = store.charts.get(chartId);
      if (!after) throw new Error(`chart ${chartId} vanished inside its transaction`);
      return { kind: 'approved', chart: after, seq: row.seq };
    })
    .immediate();
}
