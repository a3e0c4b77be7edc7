/**
 * Renders one workflow screen with ink-testing-library over a real temp database (seedSmall
 * unless told otherwise), at a fixed clock, the way the pull-list screen's test does.
 */
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { createServices } from '../../../src/app/compose.js';
import { memoryLog } from '../../../src/app/file-log.js';
import { ScannerHub } from '../../../src/app/scanner-feed.js';
import type { AppServices } from '../../../src/app/services.js';
import type { Store } from '../../../src/db/store.js';
import { KeypressProvider } from '../../../src/input/KeypressProvider.js';
import { seedSmall, T0, tempStore, testConfig } from '../../helpers/temp-db.js';

/** A rendered screen and its controls. */
export interface ScreenHarness {
  readonly services: AppServices;
  readonly store: Store;
  readonly hub: ScannerHub;
  readonly onBack: ReturnType<typeof vi.fn>;
  readonly frame: () => string;
  /** Writes keys and waits until the frame satisfies `test`; returns that frame. */
  readonly type: (data: string, test: (frame: string) => boolean) => Promise<string>;
  /** Waits until the frame satisfies `test`. */
  readonly until: (test: (frame: string) => boolean) => Promise<string>;
  readonly unmount: () => void;
}

/** What a screen needs to be drawn. */
export interface ScreenParts {
  readonly services: AppServices;
  readonly onBack: () => void;
}

/** Renders `screen(parts)` inside a KeypressProvider on a seeded temp store. */
export function renderScreen(
  screen: (parts: ScreenParts) => ReactElement,
  options: {
    readonly seed?: (store: Store) => void;
    readonly config?: Record<string, unknown>;
    readonly now?: number;
  } = {},
): ScreenHarness {
  const store = tempStore();
  (options.seed ?? seedSmall)(store);
  const hub = new ScannerHub({ state: 'searching' });
  const services = createServices({
    config: testConfig(options.config),
    store,
    scanner: hub,
    log: memoryLog(),
    sound: () => undefined,
    quit: vi.fn(),
    clock: { now: () => options.now ?? T0 },
  });
  const onBack = vi.fn();
  const view = render(<KeypressProvider>{screen({ services, onBack })}</KeypressProvider>);
  const frame = (): string => view.lastFrame() ?? '';
  const until = async (test: (f: string) => boolean): Promise<string> => {
    for (let i = 0; i < 400; i += 1) {
      const f = frame();
      if (test(f)) return f;
      // Yield to Ink's render and the key handlers; no fixed sleep is waited on.
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`frame never matched:\n${frame()}`);
  };
  return {
    services,
    store,
    hub,
    onBack,
    frame,
    until,
    type: (data, test) => {
      view.stdin.write(data);
      return until(test);
    },
    unmount: () => view.unmount(),
  };
}

/** The frame's lines with trailing spaces cut. */
export function linesOf(frame: string): string[] {
  return frame.split('\n').map((l) => l.trimEnd());
}
