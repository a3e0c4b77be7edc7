import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, MigrationError, migrate } from '../../src/db/migrate.js';
import { openStore, StoreLockedError } from '../../src/db/store.js';
import { verifyDatabase } from '../../src/db/verify.js';
import { seedSmall, T0, tempDir, tempStore, testDesk } from '../helpers/temp-db.js';

describe('the store', () => {
  it('creates the file with mode 0600 and runs WAL with synchronous=FULL and foreign keys', () => {
    const dir = tempDir();
    const store = openStore(path.join(dir, 'nested', 'c.db'));
    try {
      expect(statSync(store.file).mode & 0o777).toBe(0o600);
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(Number(store.db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });

  it('makes every table STRICT', () => {
    const store = tempStore();
    const tables = store.db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'patients_fts%'",
      )
      .all() as { name: string; sql: string }[];
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT/);
  });

  it('refuses UPDATE and DELETE on the log', () => {
    const store = tempStore();
    seedSmall(store);
    const desk = testDesk(store);
    desk.scan({ code: 'NURSE1', source: 'cli', at: T0 });
    desk.scan({ code: 'C1', source: 'cli', at: T0 + 1 });
    expect(() => store.db.prepare("UPDATE movements SET note = 'x'").run()).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM movements').run()).toThrow(/append-only/);
  });

  it('refuses a second writer, but lets a reader in', () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.db');
    const first = openStore(file);
    try {
      expect(() => openStore(file)).toThrow(StoreLockedError);
      const reader = openStore(file, { readonly: true });
      reader.close();
    } finally {
      first.close();
    }
    // Once released, a new writer may open it.
    openStore(file).close();
  });

  it('refuses a database written by a newer chartdesk', () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.db');
    openStore(file).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'x', 0)").run();
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => openStore(file)).toThrow(/newer chartdesk/);
  });

  it('refuses an unknown migration (same number, different content) and out-of-order files', () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.db');
    openStore(file).close();
    const raw = new Database(file);
    raw.prepare("UPDATE schema_migrations SET checksum = 'tampered' WHERE version = 1").run();
    raw.close();
    expect(() => openStore(file)).toThrow(/unknown migration/);

    const migrations = path.join(dir, 'migrations');
    mkdirSync(migrations);
    for (const f of readdirSync(MIGRATIONS_DIR))
      copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(migrations, f));
    writeFileSync(path.join(migrations, '0009_gap.sql'), 'SELECT 1;');
    const fresh = new Database(':memory:');
    expect(() => migrate(fresh, { dir: migrations })).toThrow(MigrationError);
    fresh.close();
  });

  it('applies each migration once and records it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.db');
    openStore(file).close();
    const again = openStore(file);
    try {
      const rows = again.db.prepare('SELECT version FROM schema_migrations').pluck().all();
      expect(rows).toEqual(
        readdirSync(MIGRATIONS_DIR)
          .filter((f) => f.endsWith('.sql'))
          .map((_, i) => i + 1),
      );
    } finally {
      again.close();
    }
  });
});

describe('verify', () => {
  function loggedStore() {
    const store = tempStore();
    seedSmall(store);
    const desk = testDesk(store);
    const codes = ['NURSE1', 'C1', 'C2', 'NURSE2', 'C1', 'CLIN-B', 'C3', 'NURSE2'];
    codes.forEach((code, i) => desk.scan({ code, source: 'cli', at: T0 + i * 1000 }));
    desk.scan({ code: 'C2', source: 'cli', at: T0 + 20_000 });
    return store;
  }

  it('passes on an untouched log', () => {
    const store = loggedStore();
    const report = verifyDatabase(store.db);
    expect(report.problems).toEqual([]);
    expect(report.movements).toBe(5);
  });

  it('names the first broken row when a movement is changed behind its back', () => {
    const store = loggedStore();
    store.db.exec('DROP TRIGGER movements_no_update');
    store.db.prepare("UPDATE movements SET counter = 'elsewhere' WHERE seq = 3").run();
    const report = verifyDatabase(store.db);
    expect(report.ok).toBe(false);
    expect(report.problems.find((p) => p.kind === 'chain')?.seq).toBe(3);
    expect(report.problems.some((p) => p.kind === 'triggers')).toBe(true);
  });

  it('names the gap when a movement is deleted, and the tail when the last is deleted', () => {
    const store = loggedStore();
    store.db.exec('DROP TRIGGER movements_no_delete');
    store.db.prepare('DELETE FROM movements WHERE seq = 2').run();
    expect(verifyDatabase(store.db).problems.find((p) => p.kind === 'chain')?.seq).toBe(2);

    const other = loggedStore();
    other.db.exec('DROP TRIGGER movements_no_delete');
    other.db.prepare('DELETE FROM movements WHERE seq = 5').run();
    expect(verifyDatabase(other.db).problems.find((p) => p.kind === 'chain')?.seq).toBe(5);
  });

  it('finds a chart whose state was changed without a movement', () => {
    const store = loggedStore();
    store.db
      .prepare(
        "UPDATE charts SET state = 'in', custodian_kind = NULL, custodian_id = NULL WHERE barcode = 'C1'",
      )
      .run();
    const report = verifyDatabase(store.db);
    expect(report.problems.map((p) => p.kind)).toContain('state');
  });

  it('finds a rewritten chain (hashes recomputed but a row changed) through the next row', () => {
    const store = loggedStore();
    store.db.exec('DROP TRIGGER movements_no_update');
    store.db.prepare("UPDATE movements SET hash = 'f' || substr(hash, 2) WHERE seq = 4").run();
    expect(verifyDatabase(store.db).problems.find((p) => p.kind === 'chain')?.seq).toBe(4);
  });
});
