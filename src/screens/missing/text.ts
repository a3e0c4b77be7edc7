import type { ShelfChart } from '../../db/audit-shelf.js';
import type { Custodian } from '../../domain/custodian.js';
import { formatShelf, type FilingOrder } from '../../domain/filing.js';
import type { MisfileKind } from '../../domain/misfile.js';
import { safeText } from '../../domain/safe-text.js';
import type { CustodySpell } from '../../reports/history.js';
import type { ApproveOutcome } from '../../workflows/approve-found.js';
import { dateTime } from '../../workflows/day.js';
import type { MissingFinder, MissingRefusal } from '../../workflows/missing.js';

/** Every string the missing-chart screen shows. */
export const MISSING_TEXT = {
  title: (n: number, pending: number) =>
    `Missing charts · ${n} flagged · ${pending} found, pending approval`,
  empty: 'No chart is flagged missing.',
  formTitle: 'Mark a chart missing',
  formHelp: 'Scan or type the barcode · Enter next/save · ↑ back · Esc cancels',
  labels: { barcode: 'Chart barcode', reason: 'Reason' } as Readonly<Record<string, string>>,
  needReason: 'Give a reason (where it was last looked for)',
  unknownBarcode: (code: string) => `No chart with barcode ${safeText(code)}`,
  marked: (barcode: string) => `${safeText(barcode)} marked missing`,
  found: (barcode: string) => `${safeText(barcode)} found: pending supervisor approval`,
  approved: (barcode: string) => `${safeText(barcode)} approved found: no longer missing`,
  approveTitle: (barcode: string) => `Supervisor approval: ${safeText(barcode)} was found`,
  badgePrompt: 'Supervisor badge: ',
  pinPrompt: 'PIN: ',
  dbFailed: 'Database busy or unavailable: nothing was written. Try again.',
  finderCustodians: 'Last custodians (newest first, days held):',
  neverMoved: '  never moved',
  finderPositions: 'Likely misfile positions (and the charts there now):',
  emptyShelf: '(no charts in file there)',
  hints: {
    list: [
      ['↑↓', 'move'],
      ['Enter', 'finder'],
      ['M', 'mark missing'],
      ['F', 'found'],
      ['A', 'approve'],
      ['Esc', 'back'],
    ],
    finder: [
      ['↑↓', 'scroll'],
      ['F', 'found'],
      ['A', 'approve'],
      ['Esc', 'list'],
    ],
    form: [
      ['Enter', 'next/save'],
      ['↑↓', 'field'],
      ['Esc', 'cancel'],
    ],
    approve: [
      ['Enter', 'next'],
      ['Esc', 'cancel'],
    ],
  },
} as const;

/** A missing flag as symbol + words. */
export function flagText(c: Pick<ShelfChart, 'missingSince' | 'foundPending'>): string {
  if (c.missingSince === null) return '✔ not flagged missing';
  return c.foundPending
    ? '◆ found, pending approval'
    : `✗ missing since ${dateTime(c.missingSince)}`;
}

/** One missing chart as a list row. */
export function missingRow(c: ShelfChart, order: FilingOrder): string {
  return `${flagText(c).padEnd(31)} ${formatShelf(c.mrn, order).padEnd(13)} ${safeText(c.barcode)} vol ${c.volume}  home ${safeText(c.homeCode)}`;
}

const KIND_WORDS: Record<MisfileKind, string> = {
  pairs_swapped: 'pairs swapped',
  primary_transposed: 'primary transposed',
  secondary_transposed: 'secondary transposed',
  section_below: 'section below',
  section_above: 'section above',
};

function custodianText(c: Custodian | null): string {
  if (c === null) return 'in file';
  return `${safeText(c.code)} ${safeText(c.name)}`;
}

function spellText(s: CustodySpell): string {
  return `  ${custodianText(s.custodian).padEnd(26)} from ${dateTime(s.from)}  ${s.days.toFixed(1)} d`;
}

/** The finder's lines for one chart: heading, flag, custodians, misfile positions. */
export function finderLines(f: MissingFinder, order: FilingOrder): string[] {
  const c = f.chart;
  return [
    `${safeText(c.barcode)} vol ${c.volume} · shelf ${formatShelf(c.patient.mrn, order)} · home ${safeText(c.home.code)}`,
    flagText(c),
    MISSING_TEXT.finderCustodians,
    ...(f.custodians.length === 0 ? [MISSING_TEXT.neverMoved] : f.custodians.map(spellText)),
    MISSING_TEXT.finderPositions,
    ...f.positions.map((p) => {
      const around = p.neighbours
        .map((n) => `${safeText(n.barcode)} (${formatShelf(n.mrn, order)})`)
        .join(', ');
      return `  ${p.shelf.padEnd(13)} ${KIND_WORDS[p.candidate.kind].padEnd(21)} ${around || MISSING_TEXT.emptyShelf}`;
    }),
  ];
}

/** A refused missing-chart action in words. */
export function missingRefusalText(reason: MissingRefusal): string {
  switch (reason) {
    case 'unknown_chart':
      return 'No such chart';
    case 'already_missing':
      return 'That chart is already flagged missing';
    case 'not_missing':
      return 'That chart is not flagged missing';
    case 'already_found':
      return 'That chart is already found, pending approval';
    default: {
      const never: never = reason;
      throw new Error(`unhandled refusal ${String(never)}`);
    }
  }
}

/** A refused approval in words (approved is not a refusal). */
export function approveRefusalText(o: Exclude<ApproveOutcome, { kind: 'approved' }>): string {
  switch (o.kind) {
    case 'unknown_chart':
      return 'No such chart';
    case 'not_pending':
      return 'That chart is not found-pending: mark it found first (F)';
    case 'unknown_badge':
      return 'Unknown badge';
    case 'not_supervisor':
      return 'That badge is not a supervisor';
    case 'inactive':
      return 'That badge is inactive';
    case 'locked':
      return `Badge locked until ${dateTime(o.until)}`;
    case 'wrong_pin':
      return `Wrong PIN: ${o.triesLeft} ${o.triesLeft === 1 ? 'try' : 'tries'} left`;
    default: {
      const never: never = o;
      throw new Error(`unhandled approval ${JSON.stringify(never)}`);
    }
  }
}
