import { looseQueries, type LooseLine } from '../db/loose.js';
import type { Store } from '../db/store.js';
import { hasControlCharacters } from '../domain/safe-text.js';
import type { FilingOrder } from '../domain/filing.js';
import { sortByFiling } from '../domain/filing-order.js';
import { queriesOf } from './queries.js';

/** Why recording or filing a loose report was refused. */
export type LooseRefusal =
  | 'unknown_patient'
  | 'empty_description'
  | 'description_too_long'
  | 'unknown_report'
  | 'already_filed';

/** Longest description kept for a loose report. */
export const MAX_LOOSE_DESCRIPTION = 200;

/** The loose-report queries on this store's connection. */
export function looseOf(store: Store) {
  return queriesOf(store.db, looseQueries);
}

/**
 * Records a report (lab result, letter…) that arrived while the patient's chart was away. The
 * counter says so when a volume of that patient comes back (engine notices).
 */
export function addLoose(
  store: Store,
  input: { mrn: string; description: string; at: number; receivedBy: number | null },
): { ok: true; report: LooseLine } | { ok: false; reason: LooseRefusal } {
  const description = input.description.trim();
  if (description === '' || hasControlCharacters(description))
    return { ok: false, reason: 'empty_description' };
  if (description.length > MAX_LOOSE_DESCRIPTION)
    return { ok: false, reason: 'description_too_long' };
  const patient = store.db
    .prepare<[string], { id: number }>('SELECT id FROM patients WHERE mrn = ?')
    .get(input.mrn.trim());
  if (!patient) return { ok: false, reason: 'unknown_patient' };
  const queries = looseOf(store);
  const id = queries.add(patient.id, description, input.at, input.receivedBy);
  const report = queries.get(id);
  if (!report) throw new Error(`loose report ${id} vanished`);
  return { ok: true, report };
}

/** The reports waiting to be filed, in the file room's order. */
export function looseList(store: Store, order: FilingOrder = 'terminal_digit'): LooseLine[] {
  const waiting = looseOf(store).waiting();
  return order === 'terminal_digit' ? waiting : sortByFiling(waiting, (r) => r.mrn, order);
}

/** Marks a report filed into its chart. */
export function markLooseFiled(
  store: Store,
  id: number,
  at: number,
  by: number | null,
): { ok: true; report: LooseLine } | { ok: false; reason: LooseRefusal } {
  const queries = looseOf(store);
  const before = queries.get(id);
  if (!before) return { ok: false, reason: 'unknown_report' };
  if (!queries.markFiled(id, at, by)) return { ok: false, reason: 'already_filed' };
  const report = queries.get(id);
  if (!report) throw new Error(`loose report ${id} vanished`);
  return { ok: true, report };
}
