import { describe, expect, it } from 'vitest';
import { LooseScreen } from '../../../src/screens/loose/LooseScreen.js';
import { KEYS } from '../../helpers/keys.js';
import { seedSmall, T0, testDesk } from '../../helpers/temp-db.js';
import type { Store } from '../../../src/db/store.js';
import { linesOf, renderScreen, type ScreenHarness } from '../requests/harness.js';

/** seedSmall with C1 out to NURSE1, so one report waits for a chart that is away. */
function seedWithC1Out(store: Store): void {
  seedSmall(store);
  const desk = testDesk(store);
  desk.scan({ code: 'NURSE1', source: 'keyboard', at: T0 - 60_000 });
  desk.scan({ code: 'C1', source: 'keyboard', at: T0 - 50_000 });
}

async function record(h: ScreenHarness, mrn: string, description: string): Promise<string> {
  await h.type('n', (x) => x.includes('Record a loose report'));
  await h.type(mrn, (x) => x.includes(`${mrn}_`));
  await h.type(KEYS.ENTER, (x) => x.includes('› What it is'));
  await h.type(description, (x) => x.includes(`${description}_`));
  return h.type(KEYS.ENTER, (x) => x.includes('recorded for'));
}

describe('LooseScreen', () => {
  it('records loose reports, lists them in terminal-digit order and marks one filed', async () => {
    const h = renderScreen((p) => <LooseScreen {...p} width={100} height={12} clerkId={3} />, {
      seed: seedWithC1Out,
    });
    await h.until((x) => x.includes('No loose reports are waiting.'));
    let f = await record(h, '0067890', 'Lab result');
    expect(f).toContain('✔ Loose report #1 recorded for 90 | 78 | 06');
    f = await record(h, '0012345', 'Discharge letter');
    expect(linesOf(f).slice(0, 3)).toEqual([
      'Loose filing · 2 report(s) waiting, in shelf order',
      '› #2    □ waiting 45 | 23 | 01  Discharge letter               2026-01-05 09:00 ⚠ chart out (1 vol)',
      '  #1    □ waiting 90 | 78 | 06  Lab result                     2026-01-05 09:00 ✔ chart in file',
    ]);

    await h.type('n', (x) => x.includes('Record a loose report'));
    await h.type('999', (x) => x.includes('999_'));
    await h.type(KEYS.ENTER, (x) => x.includes('› What it is'));
    await h.type('Note', (x) => x.includes('Note_'));
    await h.type(KEYS.ENTER, (x) => x.includes('✗ No patient with that MRN'));
    await h.type(KEYS.ESC, (x) => x.includes('› #2'));

    await h.type(KEYS.DOWN, (x) => x.includes('› #1'));
    await h.type(KEYS.ENTER, (x) =>
      x.includes('File loose report #1 into its chart? Y yes · N no'),
    );
    f = await h.type('y', (x) => x.includes('✔ Loose report #1 filed'));
    expect(f).toContain('Loose filing · 1 report(s) waiting');
    expect(f).not.toContain('Lab result');

    const access = h.store.db
      .prepare<[], { action: string; subject: string }>(
        'SELECT action, subject FROM access_log ORDER BY id',
      )
      .all();
    expect(access).toEqual([
      { action: 'view_list', subject: 'loose' },
      { action: 'loose_add', subject: '0067890' },
      { action: 'loose_add', subject: '0012345' },
    ]);
    await h.type(KEYS.ESC, () => h.onBack.mock.calls.length === 1);
    h.unmount();
  });
});
