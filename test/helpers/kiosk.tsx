/**
 * Renders the whole kiosk app with ink-testing-library over a real temp database, with a
 * scanner hub the test publishes into, an in-memory log and a recording bell.
 */
import { render } from 'ink-testing-library';
import { vi } from 'vitest';
import { App } from '../../src/app/App.js';
import { createServices } from '../../src/app/compose.js';
import { memoryLog } from '../../src/app/file-log.js';
import { ScannerHub } from '../../src/app/scanner-feed.js';
import type { AppServices } from '../../src/app/services.js';
import type { Store } from '../../src/db/store.js';
import type { SoundKind } from '../../src/state/sounds.js';
import { seedSmall, tempStore, testConfig } from './temp-db.js';

// The clerk area is another screen's work, tested on its own: here the F2 slot is a stub that
// shows its title and leaves on Esc, so counter tests do not depend on the workspace.
vi.mock('../../src/screens/workspace/ClerkArea.js', async () => {
  const { Text } = await import('ink');
  const { useKeypress } = await import('../../src/input/use-keypress.js');
  return {
    ClerkArea: ({ onExit }: { onExit: () => void }) => {
      useKeypress((key) => {
        if (key.kind === 'escape') onExit();
        return true;
      });
      return <Text>CLERK AREA STUB</Text>;
    },
  };
});

/** A rendered kiosk and its controls. */
export interface KioskHarness {
  readonly services: AppServices;
  readonly store: Store;
  readonly hub: ScannerHub;
  readonly log: ReturnType<typeof memoryLog>;
  readonly sounds: SoundKind[];
  readonly quit: ReturnType<typeof vi.fn>;
  readonly lastFrame: () => string;
  readonly write: (data: string) => void;
  /** Waits until the frame satisfies `test` (real timers only; with fake ones, advance). */
  readonly waitFor: (test: (frame: string) => boolean, timeoutMs?: number) => Promise<string>;
  readonly unmount: () => void;
}

/** Renders the kiosk on a seeded temp database (seedSmall unless `seed` is given). */
export function renderKiosk(
  overrides: Record<string, unknown> = {},
  seed: (store: Store) => void = seedSmall,
): KioskHarness {
  const store = tempStore();
  seed(store);
  const config = testConfig({ counter: { name: 'Test Counter' }, ...overrides });
  const hub = new ScannerHub({ state: 'searching' });
  const log = memoryLog();
  const sounds: SoundKind[] = [];
  const quit = vi.fn();
  const services = createServices({
    config,
    store,
    scanner: hub,
    log,
    sound: (kind) => void sounds.push(kind),
    quit,
  });
  const view = render(<App services={services} />);
  const lastFrame = (): string => view.lastFrame() ?? '';
  return {
    services,
    store,
    hub,
    log,
    sounds,
    quit,
    lastFrame,
    write: (data) => view.stdin.write(data),
    waitFor: (test, timeoutMs = 3000) =>
      new Promise<string>((resolve, reject) => {
        const check = (): boolean => {
          const frame = lastFrame();
          if (!test(frame)) return false;
          clearInterval(poll);
          clearTimeout(timer);
          resolve(frame);
          return true;
        };
        // Re-check every few ms until the frame shows what the test waits for.
        const poll = setInterval(check, 5);
        const timer = setTimeout(() => {
          clearInterval(poll);
          reject(new Error(`frame never matched; last frame:\n${lastFrame()}`));
        }, timeoutMs);
        check();
      }),
    unmount: () => view.unmount(),
  };
}
