import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { T0 } from '../helpers/temp-db.js';
import { burst } from '../helpers/keys.js';
import { renderKiosk, type KioskHarness } from '../helpers/kiosk.js';
import type * as BannerModule from '../../src/components/Banner.js';
import type { BannerProps } from '../../src/components/Banner.js';

// The banner throws while `explode.on` is set: a render bug in one panel.
const explode = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/components/Banner.js', async (importOriginal) => {
  const real = await importOriginal<typeof BannerModule>();
  return {
    Banner: (props: BannerProps) => {
      if (explode.on) throw new Error('banner bug');
      return real.Banner(props);
    },
  };
});

async function settle(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await vi.advanceTimersByTimeAsync(0);
}

describe('panel error boundary', () => {
  let kiosk: KioskHarness;
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    kiosk?.unmount();
    explode.on = false;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows a red notice in place of the failed panel and keeps taking scans', async () => {
    kiosk = renderKiosk();
    await settle();
    explode.on = true;
    kiosk.write(burst('NURSE1'));
    await settle(200);
    let frame = kiosk.lastFrame();
    expect(frame).toContain('✖ ERROR  Part of this screen failed to draw. Scanning still works.');
    expect(frame).toContain('▶ Nurse One · Ward 3');
    expect(kiosk.log.events).toContainEqual({
      kind: 'render_error',
      panel: 'result',
      message: 'banner bug',
    });
    // The kiosk still takes a scan: the chart goes out and its line shows.
    kiosk.write(burst('C1'));
    await settle(200);
    frame = kiosk.lastFrame();
    expect(frame).toContain('C1 v1');
    expect(
      kiosk.store.db.prepare("SELECT state FROM charts WHERE barcode = 'C1'").pluck().get(),
    ).toBe('out');
    // Once the bug is gone, the next scan draws the banner again.
    explode.on = false;
    kiosk.write(burst('C2'));
    await settle(200);
    expect(kiosk.lastFrame()).toContain('✔ OUT');
  });
});
