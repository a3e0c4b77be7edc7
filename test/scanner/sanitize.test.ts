import { describe, expect, it } from 'vitest';
import { RepeatFilter } from '../../src/scanner/debounce.js';
import { hasUnsafeCharacter, sanitizeCode } from '../../src/scanner/sanitize.js';

describe('sanitizeCode', () => {
  it('removes controls, escape sequences, C1 and bidi overrides', () => {
    expect(sanitizeCode('MRN\x1b[31m001\x1b]0;title\x07\u202e23\u2066\x85\x00')).toEqual({
      kind: 'ok',
      code: 'MRN00123',
    });
    expect(sanitizeCode('\tCH 12\r\n')).toEqual({ kind: 'ok', code: 'CH 12' });
    expect(sanitizeCode('A\u200bB\ufeffC\ud800')).toEqual({ kind: 'ok', code: 'ABC' });
  });

  it('reports empty and over-long text as errors', () => {
    expect(sanitizeCode('\x1b[A\r')).toEqual({ kind: 'error', reason: 'empty barcode' });
    expect(sanitizeCode('X'.repeat(128))).toMatchObject({ kind: 'ok' });
    expect(sanitizeCode('X'.repeat(129))).toMatchObject({ kind: 'error', reason: /too long/ });
  });

  it('detects unsafe characters', () => {
    expect(hasUnsafeCharacter('abc')).toBe(false);
    expect(hasUnsafeCharacter('a\u202eb')).toBe(true);
  });
});

describe('RepeatFilter', () => {
  it('ignores a repeat within the window, and a window kept open by repeats', () => {
    const filter = new RepeatFilter(1500);
    expect(filter.admit('CH1', 0)).toBe(true);
    expect(filter.admit('CH1', 1000)).toBe(false);
    expect(filter.admit('CH1', 2400)).toBe(false);
    expect(filter.admit('CH1', 4000)).toBe(true);
    expect(filter.admit('CH2', 4001)).toBe(true);
    expect(filter.admit('CH1', 4002)).toBe(true);
    filter.reset();
    expect(filter.admit('CH1', 4003)).toBe(true);
  });
});
