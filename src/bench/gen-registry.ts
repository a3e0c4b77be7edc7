import type { Db } from '../db/connection.js';
import { demoBarcode, prng } from '../demo/seed.js';
import { filingKey } from '../domain/filing.js';
import { hashPin } from '../domain/pin.js';
import type { ChartStates } from './history-sim.js';
import { FILE_ROOM, HOLDING, badgeOf, mrnOf, volumesOf, type Layout } from './layout.js';
import { FAMILY, GIVEN, pickIndex } from './names.js';

/** The PIN of every synthetic clerk and supervisor (the bench never signs in with it). */
export const BENCH_PIN = '1234';

const DEPARTMENTS = [
  'Cardiology',
  'Orthopaedics',
  'Oncology',
  'Paediatrics',
  'Emergency',
  'Surgery',
  'Medicine',
  'Radiology',
  'Clinical Coding',
  'Outpatients',
  'Renal',
  'Neurology',
];
const KIND_NAMES = {
  clinic: 'Clinic',
  ward: 'Ward',
  department: 'Department',
  other: 'Office',
  file_room: 'File Room',
} as const;

/** Writes the locations of the layout: file room, holding shelf, clinics, wards and the rest. */
export function writeLocations(db: Db, layout: Layout): void {
  const insert = db.prepare('INSERT INTO locations (id, code, name, kind) VALUES (?, ?, ?, ?)');
  insert.run(FILE_ROOM.id, FILE_ROOM.code, FILE_ROOM.name, 'file_room');
  insert.run(HOLDING.id, HOLDING.code, HOLDING.name, 'file_room');
  for (let id = 3; id < layout.locationKinds.length; id += 1) {
    const kind = layout.locationKinds[id] ?? 'other';
    const code = layout.locationCodes[id] ?? String(id);
    insert.run(id, code, `${KIND_NAMES[kind]} ${code.slice(-3)}`, kind);
  }
}

/** Writes the staff: walk-up staff, then ten clerks and two supervisors at the end. */
export function writeStaff(db: Db, layout: Layout): void {
  const rand = prng(41);
  const pin = hashPin(BENCH_PIN);
  const insert = db.prepare(
    'INSERT INTO staff (id, badge, name, department, role, pin_hash) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (let i = 1; i <= layout.staff; i += 1) {
    const role = i > layout.staff - 2 ? 'supervisor' : i > layout.staff - 12 ? 'clerk' : 'staff';
    const name = `${GIVEN[pickIndex(rand(), GIVEN.length)] ?? 'Al'} ${FAMILY[pickIndex(rand(), FAMILY.length)] ?? 'Kaby'}`;
    const department =
      role === 'staff'
        ? (DEPARTMENTS[Math.floor(rand() * DEPARTMENTS.length)] ?? 'Medicine')
        : 'Health Records';
    insert.run(i, badgeOf(i), name, department, role, role === 'staff' ? null : pin);
  }
}

/** Writes the patients (names skewed like a real register) with their filing keys. */
export function writePatients(
  db: Db,
  layout: Layout,
  onProgress?: (done: number, total: number) => void,
): void {
  const rand = prng(42);
  const insert = db.prepare(
    'INSERT INTO patients (id, mrn, family_name, given_name, birth_date, td_key) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (let i = 1; i <= layout.patients; i += 1) {
    const mrn = mrnOf(i);
    const year = 1925 + Math.floor(rand() * 100);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const birth = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    insert.run(
      i,
      mrn,
      FAMILY[pickIndex(rand(), FAMILY.length)] ?? 'Kaby',
      GIVEN[pickIndex(rand(), GIVEN.length)] ?? 'Alna',
      birth,
      filingKey(mrn),
    );
    if (onProgress && (i & 0x3fff) === 0) onProgress(i, layout.patients);
  }
}

/** Writes every chart (volume) with the state the simulated history left it in. */
export function writeCharts(
  db: Db,
  layout: Layout,
  states: ChartStates,
  onProgress?: (done: number, total: number) => void,
): void {
  const insert = db.prepare(
    `INSERT INTO charts (id, barcode, patient_id, volume, home_location_id, state, custodian_kind,
       custodian_id, out_since, due_at, missing_since, found_pending, last_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
  );
  let id = 0;
  for (let p = 1; p <= layout.patients; p += 1) {
    const mrn = mrnOf(p);
    const volumes = volumesOf(p);
    for (let v = 1; v <= volumes; v += 1) {
      id += 1;
      const isOut = states.out[id] === 1;
      const kind = states.custodianKind[id] ?? 0;
      const missing = states.missingSince[id] ?? 0;
      const last = states.lastSeq[id] ?? 0;
      insert.run(
        id,
        demoBarcode(mrn, v),
        p,
        v,
        FILE_ROOM.id,
        isOut ? 'out' : 'in',
        isOut ? (kind === 1 ? 'staff' : 'location') : null,
        isOut ? (states.custodianId[id] ?? null) : null,
        isOut ? (states.outSince[id] ?? null) : null,
        isOut ? (states.dueAt[id] ?? null) : null,
        missing > 0 ? missing : null,
        last > 0 ? last : null,
      );
      if (onProgress && (id & 0x3fff) === 0) onProgress(id, layout.charts);
    }
  }
}
