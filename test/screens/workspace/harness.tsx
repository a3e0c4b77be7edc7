/**
 * Renders the clerk area alone (as the shell does after F2) over a real temp database with
 * ink-testing-library, and names the extra keys the workspace uses.
 */
import { render } from 'ink-testing-library';
import { vi } from 'vitest';
import { createServices } from '../../../src/app/compose.js';
import { memoryLog } from '../../../src/app/file-log.js';
import { ScannerHub } from '../../../src/app/scanner-feed.js';
import { ServicesProvider, type AppServices } from '../../../src/app/services.js';
import type { Store } from '../../../src/db/store.js';
import { KeypressProvider } from '../../../src/input/KeypressProvider.js';
import { ClerkArea } from '../../../src/screens/workspace/ClerkArea.js';
import { KEYS } from '../../helpers/keys.js';
import { seedSmall, tempStore, testConfig } from '../../helpers/temp-db.js';

/** The counter's key codes plus the ones lists and the workspace use. */
export const WS_KEYS = {
  ...KEYS,
  PGUP: '\u001b[5~',
  PGDN: '\u001b[6~',
  HOME: '\u001b[H',
  END: '\u001b[F',
  F3: '\u001bOR',
  F4: '\u001bOS',
  F5: '\u001b[15~',
  F12: '\u001b[24~',
  CTRL_L: '\u000c',
} as const;

/** A rendered clerk area and its controls. */
export interface ClerkHarness {
  readonly services: AppServices;
  readonly store: Store;
  readonly onExit: ReturnType<typeof vi.fn>;
  /** The HID scanner feed: publish scans into it. */
  readonly hub: ScannerHub;
  readonly lastFrame: () => string;
  readonly write: (data: string) => void;
  readonly unmount: () => void;
}

/** Renders the clerk area at 100×30 on seedSmall (CLERK1 PIN 1234, SUP1 PIN 4321). */
export function renderClerkArea(overrides: Record<string, unknown> = {}): ClerkHarness {
  const store = tempStore();
  seedSmall(store);
  const config = testConfig({ counter: { name: 'Test Counter' }, ...overrides });
  const hub = new ScannerHub({ state: 'searching' });
  const services = createServices({
    config,
    store,
    scanner: hub,
    log: memoryLog(),
    sound: () => undefined,
    quit: vi.fn(),
  });
  const onExit = vi.fn();
  const view = render(
    <ServicesProvider services={services}>
      <KeypressProvider>
        <ClerkArea services={services} onExit={onExit} width={100} height={30} />
      </KeypressProvider>
    </ServicesProvider>,
  );
  return {
    services,
    store,
    onExit,
    hub,
    lastFrame: () => view.lastFrame() ?? '',
    write: (data) => view.stdin.write(data),
    unmount: () => view.unmount(),
  };
}

/**
 * Lets React and Ink finish (fake timers). A key can start a chain (render, then an effect that
 * loads a page, then its render), each link one scheduler tick: advance by 0 a few times.
 */
export async function settle(): Promise<void> {
  for (let i = 0; i < 6; i += 1) await vi.advanceTimersByTimeAsync(0);
}

/** Types `data` and returns the frame after it settled. */
export async function press(h: ClerkHarness, ...data: string[]): Promise<string> {
  for (const d of data) {
    h.write(d);
    await settle();
  }
  return h.lastFrame();
}

/** Signs CLERK1 in and returns the main-menu frame. */
export async function signIn(h: ClerkHarness, badge = 'CLERK1', pin = '1234'): Promise<string> {
  await settle();
  return press(h, `${badge}\r`, `${pin}\r`);
}

/** Rows of a table, for assertions. */
export function rows<T>(store: Store, sql: string): T[] {
  return store.db.prepare<[], T>(sql).all();
}
