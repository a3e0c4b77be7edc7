import type { Db } from '../db/connection.js';

const cache = new WeakMap<Db, Map<unknown, unknown>>();

/**
 * The prepared-statement group `make(db)` for this connection, prepared once and reused: the
 * workflow tables are not part of Store, so their queries are cached per open database.
 */
export function queriesOf<T>(db: Db, make: (db: Db) => T): T {
  let groups = cache.get(db);
  if (!groups) {
    groups = new Map();
    cache.set(db, groups);
  }
  const known = groups.get(make);
  if (known !== undefined) return known as T;
  const made = make(db);
  groups.set(make, made);
  return made;
}
