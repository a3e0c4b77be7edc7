import type { Db } from '../db/connection.js';

/** Secondary indexes and FTS triggers set aside during a bulk load, with their exact SQL. */
export interface SetAside {
  readonly items: readonly { readonly type: string; readonly name: string; readonly sql: string }[];
}

const BULK_TABLES = ['patients', 'charts', 'movements', 'requests', 'loose_reports'];

/**
 * Drops the named secondary indexes of the bulk-loaded tables and the FTS triggers, keeping
 * their SQL from sqlite_schema so `restoreSchema` recreates them exactly as the migrations made
 * them. Building an index once over sorted data is far faster than updating it row by row.
 * UNIQUE constraints (autoindexes) stay: they are part of the tables.
 */
export function setSchemaAside(db: Db): SetAside {
  const items = db
    .prepare<[string], { type: string; name: string; sql: string }>(
      `SELECT type, name, sql FROM sqlite_schema
       WHERE sql IS NOT NULL
         AND ((type = 'index' AND tbl_name IN (SELECT value FROM json_each(?)))
           OR (type = 'trigger' AND name LIKE 'patients\\_fts\\_%' ESCAPE '\\'))
       ORDER BY type, name`,
    )
    .all(JSON.stringify(BULK_TABLES));
  for (const item of items) {
    db.exec((item.type === 'index' ? 'DROP INDEX ' : 'DROP TRIGGER ') + quoteName(item.name));
  }
  return { items };
}

/** Rebuilds the FTS index from the patients table and recreates what was set aside. */
export function restoreSchema(db: Db, aside: SetAside, onStep?: (name: string) => void): void {
  onStep?.('patients_fts');
  db.exec("INSERT INTO patients_fts (patients_fts) VALUES ('rebuild')");
  for (const item of aside.items) {
    onStep?.(item.name);
    db.exec(item.sql);
  }
}

function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
