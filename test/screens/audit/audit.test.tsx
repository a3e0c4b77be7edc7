import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/db/store.js';
import { AuditScreen } from '../../../src/screens/audit/AuditScreen.js';
import { typeCodes } from '../../../src/screens/audit/scan-codes.js';
import { KEYS, burst } from '../../helpers/keys.js';
import { T0, testDesk } from '../../helpers/temp-db.js';
import { seedWorkflows } from '../../workflows/helpers.js';
import { linesOf, renderScreen } from '../requests/harness.js';

/** seedWorkflows with C1 out to NURSE1 (so a C1 on the shelf is "out per log"). */
function seedAudit(store: Store): void {
  seedWorkflows(store);
  const desk = testDesk(store);
  desk.scan({ code: 'NURSE1', source: 'keyboard', at: T0 - 60_000 });
  desk.scan({ code: 'C1', source: 'keyboard', at: T0 - 50_000 });
}

/** Ctrl+D (compare), not among the shared KEYS. */
const CTRL_D = '\u0004';

describe('typeCodes', () => {
  it('completes a code at each Enter and keeps what is still typed', () => {
    expect(typeCodes('C', `1\rC2\nC3`)).toEqual({ typed: 'C3', codes: ['C1', 'C2'] });
    expect(typeCodes('C1X', `${KEYS.BACKSPACE}\r\r`)).toEqual({ typed: '', codes: ['C1'] });
  });
});

describe('AuditScreen', () => {
  it('audits section 45: one chart missing, one misfiled, one out per log; fixes each with Enter', async () => {
    const h = renderScreen((p) => <AuditScreen {...p} width={100} height={14} clerkId={3} />, {
      seed: seedAudit,
    });
    await h.until((x) => x.includes('Shelf audit · file room FILE: pick a section'));
    await h.type('4', (x) => x.includes('4_'));
    await h.type(`5${KEYS.ENTER}`, (x) => x.includes('› Secondary (optional)'));
    let f = await h.type(KEYS.ENTER, (x) => x.includes('Shelf audit FILE section 45 · 0 scanned'));
    expect(f).toContain('Nothing scanned yet.');
    // A wedge burst, a typed code with Enter, and a HID scan all add a code.
    await h.type(burst('C1V2'), (x) => x.includes('1 scanned'));
    await h.type('C', (x) => x.includes('Enter): C_'));
    await h.type(`2${KEYS.ENTER}`, (x) => x.includes('2 scanned'));
    h.hub.publishScan({ code: 'C1', source: 'hid', symbology: null, at: T0 });
    f = await h.until((x) => x.includes('3 scanned'));
    expect(linesOf(f).slice(0, 4)).toEqual([
      'Shelf audit FILE section 45 · 3 scanned',
      '  3. C1',
      '  2. C2',
      '  1. C1V2',
    ]);

    f = await h.type(CTRL_D, (x) => x.includes('finding(s)'));
    expect(linesOf(f).slice(0, 5)).toEqual([
      'Shelf audit FILE section 45 · 2 expected · 1 confirmed · 3 finding(s)',
      '› ⚠ wrong section   90 | 78 | 06  C2 vol 1 · belongs at 90 | 78 | 06',
      '  ⇄ out per log     45 | 23 | 01  C1 vol 1 · log: out to NURSE1: fix returns it',
      '  ✗ not scanned     45 | 23 | 02  C6 vol 1 · expected here: fix marks it missing',
      '',
    ]);
    await h.type(KEYS.ENTER, (x) => x.includes('→ re-shelve at 90 | 78 | 06'));
    await h.type(KEYS.DOWN, (x) => x.includes('› ⇄ out per log'));
    await h.type(KEYS.ENTER, (x) => x.includes('✔ fixed: returned to file'));
    await h.type(KEYS.DOWN, (x) => x.includes('› ✗ not scanned'));
    f = await h.type(KEYS.ENTER, (x) => x.includes('✔ fixed: marked missing'));
    expect(linesOf(f).slice(1, 4)).toEqual([
      '  → re-shelve at 90 | 78 | 06 · 90 | 78 | 06  C2 vol 1',
      '  ✔ fixed: returned to file · 45 | 23 | 01  C1 vol 1',
      '› ✔ fixed: marked missing · 45 | 23 | 02  C6 vol 1',
    ]);
    const { charts } = h.services.store;
    expect(charts.byBarcode('C1')?.state).toBe('in');
    expect(charts.byBarcode('C6')?.missingSince).not.toBeNull();

    // Back to scanning and compare again: the shelf now matches apart from the misfile.
    await h.type(KEYS.ESC, (x) => x.includes('3 scanned'));
    f = await h.type(CTRL_D, (x) => x.includes('finding(s)'));
    expect(f).toContain('Shelf audit FILE section 45 · 2 expected · 2 confirmed · 1 finding(s)');
    const access = h.store.db
      .prepare<[], { action: string; subject: string }>(
        'SELECT action, subject FROM access_log ORDER BY id',
      )
      .all();
    expect(access).toEqual([
      { action: 'audit_shelf', subject: 'FILE section 45' },
      { action: 'audit_shelf', subject: 'FILE section 45' },
    ]);
    await h.type(KEYS.ESC, (x) => x.includes('scanned'));
    await h.type(KEYS.ESC, (x) => x.includes('pick a section'));
    await h.type(KEYS.ESC, () => h.onBack.mock.calls.length === 1);
    h.unmount();
  });

  it('refuses a section that is not two digits', async () => {
    const h = renderScreen((p) => <AuditScreen {...p} width={100} height={14} />);
    await h.until((x) => x.includes('pick a section'));
    await h.type('7', (x) => x.includes('7_'));
    await h.type(KEYS.ENTER, (x) => x.includes('› Secondary'));
    const f = await h.type(KEYS.ENTER, (x) => x.includes('✗ A section is two digits'));
    expect(f).toContain('pick a section');
    h.unmount();
  });
});
