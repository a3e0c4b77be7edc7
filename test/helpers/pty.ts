/**
 * Runs the built chartdesk in a real pseudo-terminal (node-pty): the kiosk sees a TTY exactly
 * as it would on a counter machine, so raw mode, the alternate screen, signals and Ink's frames
 * are all the real thing. Tests wait on output, never on sleeps.
 */
import { spawn, type IPty } from 'node-pty';
import { CLI } from './cli.js';

/** How a pty process ended. */
export interface PtyExit {
  /** The exit code (0 when killed by a signal on some platforms). */
  readonly exitCode: number;
  /** The signal number that ended it, if any. */
  readonly signal: number | undefined;
}

/** What to wait for in the output: a pattern, or a test of the whole (stripped) text. */
export type OutputMatch = RegExp | ((text: string) => boolean);

/** A process running in a pseudo-terminal. */
export interface PtyRun {
  /** The child's process id. */
  readonly pid: number;
  /** Resolves once the process has ended (never rejects). */
  readonly exited: Promise<PtyExit>;
  /** The exit, once it happened; null while running. */
  exitStatus(): PtyExit | null;
  /** Everything written to the terminal so far, escape sequences included. */
  raw(): string;
  /** Everything written so far with escape sequences and carriage returns removed. */
  text(): string;
  /** A position in the stripped text, to wait only for what comes after it. */
  mark(): number;
  /**
   * Waits until the stripped output (from `since`, a mark) matches; resolves to that text.
   * Rejects with the tail of the output after `timeoutMs`, or when the process exits first.
   */
  waitFor(match: OutputMatch, options?: { timeoutMs?: number; since?: number }): Promise<string>;
  /** Types into the terminal (a wedge scanner is a keyboard: "CODE\r"). */
  write(data: string): void;
  /** Sends a signal to the process (SIGKILL for a crash, SIGTERM for a clean stop). */
  kill(signal?: NodeJS.Signals): void;
}

/** node-pty's private write queue (see dropPendingInput). */
interface PendingWrites {
  _writeQueue?: unknown[];
  dispose?: () => void;
}

/** Options for a pty run. */
export interface PtyOptions {
  readonly cwd: string;
  readonly cols?: number;
  readonly rows?: number;
  readonly env?: Readonly<Record<string, string>>;
}

