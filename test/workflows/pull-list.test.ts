import { describe, expect, it } from 'vitest';
import { appointmentWriter } from '../../src/import/appointments.js';
import { importFile } from '../../src/import/run.js';
import { buildPullList, pullLines, type PullList } from '../../src/workflows/pull-list.js';
import { pullListCsv, pullListText } from '../../src/workflows/pull-list-text.js';
import { ensureHolding, pullChart } from '../../src/workflows/pulling.js';
import { requestsOf } from '../../src/workflows/requests.js';
import { T0, tempFile, tempStore, testConfig, testDesk } from '../helpers/temp-db.js';
import { idOf, seedWorkflows } from './helpers.js';

const config = testConfig({ locations: { 'CLIN-B': { volumeRule: 'LAST' } } });
const DATE = '2026-01-05';

async function day() {
  const store = tempStore();
  seedWorkflows(store);
  const file = tempFile(
    'appointments.csv',
    'clinic,date,time,mrn\n' +
      'CLIN-B,2026-01-05,09:30,0012345\n' +
      'CLIN-B,2026-01-05,10:00,0067890\n' +
      'WARD-3,2026-01-05,11:00,0012345\n' +
      'WARD-3,2026-01-05,11:00,0022345\n' +
      'CLIN-B,2026-01-06,09:00,0000042\n',
  );
  const report = await importFile(
    store,
    'appointments',
    file,
    appointmentWriter(store, config, () => T0 - 86_400_000),
  );
  expect(report.ok).toBe(true);
  return store;
}

function list(store: Awaited<ReturnType<typeof day>>, clinicCode: string | null = null): PullList {
  const made = buildPullList(store, {
    date: DATE,
    clinicCode,
    order: 'terminal_digit',
    holdingCode: 'HOLD',
  });
  if (!made.ok) throw new Error(made.reason);
  return made.list;
}

function scan(store: Awaited<ReturnType<typeof day>>, code: string, at: number) {
  return pullChart(store, {
    code,
    date: DATE,
    clinicCode: null,
    holding: ensureHolding(store, 'HOLD'),
    loanHours: config.loanHours,
    counter: 'File Room',
    operatorId: idOf(store, 'CLERK1'),
    source: 'workspace',
    at,
  });
}

