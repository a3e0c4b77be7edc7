import { describe, expect, it } from 'vitest';
import { chunkFromInk } from '../../src/scanner/ink-input.js';
import { WedgeDetector } from '../../src/scanner/wedge.js';
import type { WedgeEvent } from '../../src/scanner/wedge.js';
import { resolveWedgeConfig } from '../../src/scanner/wedge-config.js';
import type { WedgeConfig } from '../../src/scanner/wedge-config.js';

/** Plays timed chunks, firing tick() at each deadline the way a timer owner would. */
function play(
  chunks: ReadonlyArray<readonly [string, number]>,
  config?: Partial<WedgeConfig>,
): WedgeEvent[] {
  const detector = new WedgeDetector(resolveWedgeConfig(config).config);
  const events: WedgeEvent[] = [];
  const runTimersUntil = (t: number): void => {
    for (let d = detector.deadline(); d !== null && d <= t; d = detector.deadline()) {
      events.push(...detector.tick(d));
    }
  };
  for (const [chunk, at] of chunks) {
    runTimersUntil(at);
    events.push(...detector.push(chunk, at));
  }
  runTimersUntil(Number.MAX_SAFE_INTEGER);
  return events;
}

const scans = (events: WedgeEvent[]): Array<{ code: string; source: string }> =>
  events.flatMap((e) => (e.kind === 'scan' ? [{ code: e.code, source: e.source }] : []));