// CSI (with private/intermediate bytes), OSC (BEL or ST ended), and two-byte ESC sequences.
const ANSI =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[PX^_][^\u001b]*\u001b\\|\u001b[@-Z\\-_]|\u001b[()#][0-9A-Za-z]/g;

/** Removes terminal escape sequences and carriage returns. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '').replace(/\r/g, '');
}

/**
 * The environment a kiosk child gets: the parent's, minus anything that makes Ink think it
 * runs in CI (it would then print only the last frame), plus a real terminal type.
 */
export function ptyEnv(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('VITEST')) continue;
    if (key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  env.TERM = 'xterm-256color';
  delete env.NO_COLOR;
  env.FORCE_COLOR = '1';
  return { ...env, ...extra };
}

/** Starts `node <file> ARGS` in a pseudo-terminal. */
export function spawnPty(file: string, args: readonly string[], options: PtyOptions): PtyRun {
  return spawnPtyCommand(process.execPath, [file, ...args], options);
}

/** Starts any program in a pseudo-terminal (e.g. `sh -c 'ulimit -f N; exec node …'`). */
export function spawnPtyCommand(
  command: string,
  args: readonly string[],
  options: PtyOptions,
): PtyRun {
  const child: IPty = spawn(command, [...args], {
    name: 'xterm-256color',
    cols: options.cols ?? 100,
    rows: options.rows ?? 30,
    cwd: options.cwd,
    env: ptyEnv(options.env),
  });
  // Output is kept raw and stripped, stripping as it arrives (bursts of thousands of scans make
  // megabytes of frames), in chunks, so a wait reads only the text after its mark instead of
  // flattening everything on every chunk. Text from the last ESC on is held back: its sequence
  // may be split across chunks.
  const rawChunks: string[] = [];
  let rawCache = '';
  let rawDirty = false;
  const strippedChunks: string[] = [];
  const chunkStarts: number[] = [];
  let strippedLength = 0;
  let pending = '';
  let status: PtyExit | null = null;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };
  const commit = (text: string): void => {
    const clean = stripAnsi(text);
    if (clean === '') return;
    chunkStarts.push(strippedLength);
    strippedChunks.push(clean);
    strippedLength += clean.length;
  };
  child.onData((data) => {
    rawChunks.push(data);
    rawDirty = true;
    pending += data;
    const cut = pending.lastIndexOf('\u001b');
    if (cut === -1) {
      commit(pending);
      pending = '';
    } else if (cut > 0) {
      commit(pending.slice(0, cut));
      pending = pending.slice(cut);
    } else if (pending.length > 4096) {
      // Not an escape sequence after all (or a huge one): let it through.
      commit(pending);
      pending = '';
    }
    notify();
  });
  // node-pty queues input the kernel has not taken yet and retries it with fs.write on the same
  // fd number even after the terminal closed. Once that number is reused (by the next pty), the
  // stale input lands in the next process: a flood of scans typed into a killed kiosk would be
  // "scanned" by its successor. Drop the queue when we kill and when the process is gone.
  const dropPendingInput = (): void => {
    const stream = (child as unknown as { _writeStream?: PendingWrites })._writeStream;
    if (stream?._writeQueue) stream._writeQueue.length = 0;
    stream?.dispose?.();
  };
  const exited = new Promise<PtyExit>((resolve) => {
    child.onExit(({ exitCode, signal }) => {
      dropPendingInput();
      status = { exitCode, signal: signal === 0 ? undefined : signal };
      resolve(status);
      notify();
    });
  });
  const raw = (): string => {
    if (rawDirty) {
      rawCache = rawChunks.join('');
      rawChunks.length = 0;
      rawChunks.push(rawCache);
      rawDirty = false;
    }
    return rawCache;
  };
  /** The stripped text from `since` on (a mark); only the chunks after it are joined. */
  const textSince = (since: number): string => {
    let lo = 0;
    let hi = chunkStarts.length - 1;
    let first = chunkStarts.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = chunkStarts[mid] ?? 0;
      const end = start + (strippedChunks[mid]?.length ?? 0);
      if (end > since) {
        first = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    const head = strippedChunks.slice(first).join('');
    const offset = since - (chunkStarts[first] ?? since);
    return head.slice(Math.max(0, offset)) + stripAnsi(pending);
  };
  const text = (): string => textSince(0);

  return {
    pid: child.pid,
    exited,
    exitStatus: () => status,
    raw,
    text,
    mark: () => strippedLength,
    waitFor(match, waitOptions = {}) {
      const timeoutMs = waitOptions.timeoutMs ?? 15_000;
      const since = waitOptions.since ?? 0;
      const test = (text: string): boolean =>
        typeof match === 'function' ? match(text) : match.test(text);
      return new Promise<string>((resolve, reject) => {
        const check = (): void => {
          const seen = textSince(since);
          if (test(seen)) {
            done();
            resolve(seen);
          } else if (status !== null) {
            done();
            reject(
              new Error(
                `process exited (${JSON.stringify(status)}) before ${String(match)}; output ends:\n${seen.slice(-1500)}`,
              ),
            );
          }
        };
        const timer = setTimeout(() => {
          done();
          const seen = textSince(since);
          reject(
            new Error(
              `timed out after ${timeoutMs} ms waiting for ${String(match)}; output ends:\n${seen.slice(-1500)}`,
            ),
          );
        }, timeoutMs);
        const done = (): void => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    write(data) {
      if (status === null) child.write(data);
    },
    kill(signal = 'SIGTERM') {
      if (status !== null) return;
      if (signal === 'SIGKILL') dropPendingInput();
      try {
        process.kill(child.pid, signal);
      } catch {
        // Already gone.
      }
    },
  };
}

/**
 * The chartdesk entry the pty runs: the repo's build (dist/cli/main.js), or CHARTDESK_CLI to
 * run the same harnesses against another build.
 */
export const CHARTDESK_CLI = process.env.CHARTDESK_CLI ?? CLI;

/** Starts the built `chartdesk` (the kiosk, or any command) in a pseudo-terminal. */
export function spawnChartdesk(args: readonly string[], options: PtyOptions): PtyRun {
  return spawnPty(CHARTDESK_CLI, args, options);
}
