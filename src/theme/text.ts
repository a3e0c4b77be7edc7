/**
 * Every word the counter screen shows. Screens and components take their text from here, so
 * the counter can be reworded (or translated) without touching logic. Each state that has a
 * colour also has a symbol and a word: the screen reads the same with NO_COLOR.
 */
import type { Tone } from './colours.js';
import type { ScannerStatus } from '../scanner/scanner-status.js';
import type { MoveAction } from '../engine/types.js';
import type { LogEntry, NoticeView, RefusalReason } from '../state/entries.js';
import type { EndReason } from '../state/counter.js';
import type { ExitFailure } from '../state/exit-dialog.js';

/** A symbol, a word and a tone: how a state is shown, never by colour alone. */
export interface Mark {
  readonly symbol: string;
  readonly word: string;
  readonly tone: Tone;
}

/** The idle screen's big prompt, one sentence per line. */
export const IDLE_PROMPT = [
  'Scan your badge, then your charts.',
  'Returning a chart? Just scan it.',
] as const;

/** Fixed labels. */
export const LABELS = {
  appName: 'chartdesk',
  manualField: 'Type a code, then Enter:',
  keyboardOn: '⌨ keyboard input on',
  busy: 'Database busy — waiting',
  scannerReconnecting: 'Scanner reconnecting',
  panelFailed: '✖ ERROR  Part of this screen failed to draw. Scanning still works.',
  sessionFor: 'Charts go to',
  visitLog: 'This visit',
  noScansYet: 'Scan your charts now.',
  clerkSignIn: 'Clerk sign-in',
  clerkPlaceholder: 'The clerk workspace is not installed yet. Esc returns to the counter.',
  exitTitle: 'Exit kiosk: supervisor only',
  exitBadge: 'Scan or type your supervisor badge, then Enter:',
  exitPin: 'Type your PIN, then Enter:',
  exitChecking: 'Checking…',
  exitHint: 'Esc cancels',
} as const;

