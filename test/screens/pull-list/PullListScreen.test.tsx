import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { createServices } from '../../../src/app/compose.js';
import { memoryLog } from '../../../src/app/file-log.js';
import { ScannerHub } from '../../../src/app/scanner-feed.js';
import type { AppServices } from '../../../src/app/services.js';
import { KeypressProvider } from '../../../src/input/KeypressProvider.js';
import { PullListScreen } from '../../../src/screens/pull-list/PullListScreen.js';
import { ShiftScreen } from '../../../src/screens/shift/ShiftScreen.js';
import { createRequests } from '../../../src/workflows/requests.js';
import { KEYS } from '../../helpers/keys.js';
import { T0, tempStore, testConfig } from '../../helpers/temp-db.js';
import { seedWorkflows } from '../../workflows/helpers.js';

function servicesAt(now: number): AppServices {
  const store = tempStore();
  seedWorkflows(store);
  const config = testConfig();
  for (const [barcode, hour] of [
    ['C1', 10],
    ['C2', 11],
  ] as const) {
    createRequests(store, config, {
      target: { kind: 'chart', chartId: store.charts.byBarcode(barcode)!.id },
      locationCode: 'CLIN-B',
      requesterId: null,
      neededAt: Date.UTC(2026, 0, 5, hour),
      source: 'workspace',
      createdBy: null,
      at: T0 - 3_600_000,
    });
  }
  return createServices({
    config,
    store,
    scanner: new ScannerHub({ state: 'searching' }),
    log: memoryLog(),
    sound: () => undefined,
    quit: vi.fn(),
    clock: { now: () => now },
  });
}

async function until(
  frame: () => string | undefined,
  test: (f: string) => boolean,
): Promise<string> {
  for (let i = 0; i < 200; i += 1) {
    const f = frame() ?? '';
    if (test(f)) return f;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`frame never matched:\n${frame() ?? ''}`);
}

describe('PullListScreen', () => {
  it('shows the day in terminal-digit order and pulls a scanned chart with progress', async () => {
    const services = servicesAt(T0);
    const onBack = vi.fn();
    const view = render(
      <KeypressProvider>
        <PullListScreen services={services} onBack={onBack} width={90} height={16} />
      </KeypressProvider>,
    );
    const first = await until(view.lastFrame, (f) => f.includes('Pull list 2026-01-05'));
    expect(first).toContain('0 of 2 pulled · 0 cannot be pulled');
    expect(first.indexOf('45 | 23 | 01')).toBeLessThan(first.indexOf('90 | 78 | 06'));
    view.stdin.write(`C1${KEYS.ENTER}`);
    const after = await until(view.lastFrame, (f) => f.includes('1 of 2 pulled'));
    expect(after).toContain('C1 vol 1 → HOLD');
    expect(after).toContain('[x] 45 | 23 | 01');
    view.stdin.write(`C3${KEYS.ENTER}`);
    expect(await until(view.lastFrame, (f) => f.includes('C3 is not on this list'))).toBeTruthy();
    view.stdin.write(KEYS.ESC);
    await until(
      () => String(onBack.mock.calls.length),
      (n) => n === '1',
    );
    view.unmount();
  });
});

describe('ShiftScreen', () => {
  it('shows the end-of-shift report with bar charts', async () => {
    const services = servicesAt(T0 + 3_600_000);
    const view = render(
      <KeypressProvider>
        <ShiftScreen services={services} onBack={() => undefined} width={80} height={30} />
      </KeypressProvider>,
    );
    const frame = await until(view.lastFrame, (f) => f.includes('END OF SHIFT 2026-01-05'));
    expect(frame).toContain('Charts still out: 0, by custodian');
    expect(frame).toContain('Pull-list retrieval: 0 of 2 (0.0%)');
    view.unmount();
  });
});
