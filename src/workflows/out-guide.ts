import type { ChartView } from '../db/charts.js';
import type { Custodian } from '../domain/custodian.js';
import { formatShelf, type FilingOrder } from '../domain/filing.js';
import { safeText } from '../domain/safe-text.js';
import { dateTime } from './day.js';

/** Width of a slip printer line (58 mm paper: 32 characters). */
export const SLIP_WIDTH = 32;

function initials(given: string, family: string): string {
  const first = (name: string) => [...name.trim()][0]?.toUpperCase() ?? '?';
  return `${first(given)}.${first(family)}.`;
}

function center(text: string): string {
  const pad = Math.max(0, Math.floor((SLIP_WIDTH - text.length) / 2));
  return `${' '.repeat(pad)}${text}`;
}

/**
 * The out-guide slip put on the shelf where a chart was taken from: the chart number in
 * shelf blocks, the patient's initials only, volume, who has it, when it left and when it is
 * due back.
 */
export function outGuideSlip(
  chart: Pick<ChartView, 'barcode' | 'volume' | 'patient'>,
  custodian: Custodian,
  at: number,
  dueAt: number | null,
  order: FilingOrder = 'terminal_digit',
): string {
  const rule = '='.repeat(SLIP_WIDTH);
  const lines = [
    rule,
    center('OUT GUIDE'),
    rule,
    center(formatShelf(chart.patient.mrn, order)),
    `Patient: ${initials(chart.patient.given, chart.patient.family)}   Vol ${chart.volume}`,
    `Chart:   ${safeText(chart.barcode)}`,
    `Out to:  ${safeText(custodian.code)}`,
    `         ${safeText(custodian.name).slice(0, SLIP_WIDTH - 9)}`,
    `Date:    ${dateTime(at)}`,
    `Due:     ${dueAt === null ? '-' : dateTime(dueAt)}`,
    rule,
  ];
  return `${lines.join('\n')}\n`;
}
