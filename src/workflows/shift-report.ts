import { shiftQueries, type OutByCustodian } from '../db/shift-report.js';
import type { Store } from '../db/store.js';
import { safeText } from '../domain/safe-text.js';
import { barChart } from './bars.js';
import { csvCells } from './csv.js';
import { dateTime, type DayWindow } from './day.js';
import { queriesOf } from './queries.js';

/** Summary statistics of request-to-fill times, in minutes. */
export interface FillStats {
  readonly count: number;
  readonly mean: number;
  readonly median: number;
  readonly max: number;
}

/** The end-of-shift report for one day. */
export interface ShiftReport {
  readonly day: DayWindow;
  /** When the report was made: "still out" is as of now. */
  readonly now: number;
  readonly outByCustodian: readonly OutByCustodian[];
  readonly outByAge: readonly { readonly label: string; readonly count: number }[];
  readonly movesByOperator: readonly { readonly label: string; readonly count: number }[];
  readonly movesByCounter: readonly { readonly label: string; readonly count: number }[];
  readonly fill: FillStats | null;
  readonly retrieval: {
    readonly requested: number;
    readonly retrieved: number;
    /** Retrieved ÷ requested, or null when nothing was requested. */
    readonly rate: number | null;
  };
}

/** Mean, median and maximum of a list of minutes (null when empty). */
export function fillStats(minutes: readonly number[]): FillStats | null {
  if (minutes.length === 0) return null;
  const sorted = [...minutes].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { count: sorted.length, mean, median, max: sorted[sorted.length - 1] as number };
}

/** Gathers the end-of-shift figures for a day. */
export function shiftReport(store: Store, day: DayWindow, now: number): ShiftReport {
  const q = queriesOf(store.db, shiftQueries);
  const ages = q.outByAge(now);
  const retrieval = q.retrieval(day.from, day.to);
  return {
    day,
    now,
    outByCustodian: q.outByCustodian(),
    outByAge: [
      { label: 'under 1 day', count: ages.underDay },
      { label: '1–3 days', count: ages.days1to3 },
      { label: '3–7 days', count: ages.days3to7 },
      { label: '7–30 days', count: ages.days7to30 },
      { label: 'over 30 days', count: ages.over30 },
    ],
    movesByOperator: q.movesByOperator(day.from, day.to),
    movesByCounter: q.movesByCounter(day.from, day.to),
    fill: fillStats(q.fillMinutes(day.from, day.to)),
    retrieval: {
      ...retrieval,
      rate: retrieval.requested === 0 ? null : retrieval.retrieved / retrieval.requested,
    },
  };
}

function days(ms: number): string {
  return `${(ms / 86_400_000).toFixed(1)} d`;
}

function minutes(m: number): string {
  return `${m.toFixed(1)} min`;
}

/** The report as printable text with bar charts, `width` columns wide. */
export function shiftReportText(report: ShiftReport, width = 80): string {
  const total = report.outByCustodian.reduce((n, c) => n + c.count, 0);
  const moves = report.movesByCounter.reduce((n, c) => n + c.count, 0);
  const r = report.retrieval;
  const lines = [
    `END OF SHIFT ${report.day.date} · made ${dateTime(report.now)}`,
    '',
    `Charts still out: ${total}, by custodian`,
    ...barChart(
      report.outByCustodian.map((c) => ({
        label: safeText(c.code),
        value: c.count,
        note: `oldest ${days(report.now - c.oldest)}`,
      })),
      width,
    ),
    '',
    'Charts still out, by age',
    ...barChart(
      report.outByAge.map((a) => ({ label: a.label, value: a.count })),
      width,
    ),
    '',
    `Moves on ${report.day.date}: ${moves}, by operator`,
    ...barChart(
      report.movesByOperator.map((m) => ({ label: safeText(m.label), value: m.count })),
      width,
    ),
    '',
    'Moves by counter',
    ...barChart(
      report.movesByCounter.map((m) => ({ label: safeText(m.label), value: m.count })),
      width,
    ),
    '',
    report.fill === null
      ? 'Request to fill: no request filled this day'
      : `Request to fill (${report.fill.count} filled): mean ${minutes(report.fill.mean)}, median ${minutes(report.fill.median)}, max ${minutes(report.fill.max)}`,
    r.rate === null
      ? 'Pull-list retrieval: no charts requested for this day'
      : `Pull-list retrieval: ${r.retrieved} of ${r.requested} (${(r.rate * 100).toFixed(1)}%)`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The report as CSV rows: section, label, value, detail. */
export function shiftReportCsv(report: ShiftReport): string {
  const rows = [csvCells(['section', 'label', 'value', 'detail'])];
  for (const c of report.outByCustodian) {
    rows.push(
      csvCells(['out_by_custodian', c.code, c.count, `oldest ${days(report.now - c.oldest)}`]),
    );
  }
  for (const a of report.outByAge) rows.push(csvCells(['out_by_age', a.label, a.count, null]));
  for (const m of report.movesByOperator)
    rows.push(csvCells(['moves_by_operator', m.label, m.count, null]));
  for (const m of report.movesByCounter)
    rows.push(csvCells(['moves_by_counter', m.label, m.count, null]));
  if (report.fill) {
    rows.push(csvCells(['request_to_fill_minutes', 'count', report.fill.count, null]));
    rows.push(csvCells(['request_to_fill_minutes', 'mean', round(report.fill.mean), null]));
    rows.push(csvCells(['request_to_fill_minutes', 'median', round(report.fill.median), null]));
    rows.push(csvCells(['request_to_fill_minutes', 'max', round(report.fill.max), null]));
  }
  rows.push(csvCells(['retrieval', 'requested', report.retrieval.requested, null]));
  rows.push(csvCells(['retrieval', 'retrieved', report.retrieval.retrieved, null]));
  rows.push(
    csvCells([
      'retrieval',
      'rate',
      report.retrieval.rate === null ? null : round(report.retrieval.rate, 3),
      null,
    ]),
  );
  return rows.join('');
}

function round(n: number, places = 1): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}
