import type { PullOutcome } from '../../workflows/pulling.js';
import type { PrintResult } from '../../workflows/printing.js';
import { safeText } from '../../domain/safe-text.js';

/** Every string the pull-list screen shows (kept out of the view, like src/theme). */
export const PULL_TEXT = {
  title: (date: string) => `Pull list ${date}`,
  progress: (done: number, total: number, blocked: number) =>
    `${done} of ${total} pulled · ${blocked} cannot be pulled`,
  empty: 'No charts are requested for this day.',
  field: 'Scan a chart to pull it: ',
  hints: [
    ['Scan/Enter', 'pull'],
    ['↑↓', 'scroll'],
    ['Ctrl+P', 'print'],
    ['Esc', 'back'],
  ] as const,
} as const;

/** The line shown after a pulling scan. */
export function outcomeText(
  o: PullOutcome,
  holding: string,
): { tone: 'ok' | 'warn' | 'refused'; text: string } {
  switch (o.kind) {
    case 'pulled':
      return {
        tone: o.found ? 'warn' : 'ok',
        text: `${safeText(o.chart.barcode)} vol ${o.chart.volume} → ${safeText(holding)}${o.found ? ' · missing chart found: pending approval' : ''}`,
      };
    case 'already_pulled':
      return {
        tone: 'warn',
        text: `${safeText(o.chart.barcode)} is already on ${safeText(holding)}`,
      };
    case 'not_on_list':
      return { tone: 'refused', text: `${safeText(o.chart.barcode)} is not on this list` };
    case 'unknown_code':
      return { tone: 'refused', text: `Unknown code ${safeText(o.code)}` };
    case 'rejected':
      return {
        tone: 'refused',
        text: o.reason === 'db_busy' ? 'Database busy: scan again' : `Not written: ${o.reason}`,
      };
    default: {
      const never: never = o;
      throw new Error(`unhandled pull outcome ${JSON.stringify(never)}`);
    }
  }
}

/** The line shown after printing. */
export function printedText(r: PrintResult): string {
  switch (r.kind) {
    case 'off':
      return 'Printing is off in the configuration.';
    case 'printed':
      return r.via === 'file' ? `Printed to ${r.file}` : 'Sent to the printer.';
    case 'failed':
      return `Printing failed: ${safeText(r.message)}`;
    default: {
      const never: never = r;
      throw new Error(`unhandled print result ${JSON.stringify(never)}`);
    }
  }
}
