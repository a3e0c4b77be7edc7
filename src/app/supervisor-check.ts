/**
 * Who may close the kiosk: an active supervisor with the right PIN. Every try is written to
 * the events table (kiosk_exit or pin_failed), with the counter's name.
 */
import type { Store } from '../db/store.js';
import { verifyPin } from '../domain/pin.js';
import type { ExitFailure } from '../state/exit-dialog.js';

/** The answer to an exit request. */
export type ExitCheck =
  | { readonly ok: true; readonly staffId: number }
  | { readonly ok: false; readonly failure: ExitFailure };

/** Checks a supervisor badge and PIN, and records the try. */
export function authorizeExit(
  store: Store,
  counter: string,
  badge: string,
  pin: string,
  at: number,
): ExitCheck {
  const staff = store.staff.byBadge(badge);
  if (!staff || staff.active !== 1 || staff.role !== 'supervisor') {
    store.audit.event('pin_failed', at, staff?.id ?? null, counter, 'kiosk exit: not a supervisor');
    return { ok: false, failure: 'not_supervisor' };
  }
  if (staff.locked_until !== null && staff.locked_until > at) {
    store.audit.event('pin_failed', at, staff.id, counter, 'kiosk exit: badge locked');
    return { ok: false, failure: 'wrong_pin' };
  }
  if (!verifyPin(pin, staff.pin_hash)) {
    store.audit.event('pin_failed', at, staff.id, counter, 'kiosk exit: wrong PIN');
    return { ok: false, failure: 'wrong_pin' };
  }
  store.audit.event('kiosk_exit', at, staff.id, counter, 'supervisor closed the kiosk');
  return { ok: true, staffId: staff.id };
}
