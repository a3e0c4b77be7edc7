import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { T0 } from '../../helpers/temp-db.js';
import {
  press,
  renderClerkArea,
  rows,
  settle,
  signIn,
  WS_KEYS,
  type ClerkHarness,
} from './harness.js';

describe('clerk area: sign-in and lock', () => {
  let h: ClerkHarness;
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    h?.unmount();
    vi.useRealTimers();
  });

  it('asks for the badge, then the PIN as dots, then shows the main menu', async () => {
    h = renderClerkArea();
    await settle();
    expect(h.lastFrame()).toContain('Scan or type your badge, then Enter: _');
    const pinFrame = await press(h, 'CLERK1\r', '12');
    expect(pinFrame).toContain('Clerk One');
    expect(pinFrame).toContain('PIN, then Enter: ••_');
    expect(pinFrame).not.toContain('12_');
    const menu = await press(h, '34\r');
    expect(menu).toMatchInlineSnapshot(`
      " Clerk workspace · Test Counter · Signed in: Clerk One (clerk)
       Main menu
       › [S] Search  names, MRNs, barcodes, badges, places
         [W] Who has what  charts out, by custodian
         [O] Overdue  by custodian, by age, shelf order
         [L] Lists  out at a place, missing, today
         [F] File room  pull lists, requests, missing, loose filing, audit
         [R] Reports  moves per hour, overdue, departments
         [A] Records admin  patients, charts, staff, places, imports
         [Q] Lock  back to the counter



















        letter  open   ↑↓ Enter  pick   Ctrl-L/F12  lock   Esc  lock & leave"
    `);
    expect(rows(h.store, 'SELECT kind, counter FROM events')).toEqual([
      { kind: 'sign_in', counter: 'Test Counter' },
    ]);
  });

  it('refuses walk-up staff and unknown badges with a word, not only a colour', async () => {
    h = renderClerkArea();
    await settle();
    expect(await press(h, 'NURSE1\r')).toContain('✖ NOT A CLERK');
    expect(await press(h, 'NOPE\r')).toContain('✖ UNKNOWN BADGE');
  });

  it('five wrong PINs lock the badge for lockoutMinutes, logged; it opens again after', async () => {
    h = renderClerkArea();
    await settle();
    await press(h, 'CLERK1\r');
    let frame = '';
    for (let i = 0; i < 4; i += 1) frame = await press(h, '9999\r');
    expect(frame).toContain('✖ WRONG PIN  1 try left');
    frame = await press(h, '9999\r');
    expect(frame).toContain('✖ LOCKED  Too many wrong PINs: this badge is locked until 09:15.');
    expect(rows(h.store, "SELECT kind FROM events WHERE kind = 'pin_lockout'")).toHaveLength(1);
    // Still locked a minute later, even with the right PIN.
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(await press(h, 'CLERK1\r')).toContain(
      '✖ LOCKED  Too many wrong PINs. Try again after 09:15.',
    );
    // After the lockout the right PIN signs in.
    await vi.advanceTimersByTimeAsync(15 * 60_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(await signIn(h)).toContain('Main menu');
  });

  it('locks back to the counter after idleLockSeconds without a key, logging sign_out', async () => {
    h = renderClerkArea({ clerk: { idleLockSeconds: 60, maxPinTries: 5, lockoutMinutes: 15 } });
    await signIn(h);
    await vi.advanceTimersByTimeAsync(59_000);
    await vi.advanceTimersByTimeAsync(0);
    await press(h, WS_KEYS.DOWN);
    // The key restarted the timer: 59 s more is still not idle.
    await vi.advanceTimersByTimeAsync(59_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.onExit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.onExit).toHaveBeenCalledTimes(1);
    expect(rows(h.store, "SELECT kind, detail FROM events WHERE kind = 'sign_out'")).toEqual([
      { kind: 'sign_out', detail: 'idle' },
    ]);
  });

  it.each([
    ['Ctrl-L', WS_KEYS.CTRL_L],
    ['F12', WS_KEYS.F12],
  ])('locks on %s from any screen', async (_name, key) => {
    h = renderClerkArea();
    await signIn(h);
    await press(h, 's', 'Test');
    await press(h, key);
    expect(h.onExit).toHaveBeenCalledTimes(1);
  });

  it('Esc goes back one screen; Esc on the main menu locks', async () => {
    h = renderClerkArea();
    await signIn(h);
    expect(await press(h, 'r')).toContain('Moves per hour today');
    expect(await press(h, WS_KEYS.ESC)).toContain('Main menu');
    expect(h.onExit).not.toHaveBeenCalled();
    await press(h, WS_KEYS.ESC);
    expect(h.onExit).toHaveBeenCalledTimes(1);
  });

  it('Esc at the badge step goes back to the counter', async () => {
    h = renderClerkArea();
    await settle();
    await press(h, WS_KEYS.ESC);
    expect(h.onExit).toHaveBeenCalledTimes(1);
  });
});
