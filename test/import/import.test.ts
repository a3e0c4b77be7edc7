import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/run.js';
import {
  chartWriter,
  locationWriter,
  patientWriter,
  staffWriter,
} from '../../src/import/writers.js';
import type { Store } from '../../src/db/store.js';
import { filingKey } from '../../src/domain/filing.js';
import { seedSmall, tempFile, tempStore } from '../helpers/temp-db.js';

const ctx = { fileRoom: 'FILE', today: '2026-11-26' };

function count(store: Store, table: string): number {
  return store.db
    .prepare('SELECT count(*) FROM ' + table)
    .pluck()
    .get() as number;
}

describe('CSV import', () => {
  it('adds, then updates existing keys, and reports both', async () => {
    const store = tempStore();
    const first = tempFile(
      'p.csv',
      'mrn,family_name,given_name,birth_date\n1,Testa,Uno,1970-01-01\n2,Testb,Due,1971-02-03\n',
    );
    expect(await importFile(store, 'patients', first, patientWriter(store, ctx))).toMatchObject({
      ok: true,
      added: 2,
      updated: 0,
    });
    const second = tempFile(
      'p.csv',
      'mrn,family_name,given_name,birth_date\n2,Testb,Changed,1971-02-03\n3,Testc,Tre,1972-03-04\n',
    );
    expect(await importFile(store, 'patients', second, patientWriter(store, ctx))).toMatchObject({
      ok: true,
      added: 1,
      updated: 1,
    });
    expect(store.db.prepare("SELECT given_name FROM patients WHERE mrn = '2'").pluck().get()).toBe(
      'Changed',
    );
  });

  it('accepts a BOM, CRLF line ends, quoted fields with commas and quotes, and any column order', async () => {
    const store = tempStore();
    const file = tempFile(
      'p.csv',
      '\uFEFFgiven_name,mrn,family_name,birth_date\r\n"Anne, ""Annie""",0012345,"O\'Test",1980-12-31\r\n',
    );
    const report = await importFile(store, 'patients', file, patientWriter(store, ctx));
    expect(report).toMatchObject({ ok: true, added: 1 });
    expect(store.db.prepare('SELECT given_name, family_name, td_key FROM patients').get()).toEqual({
      given_name: 'Anne, "Annie"',
      family_name: "O'Test",
      td_key: filingKey('0012345'),
    });
  });

  it('refuses the whole file, one message per bad row with its line, and writes nothing', async () => {
    const store = tempStore();
    const file = tempFile(
      'p.csv',
      [
        'mrn,family_name,given_name,birth_date',
        '1,Good,Row,1970-01-01',
        '2,,Empty,1970-01-01',
        '3,Bad,Date,1970-02-30',
        '1,Dup,Key,1970-01-01',
        'x9,Bad,Mrn,1970-01-01',
        '4,Future,Born,2099-01-01',
        '5,Too,Many,1970-01-01,extra',
        '6,Esc\u001b[31m,Ape,1970-01-01',
      ].join('\n'),
    );
    const report = await importFile(store, 'patients', file, patientWriter(store, ctx));
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(report.errors[0]?.reason).toMatch(/family_name is empty/);
    expect(report.errors[1]?.reason).toMatch(/not a date/);
    expect(report.errors[2]?.reason).toMatch(/duplicate mrn 1 \(first on line 2\)/);
    expect(report.errors[6]?.reason).toMatch(/control characters/);
    expect(count(store, 'patients')).toBe(0);
  });

  it('refuses a wrong header, an empty file and broken quoting with a clear message', async () => {
    const store = tempStore();
    const wrong = await importFile(
      store,
      'patients',
      tempFile('a.csv', 'mrn,surname,given_name,birth_date\n1,A,B,1970-01-01\n'),
      patientWriter(store, ctx),
    );
    expect(wrong.errors[0]?.reason).toMatch(/unknown column "surname"/);
    const empty = await importFile(
      store,
      'patients',
      tempFile('b.csv', ''),
      patientWriter(store, ctx),
    );
    expect(empty.errors[0]?.reason).toMatch(/empty/);
    const quoting = await importFile(
      store,
      'patients',
      tempFile('c.csv', 'mrn,family_name,given_name,birth_date\n1,"Open,B,1970-01-01\n'),
      patientWriter(store, ctx),
    );
    expect(quoting.ok).toBe(false);
    expect(quoting.errors[0]?.reason).toMatch(/not valid CSV/);
    const missing = await importFile(
      store,
      'patients',
      '/nonexistent/file.csv',
      patientWriter(store, ctx),
    );
    expect(missing.errors[0]?.reason).toMatch(/cannot read/);
    expect(count(store, 'patients')).toBe(0);
  });

  it('imports charts with default volume and home, and refuses unknown patients, locations and clashing codes', async () => {
    const store = tempStore();
    seedSmall(store);
    store.db
      .prepare(
        "INSERT INTO patients (mrn, family_name, given_name, birth_date, td_key) VALUES ('77', 'New', 'Person', '2000-01-01', '')",
      )
      .run();
    const ok = await importFile(
      store,
      'charts',
      tempFile('c.csv', 'chart_barcode,mrn\nNEW1,77\n'),
      chartWriter(store, ctx),
    );
    expect(ok).toMatchObject({ ok: true, added: 1 });
    expect(
      store.db.prepare("SELECT volume, home_location_id FROM charts WHERE barcode = 'NEW1'").get(),
    ).toEqual({ volume: 1, home_location_id: 1 });
    const bad = await importFile(
      store,
      'charts',
      tempFile(
        'c.csv',
        'chart_barcode,mrn,volume,home_location\nX1,999,1,\nX2,0067890,3,NOWHERE\nNURSE1,0067890,4,\nX3,0012345,1,FILE\nX4,0012345,zero,\n',
      ),
      chartWriter(store, ctx),
    );
    expect(bad.errors.map((e) => [e.line, e.reason.split(' ').slice(0, 3).join(' ')])).toEqual([
      [2, 'no patient with'],
      [3, 'no location "NOWHERE"'],
      [4, 'code "NURSE1" already'],
      [5, 'mrn 0012345 already'],
      [6, 'volume "zero" must'],
    ]);
  });

  it('refuses a code that is the counter undo barcode', async () => {
    const store = tempStore();
    const report = await importFile(
      store,
      'staff',
      tempFile('s.csv', 'badge,name,department,role\nUNDO,Test Person,Ward,staff\n'),
      staffWriter(store, ['UNDO']),
    );
    expect(report.errors[0]?.reason).toMatch(/counter command/);
  });

  it('imports staff and locations, refusing bad roles and kinds', async () => {
    const store = tempStore();
    const staff = await importFile(
      store,
      'staff',
      tempFile(
        's.csv',
        'badge,name,department,role\nB1,Test Person,Ward,clerk\nB2,Other,Ward,janitor\n',
      ),
      staffWriter(store),
    );
    expect(staff.errors).toEqual([
      { line: 3, reason: 'role "janitor" must be one of staff, clerk, supervisor' },
    ]);
    const locations = await importFile(
      store,
      'locations',
      tempFile('l.csv', 'code,name,kind\nCL1,Clinic,clinic\nCL2,Lab,laboratory\n'),
      locationWriter(store),
    );
    expect(locations.errors[0]?.line).toBe(3);
    expect(count(store, 'staff') + count(store, 'locations')).toBe(0);
  });
});

