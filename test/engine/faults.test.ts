import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { openStore } from '../../src/db/store.js';
import { seedSmall, T0, tempDir, tempStore, testDesk } from '../helpers/temp-db.js';

function counts(db: ReturnType<typeof openDatabase>) {
  return db
    .prepare(
      "SELECT (SELECT count(*) FROM movements) AS movements, (SELECT count(*) FROM charts WHERE state = 'out') AS out",
    )
    .get();
}

describe('faults at the store', () => {
  it('refuses a scan on a full disk and leaves nothing half-written', () => {
    const store = tempStore();
    seedSmall(store);
    const desk = testDesk(store);
    desk.scan({ code: 'NURSE1', source: 'cli', at: T0 });
    desk.scan({ code: 'C1', source: 'cli', at: T0 + 1 });
    const before = counts(store.db);
    // Cap the file at its current size: the next page SQLite needs is "disk full".
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages}`);
    // Hand C2 back and forth between two nurses: each scan is a transfer, a new row.
    let outcome = desk.scan({ code: 'C2', source: 'cli', at: T0 + 2 });
    for (let i = 0; outcome.kind !== 'rejected' && i < 2000; i += 1) {
      desk.scan({ code: i % 2 ? 'NURSE1' : 'NURSE2', source: 'cli', at: T0 + 3 + i });
      outcome = desk.scan({ code: 'C2', source: 'cli', at: T0 + 3 + i });
    }
    expect(outcome).toMatchObject({ kind: 'rejected', reason: 'db_fault' });
    // Whatever was accepted is whole: the log and the charts agree.
    const after = store.db.prepare('SELECT count(*) FROM movements').pluck().get() as number;
    const lastSeqs = store.db.prepare('SELECT max(last_seq) FROM charts').pluck().get() as number;
    expect(lastSeqs).toBe(after);
    expect(after).toBeGreaterThanOrEqual((before as { movements: number }).movements);
  });

  it('refuses a scan on a read-only database', () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.db');
    const writer = openStore(file);
    seedSmall(writer);
    writer.close();
    const reader = openStore(file, { readonly: true });
    try {
      const desk = testDesk(reader);
      expect(desk.scan({ code: 'NURSE1', source: 'cli', at: T0 }).kind).toBe('session_start');
      expect(desk.scan({ code: 'C1', source: 'cli', at: T0 + 1 })).toMatchObject({
        kind: 'rejected',
        reason: 'db_fault',
      });
      expect(counts(reader.db)).toEqual({ movements: 0, out: 0 });
    } finally {
      reader.close();
    }
  });

  it('says the database is busy when another program holds the write lock, and writes nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.db');
    const store = openStore(file, { busyTimeoutMs: 50 });
    try {
      seedSmall(store);
      const other = openDatabase(file, { busyTimeoutMs: 0 });
      other.exec('BEGIN IMMEDIATE');
      const desk = testDesk(store);
      // Every scan takes the write lock first, so even a badge waits its turn (the kiosk queues it).
      const outcome = desk.scan({ code: 'NURSE1', source: 'cli', at: T0 });
      expect(outcome).toMatchObject({
        kind: 'rejected',
        reason: 'db_busy',
        detail: expect.stringContaining('locked by another program'),
      });
      expect(desk.visit).toBeNull();
      other.exec('ROLLBACK');
      other.close();
      // Once the other program lets go, the same scans go through.
      expect(desk.scan({ code: 'NURSE1', source: 'cli', at: T0 + 1 }).kind).toBe('session_start');
      expect(desk.scan({ code: 'C1', source: 'cli', at: T0 + 2 }).kind).toBe('check_out');
      expect(counts(store.db)).toEqual({ movements: 1, out: 1 });
    } finally {
      store.close();
    }
  });
});
