import type { LoanHours } from '../domain/due.js';
import type { MovementAction, MovementSource } from '../db/rows.js';
import { prng } from '../demo/seed.js';
import { FILE_ROOM, type Layout } from './layout.js';
import type { BenchSize } from './sizes.js';

/** Custodian kinds as small numbers in the typed arrays: none, a person, a place. */
export const NONE = 0;
/** A person holds the chart. */
export const STAFF = 1;
/** A place holds the chart. */
export const PLACE = 2;

/** One movement the simulation made, in seq order. The object is reused: copy what you keep. */
export interface SimMove {
  seq: number;
  at: number;
  action: Extract<MovementAction, 'check_out' | 'return' | 'transfer' | 'mark_missing'>;
  chart: number;
  fromKind: number;
  fromId: number;
  toKind: number;
  toId: number;
  /** 0: no operator (a walk-up return). */
  operator: number;
  counter: string;
  /** -1: no due time. */
  due: number;
  source: MovementSource;
  symbology: string | null;
}

/** Every chart's state at the end of the history, by chart id (index 0 unused). */
export interface ChartStates {
  readonly out: Uint8Array;
  readonly custodianKind: Uint8Array;
  readonly custodianId: Int32Array;
  readonly outSince: Float64Array;
  readonly dueAt: Float64Array;
  /** 0: never moved. */
  readonly lastSeq: Int32Array;
  /** 0: not missing. */
  readonly missingSince: Float64Array;
  /** Charts out now. */
  readonly outCount: number;
  /** Movements of the hot chart. */
  readonly hotMoves: number;
}

const YEAR = 365.25 * 86_400_000;
const COUNTERS = ['Records Counter 1', 'Records Counter 2', 'Records Counter 3'] as const;
const P_MISSING = 0.0004;
const P_RETURN = 0.72;

/**
 * Simulates years of circulation in seq order, calling `emit` for each movement: check-outs
 * to people and places (clinics skewed so one is clearly the busiest), returns, transfers and
 * a few charts marked missing. The out count ramps up to `size.out` and is then held there, so
 * the history ends with that many charts out. One chart gets exactly `size.hotChartMoves`
 * movements. Deterministic: the same size gives the same hospital.
 */