describe('bulk patient import', () => {
  function bigFile(rows: number, bad = false): string {
    const lines = ['mrn,family_name,given_name,birth_date'];
    for (let i = 1; i <= rows; i += 1)
      lines.push(`${i},Bulkname${i % 997},Given${i % 13},1970-01-01`);
    if (bad) lines.push('x,Broken,Row,1970-01-01');
    return tempFile('big.csv', lines.join('\n') + '\n');
  }
  const triggers = (store: Store) =>
    store.db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'patients_fts_%' ORDER BY name",
      )
      .pluck()
      .all();

  it('rebuilds the name index once, restores its triggers, and the names are searchable', async () => {
    const store = tempStore();
    const before = triggers(store);
    const report = await importFile(store, 'patients', bigFile(60_000), patientWriter(store, ctx));
    expect(report).toMatchObject({ ok: true, added: 60_000 });
    expect(triggers(store)).toEqual(before);
    const hits = store.db
      .prepare(
        "SELECT count(*) FROM patients_fts WHERE patients_fts MATCH 'family_name:bulkname996'",
      )
      .pluck()
      .get();
    expect(hits).toBe(60);
    // Triggers work again for the next single change.
    store.db.prepare("UPDATE patients SET family_name = 'Renamedtest' WHERE mrn = '1'").run();
    expect(
      store.db
        .prepare("SELECT rowid FROM patients_fts WHERE patients_fts MATCH 'renamedtest'")
        .pluck()
        .get(),
    ).toBe(1);
  });

  it('leaves nothing, triggers included, when a bulk file is refused', async () => {
    const store = tempStore();
    const before = triggers(store);
    const report = await importFile(
      store,
      'patients',
      bigFile(60_000, true),
      patientWriter(store, ctx),
    );
    expect(report.ok).toBe(false);
    expect(count(store, 'patients')).toBe(0);
    expect(triggers(store)).toEqual(before);
  });
});
