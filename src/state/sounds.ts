/**
 * Which sound a scan-log entry makes. The patterns themselves live in theme/sounds.ts; this
 * only decides, purely, which one an outcome deserves. A notice outranks the plain result so
 * the person hears that there is something to read.
 */
import type { LogEntry, NoticeView } from './entries.js';

/** A sound the counter can make. */
export type SoundKind =
  'success' | 'warning' | 'error' | 'requested' | 'volumes' | 'loose' | 'found' | 'filled';

// Most urgent first: routing a requested chart elsewhere matters most.
const NOTICE_ORDER: readonly NoticeView['kind'][] = [
  'requested_elsewhere',
  'found_pending',
  'other_volumes_out',
  'loose_reports',
  'request_filled',
];

function noticeSound(kind: NoticeView['kind']): SoundKind {
  switch (kind) {
    case 'requested_elsewhere':
      return 'requested';
    case 'found_pending':
      return 'found';
    case 'other_volumes_out':
      return 'volumes';
    case 'loose_reports':
      return 'loose';
    case 'request_filled':
      return 'filled';
    default: {
      const never: never = kind;
      throw new Error(`unhandled notice ${String(never)}`);
    }
  }
}

/** The most urgent notice of a list, or null. */
export function topNotice(notices: readonly NoticeView[]): NoticeView | null {
  for (const kind of NOTICE_ORDER) {
    const found = notices.find((n) => n.kind === kind);
    if (found) return found;
  }
  return null;
}

/** The sound for a scan-log entry. */
export function soundFor(entry: LogEntry): SoundKind {
  switch (entry.kind) {
    case 'check_out':
    case 'return':
    case 'transfer':
    case 'unchanged': {
      const notice = topNotice(entry.notices);
      if (notice) return noticeSound(notice.kind);
      return entry.kind === 'transfer' ? 'warning' : 'success';
    }
    case 'undo':
      return 'warning';
    case 'refused':
      return 'error';
    case 'hello':
    case 'place':
      return 'success';
    default: {
      const never: never = entry;
      throw new Error(`unhandled entry ${JSON.stringify(never)}`);
    }
  }
}
