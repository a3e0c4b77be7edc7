import type { Store } from '../db/store.js';
import { filingKey } from '../domain/filing.js';
import { checkChart, checkLocation, checkPatient, checkStaff, type RowCheck } from './kinds.js';

/** What writing one row did. */
export type WriteResult = RowCheck<'added' | 'updated'>;

/** Writes rows of one kind; `key` names the row for duplicate detection within the file. */
export interface RowWriter {
  key(fields: Readonly<Record<string, string>>): string;
  /** Checks the row and, when `dryRun` is false, writes it. */
  write(fields: Readonly<Record<string, string>>, dryRun: boolean): WriteResult;
}

/** Settings the writers need from config. */
export interface WriterContext {
  readonly fileRoom: string;
  readonly today: string;
  /** Codes that are counter commands (the undo barcode): never a chart, badge or place. */
  readonly reservedCodes?: readonly string[];
}

function codeOwner(
  store: Store,
  code: string,
  kind: 'chart' | 'staff' | 'location',
  id: number | undefined,
  reserved: readonly string[] = [],
) {
  if (reserved.includes(code)) {
    return `code "${code}" is a counter command (the undo barcode); a code may mean only one thing`;
  }
  const owner = store.codes.identify(code);
  if (owner && (owner.kind !== kind || owner.id !== id)) {
    return `code "${code}" already names a ${owner.kind === 'staff' ? 'staff badge' : owner.kind} (a code may mean only one thing)`;
  }
  return null;
}

/** patients.csv */
export function patientWriter(store: Store, ctx: WriterContext): RowWriter {
  const find = store.db.prepare<[string], { id: number }>('SELECT id FROM patients WHERE mrn = ?');
  const insert = store.db.prepare(
    'INSERT INTO patients (mrn, family_name, given_name, birth_date, td_key) VALUES (?, ?, ?, ?, ?)',
  );
  const update = store.db.prepare(
    'UPDATE patients SET family_name = ?, given_name = ?, birth_date = ? WHERE id = ?',
  );
  return {
    key: (f) => `mrn ${(f.mrn ?? '').trim()}`,
    write(fields, dryRun) {
      const row = checkPatient(fields, ctx.today);
      if (!row.ok) return row;
      const v = row.value;
      const existing = find.get(v.mrn);
      if (dryRun) return { ok: true, value: existing ? 'updated' : 'added' };
      if (existing) {
        update.run(v.family_name, v.given_name, v.birth_date, existing.id);
        return { ok: true, value: 'updated' };
      }
      insert.run(v.mrn, v.family_name, v.given_name, v.birth_date, filingKey(v.mrn));
      return { ok: true, value: 'added' };
    },
  };
}

/** charts.csv */
export function chartWriter(store: Store, ctx: WriterContext): RowWriter {
  const patient = store.db.prepare<[string], { id: number }>(
    'SELECT id FROM patients WHERE mrn = ?',
  );
  const byBarcode = store.db.prepare<[string], { id: number; patient_id: number; volume: number }>(
    'SELECT id, patient_id, volume FROM charts WHERE barcode = ?',
  );
  const byVolume = store.db.prepare<[number, number], { id: number; barcode: string }>(
    'SELECT id, barcode FROM charts WHERE patient_id = ? AND volume = ?',
  );
  const insert = store.db.prepare(
    'INSERT INTO charts (barcode, patient_id, volume, home_location_id) VALUES (?, ?, ?, ?)',
  );
  const update = store.db.prepare(
    'UPDATE charts SET patient_id = ?, volume = ?, home_location_id = ? WHERE id = ?',
  );
  return {
    key: (f) => `chart_barcode ${(f.chart_barcode ?? '').trim()}`,
    write(fields, dryRun) {
      const row = checkChart(fields);
      if (!row.ok) return row;
      const v = row.value;
      const p = patient.get(v.mrn);
      if (!p) return { ok: false, reason: `no patient with mrn ${v.mrn} (import patients first)` };
      const homeCode = v.home_location ?? ctx.fileRoom;
      const home = store.locations.byCode(homeCode);
      if (!home) return { ok: false, reason: `no location "${homeCode}" (import locations first)` };
      const existing = byBarcode.get(v.chart_barcode);
      const clash = codeOwner(store, v.chart_barcode, 'chart', existing?.id, ctx.reservedCodes);
      if (clash) return { ok: false, reason: clash };
      const sameVolume = byVolume.get(p.id, v.volume);
      if (sameVolume && sameVolume.id !== existing?.id) {
        return {
          ok: false,
          reason: `mrn ${v.mrn} already has volume ${v.volume} with barcode ${sameVolume.barcode}`,
        };
      }
      if (dryRun) return { ok: true, value: existing ? 'updated' : 'added' };
      if (existing) {
        update.run(p.id, v.volume, home.id, existing.id);
        return { ok: true, value: 'updated' };
      }
      insert.run(v.chart_barcode, p.id, v.volume, home.id);
      return { ok: true, value: 'added' };
    },
  };
}

/** staff.csv */
export function staffWriter(store: Store, reserved: readonly string[] = []): RowWriter {
  const insert = store.db.prepare(
    'INSERT INTO staff (badge, name, department, role) VALUES (?, ?, ?, ?)',
  );
  const update = store.db.prepare(
    'UPDATE staff SET name = ?, department = ?, role = ? WHERE id = ?',
  );
  return {
    key: (f) => `badge ${(f.badge ?? '').trim()}`,
    write(fields, dryRun) {
      const row = checkStaff(fields);
      if (!row.ok) return row;
      const v = row.value;
      const existing = store.staff.byBadge(v.badge);
      const clash = codeOwner(store, v.badge, 'staff', existing?.id, reserved);
      if (clash) return { ok: false, reason: clash };
      if (dryRun) return { ok: true, value: existing ? 'updated' : 'added' };
      if (existing) {
        update.run(v.name, v.department, v.role, existing.id);
        return { ok: true, value: 'updated' };
      }
      insert.run(v.badge, v.name, v.department, v.role);
      return { ok: true, value: 'added' };
    },
  };
}

/** locations.csv */
export function locationWriter(store: Store, reserved: readonly string[] = []): RowWriter {
  const insert = store.db.prepare('INSERT INTO locations (code, name, kind) VALUES (?, ?, ?)');
  const update = store.db.prepare('UPDATE locations SET name = ?, kind = ? WHERE id = ?');
  return {
    key: (f) => `code ${(f.code ?? '').trim()}`,
    write(fields, dryRun) {
      const row = checkLocation(fields);
      if (!row.ok) return row;
      const v = row.value;
      const existing = store.locations.byCode(v.code);
      const clash = codeOwner(store, v.code, 'location', existing?.id, reserved);
      if (clash) return { ok: false, reason: clash };
      if (dryRun) return { ok: true, value: existing ? 'updated' : 'added' };
      if (existing) {
        update.run(v.name, v.kind, existing.id);
        return { ok: true, value: 'updated' };
      }
      insert.run(v.code, v.name, v.kind);
      return { ok: true, value: 'added' };
    },
  };
}
