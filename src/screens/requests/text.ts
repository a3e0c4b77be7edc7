import type { RequestLine } from '../../db/requests.js';
import { formatShelf, type FilingOrder } from '../../domain/filing.js';
import { safeText } from '../../domain/safe-text.js';
import { dateTime } from '../../workflows/day.js';
import type { RequestRefusal, StatusRefusal } from '../../workflows/requests.js';

/** Which open requests the list shows. */
export type StatusFilter = 'all' | 'requested' | 'pulled';

/** Every string the requests screen shows. */
export const REQUESTS_TEXT = {
  title: (shown: number, open: number) => `Requests · ${shown} of ${open} open`,
  filters: (clinic: string | null, status: StatusFilter) =>
    `Clinic: ${clinic === null ? 'all' : safeText(clinic)} · Status: ${status}`,
  empty: 'No open requests.',
  formTitle: 'New request: a patient by MRN, or one volume by barcode',
  formHelp: 'Enter/Tab next field · ↑ back · Enter on the last field saves · Esc cancels',
  labels: {
    mrn: 'Patient MRN',
    barcode: 'or volume barcode',
    requester: 'Requester badge (optional)',
    location: 'Location code',
    date: 'Needed date (YYYY-MM-DD)',
    time: 'Needed time (HH:MM)',
  } as Readonly<Record<string, string>>,
  confirmCancel: (id: number) => `Cancel request #${id}? Y yes · N no`,
  reasonPrompt: (id: number) => `Why can request #${id} not be filled? `,
  created: (n: number, fresh: number, where: string) =>
    `Requested ${n} volume(s) for ${safeText(where)}${fresh < n ? ` (${n - fresh} already requested)` : ''}`,
  cancelled: (id: number) => `Request #${id} cancelled`,
  notFillable: (id: number) => `Request #${id} marked not fillable`,
  oneTarget: 'Give a patient MRN or a volume barcode (one of them)',
  unknownMrn: (mrn: string) => `No patient with MRN ${safeText(mrn)}`,
  unknownBarcode: (code: string) => `No chart with barcode ${safeText(code)}`,
  unknownBadge: (badge: string) => `No staff badge ${safeText(badge)}`,
  needLocation: 'Give the location code',
  badWhen: 'Needed date and time must read YYYY-MM-DD and HH:MM',
  dbFailed: 'Database busy or unavailable: nothing was written. Try again.',
  hints: {
    list: [
      ['↑↓', 'move'],
      ['N', 'new'],
      ['X', 'cancel'],
      ['F', 'not fillable'],
      ['C', 'clinic'],
      ['S', 'status'],
      ['Esc', 'back'],
    ],
    form: [
      ['Enter', 'next/save'],
      ['↑↓', 'field'],
      ['Esc', 'cancel'],
    ],
    confirm: [
      ['Y', 'cancel it'],
      ['N/Esc', 'keep it'],
    ],
    reason: [
      ['Enter', 'save'],
      ['Esc', 'back'],
    ],
  },
} as const;

/** The refusals of creating a request, in words. */
export function requestRefusalText(reason: RequestRefusal | StatusRefusal): string {
  switch (reason) {
    case 'unknown_location':
      return 'No such location code';
    case 'inactive_location':
      return 'That location is inactive';
    case 'no_charts':
      return 'That patient has no chart volumes';
    case 'unknown_request':
      return 'No such request';
    case 'not_open':
      return 'That request is no longer open';
    case 'reason_required':
      return 'A reason is required';
    default: {
      const never: never = reason;
      throw new Error(`unhandled refusal ${String(never)}`);
    }
  }
}

/** A request's state as symbol + word (colour is never the only sign). */
export function statusMark(status: RequestLine['status']): string {
  switch (status) {
    case 'requested':
      return '○ requested';
    case 'pulled':
      return '◐ pulled';
    case 'filled':
      return '● filled';
    case 'cancelled':
      return '✗ cancelled';
    case 'not_fillable':
      return '⊘ not fillable';
    default: {
      const never: never = status;
      throw new Error(`unhandled status ${String(never)}`);
    }
  }
}

/** One open request as a list row: state, when, where, volume, shelf, requester. */
export function requestRow(r: RequestLine, order: FilingOrder): string {
  return [
    `#${r.id}`.padEnd(5),
    statusMark(r.status).padEnd(12),
    dateTime(r.neededAt),
    safeText(r.locationCode).padEnd(8),
    `${safeText(r.barcode)} vol ${r.volume}`.padEnd(14),
    formatShelf(r.mrn, order).padEnd(13),
    r.requesterBadge === null ? '' : safeText(r.requesterBadge),
  ]
    .join(' ')
    .trimEnd();
}
