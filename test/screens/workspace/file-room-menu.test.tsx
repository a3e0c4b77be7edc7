import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { T0 } from '../../helpers/temp-db.js';
import { press, renderClerkArea, settle, signIn, type ClerkHarness } from './harness.js';

const ESC = '\u001b';

describe('workspace: the file-room menu opens each workflow screen', () => {
  let h: ClerkHarness;
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    h?.unmount();
    vi.useRealTimers();
  });

  const screens: [string, RegExp][] = [
    ['p', /Pull list/i],
    ['q', /Requests/i],
    ['m', /Missing/i],
    ['l', /Loose/i],
    ['u', /audit/i],
    ['e', /shift/i],
  ];

  it('lists the workflows and opens each, Esc coming back to the menu', async () => {
    h = renderClerkArea();
    await settle();
    await signIn(h);
    const menu = await press(h, 'f');
    expect(menu).toContain('File room');
    expect(menu).toContain('[P] Pull list');
    expect(menu).toContain('[U] Shelf audit');
    for (const [key, title] of screens) {
      const frame = await press(h, key);
      expect(frame, key).toMatch(title);
      expect(frame, key).not.toContain('[P] Pull list');
      const back = await press(h, ESC);
      expect(back, key).toContain('[P] Pull list');
    }
  });
});
