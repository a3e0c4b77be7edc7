import { describe, expect, it } from 'vitest';
import { parseAimId, splitAimPrefix } from '../../src/scanner/aim.js';
import {
  computeCodabarCheck,
  computeCode39Check,
  computeI2of5Check,
  hasValidCodabarCheck,
  hasValidCode39Check,
  hasValidI2of5Check,
} from '../../src/scanner/check-chars.js';
import { checkScan } from '../../src/scanner/check-policy.js';
import type { Scan } from '../../src/scanner/types.js';

describe('Code 39 mod 43', () => {
  it.each([
    ['CODE39', 'W'],
    ['MRN0012345', '1'],
    ['CH-000123', 'S'],
    ['ABC123', '$'],
  ])('%s → %s', (data, check) => {
    expect(computeCode39Check(data)).toBe(check);
    expect(hasValidCode39Check(data + check)).toBe(true);
  });

  it('rejects a wrong check and non-Code 39 text', () => {
    expect(hasValidCode39Check('MRN00123452')).toBe(false);
    expect(computeCode39Check('abc')).toBeNull();
    expect(hasValidCode39Check('W')).toBe(false);
  });
});

describe('Interleaved 2 of 5 mod 10', () => {
  it.each([
    ['0012345', '7'],
    ['1234567', '0'],
    ['400638133393', '1'],
  ])('%s → %s', (data, check) => {
    expect(computeI2of5Check(data)).toBe(check);
    expect(hasValidI2of5Check(data + check)).toBe(true);
  });

  it('rejects a wrong digit and non-digits', () => {
    expect(hasValidI2of5Check('00123458')).toBe(false);
    expect(computeI2of5Check('12a')).toBeNull();
  });
});

describe('Codabar mod 16', () => {
  it.each([
    ['A789A', '8', 'A7898A'],
    ['A40156B', '+', 'A40156+B'],
    // 16 + 9 + 7 + 16 = 48, a multiple of 16: the check is 0.
    ['A97A', '0', 'A970A'],
  ])('%s → %s', (data, check, symbol) => {
    expect(computeCodabarCheck(data)).toBe(check);
    expect(hasValidCodabarCheck(symbol)).toBe(true);
  });

  it('needs start/stop characters and rejects a wrong check', () => {
    expect(computeCodabarCheck('789')).toBeNull();
    expect(computeCodabarCheck('A7B89A')).toBeNull();
    expect(hasValidCodabarCheck('A7897A')).toBe(false);
    expect(computeCodabarCheck('t789e')).toBe(computeCodabarCheck('A789D'));
  });
});

describe('AIM identifiers', () => {
  it('parses code and modifier', () => {
    expect(parseAimId(']A1')).toEqual({ id: ']A1', code: 'A', modifier: '1', symbology: 'code39' });
    expect(parseAimId(']C1')?.symbology).toBe('gs1-128');
    expect(parseAimId(']X0')?.symbology).toBe('menu-answer');
    expect(parseAimId('EMP')).toBeNull();
    expect(splitAimPrefix(']I0001234')).toMatchObject({ aim: { code: 'I' }, rest: '001234' });
    expect(splitAimPrefix('MRN1')).toEqual({ aim: null, rest: 'MRN1' });
  });
});

describe('check policy', () => {
  const scan = (code: string, symbology: string | null): Scan => ({
    code,
    symbology,
    source: 'hid',
    at: 0,
  });

  it('verifies only the symbologies the policy names', () => {
    expect(checkScan(scan('MRN00123451', ']A1'), { code39: true })).toEqual({ kind: 'ok' });
    expect(checkScan(scan('MRN00123452', ']A1'), { code39: true })).toMatchObject({
      kind: 'error',
    });
    expect(checkScan(scan('MRN00123452', ']A1'), {})).toEqual({ kind: 'ok' });
    expect(checkScan(scan('00123458', ']I0'), { interleaved2of5: true }).kind).toBe('error');
    expect(checkScan(scan('A7898A', ']F0'), { codabar: true }).kind).toBe('ok');
    expect(checkScan(scan('7898', ']F0'), { codabar: true })).toMatchObject({
      reason: /start\/stop/,
    });
  });

  it('trusts a scanner that verified and stripped the check', () => {
    expect(checkScan(scan('MRN0012345', ']A3'), { code39: true })).toEqual({ kind: 'ok' });
  });

  it('applies the unidentified symbology to scans without AIM', () => {
    const policy = { code39: true, unidentified: 'code39' as const };
    expect(checkScan(scan('CH-000123S', null), policy)).toEqual({ kind: 'ok' });
    expect(checkScan(scan('CH-000123T', null), policy).kind).toBe('error');
    expect(checkScan(scan('CH-000123T', null), { code39: true }).kind).toBe('ok');
  });
});
