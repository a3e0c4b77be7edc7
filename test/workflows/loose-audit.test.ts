import { describe, expect, it } from 'vitest';
import { auditShelf, fixFinding } from '../../src/workflows/audit.js';
import { addLoose, looseList, markLooseFiled } from '../../src/workflows/loose.js';
import { createRequests } from '../../src/workflows/requests.js';
import { T0, tempStore, testConfig, testDesk } from '../helpers/temp-db.js';
import { idOf, seedWorkflows } from './helpers.js';

const config = testConfig();
const ctx = { counter: 'Records', source: 'workspace', at: T0, operatorId: null } as const;

function setup() {
  const store = tempStore();
  seedWorkflows(store);
  return store;
}

describe('loose filing', () => {
  it('records reports, lists them in terminal-digit order, and the counter says so on return', () => {
    const store = setup();
    const clerk = idOf(store, 'CLERK1');
    const desk = testDesk(store, config);
    desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 - 60_000 });
    desk.scan({ code: 'C1', source: 'wedge', at: T0 - 59_000 });
    desk.endVisit();
    for (const [mrn, what] of [
      ['0067890', 'Lab result: lipids'],
      ['0012345', 'Discharge letter'],
      ['0000042', 'Radiology report'],
      ['0012345', 'ECG tracing'],
    ] as const) {
      expect(addLoose(store, { mrn, description: what, at: T0, receivedBy: clerk }).ok).toBe(true);
    }
    expect(addLoose(store, { mrn: '999', description: 'x', at: T0, receivedBy: null })).toEqual({
      ok: false,
      reason: 'unknown_patient',
    });
    expect(addLoose(store, { mrn: '0012345', description: ' ', at: T0, receivedBy: null })).toEqual(
      { ok: false, reason: 'empty_description' },
    );
    const list = looseList(store);
    expect(list.map((l) => [l.mrn, l.description, l.volumesOut])).toEqual([
      ['0000042', 'Radiology report', 0],
      ['0012345', 'Discharge letter', 1],
      ['0012345', 'ECG tracing', 1],
      ['0067890', 'Lab result: lipids', 0],
    ]);
    const back = desk.scan({ code: 'C1', source: 'wedge', at: T0 + 60_000 });
    expect(back).toMatchObject({ kind: 'return', notices: [{ kind: 'loose_reports', count: 2 }] });
    expect(markLooseFiled(store, list[1]!.id, T0 + 120_000, clerk)).toMatchObject({
      ok: true,
      report: { filedAt: T0 + 120_000 },
    });
    expect(markLooseFiled(store, list[1]!.id, T0 + 120_000, clerk)).toEqual({
      ok: false,
      reason: 'already_filed',
    });
    expect(looseList(store, 'straight').map((l) => l.description)).toEqual([
      'Radiology report',
      'ECG tracing',
      'Lab result: lipids',
    ]);
  });
});

describe('shelf audit', () => {
  it('lists expected charts not scanned and scanned charts the log puts elsewhere; fixes each', () => {
    const store = setup();
    const desk = testDesk(store, config);
    // C1V2 is out on the ward but physically on the shelf; C5 (section 46) misfiled in 45.
    desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 - 60_000 });
    desk.scan({ code: 'C1V2', source: 'wedge', at: T0 - 59_000 });
    desk.endVisit();
    createRequests(store, config, {
      target: { kind: 'chart', chartId: store.charts.byBarcode('C1V2')!.id },
      locationCode: 'CLIN-B',
      requesterId: null,
      neededAt: T0 + 3_600_000,
      source: 'workspace',
      createdBy: null,
      at: T0,
    });
    const audit = auditShelf(store, { fileRoomCode: 'FILE', primary: '45', secondary: null }, [
      'C1V2',
      'C5',
      'BOGUS',
      'C5',
    ]);
    if (!audit.ok) throw new Error(audit.reason);
    expect(audit.result.expected).toBe(2); // C1 and C6 are in file in section 45
    expect(audit.result.confirmed).toBe(0);
    expect(
      audit.result.findings.map((f) =>
        f.kind === 'unknown_code' ? `${f.kind}:${f.code}` : `${f.kind}:${f.chart.barcode}`,
      ),
    ).toEqual([
      'out_per_log:C1V2',
      'wrong_section:C5',
      'unknown_code:BOGUS',
      'not_scanned:C1',
      'not_scanned:C6',
    ]);
    const [out, wrong, , notScanned] = audit.result.findings;
    expect(fixFinding(store, out!, ctx)).toEqual({
      kind: 'returned',
      notices: [
        {
          kind: 'requested_elsewhere',
          locationCode: 'CLIN-B',
          locationName: 'Clinic B',
          neededAt: T0 + 3_600_000,
        },
      ],
    });
    expect(fixFinding(store, wrong!, ctx)).toEqual({ kind: 'reshelve', where: '46 | 23 | 01' });
    expect(fixFinding(store, notScanned!, ctx)).toEqual({ kind: 'marked_missing' });
    expect(store.charts.byBarcode('C1')?.missingSince).toBe(T0);
    expect(store.charts.byBarcode('C1V2')?.state).toBe('in');
    // Next audit: C1 is now missing, so scanning it turns it found (pending approval).
    const again = auditShelf(store, { fileRoomCode: 'FILE', primary: '45', secondary: '23' }, [
      'C1',
      'C1V2',
      'C6',
    ]);
    if (!again.ok) throw new Error(again.reason);
    expect(again.result).toMatchObject({ expected: 2, confirmed: 2 });
    expect(again.result.findings.map((f) => f.kind)).toEqual(['missing_flag']);
    expect(fixFinding(store, again.result.findings[0]!, ctx)).toEqual({ kind: 'marked_found' });
    expect(store.charts.byBarcode('C1')?.foundPending).toBe(true);
    expect(auditShelf(store, { fileRoomCode: 'FILE', primary: '4', secondary: null }, [])).toEqual({
      ok: false,
      reason: 'bad_section',
    });
    expect(
      auditShelf(store, { fileRoomCode: 'CLIN-B', primary: '45', secondary: null }, []),
    ).toEqual({ ok: false, reason: 'unknown_file_room' });
  });
});
