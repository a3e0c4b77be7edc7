/**
 * Every word the clerk workspace shows (sign-in, menus, search, chart, lists, admin, reports).
 * Each state shown in colour also has a symbol and a word here: the screens read the same with
 * NO_COLOR.
 */
import type { ChartView } from '../db/charts.js';
import type { Custodian } from '../domain/custodian.js';
import type { BadgeCheck } from '../domain/sign-in.js';
import { safeText } from '../domain/safe-text.js';
import type { Notice } from '../engine/types.js';
import type { ActionRefusal } from '../services/charts-admin.js';
import type { Tone } from './colours.js';

/** A symbol, a word and a tone for a state. */
export interface WsMark {
  readonly symbol: string;
  readonly word: string;
  readonly tone: Tone;
}

/** Fixed labels. */
export const WS = {
  signInTitle: 'Clerk sign-in',
  badgePrompt: 'Scan or type your badge, then Enter:',
  pinPrompt: 'PIN, then Enter:',
  checking: 'Checking…',
  workspaceTitle: 'Clerk workspace',
  signedInAs: 'Signed in:',
  mainMenu: 'Main menu',
  searchTitle: 'Find a chart',
  searchPrompt: 'Name, MRN, barcode, badge or place:',
  searchHelp:
    'Type the first letters of the family name ("Family, Given" narrows it), an MRN, or a code.',
  noResults: 'Nothing found.',
  typeToSearch: 'Start typing to search.',
  moreBelow: '↓ more',
  chartTitle: 'Chart',
  volumes: 'Volumes',
  history: 'History, newest first (when · what · to whom · days held · by)',
  noHistory: 'Never moved.',
  requests: 'Open requests',
  noRequests: 'No open requests.',
  listsTitle: 'Lists',
  fileRoomTitle: 'File room',
  reportsTitle: 'Reports',
  adminTitle: 'Records admin',
  pickCustodian: 'Check out to (type to filter, Enter to pick):',
  pickLocation: 'Pick a location (type to filter, Enter to pick):',
  reasonMissing: 'Why is it missing? (where it was looked for), then Enter:',
  noteFound: 'Where was it found? then Enter:',
  reasonHome: 'Reason for the new home location, then Enter:',
  newVolumeBarcode: 'Barcode label of the new volume, then Enter:',
  supervisorBadge: 'Supervisor approval: scan or type the supervisor badge, then Enter:',
  supervisorPin: 'Supervisor PIN, then Enter:',
  exportPath: 'Export to file (edit the path), then Enter:',
  exporting: 'Exporting',
  importPath: 'CSV file to import, then Enter:',
  importing: 'Importing',
  filter: 'Filter:',
  loading: 'Loading…',
  movesPerHour: 'Moves per hour today',
  hourAxis: '00  04  08  12  16  20  ',
  overdueByAge: 'Overdue charts by days overdue',
  outByDepartment: 'Charts out by department',
  none: '—',
  inFile: 'in file',
  staffTitle: 'Staff',
  locationsTitle: 'Locations',
  newPinFor: 'New PIN for',
  pinAgain: 'The same PIN again, then Enter:',
  saved: '✔ SAVED',
  formHelp: 'Tab/↓ next field · ↑ previous · Enter on the last field saves · Esc cancels',
} as const;

