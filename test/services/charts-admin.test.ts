import { describe, expect, test } from 'vitest';
import { locationCustodian, staffCustodian } from '../../src/db/charts.js';
import type { Store } from '../../src/db/store.js';
import { verifyDatabase } from '../../src/db/verify.js';
import { openChart, runChartAction, type WorkspaceActor } from '../../src/services/charts-admin.js';
import { seedSmall, T0, tempStore, testConfig } from '../helpers/temp-db.js';

function setup(): { store: Store; actor: WorkspaceActor; chartId: (code: string) => number } {
  const store = tempStore();
  seedSmall(store);
  const clerk = store.staff.byBadge('CLERK1');
  if (!clerk) throw new Error('no clerk');
  const actor: WorkspaceActor = {
    clerk: { id: clerk.id, badge: clerk.badge, name: clerk.name, role: clerk.role },
    counter: 'Test Counter',
    loanHours: testConfig().loanHours,
  };
  const chartId = (code: string) => {
    const c = store.charts.byBarcode(code);
    if (!c) throw new Error(code);
    return c.id;
  };
  return { store, actor, chartId };
}

function location(store: Store, code: string) {
  const l = store.locations.byCode(code);
  if (!l) throw new Error(code);
  return l;
}

describe('chart actions', () => {
  test('check out to a clinic, transfer to a person, return: through the engine, verified', () => {
    const { store, actor, chartId } = setup();
    const id = chartId('C1');
    const out = runChartAction(
      store,
      actor,
      id,
      { kind: 'check_out', to: locationCustodian(location(store, 'CLIN-B')) },
      T0,
    );
    expect(out).toMatchObject({ kind: 'done', action: 'check_out' });
    const c = store.charts.get(id);
    expect(c?.custodian?.code).toBe('CLIN-B');
    expect(c?.dueAt).toBe(T0 + 12 * 3_600_000);
    const nurse = store.staff.byBadge('NURSE1');
    if (!nurse) throw new Error('nurse');
    expect(
      runChartAction(store, actor, id, { kind: 'check_out', to: staffCustodian(nurse) }, T0 + 1),
    ).toMatchObject({
      action: 'transfer',
    });
    expect(
      runChartAction(store, actor, id, { kind: 'check_out', to: staffCustodian(nurse) }, T0 + 2),
    ).toEqual({
      kind: 'refused',
      reason: 'same_custodian',
    });
    expect(runChartAction(store, actor, id, { kind: 'return' }, T0 + 3)).toMatchObject({
      action: 'return',
    });
    expect(runChartAction(store, actor, id, { kind: 'return' }, T0 + 4)).toEqual({
      kind: 'refused',
      reason: 'already_in',
    });
    const moves = store.movements.forChart(id);
    expect(moves.map((m) => [m.action, m.operator_id, m.source, m.counter])).toEqual([
      ['check_out', actor.clerk.id, 'workspace', 'Test Counter'],
      ['transfer', actor.clerk.id, 'workspace', 'Test Counter'],
      ['return', actor.clerk.id, 'workspace', 'Test Counter'],
    ]);
    expect(verifyDatabase(store.db).problems).toEqual([]);
  });

  test('missing needs a reason; found waits for a supervisor; approval clears it', () => {
    const { store, actor, chartId } = setup();
    const id = chartId('C2');
    expect(runChartAction(store, actor, id, { kind: 'mark_missing', reason: ' ' }, T0)).toEqual({
      kind: 'refused',
      reason: 'reason_needed',
    });
    runChartAction(store, actor, id, { kind: 'mark_missing', reason: 'not on shelf 90|78' }, T0);
    expect(store.charts.get(id)?.missingSince).toBe(T0);
    expect(
      runChartAction(store, actor, id, { kind: 'approve_found', supervisor: actor.clerk }, T0),
    ).toEqual({
      kind: 'refused',
      reason: 'not_pending',
    });
    expect(
      runChartAction(store, actor, id, { kind: 'mark_found', note: 'on 78|90' }, T0 + 1),
    ).toMatchObject({
      action: 'mark_found',
      notices: [{ kind: 'found_pending' }],
    });
    expect(store.charts.get(id)?.foundPending).toBe(true);
    const sup = store.staff.byBadge('SUP1');
    if (!sup) throw new Error('sup');
    const supervisor = { id: sup.id, badge: sup.badge, name: sup.name, role: sup.role };
    runChartAction(store, actor, id, { kind: 'approve_found', supervisor }, T0 + 2);
    const c = store.charts.get(id);
    expect([c?.missingSince, c?.foundPending]).toEqual([null, false]);
    const notes = store.movements.forChart(id).map((m) => [m.action, m.note]);
    expect(notes).toEqual([
      ['mark_missing', 'not on shelf 90|78'],
      ['found', 'on 78|90'],
      ['found_approved', 'approved by SUP1'],
    ]);
    expect(
      store.db.prepare("SELECT staff_id FROM events WHERE kind = 'found_approved'").all(),
    ).toEqual([{ staff_id: sup.id }]);
    expect(verifyDatabase(store.db).problems).toEqual([]);
  });

  test('add a volume and change the home location write their movements', () => {
    const { store, actor, chartId } = setup();
    const id = chartId('C2');
    const home = location(store, 'FILE');
    const added = runChartAction(
      store,
      actor,
      id,
      { kind: 'add_volume', barcode: 'C2V2', home },
      T0,
    );
    expect(added).toMatchObject({ kind: 'done', action: 'add_volume' });
    const v2 = store.charts.byBarcode('C2V2');
    expect([v2?.volume, v2?.state, v2?.home.code]).toEqual([2, 'in', 'FILE']);
    expect(
      runChartAction(store, actor, id, { kind: 'add_volume', barcode: 'C1', home }, T0),
    ).toEqual({
      kind: 'refused',
      reason: 'barcode_taken',
    });
    const hold = location(store, 'HOLD');
    runChartAction(
      store,
      actor,
      id,
      { kind: 'change_home', home: hold, reason: 'retired to holding' },
      T0 + 1,
    );
    expect(store.charts.get(id)?.home.code).toBe('HOLD');
    expect(
      runChartAction(store, actor, id, { kind: 'change_home', home: hold, reason: '' }, T0 + 2),
    ).toEqual({
      kind: 'refused',
      reason: 'same_home',
    });
    expect(store.movements.forChart(v2?.id ?? -1).map((m) => m.action)).toEqual(['volume_added']);
    expect(store.movements.forChart(id).map((m) => [m.action, m.to_id, m.note])).toEqual([
      ['home_change', hold.id, 'retired to holding'],
    ]);
    expect(verifyDatabase(store.db).problems).toEqual([]);
  });

  test('opening a chart writes the access log with the barcode, never a name', () => {
    const { store, actor, chartId } = setup();
    const detail = openChart(store, actor, chartId('C3'), T0);
    expect(detail?.volumes.map((v) => v.barcode)).toEqual(['C3']);
    expect(
      store.db
        .prepare(
          'SELECT occurred_at, staff_id, counter, action, subject_kind, subject FROM access_log',
        )
        .all(),
    ).toEqual([
      {
        occurred_at: T0,
        staff_id: actor.clerk.id,
        counter: 'Test Counter',
        action: 'open_chart',
        subject_kind: 'chart',
        subject: 'C3',
      },
    ]);
  });
});
