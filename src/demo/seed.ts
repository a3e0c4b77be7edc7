import type { DbLocation, DbStaff } from '../db/rows.js';
import type { Store } from '../db/store.js';
import { filingKey } from '../domain/filing.js';
import { hashPin } from '../domain/pin.js';
import { Desk } from '../engine/desk.js';
import type { Rules } from '../engine/decide.js';
import { FAMILY_NAMES, GIVEN_NAMES } from './names.js';
import { seedWorkflowDemo } from '../workflows/demo-seed.js';

/** The demo's named people: the README tells a new user to sign in with these. */
export const DEMO_CREDENTIALS = {
  clerk: { badge: 'EMP-000900', pin: '1234', name: 'Demo Clerk Kilo' },
  supervisor: { badge: 'EMP-000901', pin: '4321', name: 'Demo Supervisor Lima' },
  nurse: { badge: 'EMP-004217', name: 'Demo Nurse Alpha' },
} as const;

/** Locations of the demo hospital. */
export const DEMO_LOCATIONS: readonly Pick<DbLocation, 'code' | 'name' | 'kind'>[] = [
  { code: 'FILE', name: 'Main File Room', kind: 'file_room' },
  { code: 'HOLD', name: 'Pull Holding Shelf', kind: 'file_room' },
  { code: 'CLIN-A', name: 'Clinic A Cardiology', kind: 'clinic' },
  { code: 'CLIN-B', name: 'Clinic B Orthopaedics', kind: 'clinic' },
  { code: 'CLIN-C', name: 'Clinic C Diabetes', kind: 'clinic' },
  { code: 'WARD-3', name: 'Ward 3 Medical', kind: 'ward' },
  { code: 'WARD-5', name: 'Ward 5 Surgical', kind: 'ward' },
  { code: 'ER', name: 'Emergency Department', kind: 'department' },
  { code: 'CODING', name: 'Clinical Coding', kind: 'department' },
  { code: 'RADIO', name: 'Radiology', kind: 'department' },
  { code: 'LEGAL', name: 'Release of Information', kind: 'other' },
];

const DEMO_STAFF: readonly Pick<DbStaff, 'badge' | 'name' | 'department' | 'role'>[] = [
  {
    badge: DEMO_CREDENTIALS.nurse.badge,
    name: DEMO_CREDENTIALS.nurse.name,
    department: 'Ward 3',
    role: 'staff',
  },
  { badge: 'EMP-000101', name: 'Demo Nurse Bravo', department: 'Ward 5', role: 'staff' },
  { badge: 'EMP-000102', name: 'Demo Doctor Charlie', department: 'Cardiology', role: 'staff' },
  { badge: 'EMP-000103', name: 'Demo Doctor Delta', department: 'Orthopaedics', role: 'staff' },
  { badge: 'EMP-000104', name: 'Demo Runner Echo', department: 'Clinic Support', role: 'staff' },
  { badge: 'EMP-000105', name: 'Demo Coder Foxtrot', department: 'Clinical Coding', role: 'staff' },
  { badge: 'EMP-000106', name: 'Demo Nurse Golf', department: 'Emergency', role: 'staff' },
  {
    badge: DEMO_CREDENTIALS.clerk.badge,
    name: DEMO_CREDENTIALS.clerk.name,
    department: 'Health Records',
    role: 'clerk',
  },
  {
    badge: DEMO_CREDENTIALS.supervisor.badge,
    name: DEMO_CREDENTIALS.supervisor.name,
    department: 'Health Records',
    role: 'supervisor',
  },
];

/** A small deterministic PRNG (mulberry32), so the demo is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo chart barcode for an MRN and volume: `CH0012345-1`. */
export function demoBarcode(mrn: string, volume: number): string {
  return `CH${mrn}-${volume}`;
}

/** What seeding made. */
export interface SeedReport {
  readonly patients: number;
  readonly charts: number;
  readonly movements: number;
}

/**
 * Fills an empty database with a synthetic hospital: locations, staff (demo clerk and
 * supervisor with PINs), patients with one to three volumes, and two months of history
 * written through the real engine, so the log's hash chain and the charts' state are real.
 */
