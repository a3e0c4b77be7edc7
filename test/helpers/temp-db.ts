import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { openStore, type Store } from '../../src/db/store.js';
import { filingKey } from '../../src/domain/filing.js';
import { hashPin } from '../../src/domain/pin.js';
import { Desk } from '../../src/engine/desk.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** A new empty folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'chartdesk-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A checked config with overrides (as JSON would give them). */
export function testConfig(overrides: Record<string, unknown> = {}): Config {
  const parsed = parseConfig(overrides);
  if ('errors' in parsed) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

/** A real SQLite file in a temp folder with the real migrations applied; closed after the test. */
export function tempStore(): Store {
  const dir = tempDir();
  const store = openStore(path.join(dir, 'test.db'));
  cleanups.push(() => store.close());
  return store;
}

/** Fixed times used by tests: 2026-01-05 09:00 UTC and onwards. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/**
 * A small known hospital: file room FILE, clinic CLIN-B, ward WARD-3, staff NURSE1 (Ward 3),
 * NURSE2, clerk CLERK1 (PIN 1234), supervisor SUP1 (PIN 4321), inactive GONE1; patients
 * 0012345 (volumes 1 and 2: C1, C1V2) and 0067890 (C2), 0000042 (C3).
 */
export function seedSmall(store: Store): void {
  const { db } = store;
  db.exec(`
    INSERT INTO locations (code, name, kind) VALUES
      ('FILE', 'Main File Room', 'file_room'), ('HOLD', 'Holding', 'file_room'),
      ('CLIN-B', 'Clinic B', 'clinic'), ('WARD-3', 'Ward 3', 'ward'), ('CODING', 'Coding', 'department');
    INSERT INTO patients (mrn, family_name, given_name, birth_date, td_key) VALUES
      ('0012345', 'Testwood', 'Alpha', '1970-01-01', ''),
      ('0067890', 'Sampleton', 'Bravo', '1980-02-02', ''),
      ('0000042', 'Démoulin', 'Zoë', '1990-03-03', '');
    INSERT INTO charts (barcode, patient_id, volume, home_location_id) VALUES
      ('C1', 1, 1, 1), ('C1V2', 1, 2, 1), ('C2', 2, 1, 1), ('C3', 3, 1, 1);
    INSERT INTO staff (badge, name, department, role, active) VALUES
      ('NURSE1', 'Nurse One', 'Ward 3', 'staff', 1), ('NURSE2', 'Nurse Two', 'Ward 5', 'staff', 1),
      ('CLERK1', 'Clerk One', 'Health Records', 'clerk', 1),
      ('SUP1', 'Super One', 'Health Records', 'supervisor', 1), ('GONE1', 'Gone One', 'Ward 3', 'staff', 0);
  `);
  const setKey = db.prepare('UPDATE patients SET td_key = ? WHERE id = ?');
  for (const p of db.prepare('SELECT id, mrn FROM patients').all() as {
    id: number;
    mrn: string;
  }[]) {
    setKey.run(filingKey(p.mrn), p.id);
  }
  db.prepare('UPDATE staff SET pin_hash = ? WHERE badge = ?').run(hashPin('1234'), 'CLERK1');
  db.prepare('UPDATE staff SET pin_hash = ? WHERE badge = ?').run(hashPin('4321'), 'SUP1');
}

/** A desk on the store with default rules (loan hours from the default config). */
export function testDesk(store: Store, config: Config = testConfig()): Desk {
  return new Desk(store, {
    counter: 'Test Counter',
    rules: { loanHours: config.loanHours },
    undoWindowMs: config.undo.windowSeconds * 1000,
    undoBarcode: config.undo.barcode,
  });
}

/** Writes a file in a temp folder and returns its path. */
export function tempFile(name: string, content: string | Buffer, dir = tempDir()): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}
