import { describe, expect, it } from 'vitest';
import {
  BootKeyboardAssembler,
  parseBootReport,
  usageToChar,
} from '../../src/scanner/boot-keyboard.js';
import type { DecoderEvent } from '../../src/scanner/types.js';
import { fixtureReports } from './fixtures.js';

function decodeFixture(name: string): { events: DecoderEvent[]; rest: DecoderEvent[] } {
  const keyboard = new BootKeyboardAssembler(null);
  const events = fixtureReports(name).flatMap((r, i) => keyboard.push(r, i));
  return { events, rest: keyboard.flush() };
}

describe('boot keyboard reports', () => {
  it('types Ch-01 then ends on Enter', () => {
    expect(decodeFixture('kb-ch-01.hex')).toEqual({
      events: [{ kind: 'scan', code: 'Ch-01', symbology: null }],
      rest: [],
    });
  });

  it('applies right shift (mask 0x22)', () => {
    expect(decodeFixture('kb-right-shift.hex').rest).toEqual([
      { kind: 'scan', code: 'A', symbology: null },
    ]);
  });

  it('counts a key once while held: ab, not aab', () => {
    expect(decodeFixture('kb-no-release.hex').rest).toMatchObject([{ code: 'ab' }]);
  });

  it('counts the same key twice with a release between', () => {
    expect(decodeFixture('kb-same-key-twice.hex').rest).toMatchObject([{ code: '11' }]);
  });

  it('ignores ErrorRollOver and keeps the previous state', () => {
    expect(decodeFixture('kb-rollover.hex')).toEqual({ events: [], rest: [] });
    const keyboard = new BootKeyboardAssembler(null);
    keyboard.push(Uint8Array.from([0, 0, 4, 0, 0, 0, 0, 0]), 0);
    keyboard.push(Uint8Array.from([0, 0, 1, 1, 1, 1, 1, 1]), 1);
    // 'a' still held after the rollover report: not typed again.
    keyboard.push(Uint8Array.from([0, 0, 4, 0, 0, 0, 0, 0]), 2);
    expect(keyboard.flush()).toMatchObject([{ code: 'a' }]);
  });

  it('reads 9-byte reports with a leading report ID', () => {
    expect(decodeFixture('kb-report-id.hex').rest).toMatchObject([{ code: 'A' }]);
  });

  it('ends on keypad Enter and Tab, and types keypad digits', () => {
    const keyboard = new BootKeyboardAssembler(null);
    const keys = [0x59, 0, 0x62, 0, 0x58, 0, 0x1e, 0, 0x2b];
    const events = keys.flatMap((k, i) =>
      keyboard.push(Uint8Array.from([0, 0, k, 0, 0, 0, 0, 0]), i),
    );
    expect(events).toMatchObject([{ code: '10' }, { code: '1' }]);
  });

  it('flushes on idle when configured', () => {
    const keyboard = new BootKeyboardAssembler(100);
    keyboard.push(Uint8Array.from([0, 0, 0x1e, 0, 0, 0, 0, 0]), 0);
    expect(keyboard.deadline()).toBe(101);
    expect(keyboard.expire(100)).toEqual([]);
    expect(keyboard.expire(101)).toMatchObject([{ code: '1' }]);
  });

  it('refuses reports of other sizes', () => {
    expect(parseBootReport(new Uint8Array(7))).toMatchObject({ kind: 'error' });
    expect(new BootKeyboardAssembler().push(new Uint8Array(64), 0)).toMatchObject([
      { kind: 'error' },
    ]);
  });

  it('maps the US layout', () => {
    expect(usageToChar(0x1e, true)).toBe('!');
    expect(usageToChar(0x27, false)).toBe('0');
    expect(usageToChar(0x2d, true)).toBe('_');
    expect(usageToChar(0x38, false)).toBe('/');
    expect(usageToChar(0x3a, false)).toBeNull(); // F1 types nothing
  });
});
