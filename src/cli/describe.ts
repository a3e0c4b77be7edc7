import type { Custodian } from '../domain/custodian.js';
import { safeText } from '../domain/safe-text.js';
import type { Notice, Outcome } from '../engine/types.js';

/** A custodian for command-line output: a badge or location code, never a patient. */
export function custodianCode(c: Custodian | null): string {
  if (!c) return 'file';
  return `${c.kind === 'staff' ? 'staff' : 'location'}:${safeText(c.code)}`;
}

/** ISO time in UTC, minutes precision. */
export function isoMinute(ms: number | null): string {
  return ms === null ? '-' : new Date(ms).toISOString().slice(0, 16) + 'Z';
}

function noticeText(n: Notice): string {
  switch (n.kind) {
    case 'requested_elsewhere':
      return `requested by ${safeText(n.locationCode)} for ${isoMinute(n.neededAt)}`;
    case 'request_filled':
      return `request filled for ${safeText(n.locationCode)}`;
    case 'other_volumes_out':
      return `other volumes out: ${n.volumes.map((v) => `vol ${v.volume} at ${custodianCode(v.custodian)}`).join(', ')}`;
    case 'loose_reports':
      return `${n.count} loose report(s) to file`;
    case 'found_pending':
      return 'missing chart found: pending supervisor approval';
    default: {
      const never: never = n;
      throw new Error(`unhandled notice ${JSON.stringify(never)}`);
    }
  }
}

/** One line per outcome for `chartdesk scan`: the word first, then codes only (no patient data). */
export function outcomeLine(o: Outcome): string {
  const notices =
    'notices' in o && o.notices.length > 0 ? ` [${o.notices.map(noticeText).join('; ')}]` : '';
  switch (o.kind) {
    case 'session_start':
      return `session_start ${safeText(o.staff.badge)}${o.ended ? ` (ended ${safeText(o.ended.badge)})` : ''}`;
    case 'session_end':
      return `session_end ${safeText(o.staff.badge)}`;
    case 'location':
      return `location ${safeText(o.location.code)}${o.selected ? '' : ' (cleared)'}`;
    case 'check_out':
    case 'transfer':
      return `${o.kind} ${safeText(o.chart.barcode)} vol ${o.chart.volume} ${custodianCode(o.from)} -> ${custodianCode(o.to)} due ${isoMinute(o.dueAt)} #${o.seq}${notices}`;
    case 'return':
      return `return ${safeText(o.chart.barcode)} vol ${o.chart.volume} ${custodianCode(o.from)} -> ${safeText(o.chart.home.code)} #${o.seq}${notices}`;
    case 'unchanged':
      return `unchanged ${safeText(o.chart.barcode)} vol ${o.chart.volume} already ${o.chart.state === 'in' ? 'in file' : `with ${custodianCode(o.chart.custodian)}`}${notices}`;
    case 'undo':
      return `undo ${o.undone} of ${safeText(o.chart.barcode)} #${o.seq}`;
    case 'rejected':
      return `rejected: ${o.reason}${o.detail ? ` (${safeText(o.detail)})` : ''} ${JSON.stringify(safeText(o.code))}`;
    default: {
      const never: never = o;
      throw new Error(`unhandled outcome ${JSON.stringify(never)}`);
    }
  }
}

/** The same outcome as a JSON object without patient names. */
export function outcomeJson(o: Outcome): Record<string, unknown> {
  const chart = (c: { barcode: string; volume: number; state: string }) => ({
    barcode: c.barcode,
    volume: c.volume,
    state: c.state,
  });
  switch (o.kind) {
    case 'session_start':
      return { kind: o.kind, badge: o.staff.badge, ended: o.ended?.badge ?? null };
    case 'session_end':
      return { kind: o.kind, badge: o.staff.badge };
    case 'location':
      return { kind: o.kind, location: o.location.code, selected: o.selected };
    case 'check_out':
    case 'transfer':
    case 'return':
      return {
        kind: o.kind,
        chart: chart(o.chart),
        from: custodianCode(o.from),
        to: o.kind === 'return' ? o.chart.home.code : custodianCode(o.to),
        dueAt: o.dueAt === null ? null : new Date(o.dueAt).toISOString(),
        seq: o.seq,
        notices: o.notices.map(noticeText),
      };
    case 'unchanged':
      return {
        kind: o.kind,
        chart: chart(o.chart),
        custodian: custodianCode(o.chart.custodian),
        notices: o.notices.map(noticeText),
      };
    case 'undo':
      return { kind: o.kind, undone: o.undone, chart: chart(o.chart), seq: o.seq };
    case 'rejected':
      return {
        kind: o.kind,
        reason: o.reason,
        code: safeText(o.code),
        ...(o.detail ? { detail: o.detail } : {}),
      };
    default: {
      const never: never = o;
      throw new Error(`unhandled outcome ${JSON.stringify(never)}`);
    }
  }
}
