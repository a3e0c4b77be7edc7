import { describe, expect, it } from 'vitest';
import { appointmentWriter } from '../../src/import/appointments.js';
import { importFile } from '../../src/import/run.js';
import {
  cancelRequest,
  createRequests,
  markNotFillable,
  requestsOf,
  volumesFor,
} from '../../src/workflows/requests.js';
import { T0, tempFile, tempStore, testConfig } from '../helpers/temp-db.js';
import { idOf, seedWorkflows } from './helpers.js';

const config = testConfig({ locations: { 'CLIN-B': { volumeRule: 'LAST' } } });
const NINE_THIRTY = Date.UTC(2026, 0, 5, 9, 30);

function setup() {
  const store = tempStore();
  seedWorkflows(store);
  return store;
}

function countRequests(store: ReturnType<typeof setup>): number {
  return store.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM requests').get()?.n ?? 0;
}

describe('volume rules', () => {
  it.each([
    ['ALL', [3, 1, 2], [1, 2, 3]],
    ['LAST', [3, 1, 2], [3]],
    ['LAST', [], []],
  ] as const)('%s of %j → %j', (rule, volumes, expected) => {
    expect(
      volumesFor(
        volumes.map((volume) => ({ volume })),
        rule,
      ).map((v) => v.volume),
    ).toEqual(expected);
  });
});

describe('requests', () => {
  it('a patient request follows the place’s volume rule; a volume request names one chart', () => {
    const store = setup();
    const base = {
      requesterId: null,
      neededAt: NINE_THIRTY,
      source: 'workspace',
      createdBy: idOf(store, 'CLERK1'),
      at: T0,
    } as const;
    const patient = { kind: 'patient', patientId: 1 } as const;
    const lastOnly = createRequests(store, config, {
      ...base,
      target: patient,
      locationCode: 'CLIN-B',
    });
    expect(lastOnly).toMatchObject({
      kind: 'created',
      requests: [{ barcode: 'C1V2', volume: 2, created: true }],
    });
    const all = createRequests(store, config, { ...base, target: patient, locationCode: 'WARD-3' });
    expect(all.kind === 'created' && all.requests.map((r) => r.barcode)).toEqual(['C1', 'C1V2']);
    const one = createRequests(store, config, {
      ...base,
      target: { kind: 'chart', chartId: 3 },
      locationCode: 'CODING',
      requesterId: idOf(store, 'NURSE1'),
    });
    expect(one).toMatchObject({ kind: 'created', requests: [{ barcode: 'C2', created: true }] });
    // The same chart, place and time again is not a second request.
    const again = createRequests(store, config, {
      ...base,
      target: patient,
      locationCode: 'CLIN-B',
    });
    expect(again).toMatchObject({
      kind: 'created',
      requests: [{ barcode: 'C1V2', created: false }],
    });
    expect(countRequests(store)).toBe(4);
    expect(
      createRequests(store, config, { ...base, target: patient, locationCode: 'NOPE' }),
    ).toEqual({
      kind: 'refused',
      reason: 'unknown_location',
    });
  });

  it('cancel and not-fillable close open requests only; not fillable needs a reason', () => {
    const store = setup();
    const made = createRequests(store, config, {
      target: { kind: 'chart', chartId: 1 },
      locationCode: 'CLIN-B',
      requesterId: null,
      neededAt: NINE_THIRTY,
      source: 'cli',
      createdBy: null,
      at: T0,
    });
    if (made.kind !== 'created') throw new Error('not created');
    const id = made.requests[0]!.id;
    expect(markNotFillable(store, id, '  ', T0)).toEqual({ ok: false, reason: 'reason_required' });
    const closed = markNotFillable(store, id, 'chart at off-site storage', T0 + 1);
    expect(closed).toMatchObject({
      ok: true,
      request: { status: 'not_fillable', reason: 'chart at off-site storage' },
    });
    expect(cancelRequest(store, id, T0 + 2)).toEqual({ ok: false, reason: 'not_open' });
    expect(cancelRequest(store, 999, T0 + 2)).toEqual({ ok: false, reason: 'unknown_request' });
    expect(requestsOf(store).open()).toEqual([]);
  });
});

describe('import appointments', () => {
  const CSV =
    'clinic,date,time,mrn\n' +
    'CLIN-B,2026-01-05,09:30,0012345\n' +
    'CLIN-B,2026-01-05,10:00,0067890\n' +
    'WARD-3,2026-01-05,11:00,0012345\n';

  it('creates requests per the clinic rule, and a repeat import adds nothing', async () => {
    const store = setup();
    const file = tempFile('appointments.csv', CSV);
    const first = await importFile(
      store,
      'appointments',
      file,
      appointmentWriter(store, config, () => T0),
    );
    expect(first).toMatchObject({ ok: true, rows: 3, added: 3, updated: 0 });
    const lines = requestsOf(store).neededBetween(T0 - 9 * 3_600_000, T0 + 15 * 3_600_000);
    expect(
      lines.map(
        (l) => `${l.locationCode} ${l.barcode} ${new Date(l.neededAt).toISOString().slice(11, 16)}`,
      ),
    ).toEqual(['CLIN-B C1V2 09:30', 'CLIN-B C2 10:00', 'WARD-3 C1 11:00', 'WARD-3 C1V2 11:00']);
    expect(lines.every((l) => l.source === 'appointments' && l.status === 'requested')).toBe(true);
    const second = await importFile(
      store,
      'appointments',
      file,
      appointmentWriter(store, config, () => T0),
    );
    expect(second).toMatchObject({ ok: true, rows: 3, added: 0, updated: 3 });
    expect(countRequests(store)).toBe(4);
  });

  it('refuses the whole file for an unknown clinic or MRN, a file room, or a bad time', async () => {
    const store = setup();
    const file = tempFile(
      'bad.csv',
      CSV +
        'CLIN-Z,2026-01-05,09:30,0012345\n' +
        'CLIN-B,2026-01-05,09:45,999999\n' +
        'FILE,2026-01-05,09:45,0012345\n' +
        'CLIN-B,2026-01-05,25:00,0012345\n',
    );
    const report = await importFile(
      store,
      'appointments',
      file,
      appointmentWriter(store, config, () => T0),
    );
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.line, e.reason])).toEqual([
      [5, 'no clinic "CLIN-Z" (import locations first)'],
      [6, 'no patient with mrn 999999'],
      [7, '"FILE" is a file room, not a clinic'],
      [8, 'time "25:00" is not a time (HH:MM, 24-hour)'],
    ]);
    expect(countRequests(store)).toBe(0);
  });
});
