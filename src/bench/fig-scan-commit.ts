import type { Config } from '../config/schema.js';
import type { Db } from '../db/connection.js';
import { movementHash } from '../db/hash-chain.js';
import type { Store } from '../db/store.js';
import { Desk } from '../engine/desk.js';
import type { Hospital } from './generate.js';
import type { Progress } from './progress.js';
import { judge, type Figure } from './results.js';
import { planScans, type PlannedScan } from './scan-plan.js';
import { Paired, latency } from './stats.js';

const INSERT_SQL =
  'INSERT INTO movements (seq, occurred_at, action, chart_id, from_kind, from_id, to_kind, to_id, ' +
  'operator_id, counter, due_at, source, symbology, note, undoes_seq, prev_hash, hash) ' +
  'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** The desk the kiosk builds from its config (as app/compose.ts does). */
export function deskFor(store: Store, config: Config): Desk {
  return new Desk(store, {
    counter: config.counter.name,
    rules: { loanHours: config.loanHours },
    undoWindowMs: config.undo.windowSeconds * 1000,
    undoBarcode: config.undo.barcode,
  });
}

/**
 * The floor of one chart scan: the bare statements a scan must run (look the code up, read the
 * chart, read the chain's tail, insert the hashed movement, update the chart) in one
 * immediate transaction, with the same durability. Keeps the log and the chart in step.
 */
export function rawScan(db: Db, counter: string, loanMs: number) {
  const lookup = db.prepare<[string], { kind: string; ref_id: number }>(
    'SELECT kind, ref_id FROM codes WHERE code = ?',
  );
  const chart = db.prepare<
    [number],
    {
      id: number;
      home_location_id: number;
      custodian_kind: 'staff' | 'location' | null;
      custodian_id: number | null;
    }
  >('SELECT * FROM charts WHERE id = ?');
  const last = db.prepare<[], { seq: number; hash: string }>(
    'SELECT seq, hash FROM movements ORDER BY seq DESC LIMIT 1',
  );
  const insert = db.prepare(INSERT_SQL);
  const update = db.prepare(
    'UPDATE charts SET state = ?, custodian_kind = ?, custodian_id = ?, out_since = ?, due_at = ?, last_seq = ? WHERE id = ?',
  );
  const scan = db.transaction((code: string, staffId: number | null, at: number) => {
    const found = lookup.get(code);
    if (!found || found.kind !== 'chart') throw new Error(`floor: ${code} is not a chart`);
    const c = chart.get(found.ref_id);
    if (!c) throw new Error(`floor: chart ${found.ref_id} missing`);
    const tail = last.get();
    const action =
      staffId === null ? 'return' : c.custodian_kind === null ? 'check_out' : 'transfer';
    const due = staffId === null ? null : at + loanMs;
    const row = {
      seq: (tail?.seq ?? 0) + 1,
      occurred_at: at,
      action,
      chart_id: c.id,
      from_kind: c.custodian_kind ?? 'location',
      from_id: c.custodian_id ?? c.home_location_id,
      to_kind: staffId === null ? 'location' : 'staff',
      to_id: staffId ?? c.home_location_id,
      operator_id: staffId,
      counter,
      due_at: due,
      source: 'wedge',
      symbology: null,
      note: null,
      undoes_seq: null,
      prev_hash: tail?.hash ?? '',
    } as const;
    const hash = movementHash(row);
    insert.run(
      row.seq,
      row.occurred_at,
      row.action,
      row.chart_id,
      row.from_kind,
      row.from_id,
      row.to_kind,
      row.to_id,
      row.operator_id,
      row.counter,
      row.due_at,
      row.source,
      null,
      null,
      null,
      row.prev_hash,
      hash,
    );
    update.run(
      staffId === null ? 'in' : 'out',
      staffId === null ? null : 'staff',
      staffId,
      staffId === null ? null : at,
      due,
      row.seq,
      c.id,
    );
  });
  return (code: string, staffId: number | null, at: number): void =>
    scan.immediate(code, staffId, at);
}

/**
 * Figure 1, scan to commit: `Desk.scan` on chart scans (check-outs, transfers, returns; badge
 * scans that open each visit are not timed), against the bare statements. Both write real,
 * chained movements, interleaved in blocks of 50.
 */
export function scanCommitFigure(
  hospital: Hospital,
  store: Store,
  config: Config,
  bar: Progress,
): Figure {
  const count = hospital.size.samples.scans;
  const [mine, floors] = planScans(store.db, hospital.layout, count, 7);
  const desk = deskFor(store, config);
  const floorScan = rawScan(store.db, config.counter.name, config.loanHours.staff * 3_600_000);
  let clock = hospital.now + 60_000;
  const tick = () => (clock += 1_500);
  const timeDesk = (s: PlannedScan): number => {
    if (s.badge === null) {
      desk.endVisit();
    } else if (desk.visit?.staff.badge !== s.badge) {
      desk.endVisit();
      desk.scan({ code: s.badge, source: 'wedge', at: tick() });
    }
    const at = tick();
    const start = performance.now();
    const outcome = desk.scan({ code: s.barcode, source: 'wedge', at });
    const ms = performance.now() - start;
    if (outcome.kind !== s.kind) {
      throw new Error(`scan of ${s.barcode} gave ${outcome.kind}, expected ${s.kind}`);
    }
    return ms;
  };
  const timeFloor = (s: PlannedScan): number => {
    const at = tick();
    const start = performance.now();
    floorScan(s.barcode, s.staffId, at);
    return performance.now() - start;
  };
  const pairs = new Paired().run(
    count,
    50,
    (i) => timeDesk(mine[i] as PlannedScan),
    (i) => timeFloor(floors[i] as PlannedScan),
    bar.update,
  );
  desk.endVisit();
  const m = latency(pairs.measured);
  const f = latency(pairs.floor);
  return judge({
    id: 'scan_to_commit',
    title: 'Scan to commit',
    unit: 'ms',
    value: m.p99,
    p50: m.p50,
    p99: m.p99,
    samples: m.samples,
    floor: f.p99,
    floorP50: f.p50,
    target: { max: 2, maxRatio: 2, text: 'p99 ≤ 2 ms and ≤ 2× floor' },
    via: 'engine/desk.ts Desk.scan (real config rules, WAL + synchronous=FULL)',
    floorVia:
      'codes lookup, chart read, chain tail, movementHash, INSERT, UPDATE in BEGIN IMMEDIATE',
  });
}