/** Hint-bar entries: [key, what it does]. */
export const WS_HINTS = {
  signIn: [
    ['Enter', 'next'],
    ['Esc', 'back to counter'],
  ],
  menu: [
    ['letter', 'open'],
    ['↑↓ Enter', 'pick'],
    ['Ctrl-L/F12', 'lock'],
    ['Esc', 'lock & leave'],
  ],
  search: [
    ['type', 'search'],
    ['↑↓ PgUp PgDn', 'move'],
    ['Enter', 'open'],
    ['Esc', 'back'],
  ],
  chart: [
    ['O', 'out/transfer'],
    ['R', 'return'],
    ['M', 'missing'],
    ['F', 'found'],
    ['A', 'approve'],
    ['V', 'new vol'],
    ['H', 'home'],
    ['1-9', 'vol'],
    ['Esc', 'back'],
  ],
  list: [
    ['↑↓ PgUp PgDn Home End', 'move'],
    ['type', 'filter'],
    ['Enter', 'open'],
    ['F5', 'export CSV'],
    ['Esc', 'back'],
  ],
  picker: [
    ['type', 'filter'],
    ['↑↓', 'move'],
    ['Enter', 'pick'],
    ['Esc', 'cancel'],
  ],
  prompt: [
    ['Enter', 'OK'],
    ['Esc', 'cancel'],
  ],
  form: [
    ['Tab ↓', 'next'],
    ['↑', 'previous'],
    ['Enter', 'save on last'],
    ['Esc', 'cancel'],
  ],
  registry: [
    ['↑↓', 'move'],
    ['type', 'filter'],
    ['Enter', 'edit'],
    ['F3', 'new'],
    ['F4', 'set PIN'],
    ['Esc', 'back'],
  ],
  reports: [['Esc', 'back']],
  busy: [['', 'please wait']],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

/** Main-menu entries: hotkey, label, detail. */
export const MAIN_MENU = [
  { hotkey: 's', label: 'Search', detail: 'names, MRNs, barcodes, badges, places' },
  { hotkey: 'w', label: 'Who has what', detail: 'charts out, by custodian' },
  { hotkey: 'o', label: 'Overdue', detail: 'by custodian, by age, shelf order' },
  { hotkey: 'l', label: 'Lists', detail: 'out at a place, missing, today' },
  { hotkey: 'f', label: 'File room', detail: 'pull lists, requests, missing, loose filing, audit' },
  { hotkey: 'r', label: 'Reports', detail: 'moves per hour, overdue, departments' },
  { hotkey: 'a', label: 'Records admin', detail: 'patients, charts, staff, places, imports' },
  { hotkey: 'q', label: 'Lock', detail: 'back to the counter' },
] as const;

/** File-room menu entries: the workflows of issue 6. */
export const FILE_ROOM_MENU = [
  { hotkey: 'p', label: 'Pull list', detail: "today's charts in shelf order; scan to pull" },
  { hotkey: 'q', label: 'Requests', detail: 'ask for a chart, cancel, not fillable' },
  { hotkey: 'm', label: 'Missing charts', detail: 'mark, find likely misfiles, approve found' },
  { hotkey: 'l', label: 'Loose filing', detail: 'reports waiting for their chart' },
  { hotkey: 'u', label: 'Shelf audit', detail: 'scan a section, fix what is out of place' },
  { hotkey: 'e', label: 'End of shift', detail: 'still out, moves, fill times, retrieval' },
] as const;

/** List-menu entries. */
export const LIST_MENU = [
  { hotkey: 'w', label: 'Who has what', detail: 'grouped by custodian' },
  { hotkey: 'c', label: 'Overdue by custodian' },
  { hotkey: 'a', label: 'Overdue by age', detail: 'most overdue first' },
  { hotkey: 't', label: 'Overdue in terminal-digit order', detail: 'to walk the shelves' },
  { hotkey: 'p', label: 'Out at one place or person' },
  { hotkey: 'm', label: 'Missing charts' },
  { hotkey: 'd', label: "Today's movements" },
] as const;

/** Admin-menu entries. */
export const ADMIN_MENU = [
  { hotkey: 'p', label: 'Add a patient' },
  { hotkey: 'e', label: 'Edit a patient', detail: 'by MRN' },
  { hotkey: 'c', label: 'Add a chart', detail: 'first folder of a patient' },
  { hotkey: 's', label: 'Staff', detail: 'add, edit, activate, role, PIN' },
  { hotkey: 'l', label: 'Locations', detail: 'add, edit, activate' },
  { hotkey: 'i', label: 'Import a CSV file', detail: 'patients, charts, staff, locations' },
] as const;

/** List titles by kind. */
export const LIST_TITLES = {
  who_has_what: 'Who has what',
  overdue_custodian: 'Overdue by custodian',
  overdue_age: 'Overdue by age',
  overdue_td: 'Overdue in terminal-digit order',
  out_at: 'Out at',
  missing: 'Missing charts',
  today: "Today's movements",
} as const;

/** Overdue bucket labels. */
export const BUCKET_LABELS: Readonly<Record<string, string>> = {
  under1: 'under 1 day',
  d1to3: '1–3 days',
  d3to7: '3–7 days',
  d7to30: '7–30 days',
  over30: 'over 30 days',
};

/** Form field labels. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  mrn: 'MRN',
  family_name: 'Family name',
  given_name: 'Given name',
  birth_date: 'Birth date (YYYY-MM-DD)',
  barcode: 'Chart barcode',
  home: 'Home location code',
  badge: 'Badge',
  name: 'Name',
  department: 'Department',
  role: 'Role (staff, clerk, supervisor)',
  active: 'Active (yes/no)',
  code: 'Code',
  kind: 'Kind (file_room, clinic, ward, department, other)',
  import_kind: 'What (patients, charts, staff, locations)',
  file: 'CSV file path',
  pin: 'New PIN (4–12 digits)',
  pin_again: 'The same PIN again',
};

/** Form titles. */
export const FORM_TITLES = {
  patient_new: 'Add a patient',
  patient_edit: 'Edit patient',
  chart_new: 'Add a chart',
  staff_new: 'Add staff',
  staff_edit: 'Edit staff',
  location_new: 'Add a location',
  location_edit: 'Edit location',
  import: 'Import a CSV file',
} as const;

/** HH:MM in local time. */
export function hhmm(at: number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** YYYY-MM-DD HH:MM in local time. */
export function dateTime(at: number | null): string {
  if (at === null) return WS.none;
  const d = new Date(at);
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${date} ${hhmm(at)}`;
}

/** Days, one decimal. */
export function daysText(ms: number): string {
  return `${(Math.max(0, ms) / 86_400_000).toFixed(1)} d`;
}

/** Why the badge step stopped. */
export function badgeRefusal(check: Exclude<BadgeCheck, { kind: 'ok' }>): string {
  switch (check.kind) {
    case 'unknown':
      return '✖ UNKNOWN BADGE  That badge is not on file.';
    case 'inactive':
      return '✖ INACTIVE  That badge has been deactivated. See a supervisor.';
    case 'not_allowed':
      return '✖ NOT A CLERK  Only records clerks and supervisors can sign in here.';
    case 'no_pin':
      return '✖ NO PIN  No PIN is set for this badge. A supervisor sets one (chartdesk staff set-pin).';
    case 'locked':
      return `✖ LOCKED  Too many wrong PINs. Try again after ${hhmm(check.until)}.`;
    default: {
      const never: never = check;
      throw new Error(`unhandled badge check ${JSON.stringify(never)}`);
    }
  }
}

/** A wrong PIN, with tries left. */
export function wrongPinText(triesLeft: number): string {
  return `✖ WRONG PIN  ${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'} left before this badge locks.`;
}

/** The lockout message. */
export function lockedOutText(until: number): string {
  return `✖ LOCKED  Too many wrong PINs: this badge is locked until ${hhmm(until)}. The lockout is logged.`;
}

/** The custodian as one line: code and name. */
export function custodianText(c: Custodian | null): string {
  if (!c) return WS.inFile;
  return `${safeText(c.code)} ${safeText(c.name)}`;
}

/** The state of a chart: symbol, word, tone, and the line that says where it is. */
export function chartStateMark(chart: ChartView, now: number): WsMark {
  if (chart.foundPending) return { symbol: '◆', word: 'FOUND, PENDING', tone: 'found' };
  if (chart.missingSince !== null) return { symbol: '✖', word: 'MISSING', tone: 'refused' };
  if (chart.state === 'in') return { symbol: '●', word: 'IN FILE', tone: 'ok' };
  if (chart.dueAt !== null && chart.dueAt < now)
    return { symbol: '▲', word: 'OVERDUE', tone: 'warn' };
  return { symbol: '→', word: 'OUT', tone: 'info' };
}

/** Where a chart is, in words: "in file at FILE" or "out to CLIN-B Clinic B since … (2.0 d)". */
export function whereText(chart: ChartView, now: number): string {
  if (chart.state === 'in') return `${WS.inFile} at ${safeText(chart.home.code)}`;
  const since =
    chart.outSince === null
      ? ''
      : ` since ${dateTime(chart.outSince)} (${daysText(now - chart.outSince)})`;
  const due = chart.dueAt === null ? '' : `, due ${dateTime(chart.dueAt)}`;
  return `out to ${custodianText(chart.custodian)}${since}${due}`;
}

/** A patient as clerks see it: Family, Given · MRN (grouped for the shelves). */
export function patientLine(p: { family: string; given: string }, shelf: string): string {
  return `${safeText(p.family)}, ${safeText(p.given)} · ${shelf}`;
}

/** Why a chart action was refused. */
export function refusalText(reason: ActionRefusal): string {
  switch (reason) {
    case 'already_in':
      return '✖ ALREADY IN FILE  Nothing to return.';
    case 'same_custodian':
      return '✖ UNCHANGED  It is already with that custodian.';
    case 'already_missing':
      return '✖ ALREADY MISSING  It is already flagged missing.';
    case 'not_missing':
      return '✖ NOT MISSING  Only a missing chart can be marked found.';
    case 'not_pending':
      return '✖ NOT PENDING  Nothing waits for approval on this chart.';
    case 'barcode_taken':
      return '✖ CODE IN USE  That barcode already names something else.';
    case 'bad_barcode':
      return '✖ BAD BARCODE  Use 1–64 printable characters, no spaces.';
    case 'same_home':
      return '✖ UNCHANGED  That is already its home location.';
    case 'reason_needed':
      return '✖ REASON NEEDED  Say why, so the log explains it.';
    case 'db_busy':
      return '⏳ BUSY  The database is busy: try again.';
    case 'db_fault':
      return '✖ NOT SAVED  The database could not be written. Call IT.';
    default: {
      const never: never = reason;
      throw new Error(`unhandled refusal ${String(never)}`);
    }
  }
}

/** What a chart action did, for the status line. */
export function doneText(action: string): string {
  const words: Readonly<Record<string, string>> = {
    check_out: '✔ CHECKED OUT',
    transfer: '✔ TRANSFERRED',
    return: '✔ RETURNED',
    mark_missing: '✔ MARKED MISSING',
    mark_found: '◆ FOUND: pending supervisor approval',
    approve_found: '✔ FOUND APPROVED',
    add_volume: '✔ VOLUME ADDED',
    change_home: '✔ HOME CHANGED',
  };
  return words[action] ?? `✔ ${action}`;
}

/** A notice after a workspace action, in words. */
export function wsNoticeText(n: Notice): string {
  switch (n.kind) {
    case 'requested_elsewhere':
      return `▲ REQUESTED  by ${safeText(n.locationName)} for ${dateTime(n.neededAt)}`;
    case 'request_filled':
      return `✔ REQUEST FILLED  for ${safeText(n.locationName)}`;
    case 'other_volumes_out':
      return `▲ OTHER VOLUMES OUT  ${n.volumes.map((v) => `vol ${v.volume} at ${safeText(v.custodian.code)}`).join(', ')}`;
    case 'loose_reports':
      return `▲ LOOSE REPORTS  ${n.count} to file in this chart`;
    case 'found_pending':
      return '◆ FOUND  pending supervisor approval';
    default: {
      const never: never = n;
      throw new Error(`unhandled notice ${JSON.stringify(never)}`);
    }
  }
}

/** The movement actions in words. */
export const ACTION_WORDS: Readonly<Record<string, string>> = {
  check_out: 'out',
  return: 'returned',
  transfer: 'transfer',
  undo: 'undo',
  mark_missing: 'missing',
  found: 'found',
  found_approved: 'approved',
  home_change: 'new home',
  volume_added: 'new volume',
};

/** Export progress, e.g. "Exporting 1200 / 5000 rows". */
export function progressText(label: string, done: number, total: number): string {
  return `${label} ${done} / ${total}`;
}

/** How many rows a filter matched, of how many read, and whether the list goes on. */
export function filterCountText(matching: number, read: number, more: boolean): string {
  return `${matching} matching of ${read} read${more ? ' (more not read: narrow it, or use Search)' : ''}`;
}

/** Export done. */
export function exportedText(rows: number, file: string): string {
  return `✔ EXPORTED  ${rows} rows to ${safeText(file)}`;
}

/** Export or import failed. */
export function failedText(message: string): string {
  return `✖ FAILED  ${safeText(message)}`;
}

/** Import done. */
export function importedText(rows: number, added: number, updated: number): string {
  return `✔ IMPORTED  ${rows} rows: ${added} added, ${updated} updated`;
}

/** Import refused, with how many bad rows. */
export function importRefusedText(bad: number): string {
  return `✖ IMPORT REFUSED  ${bad} bad row(s); nothing was written`;
}

/** A PIN was set. */
export function pinSetText(badge: string): string {
  return `✔ PIN SET  for ${safeText(badge)}`;
}

/** PIN change refusals. */
export const PIN_REFUSALS = {
  invalid_pin: '✖ BAD PIN  A PIN is 4 to 12 digits.',
  mismatch: '✖ DIFFERENT  The two PINs differ. Try again.',
  unknown_badge: '✖ UNKNOWN BADGE',
  not_supervisor: '✖ SUPERVISOR ONLY  Only a supervisor sets PINs.',
} as const;
