import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyPin } from '../../../src/domain/pin.js';
import { T0 } from '../../helpers/temp-db.js';
import {
  press,
  renderClerkArea,
  signIn,
  WS_KEYS,
  type ClerkHarness,
} from '../workspace/harness.js';

describe('records admin screen', () => {
  let h: ClerkHarness;
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    h?.unmount();
    vi.useRealTimers();
  });

  it('adds a patient through the form, field by field, and shows refusals', async () => {
    h = renderClerkArea();
    await signIn(h);
    let frame = await press(h, 'a', 'p');
    expect(frame).toContain('Add a patient');
    expect(frame).toMatch(/› MRN +_/);
    frame = await press(h, '123456\r', 'Newby\r', 'Nina\r', '2001-13-03\r');
    expect(frame).toContain('birth_date');
    frame = await press(h, WS_KEYS.BACKSPACE.repeat(10), '2001-02-03\r');
    expect(frame).toContain('✔ SAVED');
    expect(
      h.store.db
        .prepare("SELECT mrn, family_name, td_key FROM patients WHERE mrn = '123456'")
        .get(),
    ).toEqual({
      mrn: '123456',
      family_name: 'Newby',
      td_key: '563400000000000012',
    });
  });

  it('a supervisor sets a PIN from the staff list (F4), typed twice as dots', async () => {
    h = renderClerkArea();
    await signIn(h, 'SUP1', '4321');
    let frame = await press(h, 'a', 's');
    expect(frame).toContain('CLERK1  Clerk One (Health Records) · clerk');
    frame = await press(h, 'clerk1');
    frame = await press(h, WS_KEYS.F4);
    expect(frame).toContain('New PIN for CLERK1');
    frame = await press(h, '2468\r', '2468');
    expect(frame).toContain('••••_');
    expect(frame).not.toContain('2468');
    frame = await press(h, '\r');
    expect(frame).toContain('✔ PIN SET  for CLERK1');
    const row = h.store.staff.byBadge('CLERK1');
    expect(verifyPin('2468', row?.pin_hash ?? null)).toBe(true);
  });

  it('a clerk may not set PINs', async () => {
    h = renderClerkArea();
    await signIn(h);
    await press(h, 'a', 's');
    const frame = await press(h, WS_KEYS.F4);
    expect(frame).toContain('✖ SUPERVISOR ONLY');
  });

  it('deactivates a staff member from the list', async () => {
    h = renderClerkArea();
    await signIn(h);
    await press(h, 'a', 's', 'nurse2', WS_KEYS.ENTER);
    let frame = await press(h, WS_KEYS.DOWN, WS_KEYS.DOWN, WS_KEYS.DOWN, WS_KEYS.DOWN);
    expect(frame).toMatch(/› Active \(yes\/no\) +yes_/);
    frame = await press(h, WS_KEYS.BACKSPACE.repeat(3), 'no\r');
    expect(frame).toContain('✔ SAVED');
    expect(frame).toContain('NURSE2  Nurse Two (Ward 5) · staff · inactive');
    expect(h.store.staff.byBadge('NURSE2')?.active).toBe(0);
  });
});
