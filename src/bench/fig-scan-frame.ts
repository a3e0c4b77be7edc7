import { createElement } from 'react';
import { render } from 'ink';
import { App } from '../app/App.js';
import { createServices } from '../app/compose.js';
import { memoryLog } from '../app/file-log.js';
import { ScannerHub } from '../app/scanner-feed.js';
import type { Config } from '../config/schema.js';
import type { Store } from '../db/store.js';
import { FakeStdin, FakeStdout, plainText } from './fake-terminal.js';
import { rawScan } from './fig-scan-commit.js';
import type { Hospital } from './generate.js';
import type { Progress } from './progress.js';
import { judge, type Figure } from './results.js';
import { planScans, type PlannedScan } from './scan-plan.js';
import { latency } from './stats.js';

/** The sentence the banner starts with for each kind of chart scan (theme/text.ts). */
const BANNER = { check_out: ' is out to ', return: ' is returned to ', transfer: ' now goes to ' };
/** A person's pause between scans; longer than Ink's 33 ms frame throttle. */
const GAP_MS = 50;
const TIMEOUT_MS = 10_000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Figure 2, scan to frame: the kiosk's own `<App>` (services from app/compose.ts, rendered with
 * start.tsx's settings) on a 100×30 terminal. Each sample runs from the moment a wedge burst
 * (`CH…\r`) is handed to stdin until Ink writes the frame whose banner names that chart.
 * Badge scans that open and close visits are not timed; scans are 50 ms apart, like a person.
 * The floor is the bare-SQL scan plus one direct write of the banner sentence.
 */
export async function scanFrameFigure(
  hospital: Hospital,
  store: Store,
  config: Config,
  bar: Progress,
): Promise<Figure> {
  const count = hospital.size.samples.frames;
  const [mine, floors] = planScans(store.db, hospital.layout, count, 23);
  const stdout = new FakeStdout(100, 30);
  const stdin = new FakeStdin();
  const services = createServices({
    config,
    store,
    scanner: new ScannerHub(null),
    log: memoryLog(),
    sound: () => undefined,
    quit: () => undefined,
  });
  let waiting: { readonly text: string; readonly resolve: (at: number) => void } | null = null;
  let last = '';
  stdout.onWrite = (data) => {
    const at = performance.now();
    last = plainText(data);
    if (waiting && last.includes(waiting.text)) {
      const w = waiting;
      waiting = null;
      w.resolve(at);
    }
  };
  const frameWith = (text: string, send: () => void): Promise<number> =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting = null;
        reject(new Error(`no frame showed "${text}" within ${TIMEOUT_MS} ms; last:\n${last}`));
      }, TIMEOUT_MS);
      waiting = {
        text,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      };
      send();
    });
  const until = async (test: () => boolean) => {
    const start = performance.now();
    while (!test()) {
      if (performance.now() - start > TIMEOUT_MS) throw new Error('the kiosk did not settle');
      await pause(2);
    }
  };
  const app = render(createElement(App, { services }), {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: new FakeStdout(100, 30) as unknown as NodeJS.WriteStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const samples: number[] = [];
  const floorSamples: number[] = [];
  const floorScan = rawScan(store.db, config.counter.name, config.loanHours.staff * 3_600_000);
  try {
    await pause(200);
    for (let i = 0; i < count; i += 1) {
      const s = mine[i] as PlannedScan;
      const visit = services.desk.visit?.staff.badge ?? null;
      if (visit !== s.badge) {
        // Close the visit by scanning its badge again, then open the next one.
        if (visit !== null) {
          stdin.type(`${visit}\r`);
          await until(() => services.desk.visit === null);
          await pause(GAP_MS);
        }
        if (s.badge !== null) {
          const badge = s.badge;
          stdin.type(`${badge}\r`);
          await until(() => services.desk.visit?.staff.badge === badge);
          await pause(GAP_MS);
        }
      }
      const start = performance.now();
      const shown = await frameWith(s.barcode + BANNER[s.kind], () => stdin.type(`${s.barcode}\r`));
      samples.push(shown - start);
      await pause(GAP_MS);

      const f = floors[i] as PlannedScan;
      const floorStart = performance.now();
      floorScan(f.barcode, f.staffId, Date.now());
      stdout.write(`${f.barcode}${BANNER[f.kind]}someone.\n`);
      floorSamples.push(performance.now() - floorStart);
      bar.update(i + 1, count);
    }
  } finally {
    app.unmount();
  }
  const m = latency(samples);
  const fl = latency(floorSamples);
  return judge({
    id: 'scan_to_frame',
    title: 'Scan to frame',
    unit: 'ms',
    value: m.p99,
    p50: m.p50,
    p99: m.p99,
    samples: m.samples,
    floor: fl.p99,
    floorP50: fl.p50,
    target: { max: 50, text: 'p99 ≤ 50 ms' },
    via: 'app/App.tsx <App> via app/compose.ts createServices, Ink render as app/start.tsx (maxFps 30)',
    floorVia: 'the bare-SQL scan of figure 1 plus one write of the banner sentence',
  });
}