/** Hint-bar entries: key and what it does. */
export const HINTS = {
  idle: [
    ['F2', 'Clerk sign-in'],
    ['U', 'Undo last'],
    ['F10', 'Exit kiosk'],
  ],
  idleUnlocked: [
    ['F2', 'Clerk sign-in'],
    ['U', 'Undo last'],
    ['Ctrl+C', 'Quit'],
  ],
  session: [
    ['Esc', 'End visit'],
    ['U', 'Undo last'],
    ['F2', 'Clerk sign-in'],
  ],
  dialog: [
    ['Enter', 'Next'],
    ['Esc', 'Cancel'],
  ],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

/** The scanner's status for the status line. */
export function scannerStatusText(status: ScannerStatus | null): { text: string; tone: Tone } {
  if (status === null) return { text: '▣ HID scanner off (keyboard-wedge mode)', tone: 'muted' };
  switch (status.state) {
    case 'connected':
      return { text: `▣ HID scanner connected: ${status.name}`, tone: 'ok' };
    case 'searching':
      return { text: '▢ No HID scanner connected', tone: 'muted' };
    case 'disconnected':
      return { text: '⟳ HID scanner disconnected, reconnecting', tone: 'warn' };
    case 'unavailable':
      return { text: `▢ HID unavailable: ${status.reason}`, tone: 'warn' };
    default: {
      const never: never = status;
      throw new Error(`unhandled scanner status ${JSON.stringify(never)}`);
    }
  }
}

/** Today's counts line. */
export function todayText(out: number, back: number): string {
  return `Today: ${out} out · ${back} back`;
}

/** The idle countdown. */
export function countdownText(seconds: number): string {
  return `⏱ Visit ends in ${seconds} s. Scan to continue, Esc to end now.`;
}

/** The queue line while scans wait. */
export function queuedText(pending: number): string {
  return pending === 1 ? '1 scan queued' : `${pending} scans queued`;
}

/** How a visit ended, shown on the idle screen without patient data. */
export function endedText(reason: EndReason): string {
  switch (reason) {
    case 'same_badge':
    case 'escape':
    case 'new_badge':
      return '✔ Visit ended. Thank you.';
    case 'timeout':
      return '✔ Visit ended after no scans for a while.';
    case 'clerk':
      return '✔ Visit ended for clerk sign-in.';
    default: {
      const never: never = reason;
      throw new Error(`unhandled end reason ${String(never)}`);
    }
  }
}

/** The badge holder heading. */
export function sessionHeading(name: string, department: string): string {
  return department === '' ? name : `${name} · ${department}`;
}

/** The heading when charts are returned without a badge. */
export const WALK_UP_HEADING = 'Returns (no badge scanned)';

/** The exit dialog's failure message. */
export function exitFailureText(failure: ExitFailure, triesLeft: number): string {
  const why =
    failure === 'not_supervisor' ? 'That badge cannot close the kiosk.' : 'Wrong badge or PIN.';
  return `✖ ${why} ${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'} left.`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** HH:MM in local time. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The idle clock: weekday, date and time. */
export function clockText(at: number): string {
  const d = new Date(at);
  return `${WEEKDAYS[d.getDay()] ?? ''} ${two(d.getDate())}/${two(d.getMonth() + 1)} ${clockTime(at)}`;
}

/** A due time: "09:30" today, "Tue 09:30" on another day. */
export function dueText(dueAt: number, now: number): string {
  const due = new Date(dueAt);
  const today = new Date(now);
  const sameDay = due.toDateString() === today.toDateString();
  return sameDay ? clockTime(dueAt) : `${WEEKDAYS[due.getDay()] ?? ''} ${clockTime(dueAt)}`;
}

const MOVE_WORDS: Record<MoveAction, string> = {
  check_out: 'check-out',
  return: 'return',
  transfer: 'transfer',
};

const REFUSALS: Record<RefusalReason, string> = {
  unknown_code: 'Not a chart, badge or place we know. Please see the records staff.',
  invalid_code: 'That code could not be read. Scan it again.',
  code_too_long: 'That code is too long to be a label. Scan it again.',
  badge_first: 'Scan your badge first, then the chart.',
  inactive_badge: 'This badge is not active. Please see the records staff.',
  inactive_location: 'This place is not in use. Please see the records staff.',
  nothing_to_undo: 'Nothing to undo.',
  undo_expired: 'Too late to undo. Please see the records staff.',
  db_still_busy: 'Not saved: the database stayed busy. Scan it again.',
  db_fault: 'Not saved: the database cannot be written. Please see the records staff.',
  check_character: 'Misread label (check character wrong). Scan it again.',
  unreadable: 'That scan could not be read. Scan it again.',
  internal: 'Not saved: something went wrong. Scan it again.',
};

/** Symbol, word and tone of a scan-log entry (the banner and its line). */
export function markOf(entry: LogEntry): Mark {
  switch (entry.kind) {
    case 'check_out':
      return { symbol: '✔', word: 'OUT', tone: entry.notices.length > 0 ? 'warn' : 'ok' };
    case 'return':
      return { symbol: '↩', word: 'RETURNED', tone: entry.notices.length > 0 ? 'warn' : 'ok' };
    case 'transfer':
      return { symbol: '⇄', word: 'TRANSFERRED', tone: 'warn' };
    case 'unchanged':
      return {
        symbol: '•',
        word: 'NO CHANGE',
        tone: entry.notices.length > 0 ? 'warn' : 'info',
      };
    case 'undo':
      return { symbol: '↶', word: 'UNDONE', tone: 'warn' };
    case 'refused':
      return { symbol: '✖', word: 'REFUSED', tone: 'refused' };
    case 'hello':
      return { symbol: '▶', word: 'HELLO', tone: 'info' };
    case 'place':
      return { symbol: '⌖', word: entry.selected ? 'PLACE' : 'TO YOU', tone: 'info' };
    default: {
      const never: never = entry;
      throw new Error(`unhandled entry ${JSON.stringify(never)}`);
    }
  }
}

/** The banner's sentence for an entry. */
export function bannerDetail(entry: LogEntry, now: number): string {
  switch (entry.kind) {
    case 'check_out':
      return `${entry.chart.barcode} is out to ${entry.holder}${entry.dueAt === null ? '' : `, due ${dueText(entry.dueAt, now)}`}.`;
    case 'return':
      return `${entry.chart.barcode} is returned to ${entry.holder}.`;
    case 'transfer':
      return `${entry.chart.barcode} now goes to ${entry.holder}${entry.dueAt === null ? '' : `, due ${dueText(entry.dueAt, now)}`}.`;
    case 'unchanged':
      return `${entry.chart.barcode} is already with ${entry.holder}.`;
    case 'undo':
      return `${entry.chart.barcode}: ${MOVE_WORDS[entry.undone]} undone, back with ${entry.holder}.`;
    case 'refused':
      return REFUSALS[entry.reason];
    case 'hello':
      return `${sessionHeading(entry.name, entry.department)}. Now scan your charts.`;
    case 'place':
      return entry.selected
        ? `Charts now go to ${entry.name}. Scan it again to take them yourself.`
        : 'Charts go to you again.';
    default: {
      const never: never = entry;
      throw new Error(`unhandled entry ${JSON.stringify(never)}`);
    }
  }
}

/** The columns of one scan line. */
export interface LineColumns {
  readonly code: string;
  readonly patient: string;
  readonly holder: string;
  readonly due: string;
}

/** One scan-log line's columns (empty strings where a column does not apply). */
export function lineColumns(entry: LogEntry, now: number): LineColumns {
  switch (entry.kind) {
    case 'check_out':
    case 'return':
    case 'transfer':
    case 'unchanged':
      return {
        code: `${entry.chart.barcode} v${entry.chart.volume}`,
        patient: entry.chart.patient,
        holder: `→ ${entry.holder}`,
        due: entry.dueAt === null ? '' : `due ${dueText(entry.dueAt, now)}`,
      };
    case 'undo':
      return {
        code: `${entry.chart.barcode} v${entry.chart.volume}`,
        patient: entry.chart.patient,
        holder: `→ ${entry.holder}`,
        due: '',
      };
    case 'refused':
      return { code: entry.code, patient: '', holder: REFUSALS[entry.reason], due: '' };
    case 'hello':
      return {
        code: '',
        patient: '',
        holder: sessionHeading(entry.name, entry.department),
        due: '',
      };
    case 'place':
      return {
        code: '',
        patient: '',
        holder: entry.selected ? `→ ${entry.name}` : '→ you',
        due: '',
      };
    default: {
      const never: never = entry;
      throw new Error(`unhandled entry ${JSON.stringify(never)}`);
    }
  }
}

/** Symbol, word and tone of a notice. */
export function noticeMark(notice: NoticeView): Mark {
  switch (notice.kind) {
    case 'requested_elsewhere':
      return { symbol: '⚑', word: 'HOLD', tone: 'requested' };
    case 'request_filled':
      return { symbol: '✉', word: 'REQUEST FILLED', tone: 'filled' };
    case 'other_volumes_out':
      return { symbol: '❐', word: 'OTHER VOLUMES OUT', tone: 'volumes' };
    case 'loose_reports':
      return { symbol: '✎', word: 'LOOSE REPORTS', tone: 'loose' };
    case 'found_pending':
      return { symbol: '★', word: 'FOUND', tone: 'found' };
    default: {
      const never: never = notice;
      throw new Error(`unhandled notice ${JSON.stringify(never)}`);
    }
  }
}

/** A notice's sentence. */
export function noticeText(notice: NoticeView): string {
  switch (notice.kind) {
    case 'requested_elsewhere':
      return `Hold for ${notice.place}, needed ${clockTime(notice.neededAt)}. Do not shelve it.`;
    case 'request_filled':
      return `This fills the request from ${notice.place}.`;
    case 'other_volumes_out':
      return `Other volumes are out: ${notice.volumes.map((v) => `Vol ${v.volume} with ${v.holder}`).join('; ')}.`;
    case 'loose_reports':
      return `${notice.count} loose ${notice.count === 1 ? 'report waits' : 'reports wait'} to be filed in this chart.`;
    case 'found_pending':
      return 'This chart was missing. Found: a supervisor must approve.';
    default: {
      const never: never = notice;
      throw new Error(`unhandled notice ${JSON.stringify(never)}`);
    }
  }
}
