import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  exportList,
  movesPerHourToday,
  outByDepartment,
  overdueByBucket,
} from '../../src/services/lists.js';
import { seedSmall, T0, tempDir, tempStore, testDesk } from '../helpers/temp-db.js';

const HOUR = 3_600_000;

function seeded() {
  const store = tempStore();
  seedSmall(store);
  const desk = testDesk(store);
  desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 });
  desk.scan({ code: 'C1', source: 'wedge', at: T0 + 1 });
  desk.scan({ code: 'CLIN-B', source: 'wedge', at: T0 + 2 });
  desk.scan({ code: 'C2', source: 'wedge', at: T0 + HOUR });
  desk.endVisit();
  return store;
}

describe('list export and reports', () => {
  test('exports the overdue list to CSV (mode 0600), with progress, logged as an export', async () => {
    const store = seeded();
    const file = path.join(tempDir(), 'exports', 'overdue.csv');
    const progress: number[] = [];
    const r = await exportList(
      store,
      { kind: 'overdue_age' },
      T0 + 30 * HOUR,
      file,
      { staffId: 3, counter: 'Test Counter' },
      (done) => progress.push(done),
    );
    expect(r).toEqual({ kind: 'written', file, rows: 2 });
    const lines = readFileSync(file, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'barcode,mrn,family_name,given_name,volume,state,custodian_kind,custodian_code,custodian_name,out_since,due_at,days_out,missing_since,found_pending',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 8).join(','))).toEqual([
      // Most overdue first: Clinic B's (due 13 h after T0) before NURSE1's (due at 24 h).
      'C2,0067890,Sampleton,Bravo,1,out,location,CLIN-B',
      'C1,0012345,Testwood,Alpha,1,out,staff,NURSE1',
    ]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(progress.at(-1)).toBe(2);
    expect(store.db.prepare('SELECT subject_kind, subject FROM access_log').all()).toEqual([
      { subject_kind: 'export', subject: `overdue_age ${file}` },
    ]);
  });

  test('refuses to overwrite a file', async () => {
    const store = seeded();
    const file = path.join(tempDir(), 'x.csv');
    await exportList(store, { kind: 'today' }, T0 + HOUR, file, { staffId: null, counter: 'c' });
    const again = await exportList(store, { kind: 'today' }, T0 + HOUR, file, {
      staffId: null,
      counter: 'c',
    });
    expect(again.kind).toBe('failed');
  });

  test('moves per hour, overdue buckets, out by department', () => {
    const store = seeded();
    const hours = movesPerHourToday(store, T0 + 2 * HOUR);
    expect(hours[9]).toBe(1);
    expect(hours[10]).toBe(1);
    expect(hours.reduce((a, b) => a + b, 0)).toBe(2);
    // 30 h on: NURSE1's chart is 6 h overdue, Clinic B's 17 h.
    expect(overdueByBucket(store, T0 + 30 * HOUR)).toEqual([
      { key: 'under1', n: 2 },
      { key: 'd1to3', n: 0 },
      { key: 'd3to7', n: 0 },
      { key: 'd7to30', n: 0 },
      { key: 'over30', n: 0 },
    ]);
    expect(outByDepartment(store)).toEqual([
      { label: 'Clinic B', n: 1 },
      { label: 'Ward 3', n: 1 },
    ]);
  });
});
