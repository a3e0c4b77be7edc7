import { describe, expect, test } from 'vitest';
import { checkBadge, pinTry, roleAllowed, type BadgeHolder } from '../../src/domain/sign-in.js';

const policy = { maxTries: 5, lockoutMs: 15 * 60_000 };
const clerk: BadgeHolder = {
  role: 'clerk',
  active: true,
  hasPin: true,
  failedPins: 0,
  lockedUntil: null,
};

describe('checkBadge', () => {
  test.each([
    ['unknown', undefined, 'workspace', 'unknown'],
    ['inactive', { ...clerk, active: false }, 'workspace', 'inactive'],
    ['walk-up staff', { ...clerk, role: 'staff' as const }, 'workspace', 'not_allowed'],
    ['clerk at the supervisor gate', clerk, 'supervisor', 'not_allowed'],
    ['no PIN', { ...clerk, hasPin: false }, 'workspace', 'no_pin'],
    ['locked', { ...clerk, lockedUntil: 2000 }, 'workspace', 'locked'],
    ['lock ran out', { ...clerk, lockedUntil: 500 }, 'workspace', 'ok'],
    ['clerk', clerk, 'workspace', 'ok'],
    ['supervisor', { ...clerk, role: 'supervisor' as const }, 'supervisor', 'ok'],
  ] as const)('%s', (_name, holder, gate, kind) => {
    expect(checkBadge(holder, 1000, gate).kind).toBe(kind);
  });

  test('roles per gate', () => {
    expect(roleAllowed('supervisor', 'workspace')).toBe(true);
    expect(roleAllowed('staff', 'workspace')).toBe(false);
    expect(roleAllowed('clerk', 'supervisor')).toBe(false);
  });
});

describe('pinTry', () => {
  test('four wrong PINs count down, the fifth locks for the lockout time', () => {
    let state = { failedPins: 0, lockedUntil: null as number | null };
    const left: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const r = pinTry(state, false, 1000, policy);
      if (r.kind !== 'wrong') throw new Error(r.kind);
      left.push(r.triesLeft);
      state = r;
    }
    expect(left).toEqual([4, 3, 2, 1]);
    expect(pinTry(state, false, 1000, policy)).toEqual({
      kind: 'locked_out',
      failedPins: 5,
      lockedUntil: 1000 + policy.lockoutMs,
    });
  });

  test('a right PIN during a lockout is still refused, and not even checked', () => {
    const r = pinTry({ failedPins: 5, lockedUntil: 5000 }, true, 4999, policy);
    expect(r).toEqual({ kind: 'still_locked', failedPins: 5, lockedUntil: 5000 });
  });

  test('after the lockout runs out the count starts again', () => {
    const r = pinTry({ failedPins: 5, lockedUntil: 5000 }, false, 5000, policy);
    expect(r).toEqual({ kind: 'wrong', failedPins: 1, lockedUntil: null, triesLeft: 4 });
  });

  test('a right PIN clears the count', () => {
    expect(pinTry({ failedPins: 3, lockedUntil: null }, true, 1, policy)).toEqual({
      kind: 'accepted',
      failedPins: 0,
      lockedUntil: null,
    });
  });
});
