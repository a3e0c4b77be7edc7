import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { burst } from '../../helpers/keys.js';
import { renderKiosk, type KioskHarness } from '../../helpers/kiosk.js';
import { T0, tempDir } from '../../helpers/temp-db.js';

// Fake timers pin the clock (T0 is Monday 09:00 UTC), as in counter-flow.test.tsx.
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
  await vi.advanceTimersByTimeAsync(0);
}

async function scan(kiosk: KioskHarness, code: string): Promise<string> {
  kiosk.write(burst(code));
  await settle();
  // Past the wedge detector's gap, so the next burst is a new scan.
  await vi.advanceTimersByTimeAsync(200);
  await settle();
  return kiosk.lastFrame();
}

function printing(file: string, outGuideSlips = true) {
  return { printing: { mode: 'file', file, outGuideSlips } };
}

describe('out-guide slip at check-out', () => {
  let kiosk: KioskHarness;
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    kiosk?.unmount();
    vi.useRealTimers();
  });

  it('prints a slip to the print file for each check-out and transfer, none for a return', async () => {
    const file = path.join(tempDir(), 'slips.txt');
    kiosk = renderKiosk(printing(file));
    await settle();
    await scan(kiosk, 'NURSE1');
    const frame = await scan(kiosk, 'C1');
    expect(frame).toContain('OUT');
    expect(readFileSync(file, 'utf8')).toBe(
      [
        '================================',
        '           OUT GUIDE',
        '================================',
        '          45 | 23 | 01',
        'Patient: A.T.   Vol 1',
        'Chart:   C1',
        'Out to:  NURSE1',
        '         Nurse One',
        'Date:    2026-01-05 09:00',
        'Due:     2026-01-06 09:00',
        '================================',
        '\f',
        '',
      ].join('\n'),
    );
    // A transfer to another person prints a second slip; returning a chart prints none.
    await scan(kiosk, 'NURSE2');
    await scan(kiosk, 'C1');
    expect(readFileSync(file, 'utf8').match(/OUT GUIDE/g)).toHaveLength(2);
    expect(readFileSync(file, 'utf8')).toContain('Out to:  NURSE2');
    await scan(kiosk, 'NURSE2');
    await scan(kiosk, 'C2');
    await scan(kiosk, 'NURSE2');
    await scan(kiosk, 'C2');
    expect(readFileSync(file, 'utf8').match(/OUT GUIDE/g)).toHaveLength(3);
    expect(kiosk.log.events.filter((e) => e.kind === 'print_failed')).toEqual([]);
  });

  it('shows an amber notice and logs without patient data when the slip cannot print; the scan stands', async () => {
    const file = path.join(tempDir(), 'no-such-folder', 'slips.txt');
    kiosk = renderKiosk(printing(file));
    await settle();
    await scan(kiosk, 'NURSE1');
    const frame = await scan(kiosk, 'C1');
    expect(frame).toContain(`⚠ Out-guide slip not printed: cannot write ${file}`);
    const chart = kiosk.store.charts.byBarcode('C1');
    expect(chart?.state).toBe('out');
    const failed = kiosk.log.events.filter((e) => e.kind === 'print_failed');
    expect(failed).toHaveLength(1);
    const logged = JSON.stringify(failed);
    for (const secret of ['Testwood', 'Alpha', '0012345', 'A.T.']) {
      expect(logged).not.toContain(secret);
    }
    // The next scan still goes through at once; the notice goes with the visit.
    expect(await scan(kiosk, 'C2')).toContain('C2');
    expect(kiosk.store.charts.byBarcode('C2')?.state).toBe('out');
    expect(await scan(kiosk, 'NURSE1')).not.toContain('Out-guide slip not printed');
    expect(existsSync(file)).toBe(false);
  });

  it('prints nothing when slips are off or printing is off', async () => {
    const dir = tempDir();
    for (const config of [
      printing(path.join(dir, 'a.txt'), false),
      { printing: { mode: 'off', file: path.join(dir, 'b.txt'), outGuideSlips: true } },
    ]) {
      kiosk = renderKiosk(config);
      await settle();
      await scan(kiosk, 'NURSE1');
      await scan(kiosk, 'C1');
      expect(kiosk.store.charts.byBarcode('C1')?.state).toBe('out');
      kiosk.unmount();
    }
    expect(existsSync(path.join(dir, 'a.txt'))).toBe(false);
    expect(existsSync(path.join(dir, 'b.txt'))).toBe(false);
  });
});
