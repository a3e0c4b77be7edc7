import type { Db } from './connection.js';
import type { DbStaff } from './rows.js';

/** Staff registry queries. */
export function staffQueries(db: Db) {
  const byId = db.prepare<[number], DbStaff>('SELECT * FROM staff WHERE id = ?');
  const byBadge = db.prepare<[string], DbStaff>('SELECT * FROM staff WHERE badge = ?');
  const setPin = db.prepare(
    'UPDATE staff SET pin_hash = ?, failed_pins = 0, locked_until = NULL WHERE id = ?',
  );
  const failed = db.prepare('UPDATE staff SET failed_pins = ?, locked_until = ? WHERE id = ?');
  return {
    /** One person by id. */
    get: (id: number): DbStaff | undefined => byId.get(id),
    /** One person by badge code. */
    byBadge: (badge: string): DbStaff | undefined => byBadge.get(badge),
    /** Stores a new PIN hash and clears any lockout. */
    setPinHash: (id: number, hash: string): void => void setPin.run(hash, id),
    /** Records failed PIN tries and an optional lock-until time. */
    setFailedPins: (id: number, count: number, lockedUntil: number | null): void =>
      void failed.run(count, lockedUntil, id),
  };
}

/** The staff queries' type. */
export type StaffQueries = ReturnType<typeof staffQueries>;
