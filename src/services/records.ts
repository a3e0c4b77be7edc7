import type { Config } from '../config/schema.js';
import { writerFor } from '../cli/import.js';
import type { DbLocation, DbPatient, DbStaff } from '../db/rows.js';
import { registryQueries, type RegistryQueries } from '../db/registry.js';
import type { Store } from '../db/store.js';
import { filingKey } from '../domain/filing.js';
import { importFile, type ImportReport } from '../import/run.js';
import {
  checkLocation,
  checkPatient,
  checkStaff,
  type ImportKind,
  type RowCheck,
} from '../import/kinds.js';
import { writeVolumeAdded } from '../engine/registry-moves.js';
import type { WorkspaceActor } from './charts-admin.js';

/** Form fields as typed: field name → text. */
export type FormValues = Readonly<Record<string, string>>;

const cache = new WeakMap<Store, RegistryQueries>();

/** The registry queries of a store, prepared once. */
export function registry(store: Store): RegistryQueries {
  let q = cache.get(store);
  if (!q) {
    q = registryQueries(store.db);
    cache.set(store, q);
  }
  return q;
}

function codeClash(store: Store, code: string, kind: 'staff' | 'location', id: number | null) {
  const owner = store.codes.identify(code);
  return owner && (owner.kind !== kind || owner.id !== id)
    ? `code "${code}" already names a ${owner.kind === 'staff' ? 'staff badge' : owner.kind}`
    : null;
}

function parseActive(value: string | undefined): RowCheck<boolean> {
  const v = (value ?? 'yes').trim().toLowerCase();
  if (['yes', 'y', '1'].includes(v)) return { ok: true, value: true };
  if (['no', 'n', '0'].includes(v)) return { ok: true, value: false };
  return { ok: false, reason: 'active must be yes or no' };
}

/** Adds a patient (id null) or changes one; the MRN of an existing patient never changes. */
export function savePatient(
  store: Store,
  actor: WorkspaceActor,
  id: number | null,
  values: FormValues,
  now: number,
): RowCheck<number> {
  const today = new Date(now).toISOString().slice(0, 10);
  const existing = id === null ? undefined : registry(store).patient(id);
  const checked = checkPatient({ ...values, mrn: existing?.mrn ?? values.mrn ?? '' }, today);
  if (!checked.ok) return checked;
  const v = checked.value;
  return store.db.transaction((): RowCheck<number> => {
    const r = registry(store);
    const fields = {
      mrn: v.mrn,
      family: v.family_name,
      given: v.given_name,
      birthDate: v.birth_date,
    };
    if (!existing && r.patientByMrn(v.mrn)) {
      return { ok: false, reason: `mrn ${v.mrn} already exists` };
    }
    const action = existing ? 'edit_patient' : 'add_patient';
    store.audit.access(now, actor.clerk.id, actor.counter, action, 'patient', v.mrn);
    if (existing) {
      r.updatePatient(existing.id, fields);
      return { ok: true, value: existing.id };
    }
    return { ok: true, value: r.addPatient(fields, filingKey(v.mrn)) };
  })();
}

/** Adds the first (or next) chart of a patient by MRN, in file at the home location. */
export function addChart(
  store: Store,
  actor: WorkspaceActor,
  values: FormValues,
  now: number,
): RowCheck<number> {
  const mrn = (values.mrn ?? '').trim();
  const barcode = (values.barcode ?? '').trim();
  const homeCode = (values.home ?? '').trim();
  return store.db.transaction((): RowCheck<number> => {
    const patient = registry(store).patientByMrn(mrn);
    if (!patient) return { ok: false, reason: `no patient with mrn ${mrn}` };
    if (!/^[\x21-\x7e]{1,64}$/.test(barcode))
      return { ok: false, reason: 'the barcode must be 1–64 printable characters, no spaces' };
    if (store.codes.identify(barcode))
      return { ok: false, reason: `code "${barcode}" is already in use` };
    const home = store.locations.byCode(homeCode);
    if (!home) return { ok: false, reason: `no location "${homeCode}"` };
    const added = writeVolumeAdded(store, patient.id, barcode, home, {
      counter: actor.counter,
      operatorId: actor.clerk.id,
      source: 'workspace',
      at: now,
    });
    store.audit.access(now, actor.clerk.id, actor.counter, 'add_chart', 'chart', barcode);
    return { ok: true, value: added.chartId };
  })();
}

/** Adds a staff member (id null) or changes one: badge, name, department, role, active. */
export function saveStaff(store: Store, id: number | null, values: FormValues): RowCheck<number> {
  const checked = checkStaff(values);
  if (!checked.ok) return checked;
  const active = parseActive(values.active);
  if (!active.ok) return active;
  const v = checked.value;
  const clash = codeClash(store, v.badge, 'staff', id);
  if (clash) return { ok: false, reason: clash };
  const fields = {
    badge: v.badge,
    name: v.name,
    department: v.department,
    role: v.role,
    active: active.value,
  };
  if (id === null) return { ok: true, value: registry(store).addStaff(fields) };
  registry(store).updateStaff(id, fields);
  return { ok: true, value: id };
}

/** Adds a location (id null) or changes one: code, name, kind, active. */
export function saveLocation(
  store: Store,
  id: number | null,
  values: FormValues,
): RowCheck<number> {
  const checked = checkLocation(values);
  if (!checked.ok) return checked;
  const active = parseActive(values.active);
  if (!active.ok) return active;
  const v = checked.value;
  const clash = codeClash(store, v.code, 'location', id);
  if (clash) return { ok: false, reason: clash };
  const fields = { code: v.code, name: v.name, kind: v.kind, active: active.value };
  if (id === null) return { ok: true, value: registry(store).addLocation(fields) };
  registry(store).updateLocation(id, fields);
  return { ok: true, value: id };
}

/** Form values of an existing patient. */
export function patientValues(p: DbPatient): FormValues {
  return {
    mrn: p.mrn,
    family_name: p.family_name,
    given_name: p.given_name,
    birth_date: p.birth_date,
  };
}

/** Form values of an existing staff member. */
export function staffValues(s: DbStaff): FormValues {
  return {
    badge: s.badge,
    name: s.name,
    department: s.department,
    role: s.role,
    active: s.active === 1 ? 'yes' : 'no',
  };
}

/** Form values of an existing location. */
export function locationValues(l: DbLocation): FormValues {
  return { code: l.code, name: l.name, kind: l.kind, active: l.active === 1 ? 'yes' : 'no' };
}

/** The kinds of file the workspace imports (appointments belong to the pull-list screens). */
export const WORKSPACE_IMPORTS = ['patients', 'charts', 'staff', 'locations'] as const;

/** Runs an import of a CSV file exactly as `chartdesk import` does: all or nothing. */
export async function runImport(
  store: Store,
  config: Config,
  kind: ImportKind,
  file: string,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportReport | { readonly ok: false; readonly failure: string }> {
  try {
    return await importFile(store, kind, file, writerFor(kind, store, config), onProgress);
  } catch (error) {
    return { ok: false, failure: (error as Error).message };
  }
}
