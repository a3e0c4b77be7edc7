import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { T0 } from '../../helpers/temp-db.js';
import { press, renderClerkArea, settle, signIn, type ClerkHarness } from './harness.js';

describe('HID scans in the clerk area', () => {
  let h: ClerkHarness;
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    h?.unmount();
    vi.useRealTimers();
  });

  const scan = async (code: string) => {
    h.hub.publishScan({ code, source: 'hid', symbology: ']A0', at: Date.now() });
    await settle();
    return h.lastFrame();
  };

  it('a scanned badge fills the badge step and asks for the PIN', async () => {
    h = renderClerkArea();
    await settle();
    expect(await scan('CLERK1')).toContain('PIN, then Enter: _');
    // A scan at the PIN step is not a PIN.
    expect(await scan('C1')).toContain('PIN, then Enter: _');
    expect(await press(h, '1234\r')).toContain('Main menu');
  });

  it('a scanned chart label on the search screen opens the chart', async () => {
    h = renderClerkArea();
    await signIn(h);
    await press(h, 's');
    expect(await scan('C2')).toContain('Chart C2 · vol 1 · Sampleton, Bravo');
  });
});
