import type { Role } from './custodian.js';

/** How many wrong PINs lock a badge, and for how long. */
export interface PinPolicy {
  readonly maxTries: number;
  readonly lockoutMs: number;
}

/** The parts of a staff row that sign-in reads. */
export interface BadgeHolder {
  readonly role: Role;
  readonly active: boolean;
  readonly hasPin: boolean;
  readonly failedPins: number;
  readonly lockedUntil: number | null;
}

/** Whether a badge may go on to the PIN step, and if not, why. */
export type BadgeCheck =
  | { readonly kind: 'ok' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'inactive' }
  | { readonly kind: 'not_allowed' }
  | { readonly kind: 'no_pin' }
  | { readonly kind: 'locked'; readonly until: number };

/** The roles that may sign in to the workspace, or approve as a supervisor. */
export type Gate = 'workspace' | 'supervisor';

/** True when the role may pass the gate. */
export function roleAllowed(role: Role, gate: Gate): boolean {
  switch (gate) {
    case 'workspace':
      return role === 'clerk' || role === 'supervisor';
    case 'supervisor':
      return role === 'supervisor';
    default: {
      const never: never = gate;
      throw new Error(`unknown gate ${String(never)}`);
    }
  }
}

/** True while a lockout is still running at `now`. */
export function isLocked(lockedUntil: number | null, now: number): lockedUntil is number {
  return lockedUntil !== null && lockedUntil > now;
}

/** Checks a badge before its PIN is asked for. */
export function checkBadge(holder: BadgeHolder | undefined, now: number, gate: Gate): BadgeCheck {
  if (!holder) return { kind: 'unknown' };
  if (!holder.active) return { kind: 'inactive' };
  if (!roleAllowed(holder.role, gate)) return { kind: 'not_allowed' };
  if (isLocked(holder.lockedUntil, now)) return { kind: 'locked', until: holder.lockedUntil };
  if (!holder.hasPin) return { kind: 'no_pin' };
  return { kind: 'ok' };
}

/** What one PIN try does, and the failed-try state to store. */
export type PinOutcome =
  | { readonly kind: 'accepted'; readonly failedPins: 0; readonly lockedUntil: null }
  | {
      readonly kind: 'wrong';
      readonly failedPins: number;
      readonly lockedUntil: null;
      readonly triesLeft: number;
    }
  | { readonly kind: 'locked_out'; readonly failedPins: number; readonly lockedUntil: number }
  | { readonly kind: 'still_locked'; readonly failedPins: number; readonly lockedUntil: number };

/**
 * The lockout rule as a pure function. A try during a lockout is refused without checking the
 * PIN. A lockout that has run out starts the count again. The `maxTries`-th wrong PIN in a row
 * locks the badge for `lockoutMs`; a right PIN clears the count.
 */
export function pinTry(
  holder: Pick<BadgeHolder, 'failedPins' | 'lockedUntil'>,
  correct: boolean,
  now: number,
  policy: PinPolicy,
): PinOutcome {
  if (isLocked(holder.lockedUntil, now)) {
    return { kind: 'still_locked', failedPins: holder.failedPins, lockedUntil: holder.lockedUntil };
  }
  if (correct) return { kind: 'accepted', failedPins: 0, lockedUntil: null };
  // An expired lockout leaves its count behind: start again from zero.
  const before = holder.lockedUntil !== null ? 0 : holder.failedPins;
  const failedPins = before + 1;
  if (failedPins >= policy.maxTries) {
    return { kind: 'locked_out', failedPins, lockedUntil: now + policy.lockoutMs };
  }
  return { kind: 'wrong', failedPins, lockedUntil: null, triesLeft: policy.maxTries - failedPins };
}
