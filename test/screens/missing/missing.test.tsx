import { describe, expect, it } from 'vitest';
import { MissingScreen } from '../../../src/screens/missing/MissingScreen.js';
import { KEYS } from '../../helpers/keys.js';
import { seedWorkflows } from '../../workflows/helpers.js';
import { linesOf, renderScreen } from '../requests/harness.js';

describe('MissingScreen', () => {
  it('marks a chart missing, shows the finder, marks it found and a supervisor approves it', async () => {
    const h = renderScreen((p) => <MissingScreen {...p} width={100} height={20} clerkId={3} />, {
      seed: seedWorkflows,
    });
    let f = await h.until((x) => x.includes('Missing charts · 0 flagged'));
    expect(f).toContain('No chart is flagged missing.');
    await h.type('m', (x) => x.includes('Mark a chart missing'));
    await h.type('C1', (x) => x.includes('C1_'));
    await h.type(KEYS.ENTER, (x) => x.includes('› Reason'));
    await h.type(KEYS.ENTER, (x) => x.includes('✗ Give a reason'));
    await h.type('Not at 45 | 23', (x) => x.includes('23_'));
    f = await h.type(KEYS.ENTER, (x) => x.includes('Likely misfile positions'));
    expect(linesOf(f).slice(0, 13)).toEqual([
      'Missing charts · 1 flagged · 0 found, pending approval',
      'C1 vol 1 · shelf 45 | 23 | 01 · home FILE',
      '✗ missing since 2026-01-05 09:00',
      'Last custodians (newest first, days held):',
      '  never moved',
      'Likely misfile positions (and the charts there now):',
      '  23 | 45 | 01  pairs swapped         C4 (23 | 45 | 01), C3 (42 | 00 | 00)',
      '  54 | 23 | 01  primary transposed    C6 (45 | 23 | 02), C5 (46 | 23 | 01), C2 (90 | 78 | 06)',
      '  45 | 32 | 01  secondary transposed  C1V2 (45 | 23 | 01), C6 (45 | 23 | 02), C5 (46 | 23 | 01), C2…',
      '  44 | 23 | 01  section below         C4 (23 | 45 | 01), C3 (42 | 00 | 00), C1V2 (45 | 23 | 01), C6…',
      '  46 | 23 | 01  section above         C1V2 (45 | 23 | 01), C6 (45 | 23 | 02), C5 (46 | 23 | 01), C2…',
      '',
      '',
    ]);
    expect(f).toContain('⚠ C1 marked missing');

    f = await h.type('f', (x) => x.includes('◆ found, pending approval'));
    expect(f).toContain('⚠ C1 found: pending supervisor approval');
    await h.type('a', (x) => x.includes('Supervisor approval: C1 was found'));
    await h.type('SUP1', (x) => x.includes('Supervisor badge: SUP1_'));
    await h.type(KEYS.ENTER, (x) => x.includes('› PIN: _'));
    await h.type('1111', (x) => x.includes('PIN: ••••_'));
    f = await h.type(KEYS.ENTER, (x) => x.includes('✗ Wrong PIN: 4 tries left'));
    expect(f).toContain('› PIN: _');
    await h.type('4321', (x) => x.includes('PIN: ••••_'));
    f = await h.type(KEYS.ENTER, (x) => x.includes('✔ C1 approved found: no longer missing'));
    expect(f).toContain('Missing charts · 0 flagged · 0 found, pending approval');

    const chart = h.services.store.charts.byBarcode('C1');
    expect(chart?.missingSince).toBeNull();
    const access = h.store.db
      .prepare<[], { action: string; subject: string }>(
        'SELECT action, subject FROM access_log ORDER BY id',
      )
      .all();
    expect(access).toEqual([{ action: 'mark_missing', subject: 'C1' }]);
    await h.type(KEYS.ESC, () => h.onBack.mock.calls.length === 1);
    h.unmount();
  });

  it('lists found-pending charts as such and opens the finder with Enter', async () => {
    const h = renderScreen((p) => <MissingScreen {...p} width={100} height={20} />, {
      seed: seedWorkflows,
    });
    await h.until((x) => x.includes('Missing charts'));
    await h.type('m', (x) => x.includes('Mark a chart missing'));
    await h.type('C2', (x) => x.includes('C2_'));
    await h.type(KEYS.ENTER, (x) => x.includes('› Reason'));
    await h.type('gone', (x) => x.includes('gone_'));
    await h.type(KEYS.ENTER, (x) => x.includes('Likely misfile positions'));
    await h.type('f', (x) => x.includes('◆ found, pending approval'));
    let f = await h.type(KEYS.ESC, (x) => x.includes('› ◆ found'));
    expect(linesOf(f)[1]).toBe(
      '› ◆ found, pending approval       90 | 78 | 06  C2 vol 1  home FILE',
    );
    f = await h.type(KEYS.ENTER, (x) => x.includes('C2 vol 1 · shelf 90 | 78 | 06'));
    const access = h.store.db
      .prepare<[], { action: string }>('SELECT action FROM access_log ORDER BY id')
      .all();
    expect(access.map((a) => a.action)).toEqual(['mark_missing', 'missing_find']);
    h.unmount();
  });
});
