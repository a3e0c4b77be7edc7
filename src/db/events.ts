import type { Db } from './connection.js';

/** Kinds of security and fault events written to the events table. */
export type EventKind =
  | 'pin_failed'
  | 'pin_lockout'
  | 'sign_in'
  | 'sign_out'
  | 'found_approved'
  | 'scan_refused_fault'
  | 'kiosk_exit'
  | 'kiosk_start';

/** Append-only events and access-log writes. */
export function auditQueries(db: Db) {
  const event = db.prepare(
    'INSERT INTO events (occurred_at, kind, staff_id, counter, detail) VALUES (?, ?, ?, ?, ?)',
  );
  const access = db.prepare(
    `INSERT INTO access_log (occurred_at, staff_id, counter, action, subject_kind, subject)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  return {
    /** Records a security or fault event. */
    event(kind: EventKind, at: number, staffId: number | null, counter: string, detail = ''): void {
      event.run(at, kind, staffId, counter, detail);
    },
    /** Records that a clerk looked something up (who, what, when, from which counter). */
    access(
      at: number,
      staffId: number | null,
      counter: string,
      action: string,
      subjectKind: 'patient' | 'chart' | 'search' | 'list' | 'export',
      subject: string,
    ): void {
      access.run(at, staffId, counter, action, subjectKind, subject);
    },
  };
}

/** The audit queries' type. */
export type AuditQueries = ReturnType<typeof auditQueries>;
