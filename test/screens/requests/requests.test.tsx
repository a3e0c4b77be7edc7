import { describe, expect, it } from 'vitest';
import { RequestsScreen } from '../../../src/screens/requests/RequestsScreen.js';
import { KEYS } from '../../helpers/keys.js';
import { linesOf, renderScreen } from './harness.js';

function accessRows(h: ReturnType<typeof renderScreen>) {
  return h.store.db
    .prepare<[], { action: string; subject_kind: string; subject: string }>(
      'SELECT action, subject_kind, subject FROM access_log ORDER BY id',
    )
    .all();
}

describe('RequestsScreen', () => {
  it('creates a patient request, filters, cancels one volume and marks the other not fillable', async () => {
    const h = renderScreen((p) => <RequestsScreen {...p} width={90} height={16} clerkId={3} />);
    let f = await h.until((x) => x.includes('Requests · 0 of 0 open'));
    expect(f).toContain('No open requests.');
    f = await h.type('n', (x) => x.includes('New request'));
    expect(f).toContain('› Patient MRN');
    await h.type('0012345', (x) => x.includes('0012345_'));
    await h.type(KEYS.TAB, (x) => x.includes('› or volume barcode'));
    await h.type(KEYS.ENTER, (x) => x.includes('› Requester badge'));
    await h.type('NURSE1', (x) => x.includes('NURSE1_'));
    await h.type(KEYS.ENTER, (x) => x.includes('› Location code'));
    await h.type('CLIN-B', (x) => x.includes('CLIN-B_'));
    await h.type(KEYS.ENTER, (x) => /› Needed date \(YYYY-MM-DD\) +2026-01-05_/.test(x));
    await h.type(KEYS.ENTER, (x) => x.includes('› Needed time'));
    await h.type('10:30', (x) => x.includes('10:30_'));
    f = await h.type(KEYS.ENTER, (x) => x.includes('Requests · 2 of 2 open'));
    expect(linesOf(f).slice(0, 5)).toEqual([
      'Requests · 2 of 2 open',
      'Clinic: all · Status: all',
      '› #1    ○ requested  2026-01-05 10:30 CLIN-B   C1 vol 1       45 | 23 | 01  NURSE1',
      '  #2    ○ requested  2026-01-05 10:30 CLIN-B   C1V2 vol 2     45 | 23 | 01  NURSE1',
      '',
    ]);
    expect(f).toContain('✔ Requested 2 volume(s) for CLIN-B');

    f = await h.type('s', (x) => x.includes('Status: requested'));
    f = await h.type('s', (x) => x.includes('Status: pulled'));
    expect(f).toContain('Requests · 0 of 2 open');
    await h.type('s', (x) => x.includes('Status: all'));
    f = await h.type('c', (x) => x.includes('Clinic: CLIN-B'));
    expect(f).toContain('Requests · 2 of 2 open');

    f = await h.type('x', (x) => x.includes('Cancel request #1? Y yes · N no'));
    f = await h.type('y', (x) => x.includes('✔ Request #1 cancelled'));
    expect(f).toContain('Requests · 1 of 1 open');
    expect(f).toContain('› #2');

    await h.type('f', (x) => x.includes('Why can request #2 not be filled?'));
    await h.type(KEYS.ENTER, (x) => x.includes('✗ A reason is required'));
    await h.type('Chart on loan to court', (x) => x.includes('court_'));
    f = await h.type(KEYS.ENTER, (x) => x.includes('✔ Request #2 marked not fillable'));
    expect(f).toContain('No open requests.');

    const statuses = h.store.db
      .prepare<[], { status: string; reason: string | null }>(
        'SELECT status, reason FROM requests ORDER BY id',
      )
      .all();
    expect(statuses).toEqual([
      { status: 'cancelled', reason: null },
      { status: 'not_fillable', reason: 'Chart on loan to court' },
    ]);
    expect(accessRows(h)).toEqual([
      { action: 'view_list', subject_kind: 'list', subject: 'requests' },
      { action: 'request_chart', subject_kind: 'patient', subject: '0012345' },
    ]);
    await h.type(KEYS.ESC, () => h.onBack.mock.calls.length === 1);
    h.unmount();
  });

  it('refuses an unknown barcode and keeps the form; Esc closes the form, not the screen', async () => {
    const h = renderScreen((p) => <RequestsScreen {...p} width={90} height={16} />);
    await h.until((x) => x.includes('Requests ·'));
    await h.type('n', (x) => x.includes('New request'));
    await h.type(KEYS.TAB, (x) => x.includes('› or volume barcode'));
    await h.type('NOPE', (x) => x.includes('NOPE_'));
    for (const field of ['Requester', 'Location', 'Needed date', 'Needed time']) {
      await h.type(KEYS.ENTER, (x) => x.includes(`› ${field}`));
      if (field === 'Location') await h.type('CLIN-B', (x) => x.includes('CLIN-B_'));
      if (field === 'Needed time') await h.type('09:30', (x) => x.includes('09:30_'));
    }
    let f = await h.type(KEYS.ENTER, (x) => x.includes('✗ No chart with barcode NOPE'));
    expect(f).toContain('New request');
    f = await h.type(KEYS.ESC, (x) => x.includes('No open requests.'));
    expect(h.onBack).not.toHaveBeenCalled();
    h.unmount();
  });
});
