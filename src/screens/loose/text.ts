import type { LooseLine } from '../../db/loose.js';
import { formatShelf, type FilingOrder } from '../../domain/filing.js';
import { safeText } from '../../domain/safe-text.js';
import { dateTime } from '../../workflows/day.js';
import type { LooseRefusal } from '../../workflows/loose.js';

/** Every string the loose-filing screen shows. */
export const LOOSE_TEXT = {
  title: (n: number) => `Loose filing · ${n} report(s) waiting, in shelf order`,
  empty: 'No loose reports are waiting.',
  formTitle: 'Record a loose report',
  formHelp: 'Enter next/save · ↑ back · Esc cancels',
  labels: { mrn: 'Patient MRN', description: 'What it is' } as Readonly<Record<string, string>>,
  recorded: (id: number, shelf: string) => `Loose report #${id} recorded for ${shelf}`,
  filed: (id: number) => `Loose report #${id} filed`,
  confirmFiled: (id: number) => `File loose report #${id} into its chart? Y yes · N no`,
  dbFailed: 'Database busy or unavailable: nothing was written. Try again.',
  hints: {
    list: [
      ['↑↓', 'move'],
      ['N', 'new'],
      ['Enter', 'filed'],
      ['Esc', 'back'],
    ],
    form: [
      ['Enter', 'next/save'],
      ['↑↓', 'field'],
      ['Esc', 'cancel'],
    ],
    confirm: [
      ['Y', 'filed'],
      ['N/Esc', 'not yet'],
    ],
  },
} as const;

/** A refused loose-report action in words. */
export function looseRefusalText(reason: LooseRefusal): string {
  switch (reason) {
    case 'unknown_patient':
      return 'No patient with that MRN';
    case 'empty_description':
      return 'Say what the report is (plain text)';
    case 'description_too_long':
      return 'That description is too long';
    case 'unknown_report':
      return 'No such loose report';
    case 'already_filed':
      return 'That report is already filed';
    default: {
      const never: never = reason;
      throw new Error(`unhandled refusal ${String(never)}`);
    }
  }
}

/** One waiting report: shelf, what it is, when it came, and whether the chart is in. */
export function looseRow(r: LooseLine, order: FilingOrder): string {
  const chart = r.volumesOut > 0 ? `⚠ chart out (${r.volumesOut} vol)` : '✔ chart in file';
  return [
    `#${r.id}`.padEnd(5),
    '□ waiting',
    formatShelf(r.mrn, order).padEnd(13),
    safeText(r.description).slice(0, 30).padEnd(30),
    dateTime(r.receivedAt),
    chart,
  ].join(' ');
}
