import { describe, expect, it } from 'vitest';
import type { ChartView } from '../../src/db/charts.js';
import type { DbStaff } from '../../src/db/rows.js';
import type { Outcome } from '../../src/engine/types.js';
import {
  counterReducer,
  idleDeadline,
  initialCounterState,
  MAX_ENTRIES,
  type CounterState,
} from '../../src/state/counter.js';
import { entryFromOutcome } from '../../src/state/entries.js';

const T = 1_000_000;
const staff: DbStaff = {
  id: 1,
  badge: 'N1',
  name: 'Nurse One',
  department: 'Ward 3',
  role: 'staff',
  pin_hash: null,
  active: 1,
  failed_pins: 0,
  locked_until: null,
};
const chart: ChartView = {
  id: 7,
  barcode: 'C7',
  volume: 2,
  patient: { id: 3, mrn: '0012345', family: 'Testwood', given: 'Alpha', birthDate: '1970-01-01' },
  home: { id: 1, code: 'FILE', name: 'Main File Room' },
  state: 'out',
  custodian: { kind: 'staff', id: 1, code: 'N1', name: 'Nurse One', department: 'Ward 3' },
  outSince: T,
  dueAt: T + 86_400_000,
  missingSince: null,
  foundPending: false,
  lastSeq: 4,
};
const start: Outcome = { kind: 'session_start', staff, ended: null };
const out: Outcome = {
  kind: 'check_out',
  chart,
  from: null,
  to: chart.custodian,
  dueAt: chart.dueAt,
  seq: 4,
  notices: [],
};

function run(...outcomes: Outcome[]): CounterState {
  return outcomes.reduce(
    (state, outcome, i) =>
      counterReducer(state, { type: 'outcome', outcome, at: T + i, privacy: 'initials' }),
    initialCounterState(T),
  );
}

describe('counter reducer', () => {
  it('starts a badge session and appends one entry per scan', () => {
    const state = run(start, out);
    expect(state.session).toEqual({
      kind: 'badge',
      name: 'Nurse One',
      department: 'Ward 3',
      place: null,
    });
    expect(state.entries.map((e) => e.kind)).toEqual(['hello', 'check_out']);
    expect(state.entries[1]).toMatchObject({
      chart: { barcode: 'C7', volume: 2, patient: 'A.T. · MRN …2345' },
      holder: 'Nurse One',
    });
    expect(state.lastActivityAt).toBe(T + 1);
  });

  it('never keeps the full patient name at the default privacy level', () => {
    expect(JSON.stringify(run(start, out))).not.toMatch(/Testwood|Alpha/);
  });

  it('ends on the same badge and clears all patient data', () => {
    const state = run(start, out, { kind: 'session_end', staff });
    expect(state).toMatchObject({ session: { kind: 'none' }, entries: [], ended: 'same_badge' });
    expect(idleDeadline(state, 30_000)).toBeNull();
  });

  it('a chart without a badge makes a walk-up session; a new badge clears the screen', () => {
    const ret: Outcome = { ...out, kind: 'return', to: null, dueAt: null };
    let state = run(ret);
    expect(state.session.kind).toBe('walk_up');
    expect(state.entries[0]).toMatchObject({ holder: 'Main File Room' });
    state = counterReducer(state, {
      type: 'outcome',
      outcome: start,
      at: T + 5,
      privacy: 'initials',
    });
    expect(state.entries.map((e) => e.kind)).toEqual(['hello']);
  });

  it('tracks a selected place, the busy wait, the queue and the idle deadline', () => {
    let state = run(start, {
      kind: 'location',
      location: { id: 2, code: 'CLIN-B', name: 'Clinic B', kind: 'clinic', active: 1 },
      selected: true,
    });
    expect(state.session).toMatchObject({ place: 'Clinic B' });
    state = counterReducer(state, { type: 'waiting', at: T + 10, attempts: 1 });
    state = counterReducer(state, { type: 'waiting', at: T + 20, attempts: 2 });
    expect(state.waiting).toEqual({ since: T + 10, attempts: 2 });
    state = counterReducer(state, { type: 'queue', pending: 3 });
    expect(state.pending).toBe(3);
    state = counterReducer(state, {
      type: 'outcome',
      outcome: out,
      at: T + 30,
      privacy: 'initials',
    });
    expect(state.waiting).toBeNull();
    expect(idleDeadline(state, 30_000)).toBe(T + 30 + 30_000);
    state = counterReducer(state, { type: 'activity', at: T + 40 });
    expect(idleDeadline(state, 30_000)).toBe(T + 40 + 30_000);
  });

  it('keeps at most MAX_ENTRIES lines', () => {
    let state = run(start);
    for (let i = 0; i < MAX_ENTRIES + 10; i++) {
      state = counterReducer(state, { type: 'refused', reason: 'unknown_code', code: 'X', at: T });
    }
    expect(state.entries).toHaveLength(MAX_ENTRIES);
  });

  it('maps db_busy (which the queue retries) to a "still busy" refusal if it ever arrives', () => {
    expect(
      entryFromOutcome({ kind: 'rejected', reason: 'db_busy', code: 'C7' }, 'initials'),
    ).toEqual({ kind: 'refused', reason: 'db_still_busy', code: 'C7' });
  });

  it('strips escape sequences from data on the way in', () => {
    const evil = { ...chart, barcode: 'C7\u001b[2J', home: { ...chart.home, name: 'File\u0007' } };
    const body = entryFromOutcome({ ...out, kind: 'return', chart: evil, to: null }, 'masked');
    expect(body).toMatchObject({ chart: { barcode: 'C7', patient: 'MRN …2345' }, holder: 'File' });
  });
});
