import { configSchema } from '../config/schema.js';
import { openStore } from '../db/store.js';
import { restoreSchema, setSchemaAside } from './bulk-schema.js';
import { writeCharts, writeLocations, writePatients, writeStaff } from './gen-registry.js';
import { movementWriter } from './gen-movements.js';
import { writeRequests } from './gen-requests.js';
import { simulateHistory } from './history-sim.js';
import { layoutFor, mrnOf, type Layout } from './layout.js';
import { progress } from './progress.js';
import type { BenchSize } from './sizes.js';

/** The synthetic hospital on disk, and what the figures need to know about it. */
export interface Hospital {
  /** The database file (closed, WAL + synchronous=FULL, as the kiosk leaves it). */
  readonly file: string;
  readonly size: BenchSize;
  readonly layout: Layout;
  /** The end of the history: every figure runs "now" from here on. */
  readonly now: number;
  readonly counts: {
    readonly patients: number;
    readonly charts: number;
    readonly movements: number;
    readonly out: number;
    readonly staff: number;
    readonly locations: number;
    readonly requests: number;
    readonly missing: number;
  };
  readonly hotChart: { readonly id: number; readonly movements: number };
  readonly pullDate: string;
  readonly pullCharts: number;
  /** Seconds the generation took. */
  readonly seconds: number;
}

/**
 * Builds the synthetic hospital in a new database created by `openStore` (the real
 * migrations). Bulk settings are used only while writing: no journal, no fsync, a large cache,
 * foreign keys off, secondary indexes and FTS triggers set aside and rebuilt at the end. Then
 * the production settings (WAL, synchronous=FULL, foreign keys on) are restored before
 * anything is measured. The movement log is a valid hash chain and every chart's state matches
 * it, so `chartdesk verify` passes.
 */
export async function generateHospital(
  size: BenchSize,
  file: string,
  now = Date.now(),
): Promise<Hospital> {
  const started = performance.now();
  const layout = layoutFor(size);
  const loanHours = configSchema.parse({}).loanHours;
  const store = openStore(file);
  const { db } = store;
  try {
    // better-sqlite3's defensive mode refuses journal_mode=OFF; lifted for the bulk load only.
    db.unsafeMode(true);
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -1048576');
    db.pragma('temp_store = MEMORY');
    // The generator's rows are valid by construction (CI verifies a small hospital end to end).
    db.pragma('ignore_check_constraints = ON');
    const aside = setSchemaAside(db);

    let bar = progress('registry: patients');
    db.transaction(() => {
      writeLocations(db, layout);
      writeStaff(db, layout);
      writePatients(db, layout, bar.update);
    })();
    bar.done();

    bar = progress('history: movements');
    const writer = movementWriter(db, { size, loanHours, now });
    const states = db.transaction(() =>
      simulateHistory(size, layout, loanHours, now, writer.write, bar.update),
    )();
    await writer.stop();
    bar.done();

    bar = progress('registry: charts');
    const made = db.transaction(() => {
      writeCharts(db, layout, states, bar.update);
      return writeRequests(db, size, layout, states, now);
    })();
    bar.done();

    bar = progress('indexes and search');
    let step = 0;
    db.transaction(() =>
      restoreSchema(db, aside, () => {
        step += 1;
        bar.update(step, aside.items.length + 1);
      }),
    )();
    bar.done();

    let missing = 0;
    for (let c = 1; c <= layout.charts; c += 1) if ((states.missingSince[c] ?? 0) > 0) missing += 1;
    db.pragma('ignore_check_constraints = OFF');
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -2000');
    db.pragma('synchronous = FULL');
    db.pragma('journal_mode = WAL');
    db.unsafeMode(false);
    return {
      file,
      size,
      layout,
      now,
      counts: {
        patients: layout.patients,
        charts: layout.charts,
        movements: size.movements,
        out: states.outCount,
        staff: layout.staff,
        locations: layout.locationKinds.length - 1,
        requests: made.requests,
        missing,
      },
      hotChart: { id: layout.hotChart, movements: states.hotMoves },
      pullDate: made.pullDate,
      pullCharts: made.pullCharts,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    store.close();
  }
}

/** The MRN of a patient id, for figures that type MRN prefixes. */
export { mrnOf };
