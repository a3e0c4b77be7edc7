import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/engine/types.js';
import { seedSmall, T0, tempStore, testConfig, testDesk } from '../helpers/temp-db.js';

type Step = { code: string; expect: string; at?: number };

/** A short word per outcome, so rule tables stay readable. */
function word(o: Outcome): string {
  switch (o.kind) {
    case 'rejected':
      return `rejected:${o.reason}`;
    case 'check_out':
    case 'transfer':
      return `${o.kind}:${o.to?.code ?? 'file'}`;
    case 'return':
      return 'return';
    case 'unchanged':
      return 'unchanged';
    case 'session_start':
      return `session_start:${o.staff.badge}`;
    case 'session_end':
      return `session_end:${o.staff.badge}`;
    case 'location':
      return `location:${o.location.code}${o.selected ? '' : ':cleared'}`;
    case 'undo':
      return `undo:${o.undone}`;
  }
}

const TABLE: { name: string; steps: Step[] }[] = [
  {
    name: 'a badge starts a visit and a chart in file goes out to that person',
    steps: [
      { code: 'NURSE1', expect: 'session_start:NURSE1' },
      { code: 'C1', expect: 'check_out:NURSE1' },
    ],
  },
  {
    name: 'the same badge again ends the visit',
    steps: [
      { code: 'NURSE1', expect: 'session_start:NURSE1' },
      { code: 'NURSE1', expect: 'session_end:NURSE1' },
      { code: 'C1', expect: 'rejected:badge_first' },
    ],
  },
  {
    name: 'a location scanned first sends charts there, with the person as operator',
    steps: [
      { code: 'NURSE1', expect: 'session_start:NURSE1' },
      { code: 'CLIN-B', expect: 'location:CLIN-B' },
      { code: 'C1', expect: 'check_out:CLIN-B' },
      { code: 'CLIN-B', expect: 'location:CLIN-B:cleared' },
      { code: 'C2', expect: 'check_out:NURSE1' },
    ],
  },
  {
    name: 'a chart out to someone else is transferred',
    steps: [
      { code: 'NURSE1', expect: 'session_start:NURSE1' },
      { code: 'C1', expect: 'check_out:NURSE1' },
      { code: 'NURSE2', expect: 'session_start:NURSE2' },
      { code: 'C1', expect: 'transfer:NURSE2' },
    ],
  },
  {
    name: 'a chart already out to the same custodian is unchanged',
    steps: [
      { code: 'NURSE1', expect: 'session_start:NURSE1' },
      { code: 'C1', expect: 'check_out:NURSE1' },
      { code: 'C1', expect: 'unchanged' },
    ],
  },
  {
    name: 'without a visit, a chart that is out is returned; one in file is refused',
    steps: [
      { code: 'C1', expect: 'rejected:badge_first' },
      { code: 'NURSE1', expect: 'session_start:NURSE1' },
      { code: 'C1', expect: 'check_out:NURSE1' },
      { code: 'NURSE1', expect: 'session_end:NURSE1' },
      { code: 'C1', expect: 'return' },
    ],
  },
  {
    name: 'scanning the home file room during a visit returns the chart',
    steps: [
      { code: 'NURSE1', expect: 'session_start:NURSE1' },
      { code: 'C1', expect: 'check_out:NURSE1' },
      { code: 'FILE', expect: 'location:FILE' },
      { code: 'C1', expect: 'return' },
      { code: 'C2', expect: 'unchanged' },
    ],
  },
  {
    name: 'inactive badges, unknown codes, hostile codes and a location without a visit are refused',
    steps: [
      { code: 'GONE1', expect: 'rejected:inactive_badge' },
      { code: 'NOPE', expect: 'rejected:unknown_code' },
      { code: 'C1\u001b[2J', expect: 'rejected:invalid_code' },
      { code: 'X'.repeat(129), expect: 'rejected:code_too_long' },
      { code: 'CLIN-B', expect: 'rejected:badge_first' },
    ],
  },
  {
    name: 'undo by barcode restores the chart and cannot be repeated',
    steps: [
      { code: 'NURSE1', expect: 'session_start:NURSE1' },
      { code: 'C1', expect: 'check_out:NURSE1' },
      { code: 'UNDO', expect: 'undo:check_out' },
      { code: 'UNDO', expect: 'rejected:nothing_to_undo' },
    ],
  },
  {
    name: 'undo after the window is refused',
    steps: [
      { code: 'NURSE1', expect: 'session_start:NURSE1' },
      { code: 'C1', expect: 'check_out:NURSE1', at: T0 },
      { code: 'UNDO', expect: 'rejected:undo_expired', at: T0 + 61_000 },
    ],
  },
];

