import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { T0 } from '../../helpers/temp-db.js';
import { KEYS, burst } from '../../helpers/keys.js';
import { renderKiosk, type KioskHarness } from '../../helpers/kiosk.js';

// Fake timers pin the clock (T0 is Monday 09:00 UTC) so frames are exact.
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
  await vi.advanceTimersByTimeAsync(0);
}

async function type(kiosk: KioskHarness, data: string): Promise<string> {
  kiosk.write(data);
  await settle();
  return kiosk.lastFrame();
}

/** Passes the wedge detector's gap so the next burst is a new one. */
async function pause(ms = 200): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await vi.advanceTimersByTimeAsync(0);
}

function chartState(kiosk: KioskHarness, barcode: string) {
  return kiosk.store.db
    .prepare<
      [string],
      { state: string; custodian_kind: string | null; custodian_id: number | null }
    >('SELECT state, custodian_kind, custodian_id FROM charts WHERE barcode = ?')
    .get(barcode);
}

describe('counter screen', () => {
  let kiosk: KioskHarness;
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    kiosk?.unmount();
    vi.useRealTimers();
  });

  it('shows the idle prompt, counter, clock, scanner status and today counts', async () => {
    kiosk = renderKiosk();
    await settle();
    expect(kiosk.lastFrame()).toMatchInlineSnapshot(`
      " chartdesk · Test Counter                                                           Mon 05/01 09:00
       ▢ No HID scanner connected   ⌨ keyboard input on   Today: 0 out · 0 back







                                   ╔════════════════════════════════════════╗
                                   ║                                        ║
                                   ║   Scan your badge, then your charts.   ║
                                   ║    Returning a chart? Just scan it.    ║
                                   ║                                        ║
                                   ╚════════════════════════════════════════╝






       Type a code, then Enter:
        F2  Clerk sign-in   U  Undo last   F10  Exit kiosk"
    `);
  });

  it('runs a visit: badge, charts, banner per scan, log lines, same badge ends it', async () => {
    kiosk = renderKiosk();
    await settle();
    let frame = await type(kiosk, burst('NURSE1'));
    expect(frame).toContain('▶ Nurse One · Ward 3');
    expect(frame).toContain('HELLO');
    await pause();
    frame = await type(kiosk, burst('C1'));
    expect(frame).toMatchInlineSnapshot(`
      " chartdesk · Test Counter                                                           Mon 05/01 09:00
       ▢ No HID scanner connected   ⌨ keyboard input on   Today: 0 out · 0 back
       ▶ Nurse One · Ward 3                                                       Charts go to: Nurse One
       ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
       ┃  ✔ OUT                                                                                         ┃
       ┃ C1 is out to Nurse One, due Tue 09:00.                                                         ┃
       ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
       This visit
       ▶ HELLO                                        Nurse One · Ward 3
       ✔ OUT         C1 v1          A.T. · MRN …2345  → Nurse One                           due Tue 09:00










       ⏱ Visit ends in 30 s. Scan to continue, Esc to end now.
       Type a code, then Enter:
        Esc  End visit   U  Undo last   F2  Clerk sign-in"
    `);
    expect(chartState(kiosk, 'C1')?.state).toBe('out');
    await pause();
    await type(kiosk, burst('C2'));
    await pause();
    frame = await type(kiosk, burst('C3'));
    expect(frame).toContain('C3 is out to Nurse One, due Tue 09:00.');
    expect(frame).toContain('C2 v1');
    expect(frame).toContain('Z.D. · MRN …0042');
    expect(frame).not.toContain('Démoulin');
    expect(kiosk.sounds).toEqual(['success', 'success', 'success', 'success']);
    await pause();
    frame = await type(kiosk, burst('NURSE1'));
    expect(frame).toContain('Visit ended. Thank you.');
    expect(frame).not.toMatch(/C1|C2|C3|MRN/);
    expect(kiosk.services.desk.visit).toBeNull();
  });

  it('returns without a badge, transfers to another person, and undoes with U', async () => {
    kiosk = renderKiosk();
    await settle();
    await type(kiosk, burst('NURSE1'));
    await pause();
    await type(kiosk, burst('C1'));
    await pause();
    await type(kiosk, burst('NURSE2'));
    await pause();
    let frame = await type(kiosk, burst('C1'));
    expect(frame).toContain('⇄ TRANSFERRED');
    expect(frame).toContain('C1 now goes to Nurse Two');
    expect(kiosk.sounds.at(-1)).toBe('warning');
    await pause();
    frame = await type(kiosk, 'u');
    await pause(100);
    frame = kiosk.lastFrame();
    expect(frame).toContain('↶ UNDONE');
    expect(frame).toContain('C1: transfer undone, back with Nurse One.');
    const nurse1 = kiosk.store.staff.byBadge('NURSE1')!;
    expect(chartState(kiosk, 'C1')).toEqual({
      state: 'out',
      custodian_kind: 'staff',
      custodian_id: nurse1.id,
    });
    frame = await type(kiosk, KEYS.ESC);
    await pause(10);
    expect(kiosk.lastFrame()).toContain('Visit ended');
    // A return needs no badge.
    frame = await type(kiosk, burst('C1'));
    expect(frame).toContain('↩ RETURNED');
    expect(frame).toContain('C1 is returned to Main File Room.');
    expect(frame).toContain('Returns (no badge scanned)');
    expect(chartState(kiosk, 'C1')?.state).toBe('in');
  });

  it('accepts a slowly typed code with Enter as a keyboard scan', async () => {
    kiosk = renderKiosk();
    await settle();
    for (const ch of 'NURSE1') {
      kiosk.write(ch);
      await pause(120);
    }
    expect(kiosk.lastFrame()).toContain('Type a code, then Enter: NURSE1');
    const frame = await type(kiosk, KEYS.ENTER);
    expect(frame).toContain('▶ Nurse One · Ward 3');
    expect(kiosk.log.events).toContainEqual(
      expect.objectContaining({ kind: 'scan', source: 'keyboard', outcome: 'session_start' }),
    );
  });

  it('takes HID scans from the scanner feed and shows the scanner status', async () => {
    kiosk = renderKiosk();
    await settle();
    kiosk.hub.publishStatus({ state: 'connected', name: 'Xenon 1950g' });
    await settle();
    expect(kiosk.lastFrame()).toContain('▣ HID scanner connected: Xenon 1950g');
    kiosk.hub.publishStatus({ state: 'disconnected' });
    await settle();
    expect(kiosk.lastFrame()).toContain('⠋ ⟳ HID scanner disconnected, reconnecting');
    kiosk.hub.publishStatus({ state: 'unavailable', reason: 'node-hid could not load libusb-1.0' });
    await settle();
    expect(kiosk.lastFrame()).toContain('▢ HID unavailable: node-hid could not load libusb-1.0');
    expect(kiosk.lastFrame()).toContain('⌨ keyboard input on');
    kiosk.hub.publishScan({ code: 'NURSE1', source: 'hid', symbology: ']C0', at: Date.now() });
    await settle();
    expect(kiosk.lastFrame()).toContain('▶ Nurse One · Ward 3');
  });

  it('refuses with a symbol and a word, and rings three times', async () => {
    kiosk = renderKiosk();
    await settle();
    const frame = await type(kiosk, burst('C2'));
    expect(frame).toContain('✖ REFUSED');
    expect(frame).toContain('Scan your badge first, then the chart.');
    expect(kiosk.sounds).toEqual(['error']);
  });

  it('shows notices: requested elsewhere, other volumes out, loose reports', async () => {
    kiosk = renderKiosk();
    const { db } = kiosk.store;
    const clinic = kiosk.store.locations.byCode('CLIN-B')!;
    db.prepare(
      'INSERT INTO requests (chart_id, location_id, needed_at, created_at) VALUES (1, ?, ?, ?)',
    ).run(clinic.id, T0 + 30 * 60_000, T0);
    db.prepare(
      "INSERT INTO loose_reports (patient_id, description, received_at) VALUES (1, 'lab', ?)",
    ).run(T0);
    await settle();
    await type(kiosk, burst('NURSE2'));
    await pause();
    await type(kiosk, burst('C1V2'));
    await pause();
    await type(kiosk, burst('NURSE1'));
    await pause();
    const frame = await type(kiosk, burst('C1'));
    expect(frame).toContain('⚑ HOLD');
    expect(frame).toContain('Hold for Clinic B, needed 09:30');
    expect(frame).toContain('❐ OTHER VOLUMES OUT');
    expect(frame).toContain('Vol 2 with Nurse Two');
    expect(frame).toContain('✎ LOOSE REPORTS');
    expect(kiosk.sounds.at(-1)).toBe('requested');
  });

  it('ends an idle visit after the configured time, with a visible countdown', async () => {
    kiosk = renderKiosk({ session: { idleSeconds: 20 } });
    await settle();
    await type(kiosk, burst('NURSE1'));
    await pause();
    await type(kiosk, burst('C1'));
    expect(kiosk.lastFrame()).toContain('⏱ Visit ends in 20 s.');
    await vi.advanceTimersByTimeAsync(12_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(kiosk.lastFrame()).toContain('⏱ Visit ends in 8 s.');
    await vi.advanceTimersByTimeAsync(8_500);
    await vi.advanceTimersByTimeAsync(0);
    const frame = kiosk.lastFrame();
    expect(frame).toContain('Visit ended after no scans for a while.');
    expect(frame).toContain('Scan your badge, then your charts.');
    expect(frame).not.toMatch(/C1|Nurse One|MRN/);
    expect(kiosk.services.desk.visit).toBeNull();
  });

  it('ignores Ctrl+C, Ctrl+Z and Ctrl+\\ in lockdown; Ctrl+C quits without it', async () => {
    kiosk = renderKiosk();
    await settle();
    await type(kiosk, KEYS.CTRL_C);
    await type(kiosk, KEYS.CTRL_Z);
    await type(kiosk, KEYS.CTRL_BACKSLASH);
    expect(kiosk.quit).not.toHaveBeenCalled();
    expect(kiosk.lastFrame()).toContain('Scan your badge');
    kiosk.unmount();
    kiosk = renderKiosk({ kiosk: { lockdown: false } });
    await settle();
    await type(kiosk, KEYS.CTRL_C);
    expect(kiosk.quit).toHaveBeenCalledWith('ctrl_c');
  });

  it('F2 ends the visit and opens the clerk area; it returns to the counter', async () => {
    kiosk = renderKiosk();
    await settle();
    await type(kiosk, burst('NURSE1'));
    await pause();
    await type(kiosk, burst('C1'));
    let frame = await type(kiosk, KEYS.F2);
    expect(frame).toBe('CLERK AREA STUB');
    expect(kiosk.services.desk.visit).toBeNull();
    await type(kiosk, KEYS.ESC);
    await pause(10);
    frame = kiosk.lastFrame();
    expect(frame).toContain('Scan your badge, then your charts.');
    expect(frame).not.toMatch(/C1 |MRN/);
  });

  it('F10 closes the kiosk only for a supervisor badge and PIN, and audits it', async () => {
    kiosk = renderKiosk();
    await settle();
    let frame = await type(kiosk, KEYS.F10);
    expect(frame).toContain('Exit kiosk: supervisor only');
    await type(kiosk, burst('NURSE1'));
    await type(kiosk, '1234\r');
    await pause(10);
    frame = kiosk.lastFrame();
    expect(frame).toContain('That badge cannot close the kiosk. 2 tries left.');
    await type(kiosk, burst('SUP1'));
    frame = await type(kiosk, '4321');
    expect(frame).toContain('Type your PIN, then Enter: ••••');
    expect(frame).not.toContain('4321');
    await type(kiosk, KEYS.ENTER);
    await pause(10);
    expect(kiosk.quit).toHaveBeenCalledWith('supervisor');
    const events = kiosk.store.db
      .prepare<[], { kind: string }>('SELECT kind FROM events ORDER BY id')
      .all()
      .map((e) => e.kind);
    expect(events).toEqual(['pin_failed', 'kiosk_exit']);
  });
});
