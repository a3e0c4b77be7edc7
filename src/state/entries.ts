/**
 * What the counter screen shows for each scan, made from engine outcomes. Patients are masked
 * here, at the door, so no full name ever reaches screen state unless config allows it, and
 * every text from data passes safeText() before a terminal sees it.
 */
import type { Custodian } from '../domain/custodian.js';
import { maskPatient, type PrivacyLevel } from '../domain/privacy.js';
import { safeText } from '../domain/safe-text.js';
import type { ChartView } from '../db/charts.js';
import type { MoveAction, Notice, Outcome, RejectReason } from '../engine/types.js';

/** A chart as one scan line shows it: barcode, volume and the masked patient. */
export interface ChartLine {
  /** The chart's barcode label. */
  readonly barcode: string;
  /** Volume number (1 for single-volume charts). */
  readonly volume: number;
  /** The patient at the configured privacy level. */
  readonly patient: string;
}

/** A notice, flattened to display values. */
export type NoticeView =
  | { readonly kind: 'requested_elsewhere'; readonly place: string; readonly neededAt: number }
  | { readonly kind: 'request_filled'; readonly place: string }
  | {
      readonly kind: 'other_volumes_out';
      readonly volumes: readonly { readonly volume: number; readonly holder: string }[];
    }
  | { readonly kind: 'loose_reports'; readonly count: number }
  | { readonly kind: 'found_pending' };

/** Why a scan was refused, as the screen words it (the engine's reasons plus input checks). */
export type RefusalReason =
  | Exclude<RejectReason, 'db_busy'>
  | 'db_still_busy'
  | 'check_character'
  | 'unreadable'
  | 'internal';

/** One line of the visit's scan log. */
export type EntryBody =
  | {
      readonly kind: 'check_out' | 'return' | 'transfer';
      readonly chart: ChartLine;
      /** Who or where holds the chart now (the home file room after a return). */
      readonly holder: string;
      readonly dueAt: number | null;
      readonly notices: readonly NoticeView[];
    }
  | {
      readonly kind: 'unchanged';
      readonly chart: ChartLine;
      readonly holder: string;
      readonly dueAt: number | null;
      readonly notices: readonly NoticeView[];
    }
  | {
      readonly kind: 'undo';
      readonly chart: ChartLine;
      readonly undone: MoveAction;
      readonly holder: string;
    }
  | { readonly kind: 'refused'; readonly reason: RefusalReason; readonly code: string }
  | { readonly kind: 'hello'; readonly name: string; readonly department: string }
  | { readonly kind: 'place'; readonly name: string; readonly selected: boolean };

/** A scan-log entry with its key and time. */
export type LogEntry = EntryBody & { readonly id: number; readonly at: number };

/** The name shown for a custodian. */
export function holderName(custodian: Custodian | null, chart: ChartView): string {
  if (custodian === null) return safeText(chart.home.name);
  return safeText(custodian.name);
}

function chartLine(chart: ChartView, privacy: PrivacyLevel): ChartLine {
  return {
    barcode: safeText(chart.barcode),
    volume: chart.volume,
    patient: safeText(maskPatient(chart.patient, privacy)),
  };
}

function noticeView(notice: Notice): NoticeView {
  switch (notice.kind) {
    case 'requested_elsewhere':
      return {
        kind: 'requested_elsewhere',
        place: safeText(notice.locationName),
        neededAt: notice.neededAt,
      };
    case 'request_filled':
      return { kind: 'request_filled', place: safeText(notice.locationName) };
    case 'other_volumes_out':
      return {
        kind: 'other_volumes_out',
        volumes: notice.volumes.map((v) => ({
          volume: v.volume,
          holder: safeText(v.custodian.name),
        })),
      };
    case 'loose_reports':
      return { kind: 'loose_reports', count: notice.count };
    case 'found_pending':
      return { kind: 'found_pending' };
    default: {
      const never: never = notice;
      throw new Error(`unhandled notice ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The scan-log line for an outcome, or null for outcomes that are not lines (a visit ending).
 */
export function entryFromOutcome(outcome: Outcome, privacy: PrivacyLevel): EntryBody | null {
  switch (outcome.kind) {
    case 'session_start':
      return {
        kind: 'hello',
        name: safeText(outcome.staff.name),
        department: safeText(outcome.staff.department),
      };
    case 'session_end':
      return null;
    case 'location':
      return { kind: 'place', name: safeText(outcome.location.name), selected: outcome.selected };
    case 'check_out':
    case 'return':
    case 'transfer':
      return {
        kind: outcome.kind,
        chart: chartLine(outcome.chart, privacy),
        holder: holderName(outcome.to, outcome.chart),
        dueAt: outcome.dueAt,
        notices: outcome.notices.map(noticeView),
      };
    case 'unchanged':
      return {
        kind: 'unchanged',
        chart: chartLine(outcome.chart, privacy),
        holder: holderName(outcome.chart.custodian, outcome.chart),
        dueAt: outcome.chart.dueAt,
        notices: outcome.notices.map(noticeView),
      };
    case 'undo':
      return {
        kind: 'undo',
        chart: chartLine(outcome.chart, privacy),
        undone: outcome.undone,
        holder: holderName(outcome.chart.custodian, outcome.chart),
      };
    case 'rejected':
      return {
        kind: 'refused',
        reason: outcome.reason === 'db_busy' ? 'db_still_busy' : outcome.reason,
        code: safeText(outcome.code),
      };
    default: {
      const never: never = outcome;
      throw new Error(`unhandled outcome ${JSON.stringify(never)}`);
    }
  }
}
