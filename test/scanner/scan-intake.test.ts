import { describe, expect, it } from 'vitest';
import { ScanIntake } from '../../src/scanner/scan-intake.js';
import type { ScanRefusal } from '../../src/scanner/scan-intake.js';
import { activeInputs } from '../../src/scanner/scan-source.js';
import type { Scan } from '../../src/scanner/types.js';

const scan = (code: string, at: number, source: Scan['source'] = 'hid'): Scan => ({
  code,
  source,
  symbology: null,
  at,
});

describe('ScanIntake', () => {
  it('delivers in order, one at a time, while the engine is busy', async () => {
    const delivered: string[] = [];
    let release: () => void = () => undefined;
    const intake = new ScanIntake({
      deliver: async (s) => {
        delivered.push(`start ${s.code}`);
        if (s.code === 'A') await new Promise<void>((resolve) => (release = resolve));
        delivered.push(`end ${s.code}`);
      },
    });
    intake.offer(scan('A', 0));
    intake.offer(scan('B', 10));
    intake.offer(scan('C', 20));
    expect(intake.pending).toBe(2);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(delivered).toEqual(['start A', 'end A', 'start B', 'end B', 'start C', 'end C']);
  });

  it('drops double reads across sources and failed checks, and survives a failing engine', async () => {
    const refused: ScanRefusal[] = [];
    const delivered: string[] = [];
    const intake = new ScanIntake({
      deliver: (s) => {
        delivered.push(s.code);
        if (s.code === 'BOOG') throw new Error('engine bug');
      },
      onRefused: (r) => refused.push(r),
      checkPolicy: { code39: true, unidentified: 'code39' },
    });
    intake.offer(scan('CODE39W', 0, 'hid'));
    intake.offer(scan('CODE39W', 40, 'wedge'));
    intake.offer(scan('CODE39X', 100));
    intake.offer(scan('BOOG', 200));
    intake.offer(scan('ABC123$', 300));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(delivered).toEqual(['CODE39W', 'BOOG', 'ABC123$']);
    expect(refused.map((r) => r.kind)).toEqual(['repeat', 'check', 'deliver-failed']);
  });
});

describe('activeInputs', () => {
  it('maps scanner.mode', () => {
    expect(activeInputs('auto')).toEqual({ hid: true, wedge: true, manual: true });
    expect(activeInputs('hid')).toEqual({ hid: true, wedge: false, manual: true });
    expect(activeInputs('wedge')).toEqual({ hid: false, wedge: true, manual: true });
  });
});
