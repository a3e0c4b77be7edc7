import { describe, expect, it } from 'vitest';
import { approveFound } from '../../src/workflows/approve-found.js';
import { findMissing, markFound, markMissing, shelfOf } from '../../src/workflows/missing.js';
import { T0, tempStore, testConfig, testDesk } from '../helpers/temp-db.js';
import { idOf, seedWorkflows } from './helpers.js';

const config = testConfig();
const rules = config.clerk;
const ctx = { counter: 'Records', source: 'workspace', at: T0 } as const;

function setup() {
  const store = tempStore();
  seedWorkflows(store);
  return store;
}

describe('missing charts', () => {
  it('marks a chart missing with a note, once', () => {
    const store = setup();
    const c1 = store.charts.byBarcode('C1')!;
    const done = markMissing(store, c1.id, {
      ...ctx,
      operatorId: idOf(store, 'CLERK1'),
      note: 'not on shelf for CLIN-B',
    });
    expect(done).toMatchObject({ ok: true, chart: { missingSince: T0, foundPending: false } });
    expect(store.movements.forChart(c1.id).map((m) => [m.action, m.note])).toEqual([
      ['mark_missing', 'not on shelf for CLIN-B'],
    ]);
    expect(markMissing(store, c1.id, { ...ctx, operatorId: null })).toEqual({
      ok: false,
      reason: 'already_missing',
    });
    expect(
      shelfOf(store)
        .missing()
        .map((c) => c.barcode),
    ).toEqual(['C1']);
  });

  it('the finder shows last custodians with days held and charts at the misfile positions', () => {
    const store = setup();
    const desk = testDesk(store, config);
    const day = 86_400_000;
    desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 - 5 * day });
    desk.scan({ code: 'C1', source: 'wedge', at: T0 - 5 * day + 1000 });
    desk.endVisit();
    desk.scan({ code: 'NURSE2', source: 'wedge', at: T0 - 3 * day });
    desk.scan({ code: 'C1', source: 'wedge', at: T0 - 3 * day + 1000 });
    desk.endVisit();
    desk.scan({ code: 'C1', source: 'wedge', at: T0 - 2 * day });
    const c1 = store.charts.byBarcode('C1')!;
    markMissing(store, c1.id, { ...ctx, operatorId: null });
    const finder = findMissing(store, c1.id, T0)!;
    expect(finder.custodians.map((s) => [s.custodian?.code ?? 'file', s.days])).toEqual([
      ['file', 2],
      ['NURSE2', 1],
      ['NURSE1', 2],
    ]);
    // 0012345 → 45|23|01. Swapped pairs: 23|45|01, where C4 (0014523) sits.
    expect(finder.positions.map((p) => [p.candidate.kind, p.shelf])).toEqual([
      ['pairs_swapped', '23 | 45 | 01'],
      ['primary_transposed', '54 | 23 | 01'],
      ['secondary_transposed', '45 | 32 | 01'],
      ['section_below', '44 | 23 | 01'],
      ['section_above', '46 | 23 | 01'],
    ]);
    const swapped = finder.positions[0]!;
    expect(swapped.neighbours.map((n) => n.barcode)).toContain('C4');
    expect(finder.positions[4]!.neighbours.map((n) => n.barcode)).toContain('C5');
    for (const p of finder.positions)
      expect(p.neighbours.map((n) => n.chartId)).not.toContain(c1.id);
  });

  it('found stays pending until a supervisor approves with badge and PIN', () => {
    const store = setup();
    const c1 = store.charts.byBarcode('C1')!;
    expect(markFound(store, c1.id, { ...ctx, operatorId: null })).toEqual({
      ok: false,
      reason: 'not_missing',
    });
    markMissing(store, c1.id, { ...ctx, operatorId: null });
    expect(approveFound(store, c1.id, { badge: 'SUP1', pin: '4321' }, ctx, rules)).toEqual({
      kind: 'not_pending',
    });
    expect(
      markFound(store, c1.id, {
        ...ctx,
        operatorId: idOf(store, 'CLERK1'),
        note: 'found at 23|45|01',
      }),
    ).toMatchObject({
      ok: true,
      chart: { foundPending: true, missingSince: T0 },
    });
    expect(approveFound(store, c1.id, { badge: 'CLERK1', pin: '1234' }, ctx, rules)).toEqual({
      kind: 'not_supervisor',
    });
    expect(approveFound(store, c1.id, { badge: 'NOBODY', pin: '1234' }, ctx, rules)).toEqual({
      kind: 'unknown_badge',
    });
    expect(approveFound(store, c1.id, { badge: 'SUP1', pin: '0000' }, ctx, rules)).toEqual({
      kind: 'wrong_pin',
      triesLeft: 4,
    });
    const approved = approveFound(
      store,
      c1.id,
      { badge: 'SUP1', pin: '4321' },
      { ...ctx, at: T0 + 60_000 },
      rules,
    );
    expect(approved).toMatchObject({
      kind: 'approved',
      chart: { missingSince: null, foundPending: false },
    });
    const moves = store.movements.forChart(c1.id);
    expect(moves.map((m) => [m.action, m.operator_id])).toEqual([
      ['mark_missing', null],
      ['found', idOf(store, 'CLERK1')],
      ['found_approved', idOf(store, 'SUP1')],
    ]);
    const events = store.db
      .prepare<[], { kind: string; detail: string }>('SELECT kind, detail FROM events ORDER BY id')
      .all();
    expect(events).toEqual([
      { kind: 'pin_failed', detail: 'approve found' },
      { kind: 'found_approved', detail: 'chart C1' },
    ]);
    expect(store.staff.byBadge('SUP1')?.failed_pins).toBe(0);
  });

  it('wrong PINs lock the supervisor badge', () => {
    const store = setup();
    const c1 = store.charts.byBarcode('C1')!;
    markMissing(store, c1.id, { ...ctx, operatorId: null });
    markFound(store, c1.id, { ...ctx, operatorId: null });
    const tight = { maxPinTries: 2, lockoutMinutes: 15 };
    expect(approveFound(store, c1.id, { badge: 'SUP1', pin: '1111' }, ctx, tight)).toEqual({
      kind: 'wrong_pin',
      triesLeft: 1,
    });
    expect(approveFound(store, c1.id, { badge: 'SUP1', pin: '1111' }, ctx, tight)).toEqual({
      kind: 'locked',
      until: T0 + 15 * 60_000,
    });
    expect(approveFound(store, c1.id, { badge: 'SUP1', pin: '4321' }, ctx, tight)).toEqual({
      kind: 'locked',
      until: T0 + 15 * 60_000,
    });
    expect(store.charts.get(c1.id)?.foundPending).toBe(true);
  });

  it('a missing chart scanned at the counter is found, pending approval', () => {
    const store = setup();
    const c2 = store.charts.byBarcode('C2')!;
    markMissing(store, c2.id, { ...ctx, operatorId: null });
    const outcome = testDesk(store, config).scan({ code: 'C2', source: 'wedge', at: T0 + 1000 });
    expect(outcome).toMatchObject({ kind: 'unchanged', notices: [{ kind: 'found_pending' }] });
  });
});