describe('pull list', () => {
  it('lists every chart needed that day in terminal-digit order, grouped by section, with state', async () => {
    const store = await day();
    const desk = testDesk(store, config);
    desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 - 3_600_000 });
    desk.scan({ code: 'C2', source: 'wedge', at: T0 - 3_599_000 });
    desk.endVisit();
    const l = list(store);
    expect(
      l.sections.map((s) => [s.section, s.items.map((i) => `${i.chart.barcode}:${i.state.kind}`)]),
    ).toEqual([
      ['45', ['C1:to_pull', 'C1V2:to_pull', 'C6:to_pull']],
      ['90', ['C2:out']],
    ]);
    expect(l.progress).toEqual({ total: 4, done: 0, toPull: 3, blocked: 1 });
    expect(pullListText(l)).toBe(
      [
        'PULL LIST 2026-01-05 · all clinics · terminal-digit order',
        '4 chart(s): 0 pulled, 3 to pull, 1 cannot be pulled',
        '',
        `── Section 45 ${'─'.repeat(40)}`,
        '[ ]  45 | 23 | 01    vol 1  C1       WARD-3 11:00                in file',
        '[ ]  45 | 23 | 01    vol 2  C1V2     CLIN-B 09:30, WARD-3 11:00  in file',
        '[ ]  45 | 23 | 02    vol 1  C6       WARD-3 11:00                in file',
        '',
        `── Section 90 ${'─'.repeat(40)}`,
        '[!]  90 | 78 | 06    vol 1  C2       CLIN-B 10:00                CANNOT PULL: out to NURSE1 Nurse One since 2026-01-05 08:00',
        '',
      ].join('\n'),
    );
    expect(pullListCsv(list(store, 'CLIN-B'))).toBe(
      'section,shelf,barcode,volume,wanted,state,detail\r\n' +
        '45,45 | 23 | 01,C1V2,2,CLIN-B 09:30,to_pull,in file\r\n' +
        '90,90 | 78 | 06,C2,1,CLIN-B 10:00,out,CANNOT PULL: out to NURSE1 Nurse One since 2026-01-05 08:00\r\n',
    );
    expect(
      buildPullList(store, {
        date: '2026-02-30',
        clinicCode: null,
        order: 'terminal_digit',
        holdingCode: 'HOLD',
      }),
    ).toEqual({ ok: false, reason: 'bad_date' });
    expect(
      buildPullList(store, {
        date: DATE,
        clinicCode: 'NOPE',
        order: 'terminal_digit',
        holdingCode: 'HOLD',
      }),
    ).toEqual({ ok: false, reason: 'unknown_clinic' });
  });

  it('a missing chart cannot be pulled; middle-digit rooms get their own order', async () => {
    const store = await day();
    store.db
      .prepare('UPDATE charts SET missing_since = ? WHERE barcode = ?')
      .run(T0 - 86_400_000, 'C6');
    const l = list(store);
    expect(pullLines(l).find((x) => x.chart.barcode === 'C6')?.state).toEqual({
      kind: 'missing',
      since: T0 - 86_400_000,
    });
    const md = buildPullList(store, {
      date: DATE,
      clinicCode: null,
      order: 'middle_digit',
      holdingCode: 'HOLD',
    });
    expect(md.ok && md.list.sections.map((s) => s.section)).toEqual(['23', '78']);
  });

  it('pulling by scanning moves charts to holding, marks requests pulled and shows progress', async () => {
    const store = await day();
    expect(scan(store, 'C1V2', T0)).toMatchObject({ kind: 'pulled', from: null, found: false });
    expect(scan(store, 'C1V2', T0 + 1000)).toMatchObject({ kind: 'already_pulled' });
    expect(scan(store, 'C3', T0 + 2000)).toMatchObject({ kind: 'not_on_list' });
    expect(scan(store, 'NOPE', T0 + 3000)).toEqual({ kind: 'unknown_code', code: 'NOPE' });
    const c1v2 = store.charts.byBarcode('C1V2');
    expect(c1v2).toMatchObject({ state: 'out', custodian: { kind: 'location', code: 'HOLD' } });
    const moves = store.movements.forChart(c1v2!.id);
    expect(moves.map((m) => [m.action, m.source, m.counter, m.note])).toEqual([
      ['check_out', 'workspace', 'File Room', 'pulled for CLIN-B, WARD-3'],
    ]);
    const statuses = requestsOf(store)
      .neededBetween(T0 - 9 * 3_600_000, T0 + 15 * 3_600_000)
      .map((r) => `${r.barcode}@${r.locationCode}:${r.status}`);
    expect(statuses).toEqual([
      'C1V2@CLIN-B:pulled',
      'C2@CLIN-B:requested',
      'C1@WARD-3:requested',
      'C1V2@WARD-3:pulled',
      'C6@WARD-3:requested',
    ]);
    expect(list(store).progress).toEqual({ total: 4, done: 1, toPull: 3, blocked: 0 });
    expect(pullListText(list(store))).toContain(
      '[x]  45 | 23 | 01    vol 2  C1V2     CLIN-B 09:30, WARD-3 11:00  pulled to HOLD 09:00',
    );
  });

  it('routes a returned chart to its request and fills it when the clinic takes it', async () => {
    const store = await day();
    const desk = testDesk(store, config);
    // C2 is out on the ward; the clinic wants it at 10:00.
    desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 - 7_200_000 });
    desk.scan({ code: 'C2', source: 'wedge', at: T0 - 7_199_000 });
    desk.endVisit();
    // Handed back at the counter: the kiosk says hold it for Clinic B, needed 10:00.
    const back = desk.scan({ code: 'C2', source: 'wedge', at: T0 });
    expect(back).toMatchObject({
      kind: 'return',
      notices: [
        {
          kind: 'requested_elsewhere',
          locationCode: 'CLIN-B',
          neededAt: Date.UTC(2026, 0, 5, 10, 0),
        },
      ],
    });
    expect(scan(store, 'C2', T0 + 60_000)).toMatchObject({ kind: 'pulled' });
    // The clinic runner takes it to Clinic B: the request is filled.
    desk.scan({ code: 'NURSE2', source: 'wedge', at: T0 + 600_000 });
    desk.scan({ code: 'CLIN-B', source: 'wedge', at: T0 + 601_000 });
    const taken = desk.scan({ code: 'C2', source: 'wedge', at: T0 + 602_000 });
    expect(taken).toMatchObject({
      kind: 'transfer',
      notices: [{ kind: 'request_filled', locationCode: 'CLIN-B' }],
    });
    const request = requestsOf(store)
      .neededBetween(T0, T0 + 86_400_000)
      .find((r) => r.barcode === 'C2');
    expect(request).toMatchObject({
      status: 'filled',
      filledAt: T0 + 602_000,
      pulledAt: T0 + 60_000,
    });
    expect(pullLines(list(store, 'CLIN-B')).map((l) => l.state.kind)).toEqual([
      'to_pull',
      'delivered',
    ]);
  });

  it('a pulled chart that turns up while flagged missing is found, pending approval', async () => {
    const store = await day();
    store.db
      .prepare('UPDATE charts SET missing_since = ? WHERE barcode = ?')
      .run(T0 - 86_400_000, 'C6');
    expect(scan(store, 'C6', T0)).toMatchObject({
      kind: 'pulled',
      found: true,
      chart: { foundPending: true },
    });
  });
});
