import { describe, expect, it } from 'vitest';
import { bar, barChart } from '../../src/workflows/bars.js';
import { dayWindow } from '../../src/workflows/day.js';
import { ensureHolding, pullChart } from '../../src/workflows/pulling.js';
import { createRequests } from '../../src/workflows/requests.js';
import {
  fillStats,
  shiftReport,
  shiftReportCsv,
  shiftReportText,
} from '../../src/workflows/shift-report.js';
import { T0, tempStore, testConfig, testDesk } from '../helpers/temp-db.js';
import { seedWorkflows } from './helpers.js';

const config = testConfig();

describe('bars', () => {
  it.each([
    [0, 10, 10, ''],
    [10, 10, 10, '██████████'],
    [5, 10, 10, '█████'],
    [1, 80, 10, '▏'],
    [3, 8, 1, '▍'],
    [7, 16, 4, '█▊'],
  ])('%d of %d in %d cells', (value, max, width, expected) => {
    expect(bar(value, max, width)).toBe(expected);
  });
  it('draws a labelled chart scaled to the largest value', () => {
    expect(
      barChart(
        [
          { label: 'CLIN-B', value: 4 },
          { label: 'NURSE1', value: 1, note: 'oldest 2.0 d' },
        ],
        30,
      ),
    ).toEqual(['  CLIN-B  4 █████████████████', '  NURSE1  1 ████▎              oldest 2.0 d']);
    expect(barChart([])).toEqual(['  (none)']);
  });
  it('fill statistics', () => {
    expect(fillStats([])).toBeNull();
    expect(fillStats([30, 10, 20])).toEqual({ count: 3, mean: 20, median: 20, max: 30 });
    expect(fillStats([10, 40])).toEqual({ count: 2, mean: 25, median: 25, max: 40 });
  });
});

describe('end-of-shift report', () => {
  it('charts out, moves per operator and counter, request-to-fill and retrieval rate', () => {
    const store = tempStore();
    seedWorkflows(store);
    const desk = testDesk(store, config);
    const base = {
      requesterId: null,
      source: 'workspace',
      createdBy: null,
      at: T0 - 3_600_000,
    } as const;
    for (const [barcode, at] of [
      ['C1', 10],
      ['C2', 11],
      ['C3', 12],
    ] as const) {
      createRequests(store, config, {
        ...base,
        target: { kind: 'chart', chartId: store.charts.byBarcode(barcode)!.id },
        locationCode: 'CLIN-B',
        neededAt: Date.UTC(2026, 0, 5, at),
      });
    }
    const holding = ensureHolding(store, 'HOLD');
    for (const code of ['C1', 'C2']) {
      pullChart(store, {
        code,
        date: '2026-01-05',
        clinicCode: null,
        holding,
        loanHours: config.loanHours,
        counter: 'File Room',
        operatorId: null,
        source: 'workspace',
        at: T0,
      });
    }
    desk.scan({ code: 'NURSE2', source: 'wedge', at: T0 + 600_000 });
    desk.scan({ code: 'CLIN-B', source: 'wedge', at: T0 + 601_000 });
    desk.scan({ code: 'C1', source: 'wedge', at: T0 + 602_000 });
    desk.endVisit();
    desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 + 1_200_000 });
    desk.scan({ code: 'C4', source: 'wedge', at: T0 + 1_201_000 });
    desk.endVisit();
    const report = shiftReport(store, dayWindow('2026-01-05')!, T0 + 2 * 3_600_000);
    expect(report.outByCustodian.map((c) => [c.code, c.count])).toEqual([
      ['CLIN-B', 1],
      ['HOLD', 1],
      ['NURSE1', 1],
    ]);
    expect(report.movesByCounter).toEqual([
      { label: 'File Room', count: 2 },
      { label: 'Test Counter', count: 2 },
    ]);
    expect(report.movesByOperator).toEqual([
      { label: '(no badge)', count: 2 },
      { label: 'NURSE1', count: 1 },
      { label: 'NURSE2', count: 1 },
    ]);
    expect(report.fill).toEqual({
      count: 1,
      mean: 70.03333333333333,
      median: 70.03333333333333,
      max: 70.03333333333333,
    });
    expect(report.retrieval).toEqual({ requested: 3, retrieved: 2, rate: 2 / 3 });
    const text = shiftReportText(report, 60);
    expect(text).toContain('Charts still out: 3, by custodian');
    expect(text).toContain('under 1 day');
    expect(text).toContain(
      'Request to fill (1 filled): mean 70.0 min, median 70.0 min, max 70.0 min',
    );
    expect(text).toContain('Pull-list retrieval: 2 of 3 (66.7%)');
    expect(text).not.toMatch(/Testwood|Sampleton|Fixture/);
    expect(shiftReportCsv(report).split('\r\n').slice(-4)).toEqual([
      'retrieval,requested,3,',
      'retrieval,retrieved,2,',
      'retrieval,rate,0.667,',
      '',
    ]);
  });
});