export function simulateHistory(
  size: BenchSize,
  layout: Layout,
  loanHours: LoanHours,
  now: number,
  emit: (m: SimMove) => void,
  onProgress?: (done: number, total: number) => void,
): ChartStates {
  const rand = prng(0x5eed ^ size.movements);
  const n = layout.charts;
  const out = new Uint8Array(n + 1);
  const custodianKind = new Uint8Array(n + 1);
  const custodianId = new Int32Array(n + 1);
  const outSince = new Float64Array(n + 1);
  const dueAt = new Float64Array(n + 1);
  const lastSeq = new Int32Array(n + 1);
  const missingSince = new Float64Array(n + 1);
  // Charts out (but the hot one), for O(1) random picks and removals.
  const outList = new Int32Array(n + 1);
  const outPos = new Int32Array(n + 1).fill(-1);
  let outCount = 0;
  const hot = layout.hotChart;
  let hotMoves = 0;

  const total = size.movements;
  const start = now - size.years * YEAR;
  const end = now - 3_600_000;
  const hotEvery = Math.max(2, Math.floor(total / size.hotChartMoves));
  const ramp = Math.max(1, Math.floor(total * 0.05));
  const m: SimMove = {
    seq: 0,
    at: 0,
    action: 'check_out',
    chart: 0,
    fromKind: NONE,
    fromId: 0,
    toKind: NONE,
    toId: 0,
    operator: 0,
    counter: COUNTERS[0],
    due: -1,
    source: 'wedge',
    symbology: null,
  };
  const pick = (ids: readonly number[], skew: boolean): number => {
    const u = rand();
    return ids[Math.min(ids.length - 1, Math.floor((skew ? u * u : u) * ids.length))] ?? 1;
  };
  const randomStaff = () => 1 + Math.floor(rand() * layout.staff);
  const randomIn = (): number => {
    for (;;) {
      const c = 1 + Math.floor(rand() * n);
      if (out[c] === 0 && missingSince[c] === 0 && c !== hot) return c;
    }
  };
  // Sets m.toKind/toId/due for a new custodian.
  const chooseCustodian = (at: number) => {
    const u = rand();
    let hours: number;
    if (u < 0.45) {
      m.toKind = STAFF;
      m.toId = randomStaff();
      hours = loanHours.staff;
    } else {
      m.toKind = PLACE;
      const v = rand();
      const ids =
        v < 0.6
          ? layout.clinics
          : v < 0.8
            ? layout.wards
            : v < 0.97
              ? layout.departments
              : layout.others;
      m.toId = pick(ids, ids === layout.clinics);
      hours = loanHours[layout.locationKinds[m.toId] ?? 'other'];
    }
    m.due = at + Math.round(hours * 3_600_000);
  };
  const stamp = (seq: number, at: number, chart: number) => {
    m.seq = seq;
    m.at = at;
    m.chart = chart;
    m.counter = COUNTERS[seq % COUNTERS.length] ?? COUNTERS[0];
    const s = rand();
    m.source = s < 0.7 ? 'wedge' : s < 0.95 ? 'hid' : 'workspace';
    m.symbology = m.source === 'hid' ? ']C0' : null;
  };
  const checkOut = (c: number, seq: number, at: number) => {
    stamp(seq, at, c);
    m.action = 'check_out';
    m.fromKind = PLACE;
    m.fromId = FILE_ROOM.id;
    chooseCustodian(at);
    m.operator = m.toKind === STAFF ? m.toId : randomStaff();
    out[c] = 1;
    custodianKind[c] = m.toKind;
    custodianId[c] = m.toId;
    outSince[c] = at;
    dueAt[c] = m.due;
    if (c !== hot) {
      outList[outCount] = c;
      outPos[c] = outCount;
      outCount += 1;
    }
  };
  const giveBack = (c: number, seq: number, at: number) => {
    stamp(seq, at, c);
    m.action = 'return';
    m.fromKind = custodianKind[c] ?? NONE;
    m.fromId = custodianId[c] ?? 0;
    m.toKind = PLACE;
    m.toId = FILE_ROOM.id;
    m.due = -1;
    m.operator = rand() < 0.5 ? 0 : randomStaff();
    out[c] = 0;
    custodianKind[c] = NONE;
    custodianId[c] = 0;
    outSince[c] = 0;
    dueAt[c] = 0;
    const p = outPos[c] ?? -1;
    if (p >= 0) {
      const moved = outList[outCount - 1] ?? 0;
      outList[p] = moved;
      outPos[moved] = p;
      outPos[c] = -1;
      outCount -= 1;
    }
  };
  const transfer = (c: number, seq: number, at: number) => {
    stamp(seq, at, c);
    m.action = 'transfer';
    m.fromKind = custodianKind[c] ?? NONE;
    m.fromId = custodianId[c] ?? 0;
    do chooseCustodian(at);
    while (m.toKind === m.fromKind && m.toId === m.fromId);
    m.operator = m.toKind === STAFF ? m.toId : randomStaff();
    custodianKind[c] = m.toKind;
    custodianId[c] = m.toId;
    outSince[c] = at;
    dueAt[c] = m.due;
  };

  for (let i = 0; i < total; i += 1) {
    const seq = i + 1;
    const at = start + Math.floor(((end - start) * i) / total);
    let chart: number;
    if (i % hotEvery === hotEvery - 1 && hotMoves < size.hotChartMoves) {
      chart = hot;
      if (out[hot] === 1) giveBack(hot, seq, at);
      else checkOut(hot, seq, at);
      hotMoves += 1;
    } else if (rand() < P_MISSING) {
      chart = randomIn();
      stamp(seq, at, chart);
      m.action = 'mark_missing';
      m.fromKind = NONE;
      m.fromId = 0;
      m.toKind = NONE;
      m.toId = 0;
      m.due = -1;
      m.operator = randomStaff();
      missingSince[chart] = at;
    } else {
      const target = Math.min(size.out, Math.ceil((size.out * seq) / ramp));
      if (outCount < target || outCount === 0) {
        chart = randomIn();
        checkOut(chart, seq, at);
      } else {
        chart = outList[Math.floor(rand() * outCount)] ?? 0;
        if (rand() < P_RETURN) giveBack(chart, seq, at);
        else transfer(chart, seq, at);
      }
    }
    lastSeq[chart] = seq;
    emit(m);
    if (onProgress && (seq & 0xffff) === 0) onProgress(seq, total);
  }
  onProgress?.(total, total);
  return {
    out,
    custodianKind,
    custodianId,
    outSince,
    dueAt,
    lastSeq,
    missingSince,
    outCount: outCount + (out[hot] ?? 0),
    hotMoves,
  };
}
