import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './connection.js';

/** The folder of numbered .sql files shipped with chartdesk. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../db/migrations/', import.meta.url));

/** One forward-only migration file. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

/** Why the database and the migrations folder disagree: chartdesk refuses to start. */
export class MigrationError extends Error {}

/** Reads db/migrations: files named NNNN_name.sql, numbered 1, 2, 3… with no gaps. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return files.map((file, index) => {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new MigrationError(`migration file ${file} is not named NNNN_name.sql`);
    const version = Number(match[1]);
    if (version !== index + 1) {
      throw new MigrationError(`migration ${file} is out of order: expected number ${index + 1}`);
    }
    const sql = readFileSync(path.join(dir, file), 'utf8');
    const checksum = createHash('sha256').update(sql).digest('hex');
    return { version, name: match[2] ?? file, sql, checksum };
  });
}

/** The schema version this build of chartdesk knows. */
export function latestVersion(dir = MIGRATIONS_DIR): number {
  return readMigrations(dir).length;
}

/**
 * Brings the database up to date, each migration in its own transaction, recorded with its
 * checksum. Refuses (throws MigrationError) when the database holds a migration this build
 * does not know, a different migration under the same number, or one applied out of order.
 */
export function migrate(
  db: Db,
  options: { dir?: string; now?: number; checkOnly?: boolean } = {},
): { applied: number[] } {
  const migrations = readMigrations(options.dir ?? MIGRATIONS_DIR);
  const now = options.now ?? Date.now();
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!hasTable) {
    if (options.checkOnly) {
      throw new MigrationError(
        'this database has no chartdesk schema yet: start chartdesk once to create it',
      );
    }
    db.exec(`CREATE TABLE schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at INTEGER NOT NULL
    ) STRICT`);
  }
  const done = db
    .prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version')
    .all() as { version: number; name: string; checksum: string }[];
  checkHistory(done, migrations, db.pragma('user_version', { simple: true }) as number);
  const insert = db.prepare(
    'INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
  );
  const applied: number[] = [];
  if (options.checkOnly && done.length < migrations.length) {
    throw new MigrationError(
      'this database needs upgrading: start chartdesk (not a read-only command) to migrate it',
    );
  }
  for (const m of migrations.slice(done.length)) {
    db.transaction(() => {
      db.exec(m.sql);
      insert.run(m.version, m.name, m.checksum, now);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return { applied };
}

/** Checks that what the database has applied is a prefix of what this build ships. */
export function checkHistory(
  done: readonly { version: number; name: string; checksum: string }[],
  migrations: readonly Migration[],
  userVersion: number,
): void {
  const known = migrations.length;
  const newest = Math.max(userVersion, ...done.map((d) => d.version), 0);
  if (newest > known) {
    throw new MigrationError(
      `this database was written by a newer chartdesk (schema version ${newest}; this version knows up to ${known}). Upgrade chartdesk instead.`,
    );
  }
  done.forEach((row, index) => {
    const expected = migrations[index];
    if (row.version !== index + 1 || !expected) {
      throw new MigrationError(
        `migration history is out of order: found version ${row.version} where ${index + 1} was expected`,
      );
    }
    if (row.checksum !== expected.checksum) {
      throw new MigrationError(
        `migration ${row.version} (${row.name}) in the database differs from db/migrations/${String(row.version).padStart(4, '0')}_${expected.name}.sql: unknown migration`,
      );
    }
  });
}
