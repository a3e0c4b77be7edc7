import type { Db } from '../db/connection.js';
import { prng } from '../demo/seed.js';
import { dayWindow, localDate } from '../workflows/day.js';
import type { ChartStates } from './history-sim.js';
import type { Layout } from './layout.js';
import type { BenchSize } from './sizes.js';

const DAY = 86_400_000;

/** What the request generator made. */
export interface RequestsMade {
  /** The local date whose pull list the bench measures (the day after `now`). */
  readonly pullDate: string;
  /** Charts requested for that day. */
  readonly pullCharts: number;
  readonly requests: number;
  readonly looseReports: number;
}

/**
 * Writes requests: a pull-list day (tomorrow) with `size.pullList` charts for the clinics,
 * mostly in file and a few out; open requests for the coming fortnight; a filled request
 * history; and loose reports waiting to be filed.
 */
export function writeRequests(
  db: Db,
  size: BenchSize,
  layout: Layout,
  states: ChartStates,
  now: number,
): RequestsMade {
  const rand = prng(43);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO requests (chart_id, requester_id, location_id, needed_at, status,
       source, created_at, pulled_at, filled_at, closed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const clinic = () => {
    const u = rand();
    return layout.clinics[Math.floor(u * u * layout.clinics.length)] ?? 3;
  };
  const chart = () => 1 + Math.floor(rand() * layout.charts);
  const pullDate = localDate(now + DAY);
  const window = dayWindow(pullDate);
  if (!window) throw new Error(`bad pull date ${pullDate}`);
  let requests = 0;
  const picked = new Set<number>();
  while (picked.size < size.pullList) {
    const c = chart();
    if (picked.has(c) || states.missingSince[c] !== 0 || c === layout.hotChart) continue;
    // About one in twenty requested charts is out elsewhere: the list shows it as blocked.
    if (states.out[c] === 1 && rand() > 0.05) continue;
    picked.add(c);
    const slot = Math.floor(rand() * 32);
    const neededAt = window.from + 8 * 3_600_000 + slot * 15 * 60_000;
    requests += insert.run(
      c,
      null,
      clinic(),
      neededAt,
      'requested',
      'appointments',
      now - DAY,
      null,
      null,
      null,
    ).changes;
  }
  const open = Math.round(size.patients / 200);
  for (let i = 0; i < open; i += 1) {
    const neededAt = window.to + Math.floor(rand() * 13) * DAY + 9 * 3_600_000;
    requests += insert.run(
      chart(),
      null,
      clinic(),
      neededAt,
      'requested',
      'workspace',
      now,
      null,
      null,
      null,
    ).changes;
  }
  const past = Math.round(size.patients / 10);
  const span = size.years * 365 * DAY;
  for (let i = 0; i < past; i += 1) {
    const neededAt = now - Math.floor(rand() * span);
    requests += insert.run(
      chart(),
      null,
      clinic(),
      neededAt,
      'filled',
      'appointments',
      neededAt - 2 * DAY,
      neededAt - DAY,
      neededAt - 3_600_000,
      neededAt - 3_600_000,
    ).changes;
  }
  const loose = Math.round(size.patients / 100);
  const report = db.prepare(
    'INSERT INTO loose_reports (patient_id, description, received_at) VALUES (?, ?, ?)',
  );
  for (let i = 0; i < loose; i += 1) {
    const patient = 1 + Math.floor(rand() * layout.patients);
    report.run(patient, 'Lab result', now - Math.floor(rand() * 30) * DAY);
  }
  return { pullDate, pullCharts: picked.size, requests, looseReports: loose };
}