export function seedDemo(
  store: Store,
  options: { patients: number; now: number; counter: string; rules: Rules; seed?: number },
  onProgress?: (done: number, total: number) => void,
): SeedReport {
  const rand = prng(options.seed ?? 20261126);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const { db } = store;
  let charts = 0;
  const total = options.patients * 2;
  db.transaction(() => {
    const loc = db.prepare('INSERT INTO locations (code, name, kind) VALUES (?, ?, ?)');
    for (const l of DEMO_LOCATIONS) loc.run(l.code, l.name, l.kind);
    const staff = db.prepare(
      'INSERT INTO staff (badge, name, department, role, pin_hash) VALUES (?, ?, ?, ?, ?)',
    );
    for (const s of DEMO_STAFF) {
      const pin =
        s.badge === DEMO_CREDENTIALS.clerk.badge
          ? DEMO_CREDENTIALS.clerk.pin
          : s.badge === DEMO_CREDENTIALS.supervisor.badge
            ? DEMO_CREDENTIALS.supervisor.pin
            : null;
      staff.run(s.badge, s.name, s.department, s.role, pin ? hashPin(pin) : null);
    }
    db.prepare(
      "INSERT INTO staff (badge, name, department, role, active) VALUES ('EMP-000199', 'Demo Leaver Hotel', 'Ward 5', 'staff', 0)",
    ).run();
    const fileRoom = store.locations.byCode('FILE');
    if (!fileRoom) throw new Error('demo file room missing');
    const patient = db.prepare(
      'INSERT INTO patients (mrn, family_name, given_name, birth_date, td_key) VALUES (?, ?, ?, ?, ?)',
    );
    const chart = db.prepare(
      'INSERT INTO charts (barcode, patient_id, volume, home_location_id) VALUES (?, ?, ?, ?)',
    );
    for (let i = 0; i < options.patients; i += 1) {
      // Spread MRNs over the terminal-digit sections: a scrambled 7-digit number.
      const mrn = String((1_000_003 + i * 7_919) % 10_000_000).padStart(7, '0');
      const birth = new Date(
        Date.UTC(
          1930 + Math.floor(rand() * 90),
          Math.floor(rand() * 12),
          1 + Math.floor(rand() * 28),
        ),
      );
      const id = Number(
        patient.run(
          mrn,
          pick(FAMILY_NAMES),
          pick(GIVEN_NAMES),
          birth.toISOString().slice(0, 10),
          filingKey(mrn),
        ).lastInsertRowid,
      );
      const volumes = rand() < 0.1 ? (rand() < 0.3 ? 3 : 2) : 1;
      for (let v = 1; v <= volumes; v += 1) {
        chart.run(demoBarcode(mrn, v), id, v, fileRoom.id);
        charts += 1;
      }
      if (i % 500 === 0) onProgress?.(i, total);
    }
  })();

  const movements = simulateHistory(store, options, rand, (done) =>
    onProgress?.(options.patients + done, total),
  );
  seedWorkflowDemo(store, options.now);
  onProgress?.(total, total);
  return { patients: options.patients, charts, movements };
}

function simulateHistory(
  store: Store,
  options: { patients: number; now: number; counter: string; rules: Rules },
  rand: () => number,
  onProgress: (done: number) => void,
): number {
  const { db } = store;
  const badges = DEMO_STAFF.filter((s) => s.role === 'staff').map((s) => s.badge);
  const places = DEMO_LOCATIONS.filter((l) => l.kind !== 'file_room').map((l) => l.code);
  const allCharts = db
    .prepare<[], { barcode: string }>('SELECT barcode FROM charts')
    .all()
    .map((r) => r.barcode);
  const outCharts = db.prepare<[], { barcode: string }>(
    "SELECT barcode FROM charts WHERE state = 'out' ORDER BY random() LIMIT 1",
  );
  const desk = new Desk(store, {
    counter: options.counter,
    rules: options.rules,
    undoWindowMs: 0,
    undoBarcode: null,
  });
  const steps = Math.max(20, Math.round(options.patients * 1.2));
  const start = options.now - 60 * 86_400_000;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  let written = 0;
  db.transaction(() => {
    for (let i = 0; i < steps; i += 1) {
      const at = start + Math.floor(((options.now - 3_600_000 - start) * i) / steps);
      const count = (o: { kind: string }) => {
        if (o.kind === 'check_out' || o.kind === 'return' || o.kind === 'transfer') written += 1;
      };
      if (rand() < 0.42) {
        const out = outCharts.get();
        if (out) count(desk.scan({ code: out.barcode, source: 'wedge', at }));
        continue;
      }
      const badge = pick(badges);
      desk.scan({ code: badge, source: 'wedge', at });
      if (rand() < 0.5) desk.scan({ code: pick(places), source: 'wedge', at: at + 1000 });
      const n = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < n; k += 1)
        count(desk.scan({ code: pick(allCharts), source: 'wedge', at: at + 2000 + k * 1500 }));
      desk.endVisit();
      if (i % 200 === 0) onProgress(i);
    }
  })();
  return written;
}
