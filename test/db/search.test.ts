import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nameMatch, successor } from '../../src/db/search.js';
import { search, type SearchHit } from '../../src/services/search.js';
import { seedSmall, tempStore } from '../helpers/temp-db.js';

function labels(hits: readonly SearchHit[]): string[] {
  return hits.map((h) => {
    switch (h.kind) {
      case 'chart':
        return `chart ${h.chart.barcode} (${h.via})`;
      case 'patient':
        return `patient ${h.patient.mrn}`;
      case 'staff':
        return `staff ${h.staff.badge}`;
      case 'location':
        return `location ${h.location.code}`;
      default:
        return 'never';
    }
  });
}

describe('nameMatch', () => {
  test('every word is a quoted prefix phrase', () => {
    expect(nameMatch('dem zo')).toBe('"dem"* AND "zo"*');
    expect(nameMatch('Testwood, Al')).toBe('family_name : "Testwood"* AND given_name : "Al"*');
  });
  test('FTS5 syntax in the input stays text', () => {
    expect(nameMatch('a" OR b')).toBe('"a"""* AND "OR"* AND "b"*');
    expect(nameMatch('***')).toBeNull();
    expect(nameMatch('   ')).toBeNull();
  });
});

describe('successor', () => {
  test('bounds a prefix range', () => {
    expect(successor('0012')).toBe('0013');
    expect(successor('19')).toBe('1:');
    expect('0012999' < successor('0012')).toBe(true);
    expect('0013' < successor('0012')).toBe(false);
  });
  test('property: every extension of a prefix sorts below its successor', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 6 }),
        fc.string({ maxLength: 6 }),
        (p, rest) => {
          const s = successor(p);
          return p + rest < s && p <= p + rest;
        },
      ),
    );
  });
});

describe('search', () => {
  test('family-name prefix, case folded', () => {
    const store = tempStore();
    seedSmall(store);
    expect(labels(search(store, 'test').hits)).toEqual(['chart C1 (name)', 'chart C1V2 (name)']);
    expect(labels(search(store, 'SAMP').hits)).toEqual(['chart C2 (name)']);
  });

  test('accents folded: Demoulin finds Démoulin, zoe finds Zoë', () => {
    const store = tempStore();
    seedSmall(store);
    expect(labels(search(store, 'Demoulin').hits)).toEqual(['chart C3 (name)']);
    expect(labels(search(store, 'zoe').hits)).toEqual(['chart C3 (name)']);
    expect(labels(search(store, 'démou').hits)).toEqual(['chart C3 (name)']);
  });

  test('"Family, Given" narrows by column', () => {
    const store = tempStore();
    seedSmall(store);
    expect(labels(search(store, 'Testwood, Al').hits)).toHaveLength(2);
    expect(search(store, 'Alpha, Testwood').hits).toHaveLength(0);
  });

  test('MRN exact and by prefix', () => {
    const store = tempStore();
    seedSmall(store);
    expect(labels(search(store, '0012345').hits)).toEqual(['chart C1 (mrn)', 'chart C1V2 (mrn)']);
    expect(labels(search(store, '00').hits)).toEqual([
      'chart C3 (mrn)',
      'chart C1 (mrn)',
      'chart C1V2 (mrn)',
      'chart C2 (mrn)',
    ]);
    expect(search(store, '9').hits).toHaveLength(0);
  });

  test('chart barcodes, badges and location codes, exact first then by prefix', () => {
    const store = tempStore();
    seedSmall(store);
    expect(labels(search(store, 'C1').hits)).toEqual(['chart C1 (code)', 'chart C1V2 (code)']);
    expect(labels(search(store, 'CL').hits)).toEqual(['staff CLERK1', 'location CLIN-B']);
    expect(labels(search(store, 'clerk1').hits)).toEqual(['staff CLERK1']);
    expect(labels(search(store, 'WARD-3').hits)).toEqual(['location WARD-3']);
  });

  test('results carry the chart state', () => {
    const store = tempStore();
    seedSmall(store);
    const hit = search(store, 'C1').hits[0];
    expect(hit?.kind === 'chart' && hit.chart.state).toBe('in');
  });

  test('keyset pages: the pages together are the whole result, in order, without repeats', () => {
    const store = tempStore();
    seedSmall(store);
    const insert = store.db.prepare(
      'INSERT INTO patients (mrn, family_name, given_name, birth_date, td_key) VALUES (?, ?, ?, ?, ?)',
    );
    for (let i = 0; i < 23; i += 1) {
      insert.run(`77${String(i).padStart(3, '0')}`, `Pager${i}`, 'Test', '2000-01-01', 'x');
    }
    const all = labels(search(store, 'pager', null, 100).hits);
    expect(all).toHaveLength(23);
    const paged: string[] = [];
    let page = search(store, 'pager', null, 5);
    paged.push(...labels(page.hits));
    while (page.next) {
      page = search(store, 'pager', page.next, 5);
      paged.push(...labels(page.hits));
    }
    expect(paged).toEqual(all);
    const mrnAll = labels(search(store, '77', null, 100).hits);
    const mrnPaged: string[] = [];
    let mp = search(store, '77', null, 4);
    mrnPaged.push(...labels(mp.hits));
    while (mp.next) {
      mp = search(store, '77', mp.next, 4);
      mrnPaged.push(...labels(mp.hits));
    }
    expect(mrnPaged).toEqual(mrnAll);
  });

  test('hostile input is searched as text, never as syntax or SQL', () => {
    const store = tempStore();
    seedSmall(store);
    for (const text of [
      '"',
      "' OR 1=1 --",
      'NEAR(a b)',
      'a*',
      '^x',
      'family_name:x',
      '\u001b[2J',
      '%',
      '_',
    ]) {
      expect(() => search(store, text)).not.toThrow();
    }
  });

  test('no query plan scans a table', () => {
    const store = tempStore();
    seedSmall(store);
    const plans = [
      'SELECT p.* FROM patients_fts f JOIN patients p ON p.id = f.rowid WHERE patients_fts MATCH \'"a"*\' AND f.rowid > 0 ORDER BY f.rowid LIMIT 50',
      "SELECT * FROM patients WHERE mrn >= '00' AND mrn < '01' ORDER BY mrn LIMIT 50",
      "SELECT code, kind, ref_id FROM codes WHERE code >= 'C' AND code < 'D' ORDER BY code LIMIT 50",
    ].flatMap((sql) =>
      store.db
        .prepare<[], { detail: string }>('EXPLAIN QUERY PLAN ' + sql)
        .all()
        .map((r) => r.detail),
    );
    expect(plans.filter((d) => /^SCAN (patients|codes|charts)\b/.test(d))).toEqual([]);
    expect(plans.some((d) => d.includes('TEMP B-TREE'))).toBe(false);
  });
});
