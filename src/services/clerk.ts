import type { DbStaff } from '../db/rows.js';
import type { Store } from '../db/store.js';
import { hashPin, isValidPin, verifyPin } from '../domain/pin.js';
import {
  checkBadge,
  pinTry,
  type BadgeCheck,
  type Gate,
  type PinOutcome,
  type PinPolicy,
} from '../domain/sign-in.js';

/** The signed-in clerk (or supervisor) the workspace acts as. */
export interface Clerk {
  readonly id: number;
  readonly badge: string;
  readonly name: string;
  readonly role: DbStaff['role'];
}

/** Where a sign-in happens and under which rules. */
export interface SignInContext {
  readonly counter: string;
  readonly policy: PinPolicy;
  readonly gate: Gate;
}

/** The badge step: who the badge belongs to and whether a PIN may be tried. */
export function lookUpBadge(
  store: Store,
  badge: string,
  now: number,
  gate: Gate,
): { readonly check: BadgeCheck; readonly staff: DbStaff | null } {
  const staff = store.staff.byBadge(badge.trim());
  const check = checkBadge(
    staff && {
      role: staff.role,
      active: staff.active === 1,
      hasPin: staff.pin_hash !== null,
      failedPins: staff.failed_pins,
      lockedUntil: staff.locked_until,
    },
    now,
    gate,
  );
  return { check, staff: staff ?? null };
}

/** What a PIN try did, with the clerk when it was accepted. */
export type PinResult =
  | { readonly kind: 'signed_in'; readonly clerk: Clerk }
  | Exclude<PinOutcome, { kind: 'accepted' }>
  | { readonly kind: 'refused'; readonly check: BadgeCheck };

/**
 * Tries a PIN for a badge: verifies the scrypt hash, stores the failed-try count and any
 * lockout, and logs pin_failed / pin_lockout / sign_in (or `approval` for the supervisor gate)
 * in one transaction.
 */
export function tryPin(
  store: Store,
  staffId: number,
  pin: string,
  now: number,
  ctx: SignInContext,
): PinResult {
  return store.db.transaction((): PinResult => {
    const staff = store.staff.get(staffId);
    const { check } = lookUpBadge(store, staff?.badge ?? '', now, ctx.gate);
    if (!staff || (check.kind !== 'ok' && check.kind !== 'locked'))
      return { kind: 'refused', check };
    const outcome = pinTry(
      { failedPins: staff.failed_pins, lockedUntil: staff.locked_until },
      check.kind === 'ok' && verifyPin(pin, staff.pin_hash),
      now,
      ctx.policy,
    );
    switch (outcome.kind) {
      case 'accepted':
        store.staff.setFailedPins(staff.id, 0, null);
        if (ctx.gate === 'workspace') store.audit.event('sign_in', now, staff.id, ctx.counter);
        return {
          kind: 'signed_in',
          clerk: { id: staff.id, badge: staff.badge, name: staff.name, role: staff.role },
        };
      case 'wrong':
        store.staff.setFailedPins(staff.id, outcome.failedPins, null);
        store.audit.event('pin_failed', now, staff.id, ctx.counter, `try ${outcome.failedPins}`);
        return outcome;
      case 'locked_out':
        store.staff.setFailedPins(staff.id, outcome.failedPins, outcome.lockedUntil);
        store.audit.event('pin_failed', now, staff.id, ctx.counter, `try ${outcome.failedPins}`);
        store.audit.event(
          'pin_lockout',
          now,
          staff.id,
          ctx.counter,
          `until ${new Date(outcome.lockedUntil).toISOString()}`,
        );
        return outcome;
      case 'still_locked':
        return outcome;
      default: {
        const never: never = outcome;
        throw new Error(`unhandled PIN outcome ${JSON.stringify(never)}`);
      }
    }
  })();
}

/** Logs that a clerk left the workspace (lock key, idle lock or Esc). */
export function signOut(store: Store, clerk: Clerk, now: number, counter: string, why: string) {
  store.audit.event('sign_out', now, clerk.id, counter, why);
}

/** Why a new PIN was refused. */
export type SetPinResult =
  | { readonly kind: 'set' }
  | { readonly kind: 'invalid_pin' }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'unknown_badge' };

/** Sets (or resets) a badge's PIN: checks it, hashes it with a fresh salt, clears lockouts. */
export function setPin(store: Store, badge: string, pin: string, repeat: string): SetPinResult {
  if (pin !== repeat) return { kind: 'mismatch' };
  if (!isValidPin(pin)) return { kind: 'invalid_pin' };
  const staff = store.staff.byBadge(badge.trim());
  if (!staff) return { kind: 'unknown_badge' };
  store.staff.setPinHash(staff.id, hashPin(pin));
  return { kind: 'set' };
}
