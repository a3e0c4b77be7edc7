import type { ShelfChart } from '../../db/audit-shelf.js';
import { formatShelf, type FilingOrder } from '../../domain/filing.js';
import { safeText } from '../../domain/safe-text.js';
import type { AuditFinding, AuditResult, AuditSection, FixOutcome } from '../../workflows/audit.js';

/** Every string the shelf-audit screen shows. */
export const AUDIT_TEXT = {
  pickTitle: (room: string) => `Shelf audit · file room ${safeText(room)}: pick a section`,
  pickHelp: 'Primary 00–99, secondary 00–99 or empty · Enter next/start · Esc back',
  labels: { primary: 'Primary section', secondary: 'Secondary (optional)' } as Readonly<
    Record<string, string>
  >,
  badSection: 'A section is two digits, 00–99 (secondary may be empty)',
  unknownRoom: (room: string) => `File room ${safeText(room)} is not a file room here`,
  section: (s: AuditSection) =>
    `${safeText(s.fileRoomCode)} section ${s.primary}${s.secondary === null ? '' : ` | ${s.secondary}`}`,
  scanTitle: (section: string, n: number) => `Shelf audit ${section} · ${n} scanned`,
  scanPrompt: 'Scan each chart on the shelf (or type a code, then Enter): ',
  nothingScanned: 'Nothing scanned yet.',
  resultTitle: (section: string, r: AuditResult) =>
    `Shelf audit ${section} · ${r.expected} expected · ${r.confirmed} confirmed · ${r.findings.length} finding(s)`,
  allGood: '✔ The shelf matches the log.',
  dbFailed: 'Database busy or unavailable: nothing was written. Try again.',
  hints: {
    pick: [
      ['Enter', 'next/start'],
      ['↑↓', 'field'],
      ['Esc', 'back'],
    ],
    scan: [
      ['Scan/Enter', 'add'],
      ['Ctrl+D', 'compare'],
      ['Esc', 'section'],
    ],
    results: [
      ['↑↓', 'move'],
      ['Enter', 'fix'],
      ['Esc', 'scan more'],
    ],
  },
} as const;

function chartText(c: ShelfChart, order: FilingOrder): string {
  return `${formatShelf(c.mrn, order).padEnd(13)} ${safeText(c.barcode)} vol ${c.volume}`;
}

/** A finding as symbol + words, with what its one-key fix does. */
export function findingRow(f: AuditFinding, order: FilingOrder): string {
  switch (f.kind) {
    case 'not_scanned':
      return `✗ not scanned     ${chartText(f.chart, order)} · expected here: fix marks it missing`;
    case 'out_per_log':
      return `⇄ out per log     ${chartText(f.chart, order)} · log: out to ${safeText(f.chart.custodianCode ?? '?')}: fix returns it`;
    case 'missing_flag':
      return `◆ flagged missing ${chartText(f.chart, order)} · fix marks it found`;
    case 'other_room':
      return `⚠ other room      ${chartText(f.chart, order)} · home ${safeText(f.chart.homeCode)}`;
    case 'wrong_section':
      return `⚠ wrong section   ${chartText(f.chart, order)} · belongs at ${f.belongs}`;
    case 'unknown_code':
      return `? unknown code    ${safeText(f.code)}`;
    default: {
      const never: never = f;
      throw new Error(`unhandled finding ${JSON.stringify(never)}`);
    }
  }
}

/** What a fix did, as symbol + words. */
export function fixText(o: FixOutcome): string {
  switch (o.kind) {
    case 'marked_missing':
      return '✔ fixed: marked missing';
    case 'returned':
      return '✔ fixed: returned to file';
    case 'marked_found':
      return '✔ fixed: marked found, pending approval';
    case 'reshelve':
      return `→ re-shelve at ${safeText(o.where)}`;
    case 'refused':
      return `✗ not fixed: ${safeText(o.reason.replace(/_/g, ' '))}`;
    default: {
      const never: never = o;
      throw new Error(`unhandled fix ${JSON.stringify(never)}`);
    }
  }
}

/** A finding after its fix: what was done, and to which chart. */
export function fixedRow(f: AuditFinding, o: FixOutcome, order: FilingOrder): string {
  const subject = f.kind === 'unknown_code' ? safeText(f.code) : chartText(f.chart, order);
  return `${fixText(o)} · ${subject}`;
}
