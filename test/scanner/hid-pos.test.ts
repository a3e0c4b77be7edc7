import { describe, expect, it } from 'vitest';
import { decodePosReport } from '../../src/scanner/hid-pos.js';
import { PosAssembler } from '../../src/scanner/pos-assembler.js';
import { fixtureReports, honeywellReport } from './fixtures.js';

const F2_TEXT = 'PT:000123456|MRN:0012345|VOL:02|DOB:19700101|LOC:ARCH-B-07';

describe('decodePosReport', () => {
  it('reads F1 with the Honeywell layout', () => {
    const [f1] = fixtureReports('f1-honeywell-code39.hex');
    const report = decodePosReport(f1!, 'honeywell');
    expect(report.kind).toBe('report');
    if (report.kind !== 'report') return;
    expect(report.aim).toBe(']A1');
    expect(Buffer.from(report.data).toString('latin1')).toBe('MRN00123451');
    expect(report.more).toBe(false);
  });

  it('refuses F3 (Newland) with the Honeywell profile instead of shifting it', () => {
    const [f3] = fixtureReports('f3-newland-badge.hex');
    const report = decodePosReport(f3!, 'honeywell');
    expect(report).toMatchObject({ kind: 'error' });
    expect(report.kind === 'error' && report.reason).toMatch(/no AIM identifier/);
  });

  it('refuses F1 (Honeywell) with the Newland profile: data overruns the length', () => {
    const [f1] = fixtureReports('f1-honeywell-code39.hex');
    expect(decodePosReport(f1!, 'newland')).toMatchObject({ kind: 'error' });
  });

  it('refuses wrong sizes, report IDs and lengths', () => {
    const good = honeywellReport(']A0', 'X1');
    expect(decodePosReport(good.subarray(0, 63), 'honeywell').kind).toBe('error');
    expect(
      decodePosReport(Uint8Array.from([...good.subarray(0, 63), 0, 0]), 'honeywell').kind,
    ).toBe('error');
    const badId = good.slice();
    badId[0] = 0x01;
    expect(decodePosReport(badId, 'honeywell')).toMatchObject({ reason: /report ID 0x01/ });
    const tooLong = good.slice();
    tooLong[1] = 57;
    expect(decodePosReport(tooLong, 'honeywell')).toMatchObject({ reason: /exceeds 56/ });
    const empty = good.slice();
    empty[1] = 0;
    expect(decodePosReport(empty, 'honeywell')).toMatchObject({ reason: /empty/ });
  });
});

describe('PosAssembler', () => {
  it('decodes F1 as one scan with its AIM identifier', () => {
    const assembler = new PosAssembler('honeywell');
    const [f1] = fixtureReports('f1-honeywell-code39.hex');
    expect(assembler.push(f1!, 0)).toEqual([
      { kind: 'scan', code: 'MRN00123451', symbology: ']A1' },
    ]);
    expect(assembler.deadline()).toBeNull();
  });

  it('joins the two reports of F2', () => {
    const assembler = new PosAssembler('honeywell');
    const [r1, r2] = fixtureReports('f2-honeywell-code128-two-reports.hex');
    expect(assembler.push(r1!, 1000)).toEqual([]);
    expect(assembler.deadline()).toBe(1251);
    expect(assembler.push(r2!, 1010)).toEqual([{ kind: 'scan', code: F2_TEXT, symbology: ']C0' }]);
    expect(F2_TEXT).toHaveLength(58);
  });

  it('drops F2 report 1 alone after the window, and reports it', () => {
    const assembler = new PosAssembler('honeywell');
    const [r1] = fixtureReports('f2-truncated.hex');
    assembler.push(r1!, 1000);
    expect(assembler.expire(1250)).toEqual([]);
    const dropped = assembler.expire(1251);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ kind: 'notice', notice: 'dropped' });
    expect(assembler.hasPartial()).toBe(false);
  });

  it('drops a late continuation instead of gluing it to a stale partial', () => {
    const assembler = new PosAssembler('honeywell');
    const [r1, r2] = fixtureReports('f2-honeywell-code128-two-reports.hex');
    assembler.push(r1!, 0);
    const events = assembler.push(r2!, 400);
    expect(events[0]).toMatchObject({ kind: 'notice', notice: 'dropped' });
    expect(events).not.toContainEqual(expect.objectContaining({ code: F2_TEXT }));
  });

  it('drops the partial when the AIM changes mid-sequence', () => {
    const assembler = new PosAssembler('honeywell');
    assembler.push(honeywellReport(']C0', 'PART', true), 0);
    const events = assembler.push(honeywellReport(']A0', 'CODE39'), 10);
    expect(events[0]).toMatchObject({ notice: 'dropped', detail: /symbology changed/ });
    expect(events[1]).toEqual({ kind: 'scan', code: 'CODE39', symbology: ']A0' });
  });

  it('never takes ]X or ]Z menu answers as scans', () => {
    const assembler = new PosAssembler('honeywell');
    expect(assembler.push(honeywellReport(']X0', 'REVINF'), 0)).toEqual([
      { kind: 'notice', notice: 'menu-answer', detail: 'scanner menu answer ]X0: REVINF' },
    ]);
    expect(assembler.push(honeywellReport(']Z0', 'OK'), 1)[0]).toMatchObject({
      notice: 'menu-answer',
    });
  });

  it('reads F3 with the Newland profile, dropping the CR suffix', () => {
    const assembler = new PosAssembler('newland');
    const [f3] = fixtureReports('f3-newland-badge.hex');
    expect(assembler.push(f3!, 0)).toEqual([{ kind: 'scan', code: 'EMP-004217', symbology: null }]);
  });

  it('strips control characters and escape sequences from the data', () => {
    const assembler = new PosAssembler('honeywell');
    const events = assembler.push(honeywellReport(']A0', 'CH\x1b[2J12\x003\x9b'), 0);
    expect(events).toEqual([{ kind: 'scan', code: 'CH123', symbology: ']A0' }]);
  });

  it('reports an over-long barcode as an error value', () => {
    const assembler = new PosAssembler('honeywell');
    const chunk = 'X'.repeat(56);
    assembler.push(honeywellReport(']C0', chunk, true), 0);
    assembler.push(honeywellReport(']C0', chunk, true), 1);
    const events = assembler.push(honeywellReport(']C0', chunk), 2);
    expect(events).toEqual([
      { kind: 'error', reason: expect.stringMatching(/too long/) as string },
    ]);
  });

  it('bounds a stuck continuation bit', () => {
    const assembler = new PosAssembler('honeywell');
    const events = [];
    for (let i = 0; i < 40; i += 1)
      events.push(...assembler.push(honeywellReport(']C0', 'Y'.repeat(56), true), i));
    expect(events.some((e) => e.kind === 'notice' && /longer than/.test(e.detail))).toBe(true);
  });
});
