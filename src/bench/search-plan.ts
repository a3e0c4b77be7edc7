import type { Db } from '../db/connection.js';
import { prng } from '../demo/seed.js';
import { badgeOf, mrnOf, type Layout } from './layout.js';

/** What a clerk types, as the search box sees it after each keystroke. */
export interface PlannedQuery {
  readonly kind: 'name' | 'full_name' | 'mrn' | 'barcode' | 'badge';
  readonly text: string;
}

/**
 * `count` search texts as typed: a family name letter by letter (1–6 letters), "family given"
 * prefixes, MRN prefixes digit by digit (3–7 digits), and whole chart barcodes and badges as a
 * scanner would type them.
 */
export function planQueries(db: Db, layout: Layout, count: number, seed: number): PlannedQuery[] {
  const rand = prng(seed);
  const names = db.prepare<[number], { family_name: string; given_name: string }>(
    'SELECT family_name, given_name FROM patients WHERE id = ?',
  );
  const barcode = db.prepare<[number], { barcode: string }>(
    'SELECT barcode FROM charts WHERE id = ?',
  );
  const queries: PlannedQuery[] = [];
  while (queries.length < count) {
    const u = rand();
    const patient = 1 + Math.floor(rand() * layout.patients);
    if (u < 0.45) {
      const p = names.get(patient);
      if (!p) continue;
      for (let n = 1; n <= Math.min(6, p.family_name.length); n += 1) {
        queries.push({ kind: 'name', text: p.family_name.slice(0, n).toLowerCase() });
      }
    } else if (u < 0.6) {
      const p = names.get(patient);
      if (!p) continue;
      for (let n = 1; n <= Math.min(3, p.given_name.length); n += 1) {
        queries.push({ kind: 'full_name', text: `${p.family_name} ${p.given_name.slice(0, n)}` });
      }
    } else if (u < 0.8) {
      const mrn = mrnOf(patient);
      for (let n = 3; n <= mrn.length; n += 1) queries.push({ kind: 'mrn', text: mrn.slice(0, n) });
    } else if (u < 0.95) {
      const b = barcode.get(1 + Math.floor(rand() * layout.charts));
      if (b) queries.push({ kind: 'barcode', text: b.barcode });
    } else {
      queries.push({ kind: 'badge', text: badgeOf(1 + Math.floor(rand() * layout.staff)) });
    }
  }
  return queries.slice(0, count);
}
