import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { T0, testDesk } from '../../helpers/temp-db.js';
import { press, renderClerkArea, signIn, type ClerkHarness } from '../workspace/harness.js';

describe('reports screen', () => {
  let h: ClerkHarness;
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 + 14 * 3_600_000 });
  });
  afterEach(() => {
    h?.unmount();
    vi.useRealTimers();
  });

  it('draws moves per hour, overdue by age and charts out by department', async () => {
    h = renderClerkArea();
    const desk = testDesk(h.store);
    desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 });
    desk.scan({ code: 'C1', source: 'wedge', at: T0 + 1 });
    desk.scan({ code: 'CLIN-B', source: 'wedge', at: T0 + 2 });
    desk.scan({ code: 'C2', source: 'wedge', at: T0 + 3_600_000 });
    desk.scan({ code: 'C3', source: 'wedge', at: T0 + 3_600_001 });
    desk.endVisit();
    await signIn(h);
    const frame = await press(h, 'r');
    expect(frame).toMatchInlineSnapshot(`
      " Clerk workspace · Test Counter · Signed in: Clerk One (clerk)
       Moves per hour today · 3
                ▅█
       00  04  08  12  16  20
       Overdue charts by days overdue
       under 1 day  ██████████████████████████████████████████████████ 2
       1–3 days      0
       3–7 days      0
       7–30 days     0
       over 30 days  0
       Charts out by department
       Clinic B ██████████████████████████████████████████████████ 2
       Ward 3   █████████████████████████ 1
















        Esc  back"
    `);
  });
});
