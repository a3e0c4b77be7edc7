import type { ShelfChart } from '../db/audit-shelf.js';
import type { Store } from '../db/store.js';
import { formatShelf } from '../domain/filing.js';
import { noticesAfterMove, writeCustody, type WriteContext } from '../engine/apply.js';
import type { Notice } from '../engine/types.js';
import { markFound, markMissing, shelfOf } from './missing.js';

/** The shelf being audited: a primary section (00–99), optionally one secondary pair in it. */
export interface AuditSection {
  readonly fileRoomCode: string;
  readonly primary: string;
  readonly secondary: string | null;
}

/** Something the audit found that the log and the shelf disagree on. */
export type AuditFinding =
  /** Expected on this shelf (in file, home here, this section) but not scanned. */
  | { readonly kind: 'not_scanned'; readonly chart: ShelfChart }
  /** Scanned here, but the log has it out to someone. */
  | { readonly kind: 'out_per_log'; readonly chart: ShelfChart }
  /** Scanned here while flagged missing. */
  | { readonly kind: 'missing_flag'; readonly chart: ShelfChart }
  /** Scanned here, but its home is another file room. */
  | { readonly kind: 'other_room'; readonly chart: ShelfChart }
  /** Scanned here, but it belongs in another section: a misfile. */
  | { readonly kind: 'wrong_section'; readonly chart: ShelfChart; readonly belongs: string }
  /** Not a chart barcode. */
  | { readonly kind: 'unknown_code'; readonly code: string };

/** The audit of one shelf section. */
export interface AuditResult {
  readonly section: AuditSection;
  /** Charts the log expects on this shelf. */
  readonly expected: number;
  /** Scanned charts that are where the log says. */
  readonly confirmed: number;
  readonly findings: readonly AuditFinding[];
}

/** Why a section cannot be audited. */
export type AuditRefusal = 'bad_section' | 'unknown_file_room';

/** The td_key prefix of a section. */
export function sectionPrefix(section: Pick<AuditSection, 'primary' | 'secondary'>): string {
  return `${section.primary}${section.secondary ?? ''}`;
}

/** True for a section a clerk may pick: primary 00–99, secondary 00–99 or none. */
export function isSection(primary: string, secondary: string | null): boolean {
  return /^\d{2}$/.test(primary) && (secondary === null || /^\d{2}$/.test(secondary));
}

/**
 * Compares the charts scanned on a shelf with the log: the charts expected there and not
 * scanned, and the scanned charts that the log puts elsewhere (out, missing, another room,
 * another section). Reads only; each finding is fixed with `fixFinding`.
 */
export function auditShelf(
  store: Store,
  section: AuditSection,
  scanned: readonly string[],
): { ok: true; result: AuditResult } | { ok: false; reason: AuditRefusal } {
  if (!isSection(section.primary, section.secondary)) return { ok: false, reason: 'bad_section' };
  const room = store.locations.byCode(section.fileRoomCode);
  if (!room || room.kind !== 'file_room') return { ok: false, reason: 'unknown_file_room' };
  const shelf = shelfOf(store);
  const prefix = sectionPrefix(section);
  const expected = shelf
    .withPrefix(prefix, room.id)
    .filter((c) => c.state === 'in' && c.missingSince === null);
  const seen = new Set<string>();
  const findings: AuditFinding[] = [];
  let confirmed = 0;
  for (const raw of scanned) {
    const code = raw.trim();
    if (seen.has(code)) continue;
    seen.add(code);
    const chart = shelf.byBarcode(code);
    if (!chart) findings.push({ kind: 'unknown_code', code });
    else if (chart.missingSince !== null && !chart.foundPending)
      findings.push({ kind: 'missing_flag', chart });
    else if (chart.state === 'out') findings.push({ kind: 'out_per_log', chart });
    else if (chart.homeId !== room.id) findings.push({ kind: 'other_room', chart });
    else if (!chart.tdKey.startsWith(prefix))
      findings.push({ kind: 'wrong_section', chart, belongs: formatShelf(chart.mrn) });
    else confirmed += 1;
  }
  for (const chart of expected) {
    if (!seen.has(chart.barcode)) findings.push({ kind: 'not_scanned', chart });
  }
  return { ok: true, result: { section, expected: expected.length, confirmed, findings } };
}

/** What fixing a finding wrote. */
export type FixOutcome =
  | { readonly kind: 'marked_missing' }
  | { readonly kind: 'returned'; readonly notices: readonly Notice[] }
  | { readonly kind: 'marked_found' }
  /** Nothing to write: the clerk re-shelves the chart where it belongs. */
  | { readonly kind: 'reshelve'; readonly where: string }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * The one-key fix for a finding: mark a chart that was not on the shelf missing, return a chart
 * the log had out (it is in the clerk's hand), mark a missing chart found (pending approval).
 */
export function fixFinding(store: Store, finding: AuditFinding, ctx: WriteContext): FixOutcome {
  switch (finding.kind) {
    case 'not_scanned': {
      const done = markMissing(store, finding.chart.chartId, {
        ...ctx,
        note: ctx.note ?? `not on the shelf at audit of ${finding.chart.tdKey.slice(0, 2)}`,
      });
      return done.ok ? { kind: 'marked_missing' } : { kind: 'refused', reason: done.reason };
    }
    case 'out_per_log':
      return store.db.transaction((): FixOutcome => {
        const chart = store.charts.get(finding.chart.chartId);
        if (!chart || chart.state === 'in') return { kind: 'refused', reason: 'already_in' };
        writeCustody(store, chart, 'return', null, null, {
          ...ctx,
          note: ctx.note ?? 'found on the shelf at audit',
        });
        const after = store.charts.get(chart.id) ?? chart;
        return { kind: 'returned', notices: noticesAfterMove(store, after, null, ctx.at) };
      })();
    case 'missing_flag': {
      const done = markFound(store, finding.chart.chartId, {
        ...ctx,
        note: ctx.note ?? 'found on the shelf at audit',
      });
      return done.ok ? { kind: 'marked_found' } : { kind: 'refused', reason: done.reason };
    }
    case 'other_room':
      return { kind: 'reshelve', where: finding.chart.homeCode };
    case 'wrong_section':
      return { kind: 'reshelve', where: finding.belongs };
    case 'unknown_code':
      return { kind: 'refused', reason: 'unknown_code' };
    default: {
      const never: never = finding;
      throw new Error(`unhandled finding ${JSON.stringify(never)}`);
    }
  }
}
