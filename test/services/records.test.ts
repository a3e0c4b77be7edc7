import { describe, expect, test } from 'vitest';
import type { WorkspaceActor } from '../../src/services/charts-admin.js';
import {
  addChart,
  registry,
  runImport,
  saveLocation,
  savePatient,
  saveStaff,
} from '../../src/services/records.js';
import { verifyDatabase } from '../../src/db/verify.js';
import { seedSmall, T0, tempFile, tempStore, testConfig } from '../helpers/temp-db.js';

function setup() {
  const store = tempStore();
  seedSmall(store);
  const actor: WorkspaceActor = {
    clerk: { id: 3, badge: 'CLERK1', name: 'Clerk One', role: 'clerk' },
    counter: 'Test Counter',
    loanHours: testConfig().loanHours,
  };
  return { store, actor };
}

describe('records admin', () => {
  test('adds a patient with its terminal-digit key, edits names, keeps the MRN', () => {
    const { store, actor } = setup();
    const added = savePatient(
      store,
      actor,
      null,
      { mrn: '123456', family_name: 'Newby', given_name: 'Nina', birth_date: '2001-02-03' },
      T0,
    );
    if (!added.ok) throw new Error(added.reason);
    expect(registry(store).patient(added.value)?.td_key).toBe('563400000000000012');
    expect(
      savePatient(
        store,
        actor,
        null,
        { mrn: '123456', family_name: 'X', given_name: 'Y', birth_date: '2001-02-03' },
        T0,
      ),
    ).toEqual({
      ok: false,
      reason: 'mrn 123456 already exists',
    });
    savePatient(
      store,
      actor,
      added.value,
      { mrn: '999', family_name: 'Newbie', given_name: 'Nina', birth_date: '2001-02-03' },
      T0,
    );
    const p = registry(store).patient(added.value);
    expect([p?.mrn, p?.family_name]).toEqual(['123456', 'Newbie']);
    expect(
      savePatient(
        store,
        actor,
        null,
        { mrn: 'abc', family_name: 'A', given_name: 'B', birth_date: '2001-02-03' },
        T0,
      ).ok,
    ).toBe(false);
    expect(store.db.prepare('SELECT action, subject_kind, subject FROM access_log').all()).toEqual([
      { action: 'add_patient', subject_kind: 'patient', subject: '123456' },
      { action: 'edit_patient', subject_kind: 'patient', subject: '123456' },
    ]);
  });

  test('adds a first chart for a patient, logged as volume_added', () => {
    const { store, actor } = setup();
    savePatient(
      store,
      actor,
      null,
      { mrn: '5555', family_name: 'Newby', given_name: 'Nina', birth_date: '2001-02-03' },
      T0,
    );
    const r = addChart(store, actor, { mrn: '5555', barcode: 'N1', home: 'FILE' }, T0);
    expect(r.ok).toBe(true);
    expect(store.charts.byBarcode('N1')?.volume).toBe(1);
    expect(addChart(store, actor, { mrn: '5555', barcode: 'C1', home: 'FILE' }, T0)).toEqual({
      ok: false,
      reason: 'code "C1" is already in use',
    });
    expect(addChart(store, actor, { mrn: '5555', barcode: 'N2', home: 'NOPE' }, T0)).toEqual({
      ok: false,
      reason: 'no location "NOPE"',
    });
    expect(verifyDatabase(store.db).problems).toEqual([]);
  });

  test('staff: add, change role, deactivate; a badge may not reuse another code', () => {
    const { store } = setup();
    const added = saveStaff(store, null, {
      badge: 'NEW1',
      name: 'New One',
      department: 'Ward 3',
      role: 'clerk',
      active: 'yes',
    });
    if (!added.ok) throw new Error(added.reason);
    saveStaff(store, added.value, {
      badge: 'NEW1',
      name: 'New One',
      department: 'Ward 3',
      role: 'supervisor',
      active: 'no',
    });
    const s = store.staff.get(added.value);
    expect([s?.role, s?.active]).toEqual(['supervisor', 0]);
    expect(
      saveStaff(store, null, {
        badge: 'C1',
        name: 'X',
        department: 'Y',
        role: 'staff',
        active: 'yes',
      }),
    ).toEqual({
      ok: false,
      reason: 'code "C1" already names a chart',
    });
    expect(
      saveStaff(store, null, {
        badge: 'Z1',
        name: 'X',
        department: 'Y',
        role: 'staff',
        active: 'maybe',
      }).ok,
    ).toBe(false);
  });

  test('locations: add and deactivate', () => {
    const { store } = setup();
    const r = saveLocation(store, null, {
      code: 'CLIN-Z',
      name: 'Clinic Z',
      kind: 'clinic',
      active: 'yes',
    });
    if (!r.ok) throw new Error(r.reason);
    saveLocation(store, r.value, {
      code: 'CLIN-Z',
      name: 'Clinic Z',
      kind: 'clinic',
      active: 'no',
    });
    expect(store.locations.byCode('CLIN-Z')?.active).toBe(0);
  });

  test('imports a file all or nothing, with the bad rows named', async () => {
    const { store } = setup();
    const good = tempFile('locs.csv', 'code,name,kind\nCLIN-Q,Clinic Q,clinic\n');
    expect(await runImport(store, testConfig(), 'locations', good)).toMatchObject({
      ok: true,
      rows: 1,
      added: 1,
    });
    const bad = tempFile(
      'locs2.csv',
      'code,name,kind\nCLIN-R,Clinic R,clinic\nBAD,Bad,spaceship\n',
    );
    const r = await runImport(store, testConfig(), 'locations', bad);
    expect(r.ok).toBe(false);
    expect('errors' in r && r.errors.map((e) => e.line)).toEqual([3]);
    expect(store.locations.byCode('CLIN-R')).toBeUndefined();
  });
});
