import type { Db } from './connection.js';

/**
 * Suspends the triggers that keep the name-search index (patients_fts) in step, for a bulk
 * import inside the caller's transaction: rows go in without one FTS insert each, and
 * `resume()` rebuilds the index once and restores the triggers exactly as the schema had them.
 * A rollback undoes all of it, triggers included.
 */
export function suspendNameIndex(db: Db): { resume(): void } {
  const triggers = db
    .prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'patients' AND name LIKE 'patients_fts_%'",
    )
    .all();
  for (const t of triggers) db.exec('DROP TRIGGER ' + quoteIdentifier(t.name));
  return {
    resume() {
      db.prepare("INSERT INTO patients_fts (patients_fts) VALUES ('rebuild')").run();
      for (const t of triggers) db.exec(t.sql);
    },
  };
}

/** Raises the page cache for one long transaction; returns a function that puts it back. */
export function withLargeCache(db: Db, kib: number): () => void {
  const before = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = ' + String(-Math.abs(Math.trunc(kib))));
  return () => {
    db.pragma('cache_size = ' + String(before));
  };
}

// Trigger names come from sqlite_schema, not from users; quoting keeps DROP well-formed anyway.
function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
