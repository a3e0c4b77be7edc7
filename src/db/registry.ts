import type { Db } from './connection.js';
import type { DbLocation, DbPatient, DbStaff } from './rows.js';

/** Fields of a patient the clerk can set. */
export interface PatientFields {
  readonly mrn: string;
  readonly family: string;
  readonly given: string;
  readonly birthDate: string;
}

/** Fields of a staff member the clerk can set. */
export interface StaffFields {
  readonly badge: string;
  readonly name: string;
  readonly department: string;
  readonly role: DbStaff['role'];
  readonly active: boolean;
}

/** Fields of a location the clerk can set. */
export interface LocationFields {
  readonly code: string;
  readonly name: string;
  readonly kind: DbLocation['kind'];
  readonly active: boolean;
}

/** Registry writes and look-ups for records admin: patients, volumes, staff, locations. */
export function registryQueries(db: Db) {
  const patientById = db.prepare<[number], DbPatient>('SELECT * FROM patients WHERE id = ?');
  const patientByMrn = db.prepare<[string], DbPatient>('SELECT * FROM patients WHERE mrn = ?');
  const insertPatient = db.prepare(
    'INSERT INTO patients (mrn, family_name, given_name, birth_date, td_key) VALUES (?, ?, ?, ?, ?)',
  );
  const updatePatient = db.prepare(
    'UPDATE patients SET family_name = ?, given_name = ?, birth_date = ? WHERE id = ?',
  );
  const maxVolume = db.prepare<[number], { v: number | null }>(
    'SELECT max(volume) AS v FROM charts WHERE patient_id = ?',
  );
  const insertChart = db.prepare(
    'INSERT INTO charts (barcode, patient_id, volume, home_location_id) VALUES (?, ?, ?, ?)',
  );
  const setHome = db.prepare('UPDATE charts SET home_location_id = ?, last_seq = ? WHERE id = ?');
  const setLastSeq = db.prepare('UPDATE charts SET last_seq = ? WHERE id = ?');
  const insertStaff = db.prepare(
    'INSERT INTO staff (badge, name, department, role, active) VALUES (?, ?, ?, ?, ?)',
  );
  const updateStaff = db.prepare(
    'UPDATE staff SET badge = ?, name = ?, department = ?, role = ?, active = ? WHERE id = ?',
  );
  const insertLocation = db.prepare(
    'INSERT INTO locations (code, name, kind, active) VALUES (?, ?, ?, ?)',
  );
  const updateLocation = db.prepare(
    'UPDATE locations SET code = ?, name = ?, kind = ?, active = ? WHERE id = ?',
  );
  const staffPage = db.prepare<[string, number], DbStaff>(
    'SELECT * FROM staff WHERE badge > ? ORDER BY badge LIMIT ?',
  );
  const activeStaff = db.prepare<[], DbStaff>(
    'SELECT * FROM staff WHERE active = 1 ORDER BY name, badge',
  );
  const allLocations = db.prepare<[], DbLocation>('SELECT * FROM locations ORDER BY code');
  return {
    /** One patient by id. */
    patient: (id: number): DbPatient | undefined => patientById.get(id),
    /** One patient by MRN. */
    patientByMrn: (mrn: string): DbPatient | undefined => patientByMrn.get(mrn),
    /** Adds a patient with its terminal-digit key; returns the new id. */
    addPatient(p: PatientFields, tdKey: string): number {
      return Number(
        insertPatient.run(p.mrn, p.family, p.given, p.birthDate, tdKey).lastInsertRowid,
      );
    },
    /** Changes a patient's names and birth date (the MRN is the patient's identity). */
    updatePatient(id: number, p: Omit<PatientFields, 'mrn'>): void {
      updatePatient.run(p.family, p.given, p.birthDate, id);
    },
    /** The next free volume number of a patient. */
    nextVolume: (patientId: number): number => (maxVolume.get(patientId)?.v ?? 0) + 1,
    /** Adds a chart row (a volume); returns its id. */
    addChart(barcode: string, patientId: number, volume: number, homeId: number): number {
      return Number(insertChart.run(barcode, patientId, volume, homeId).lastInsertRowid);
    },
    /** Sets a chart's home location; call in the 'home_change' movement's transaction. */
    setHome: (chartId: number, homeId: number, lastSeq: number): void =>
      void setHome.run(homeId, lastSeq, chartId),
    /** Records the movement that last touched a chart (volume_added). */
    setLastSeq: (chartId: number, lastSeq: number): void => void setLastSeq.run(lastSeq, chartId),
    /** Adds a staff member; returns the new id. */
    addStaff(s: StaffFields): number {
      return Number(
        insertStaff.run(s.badge, s.name, s.department, s.role, s.active ? 1 : 0).lastInsertRowid,
      );
    },
    /** Changes a staff member. */
    updateStaff(id: number, s: StaffFields): void {
      updateStaff.run(s.badge, s.name, s.department, s.role, s.active ? 1 : 0, id);
    },
    /** Adds a location; returns the new id. */
    addLocation(l: LocationFields): number {
      return Number(insertLocation.run(l.code, l.name, l.kind, l.active ? 1 : 0).lastInsertRowid);
    },
    /** Changes a location. */
    updateLocation(id: number, l: LocationFields): void {
      updateLocation.run(l.code, l.name, l.kind, l.active ? 1 : 0, id);
    },
    /** Staff by badge, keyset-paged: the rows after `afterBadge`. */
    staffPage: (afterBadge: string, limit: number): DbStaff[] => staffPage.all(afterBadge, limit),
    /** Every active staff member, by name (for pickers). */
    activeStaff: (): DbStaff[] => activeStaff.all(),
    /** Every location, by code. */
    locations: (): DbLocation[] => allLocations.all(),
  };
}

/** The registry queries' type. */
export type RegistryQueries = ReturnType<typeof registryQueries>;
