import { describe, expect, test } from 'vitest';
import { listQueries } from '../../src/db/lists.js';
import { listPage, type ListRow, type ListSpec } from '../../src/services/lists.js';
import type { Store } from '../../src/db/store.js';
import { seedSmall, T0, tempStore, testDesk } from '../helpers/temp-db.js';

const HOUR = 3_600_000;

/** C1 and C2 to Clinic B (due in 12 h) at T0, C3 to NURSE1 (due in 24 h) at T0 + 1 h. */
function seedMoves(store: Store): void {
  seedSmall(store);
  const desk = testDesk(store);
  desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 });
  desk.scan({ code: 'CLIN-B', source: 'wedge', at: T0 + 1 });
  desk.scan({ code: 'C1', source: 'wedge', at: T0 + 2 });
  desk.scan({ code: 'C2', source: 'wedge', at: T0 + 3 });
  desk.endVisit();
  desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 + HOUR });
  desk.scan({ code: 'C3', source: 'wedge', at: T0 + HOUR + 1 });
  desk.endVisit();
}

function codes(rows: readonly ListRow[]): string[] {
  return rows.map((r) =>
    r.kind === 'chart' ? r.chart.barcode : `${r.move.action}:${r.move.barcode}`,
  );
}

function pageThrough(store: Store, spec: ListSpec, now: number, size: number): string[] {
  const out: string[] = [];
  let page = listPage(store, spec, now, null, size);
  out.push(...codes(page.rows));
  while (page.next) {
    page = listPage(store, spec, now, page.next, size);
    out.push(...codes(page.rows));
  }
  return out;
}

describe('lists', () => {
  test('who has what: grouped by custodian, longest out first', () => {
    const store = tempStore();
    seedMoves(store);
    const rows = listPage(store, { kind: 'who_has_what' }, T0 + 2 * HOUR, null).rows;
    expect(
      rows.map((r) => (r.kind === 'chart' ? `${r.chart.custodian?.code} ${r.chart.barcode}` : '')),
    ).toEqual(['CLIN-B C1', 'CLIN-B C2', 'NURSE1 C3']);
  });

  test('overdue: by age, by custodian, and in terminal-digit order', () => {
    const store = tempStore();
    seedMoves(store);
    // 13 h later: the clinic's charts (12 h loan) are overdue; the nurse's (24 h) not yet.
    const now = T0 + 13 * HOUR;
    expect(codes(listPage(store, { kind: 'overdue_age' }, now, null).rows)).toEqual(['C1', 'C2']);
    expect(codes(listPage(store, { kind: 'overdue_custodian' }, now, null).rows)).toEqual([
      'C1',
      'C2',
    ]);
    // td keys: 0012345 → 4523…, 0067890 → 9078…: C1 before C2.
    expect(codes(listPage(store, { kind: 'overdue_td' }, now, null).rows)).toEqual(['C1', 'C2']);
    const later = T0 + 30 * HOUR;
    // 0000042 (C3) files in section 42, before 45 and 90.
    expect(codes(listPage(store, { kind: 'overdue_td' }, later, null).rows)).toEqual([
      'C3',
      'C1',
      'C2',
    ]);
    expect(codes(listPage(store, { kind: 'overdue_age' }, later, null).rows)).toEqual([
      'C1',
      'C2',
      'C3',
    ]);
  });

  test('out at one place, missing, and today', () => {
    const store = tempStore();
    seedMoves(store);
    const clinic = store.locations.byCode('CLIN-B');
    if (!clinic) throw new Error('no clinic');
    expect(
      codes(
        listPage(
          store,
          { kind: 'out_at', custodian: { kind: 'location', id: clinic.id, code: 'CLIN-B' } },
          T0,
          null,
        ).rows,
      ),
    ).toEqual(['C1', 'C2']);
    expect(listPage(store, { kind: 'missing' }, T0, null).rows).toEqual([]);
    expect(codes(listPage(store, { kind: 'today' }, T0 + 2 * HOUR, null).rows)).toEqual([
      'check_out:C3',
      'check_out:C2',
      'check_out:C1',
    ]);
    expect(listPage(store, { kind: 'today' }, T0 + 24 * HOUR, null).rows).toEqual([]);
  });

  test('both shelf-order plans give the same list: sorting a few, or walking patients', () => {
    const store = tempStore();
    seedMoves(store);
    const q = listQueries(store.db);
    const later = T0 + 30 * HOUR;
    const few = q.overdueTd(later, null, 10).map((r) => r.barcode);
    const walk = q.overdueTd(later, null, 10, 0).map((r) => r.barcode);
    expect(few).toEqual(['C3', 'C1', 'C2']);
    expect(walk).toEqual(few);
    const first = q.overdueTd(later, null, 1, 0)[0];
    expect(
      q
        .overdueTd(later, ['4200000000000000000', first?.patient_id ?? 0, 1], 10, 0)
        .map((r) => r.barcode),
    ).toEqual(['C1', 'C2']);
  });

  test('keyset pages of one row each give the same list as one page', () => {
    const store = tempStore();
    seedMoves(store);
    const later = T0 + 30 * HOUR;
    const specs: ListSpec[] = [
      { kind: 'who_has_what' },
      { kind: 'overdue_age' },
      { kind: 'overdue_custodian' },
      { kind: 'overdue_td' },
      { kind: 'today' },
    ];
    for (const spec of specs) {
      expect(pageThrough(store, spec, later, 1)).toEqual(
        codes(listPage(store, spec, later, null).rows),
      );
    }
  });

  test('every list query reads an index range, never a table scan or a sort', () => {
    const store = tempStore();
    seedMoves(store);
    const details: string[] = [];
    const original = store.db.prepare.bind(store.db);
    // Capture the SQL the list module prepares, then explain each statement.
    const sqls: string[] = [];
    (store.db as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => {
      sqls.push(sql);
      return original(sql);
    };
    listPage(tempStoreFor(store), { kind: 'who_has_what' }, T0, null);
    (store.db as unknown as { prepare: typeof original }).prepare = original;
    // The one sorted plan is the shelf-order list over a few overdue charts (at most TD_SORT_CAP).
    for (const sql of sqls.filter(
      (s) => /LIMIT \?/.test(s) && !s.includes('INDEXED BY charts_out_by_due'),
    )) {
      const params = (sql.match(/\?/g) ?? []).map(() => 0);
      details.push(
        ...store.db
          .prepare<unknown[], { detail: string }>('EXPLAIN QUERY PLAN ' + sql)
          .all(...params)
          .map((r) => r.detail),
      );
    }
    expect(sqls.length).toBeGreaterThan(5);
    expect(details.filter((d) => /^SCAN (c|charts|p|patients|m|movements)\b/.test(d))).toEqual([]);
    expect(details.filter((d) => d.includes('TEMP B-TREE FOR ORDER BY'))).toEqual([]);
  });
});

/** The same store; a fresh object so the list module prepares its statements again. */
function tempStoreFor(store: Store): Store {
  return { ...store };
}
