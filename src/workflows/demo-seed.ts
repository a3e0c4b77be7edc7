import { requestQueries } from '../db/requests.js';
import type { Store } from '../db/store.js';
import { writeFlag } from '../engine/apply.js';
import { localDate, localTime } from './day.js';
import { looseOf } from './loose.js';
import { queriesOf } from './queries.js';

/** What the demo's workflow step made. */
export interface WorkflowSeedReport {
  readonly requests: number;
  readonly missing: number;
  readonly loose: number;
}

const TODAY_SLOTS = [
  ['CLIN-A', '09:00'],
  ['CLIN-A', '10:30'],
  ['CLIN-B', '09:30'],
  ['CLIN-B', '11:00'],
  ['CLIN-C', '14:00'],
] as const;

const LOOSE = [
  'Lab result: full blood count',
  'Discharge letter',
  'Radiology report: chest X-ray',
  'Referral letter',
  'ECG tracing',
] as const;

/**
 * The demo's file-room work in progress, deterministic for a given database: appointment
 * requests for today and tomorrow (one for a chart that is out, so the counter routes it when
 * it comes back), two charts flagged missing and a handful of loose reports.
 */
export function seedWorkflowDemo(store: Store, now: number): WorkflowSeedReport {
  const { db } = store;
  const inFile = db
    .prepare<[], { id: number; patient_id: number }>(
      "SELECT id, patient_id FROM charts WHERE state = 'in' AND missing_since IS NULL AND volume = 1 ORDER BY id",
    )
    .all();
  const out = db
    .prepare<[], { id: number; patient_id: number }>(
      "SELECT id, patient_id FROM charts WHERE state = 'out' AND custodian_kind = 'staff' ORDER BY id LIMIT 1",
    )
    .all();
  const requests = queriesOf(db, requestQueries);
  const clinics = new Map(store.locations.all().map((l) => [l.code, l.id]));
  const today = localDate(now);
  const tomorrow = localDate(now + 86_400_000);
  const every = Math.max(1, Math.floor(inFile.length / 40));
  const picked = inFile.filter((_, i) => i % every === 0).slice(0, 40);
  let made = 0;
  db.transaction(() => {
    const ask = (patientId: number, clinic: string, date: string, time: string) => {
      const locationId = clinics.get(clinic);
      const neededAt = localTime(date, time);
      if (locationId === undefined || neededAt === null) return;
      for (const chart of store.charts.volumes(patientId)) {
        const r = requests.create({
          chartId: chart.id,
          requesterId: null,
          locationId,
          neededAt,
          source: 'appointments',
          createdAt: now - 86_400_000,
          createdBy: null,
        });
        if (r.created) made += 1;
      }
    };
    picked.slice(0, 24).forEach((c, i) => {
      const [clinic, time] = TODAY_SLOTS[i % TODAY_SLOTS.length] ?? TODAY_SLOTS[0];
      ask(c.patient_id, clinic, today, time);
    });
    picked
      .slice(24, 34)
      .forEach((c, i) => ask(c.patient_id, i % 2 ? 'CLIN-A' : 'CLIN-C', tomorrow, '09:00'));
    for (const c of out) ask(c.patient_id, 'CLIN-B', today, '15:30');
  })();
  let missing = 0;
  db.transaction(() => {
    // One of today's requested charts and one other: the pull list shows a missing chart.
    for (const c of [picked[23], picked[34]]) {
      if (!c) continue;
      const chart = store.charts.get(c.id);
      if (!chart) continue;
      writeFlag(store, chart, 'mark_missing', {
        counter: 'Records',
        operatorId: null,
        source: 'system',
        at: now - 1_800_000 + missing,
        note: 'not on the shelf when pulled (demo)',
      });
      missing += 1;
    }
  })();
  const loose = looseOf(store);
  const targets = [...out, ...picked.slice(36, 40)];
  targets.forEach((c, i) =>
    loose.add(c.patient_id, LOOSE[i % LOOSE.length] ?? LOOSE[0], now - 7_200_000, null),
  );
  return { requests: made, missing, loose: targets.length };
}
