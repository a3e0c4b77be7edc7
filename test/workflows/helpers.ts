import type { Store } from '../../src/db/store.js';
import { filingKey } from '../../src/domain/filing.js';
import { seedSmall } from '../helpers/temp-db.js';

/**
 * seedSmall plus what the workflow tests need: every patient's td_key as the data layer keeps
 * it (filingKey), and a few more patients placed at misfile-prone shelf positions.
 */
export function seedWorkflows(store: Store): void {
  seedSmall(store);
  const add = store.db.prepare(
    "INSERT INTO patients (mrn, family_name, given_name, birth_date, td_key) VALUES (?, 'Fixture', 'Echo', '1975-05-05', '')",
  );
  const chart = store.db.prepare(
    'INSERT INTO charts (barcode, patient_id, volume, home_location_id) VALUES (?, ?, 1, 1)',
  );
  // 0014523 sits where 0012345 lands with its pairs swapped; 0012346 one section up.
  for (const [mrn, barcode] of [
    ['0014523', 'C4'],
    ['0012346', 'C5'],
    ['0022345', 'C6'],
  ] as const) {
    chart.run(barcode, Number(add.run(mrn).lastInsertRowid));
  }
  const rekey = store.db.prepare('UPDATE patients SET td_key = ? WHERE id = ?');
  for (const p of store.db
    .prepare<[], { id: number; mrn: string }>('SELECT id, mrn FROM patients')
    .all()) {
    rekey.run(filingKey(p.mrn), p.id);
  }
}

/** The id of a staff badge or location code in the seeded store. */
export function idOf(store: Store, code: string): number {
  const found = store.codes.identify(code);
  if (!found) throw new Error(`no code ${code}`);
  return found.id;
}
