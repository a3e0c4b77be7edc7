import type { Db } from '../db/connection.js';
import type { Store } from '../db/store.js';
import { SEARCH_PAGE, search } from '../services/search.js';
import type { Hospital } from './generate.js';
import type { Progress } from './progress.js';
import { FLOOR_CHARTS, FLOOR_COLUMNS, FLOOR_JOINS } from './floor-sql.js';
import { judge, type Figure } from './results.js';
import { planQueries } from './search-plan.js';
import { Paired, latency } from './stats.js';

/**
 * The floor of one search page: the same parts chartdesk searches (exact code, MRN range,
 * FTS5 prefix match, code range), each as one bare statement that returns the chart rows
 * joined in SQL, stopping once a page is full.
 */
export function rawSearch(db: Db) {
  const exact = db.prepare('SELECT kind, ref_id FROM codes WHERE code = ?');
  const chartById = db.prepare(FLOOR_CHARTS + ' WHERE c.id = ?');
  const mrn = db.prepare(
    // ORDER BY the index key alone, so the range stops at the page; a patient's volumes come
    // in volume order from the (patient_id, volume) index.
    FLOOR_CHARTS + ' WHERE p.mrn >= ? AND p.mrn < ? ORDER BY p.mrn LIMIT ?',
  );
  const names = db.prepare(
    FLOOR_COLUMNS +
      ' FROM patients_fts f JOIN patients p ON p.id = f.rowid JOIN charts c ON c.patient_id = p.id' +
      FLOOR_JOINS +
      // Rowid order is FTS5's own order, so the LIMIT stops the match early (a second sort key
      // would sort every match of a one-letter prefix).
      ' WHERE patients_fts MATCH ? ORDER BY f.rowid LIMIT ?',
  );
  const codes = db.prepare(
    'SELECT code, kind, ref_id FROM codes WHERE code >= ? AND code < ? ORDER BY code LIMIT ?',
  );
  return (text: string, limit: number): number => {
    const t = text.trim();
    let rows = 0;
    const found = exact.get(t.toUpperCase()) as { kind: string; ref_id: number } | undefined;
    if (found) {
      if (found.kind === 'chart') chartById.get(found.ref_id);
      rows += 1;
    }
    if (/^\d+$/.test(t) && rows < limit) {
      rows += mrn.all(
        t,
        t.slice(0, -1) + String.fromCharCode(t.charCodeAt(t.length - 1) + 1),
        limit - rows,
      ).length;
    }
    if (/\p{L}/u.test(t) && rows < limit) {
      const match = t
        .split(/\s+/)
        .filter((w) => w.length > 0)
        .map((w) => `"${w.replace(/"/g, '""')}"*`)
        .join(' AND ');
      rows += names.all(match, limit - rows).length;
    }
    if (t.length >= 2 && !/\s/.test(t) && rows < limit) {
      const p = t.toUpperCase();
      rows += codes.all(
        p,
        p.slice(0, -1) + String.fromCharCode(p.charCodeAt(p.length - 1) + 1),
        limit - rows,
      ).length;
    }
    return rows;
  };
}

/**
 * Figure 3, search as you type: the workspace's `search()` first page for each text a clerk
 * types (names letter by letter, MRN prefixes, barcodes, badges), against the bare statements.
 */
export function searchFigure(hospital: Hospital, store: Store, bar: Progress): Figure {
  const queries = planQueries(store.db, hospital.layout, hospital.size.samples.searches, 11);
  const floor = rawSearch(store.db);
  // One untimed pass of each side, so neither pays for the first compile of its statements.
  search(store, 'warm');
  floor('warm', SEARCH_PAGE);
  const pairs = new Paired().run(
    queries.length,
    100,
    (i) => {
      const text = queries[i]?.text ?? '';
      const start = performance.now();
      search(store, text);
      return performance.now() - start;
    },
    (i) => {
      const text = queries[i]?.text ?? '';
      const start = performance.now();
      floor(text, SEARCH_PAGE);
      return performance.now() - start;
    },
    bar.update,
  );
  const m = latency(pairs.measured);
  const f = latency(pairs.floor);
  const kinds = new Map<string, number>();
  for (const q of queries) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
  return judge({
    id: 'search',
    title: 'Search as you type',
    unit: 'ms',
    value: m.p99,
    p50: m.p50,
    p99: m.p99,
    samples: m.samples,
    floor: f.p99,
    floorP50: f.p50,
    target: { max: 10, maxRatio: 2, text: 'p99 ≤ 10 ms and ≤ 2× floor' },
    via: `services/search.ts search() first page of ${SEARCH_PAGE}`,
    floorVia:
      'codes =, patients.mrn range, patients_fts MATCH prefix, codes range; chart rows joined in SQL',
    note: [...kinds].map(([k, n]) => `${n} ${k}`).join(', '),
  });
}
