import { describe, expect, test } from 'vitest';
import type { Store } from '../../src/db/store.js';
import { verifyPin } from '../../src/domain/pin.js';
import { lookUpBadge, setPin, tryPin, type SignInContext } from '../../src/services/clerk.js';
import { seedSmall, T0, tempStore } from '../helpers/temp-db.js';

const ctx: SignInContext = {
  counter: 'Test Counter',
  gate: 'workspace',
  policy: { maxTries: 5, lockoutMs: 15 * 60_000 },
};

function events(store: Store) {
  return store.db
    .prepare<[], { kind: string; staff_id: number | null; counter: string }>(
      'SELECT kind, staff_id, counter FROM events ORDER BY id',
    )
    .all();
}

function staffId(store: Store, badge: string): number {
  const s = store.staff.byBadge(badge);
  if (!s) throw new Error(badge);
  return s.id;
}

describe('clerk sign-in', () => {
  test('the right PIN signs in and logs sign_in', () => {
    const store = tempStore();
    seedSmall(store);
    const id = staffId(store, 'CLERK1');
    expect(lookUpBadge(store, 'CLERK1', T0, 'workspace').check.kind).toBe('ok');
    const r = tryPin(store, id, '1234', T0, ctx);
    expect(r.kind === 'signed_in' && r.clerk.badge).toBe('CLERK1');
    expect(events(store)).toEqual([{ kind: 'sign_in', staff_id: id, counter: 'Test Counter' }]);
  });

  test('five wrong PINs lock the badge for the lockout and log it; the lock is on the staff row', () => {
    const store = tempStore();
    seedSmall(store);
    const id = staffId(store, 'CLERK1');
    const kinds = [1, 2, 3, 4, 5].map((i) => tryPin(store, id, '0000', T0 + i, ctx).kind);
    expect(kinds).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'locked_out']);
    const row = store.staff.get(id);
    expect(row?.failed_pins).toBe(5);
    expect(row?.locked_until).toBe(T0 + 5 + 15 * 60_000);
    expect(events(store).map((e) => e.kind)).toEqual([
      'pin_failed',
      'pin_failed',
      'pin_failed',
      'pin_failed',
      'pin_failed',
      'pin_lockout',
    ]);
    // Locked: even the right PIN is refused, and the badge step says so.
    expect(tryPin(store, id, '1234', T0 + 60_000, ctx).kind).toBe('still_locked');
    expect(lookUpBadge(store, 'CLERK1', T0 + 60_000, 'workspace').check.kind).toBe('locked');
    // After the lockout the right PIN works and clears the count.
    expect(tryPin(store, id, '1234', T0 + 16 * 60_000, ctx).kind).toBe('signed_in');
    expect(store.staff.get(id)?.failed_pins).toBe(0);
  });

  test('walk-up staff and inactive badges cannot sign in', () => {
    const store = tempStore();
    seedSmall(store);
    expect(lookUpBadge(store, 'NURSE1', T0, 'workspace').check.kind).toBe('not_allowed');
    expect(lookUpBadge(store, 'GONE1', T0, 'workspace').check.kind).toBe('inactive');
    expect(lookUpBadge(store, 'NOPE', T0, 'workspace').check.kind).toBe('unknown');
    expect(lookUpBadge(store, 'CLERK1', T0, 'supervisor').check.kind).toBe('not_allowed');
    expect(tryPin(store, staffId(store, 'NURSE1'), '1234', T0, ctx).kind).toBe('refused');
  });

  test('setPin checks, hashes with scrypt and clears a lockout', () => {
    const store = tempStore();
    seedSmall(store);
    const id = staffId(store, 'CLERK1');
    store.staff.setFailedPins(id, 5, T0 + 1_000_000);
    expect(setPin(store, 'CLERK1', '12', '12').kind).toBe('invalid_pin');
    expect(setPin(store, 'CLERK1', '5678', '5679').kind).toBe('mismatch');
    expect(setPin(store, 'NOPE', '5678', '5678').kind).toBe('unknown_badge');
    expect(setPin(store, 'CLERK1', '5678', '5678').kind).toBe('set');
    const row = store.staff.get(id);
    expect(row?.pin_hash?.startsWith('scrypt$')).toBe(true);
    expect(verifyPin('5678', row?.pin_hash ?? null)).toBe(true);
    expect(row?.locked_until).toBeNull();
  });
});