describe('circulation rules', () => {
  for (const row of TABLE) {
    it(row.name, () => {
      const store = tempStore();
      seedSmall(store);
      const desk = testDesk(store);
      row.steps.forEach((step, i) => {
        const outcome = desk.scan({ code: step.code, source: 'cli', at: step.at ?? T0 + i * 1000 });
        expect(word(outcome), `step ${i + 1}: ${step.code}`).toBe(step.expect);
      });
    });
  }

  it('writes nothing for a refused scan', () => {
    const store = tempStore();
    seedSmall(store);
    const desk = testDesk(store);
    desk.scan({ code: 'C1', source: 'cli', at: T0 });
    desk.scan({ code: 'NOPE', source: 'cli', at: T0 });
    expect(store.db.prepare('SELECT count(*) AS n FROM movements').get()).toEqual({ n: 0 });
  });

  it('records the previous holder on a transfer, and due dates by custodian kind', () => {
    const store = tempStore();
    seedSmall(store);
    const config = testConfig({ loanHours: { staff: 24, clinic: 8 } });
    const desk = testDesk(store, config);
    desk.scan({ code: 'NURSE1', source: 'cli', at: T0 });
    const out = desk.scan({ code: 'C1', source: 'cli', at: T0 + 1 });
    desk.scan({ code: 'NURSE2', source: 'cli', at: T0 + 2 });
    desk.scan({ code: 'CLIN-B', source: 'cli', at: T0 + 3 });
    const moved = desk.scan({ code: 'C1', source: 'cli', at: T0 + 4 });
    expect(out.kind === 'check_out' && out.dueAt).toBe(T0 + 1 + 24 * 3_600_000);
    expect(moved.kind).toBe('transfer');
    if (moved.kind !== 'transfer') return;
    expect(moved.from?.code).toBe('NURSE1');
    expect(moved.dueAt).toBe(T0 + 4 + 8 * 3_600_000);
    const row = store.db
      .prepare(
        "SELECT from_kind, from_id, to_kind, operator_id FROM movements WHERE action = 'transfer'",
      )
      .get();
    expect(row).toEqual({ from_kind: 'staff', from_id: 1, to_kind: 'location', operator_id: 2 });
  });

  it('marks a missing chart found, pending approval, and still applies the scan', () => {
    const store = tempStore();
    seedSmall(store);
    store.db.prepare("UPDATE charts SET missing_since = ? WHERE barcode = 'C2'").run(T0 - 1000);
    const desk = testDesk(store);
    desk.scan({ code: 'NURSE1', source: 'cli', at: T0 });
    const outcome = desk.scan({ code: 'C2', source: 'cli', at: T0 + 1 });
    expect(outcome.kind).toBe('check_out');
    if (outcome.kind !== 'check_out') return;
    expect(outcome.notices[0]).toEqual({ kind: 'found_pending' });
    expect(outcome.chart.foundPending).toBe(true);
    const actions = store.db.prepare('SELECT action FROM movements ORDER BY seq').pluck().all();
    expect(actions).toEqual(['found', 'check_out']);
  });

  it('warns about other volumes out and waiting loose reports, and routes a requested chart', () => {
    const store = tempStore();
    seedSmall(store);
    const desk = testDesk(store);
    desk.scan({ code: 'NURSE1', source: 'cli', at: T0 });
    desk.scan({ code: 'C1V2', source: 'cli', at: T0 + 1 });
    desk.scan({ code: 'NURSE2', source: 'cli', at: T0 + 2 });
    store.db
      .prepare(
        "INSERT INTO requests (chart_id, location_id, needed_at, created_at) VALUES ((SELECT id FROM charts WHERE barcode='C1'), (SELECT id FROM locations WHERE code='CLIN-B'), ?, ?)",
      )
      .run(T0 + 3_600_000, T0);
    store.db
      .prepare(
        "INSERT INTO loose_reports (patient_id, description, received_at) VALUES (1, 'lab result', ?)",
      )
      .run(T0);
    const out = desk.scan({ code: 'C1', source: 'cli', at: T0 + 3 });
    expect(out.kind).toBe('check_out');
    if (out.kind !== 'check_out') return;
    expect(out.notices.map((n) => n.kind)).toEqual([
      'requested_elsewhere',
      'other_volumes_out',
      'loose_reports',
    ]);
    // Taking it to the clinic that asked for it fills the request.
    desk.scan({ code: 'CLIN-B', source: 'cli', at: T0 + 4 });
    const filled = desk.scan({ code: 'C1', source: 'cli', at: T0 + 5 });
    expect(filled.kind === 'transfer' && filled.notices[0]).toEqual({
      kind: 'request_filled',
      locationCode: 'CLIN-B',
      locationName: 'Clinic B',
    });
    expect(store.db.prepare('SELECT status FROM requests').pluck().get()).toBe('filled');
  });
});