describe('WedgeDetector', () => {
  it('takes a whole burst delivered in one chunk as one wedge scan', () => {
    const events = play([['MRN00123451\r', 1000]]);
    expect(events).toEqual([
      { kind: 'scan', code: 'MRN00123451', source: 'wedge', symbology: null, at: 1000 },
    ]);
  });

  it('joins a burst split across chunks', () => {
    const events = play([
      ['CH', 0],
      ['-000', 8],
      ['123', 20],
      ['\r', 30],
    ]);
    expect(scans(events)).toEqual([{ code: 'CH-000123', source: 'wedge' }]);
  });

  it('treats one character per chunk at scanner speed as a burst', () => {
    const chunks = [...'CH0042\r'].map((ch, i) => [ch, i * 15] as const);
    expect(scans(play(chunks))).toEqual([{ code: 'CH0042', source: 'wedge' }]);
  });

  it('treats human typing as manual entry, a scan only on Enter, source keyboard', () => {
    const events = play([
      ['1', 0],
      ['2', 180],
      ['3', 400],
      ['\r', 700],
    ]);
    expect(events.filter((e) => e.kind === 'manual')).toEqual([
      { kind: 'manual', text: '1' },
      { kind: 'manual', text: '12' },
      { kind: 'manual', text: '123' },
      { kind: 'manual', text: '' },
    ]);
    expect(scans(events)).toEqual([{ code: '123', source: 'keyboard' }]);
  });

  it('never makes a scan from typing without Enter', () => {
    const events = play([
      ['C', 0],
      ['H', 120],
      ['0', 260],
      ['0', 390],
      ['4', 500],
      ['2', 640],
    ]);
    expect(scans(events)).toEqual([]);
  });

  it('flushes a fast burst without terminator on idle', () => {
    const detector = new WedgeDetector();
    expect(detector.push('CH123456', 0)).toEqual([]);
    expect(detector.deadline()).toBe(101);
    expect(detector.tick(100)).toEqual([]);
    expect(detector.tick(101)).toMatchObject([{ kind: 'scan', code: 'CH123456', source: 'wedge' }]);
  });

  it('with idle flush off, an unterminated burst is manual text', () => {
    const events = play([['CH123456', 0]], { idleMs: null });
    expect(scans(events)).toEqual([]);
    expect(events).toContainEqual({ kind: 'manual', text: 'CH123456' });
  });

  it('keeps typing and a scan that follows at once apart', () => {
    const events = play([
      ['1', 0],
      ['2', 150],
      ['CH0001\r', 190],
      ['\r', 1500],
    ]);
    expect(scans(events)).toEqual([
      { code: 'CH0001', source: 'wedge' },
      { code: '12', source: 'keyboard' },
    ]);
  });

  it('does not let a CR LF scan terminator submit the manual field', () => {
    const events = play([
      ['9', 0],
      ['CH0001\r\n', 300],
    ]);
    expect(scans(events)).toEqual([{ code: 'CH0001', source: 'wedge' }]);
  });

  it('keeps arrow keys, function keys and Ctrl-C out of barcode text', () => {
    expect(scans(play([['CH1\x1b[B23\x1bOP4\x1b[15~56\x03\r', 0]]))).toEqual([
      { code: 'CH123456', source: 'wedge' },
    ]);
    expect(
      scans(
        play([
          ['CH12\x1b[', 0],
          ['A3456\r', 5],
        ]),
      ),
    ).toEqual([{ code: 'CH123456', source: 'wedge' }]);
    // A lone Escape key (no sequence follows) types nothing.
    expect(
      scans(
        play([
          ['\x1b', 0],
          ['x', 200],
          ['\r', 400],
        ]),
      ),
    ).toEqual([{ code: 'x', source: 'keyboard' }]);
  });

  it('strips configured prefix and suffix', () => {
    const config = { prefix: '~', suffix: '#' };
    expect(scans(play([['~CH123#\r', 0]], config))).toEqual([{ code: 'CH123', source: 'wedge' }]);
    // A key pressed just before the prefix belongs to the person.
    const events = play(
      [
        ['5', 0],
        ['~CH123#\r', 10],
        ['\r', 900],
      ],
      config,
    );
    expect(scans(events)).toEqual([
      { code: 'CH123', source: 'wedge' },
      { code: '5', source: 'keyboard' },
    ]);
  });

  it('refuses control characters (Ctrl-C) as affixes', () => {
    const { config, errors } = resolveWedgeConfig({ suffix: '\x03', prefix: '\x02' });
    expect(config.suffix).toBe('');
    expect(config.prefix).toBe('');
    expect(errors).toHaveLength(2);
    expect(errors.join(' ')).toMatch(/Ctrl-C/);
    expect(resolveWedgeConfig({ maxGapMs: -1, minLength: 0, idleMs: 5 }).errors).toHaveLength(3);
  });

  it('edits manual text with backspace', () => {
    const events = play([
      ['1', 0],
      ['2', 200],
      ['\x7f', 400],
      ['3', 600],
      ['\r', 800],
    ]);
    expect(scans(events)).toEqual([{ code: '13', source: 'keyboard' }]);
  });

  it('takes a short fast chunk plus Enter as manual entry', () => {
    expect(scans(play([['AB\r', 0]]))).toEqual([{ code: 'AB', source: 'keyboard' }]);
  });

  it('parses an AIM prefix on wedge scans', () => {
    expect(play([[']A1MRN00123451\r', 5]])).toEqual([
      { kind: 'scan', code: 'MRN00123451', source: 'wedge', symbology: ']A1', at: 5 },
    ]);
  });

  it('reports an over-long burst as an error value', () => {
    expect(play([[`${'7'.repeat(600)}\r`, 0]])).toEqual([
      { kind: 'error', reason: expect.stringMatching(/too long/) as string },
    ]);
    expect(play([[`${'7'.repeat(200)}\r`, 0]])).toEqual([
      { kind: 'error', reason: expect.stringMatching(/too long/) as string },
    ]);
  });

  it('clears manual text on request', () => {
    const detector = new WedgeDetector();
    detector.push('4', 0);
    detector.tick(100);
    expect(detector.manualText).toBe('4');
    expect(detector.clearManual()).toEqual([{ kind: 'manual', text: '' }]);
  });
});

describe('chunkFromInk', () => {
  const none = {
    return: false,
    tab: false,
    backspace: false,
    delete: false,
    ctrl: false,
    meta: false,
  };
  it('maps Ink key flags back to terminal text', () => {
    expect(chunkFromInk('CH123\r', none)).toBe('CH123\r');
    expect(chunkFromInk('', { ...none, return: true })).toBe('\r');
    expect(chunkFromInk('', { ...none, tab: true })).toBe('\t');
    expect(chunkFromInk('', { ...none, backspace: true })).toBe('\x7f');
    expect(chunkFromInk('c', { ...none, ctrl: true })).toBe('');
    expect(chunkFromInk('', none)).toBe('');
  });
});
