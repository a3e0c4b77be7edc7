import { readFileSync } from 'node:fs';
import { spawn, type IPty } from 'node-pty';
import { plainText } from './fake-terminal.js';

/** A program running in a pseudo-terminal, and what it has written so far. */
export interface PtyProcess {
  readonly pty: IPty;
  /** Milliseconds from spawn until the output first contained `readyText`. */
  readonly readyMs: number;
  /** Waits until the output (since `mark`) contains `text`; resolves with the ms it took. */
  waitFor(text: string, timeoutMs?: number): Promise<number>;
  /** The output written after the last `mark`. */
  mark(): void;
  /** Peak resident memory of the process so far (VmHWM), in MB. */
  peakRssMb(): number;
  /** Ends the process (SIGTERM, then SIGKILL) and waits for it. */
  stop(): Promise<void>;
}

function environment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  // Ink renders only the last frame under CI: the kiosk never runs there.
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  env.TERM = 'xterm-256color';
  // As deploy/chartdesk-kiosk.service starts the kiosk.
  env.NODE_ENV = 'production';
  return env;
}

/**
 * Spawns `node args…` in a 100×30 pseudo-terminal and resolves once its output shows
 * `readyText` (escape sequences removed), timing from just before the spawn.
 */
export function runInPty(
  args: readonly string[],
  readyText: string,
  cwd: string,
  timeoutMs = 60_000,
): Promise<PtyProcess> {
  const started = performance.now();
  const pty = spawn(process.execPath, [...args], {
    name: 'xterm-256color',
    cols: 100,
    rows: 30,
    cwd,
    env: environment(),
  });
  let output = '';
  let from = 0;
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    pty.onExit(() => {
      exited = true;
      resolve();
    }),
  );
  const watchers = new Set<() => void>();
  pty.onData((data) => {
    output += data;
    for (const w of [...watchers]) w();
  });
  const waitFor = (text: string, limit = timeoutMs) =>
    new Promise<number>((resolve, reject) => {
      const start = performance.now();
      const check = () => {
        if (plainText(output.slice(from)).includes(text)) {
          watchers.delete(check);
          clearTimeout(timer);
          resolve(performance.now() - start);
        } else if (exited) {
          watchers.delete(check);
          clearTimeout(timer);
          reject(
            new Error(
              `the process exited before showing "${text}":\n${plainText(output).slice(-2000)}`,
            ),
          );
        }
      };
      const timer = setTimeout(() => {
        watchers.delete(check);
        reject(new Error(`no "${text}" within ${limit} ms:\n${plainText(output).slice(-2000)}`));
      }, limit);
      watchers.add(check);
      check();
    });
  const peakRssMb = () => {
    const status = readFileSync(`/proc/${pty.pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? Number.NaN : Number(kb) / 1024;
  };
  const stop = async () => {
    if (exited) return;
    pty.kill('SIGTERM');
    const killer = setTimeout(() => {
      if (!exited) pty.kill('SIGKILL');
    }, 5_000);
    await exit;
    clearTimeout(killer);
  };
  return waitFor(readyText).then(
    () => ({
      pty,
      readyMs: performance.now() - started,
      waitFor,
      mark: () => {
        from = output.length;
      },
      peakRssMb,
      stop,
    }),
    async (error: unknown) => {
      await stop();
      throw error;
    },
  );
}
