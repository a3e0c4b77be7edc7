/**
 * The kiosk's composition root: build the services once (store, desk, log file, bell, HID
 * supervisor), enter the alternate screen, render the app, and on the way out (supervisor
 * exit, Ctrl+C without lockdown, SIGTERM/SIGHUP/SIGINT, or a crash) stop the scanner and give
 * the terminal back as it was.
 */
import { render } from 'ink';
import type { Io } from '../cli/context.js';
import { resolveConfigPath } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { Store } from '../db/store.js';
import { activeInputs } from '../scanner/scan-source.js';
import { createNodeHidPort } from '../scanner/node-hid-driver.js';
import { ScannerSupervisor } from '../scanner/supervisor.js';
import { App } from './App.js';
import { terminalBell } from './bell.js';
import { createServices } from './compose.js';
import { fileLog } from './file-log.js';
import { ScannerHub, connectSupervisor } from './scanner-feed.js';
import type { QuitReason } from './services.js';
import { enterFullScreen, installLifeHooks } from './terminal.js';

/** What the kiosk needs to run. */
export interface KioskDeps {
  readonly config: Config;
  readonly baseDir: string;
  readonly store: Store;
  readonly io: Io;
}

/** Exit codes of the kiosk: 0 closed on purpose or by a stop signal, 1 crashed. */
export const KIOSK_EXIT = { ok: 0, crashed: 1 } as const;

/** Renders the kiosk until it exits; resolves to the exit code. */
export async function startKiosk(deps: KioskDeps): Promise<number> {
  const { config, store, io } = deps;
  const log = fileLog(resolveConfigPath(deps.baseDir, config.logFile));
  const stdout = io.stdout as NodeJS.WriteStream;
  const stdin = io.stdin as NodeJS.ReadStream;
  const inputs = activeInputs(config.scanner.mode);
  const hub = new ScannerHub(inputs.hid ? { state: 'searching' } : null);
  const supervisor = inputs.hid
    ? new ScannerSupervisor({
        port: createNodeHidPort(),
        matchers: config.scanner.matchers,
        profile: config.scanner.profile,
        decoder: { windowMs: config.scanner.assemblyWindowMs },
      })
    : null;
  const disconnect = supervisor ? connectSupervisor(hub, supervisor, log) : () => undefined;

  let quitting: QuitReason | 'signal' | null = null;
  let unmount: () => void = () => undefined;
  const services = createServices({
    config,
    baseDir: deps.baseDir,
    store,
    scanner: hub,
    log,
    sound: terminalBell((text) => void stdout.write(text), config.sounds),
    quit: (why) => {
      quitting ??= why;
      unmount();
    },
  });

  const restore = enterFullScreen(stdout);
  let exitCode: number = KIOSK_EXIT.ok;
  const removeHooks = installLifeHooks({
    onStop: (signal) => {
      log({ kind: 'kiosk_stop', why: signal });
      quitting ??= 'signal';
      unmount();
    },
    onCrash: (error) => {
      // Give the terminal back first, so the message is readable and the shell usable.
      restore();
      const message = error instanceof Error ? error.message : String(error);
      log({ kind: 'crash', message });
      io.stderr.write(`chartdesk: the kiosk stopped on an unexpected error: ${message}\n`);
      exitCode = KIOSK_EXIT.crashed;
      try {
        store.close();
      } finally {
        process.exit(KIOSK_EXIT.crashed);
      }
    },
    onExit: restore,
  });

  log({ kind: 'kiosk_start', counter: config.counter.name, scannerMode: config.scanner.mode });
  try {
    store.audit.event('kiosk_start', Date.now(), null, config.counter.name);
  } catch {
    // A busy database must not keep the counter from starting; the log file has the line.
  }
  supervisor?.start();

  const app = render(<App services={services} />, {
    stdout,
    stdin,
    stderr: io.stderr as NodeJS.WriteStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  unmount = () => app.unmount();
  try {
    await app.waitUntilExit();
  } finally {
    removeHooks();
    disconnect();
    await supervisor?.stop();
    restore();
  }
  if (quitting === 'ctrl_c') log({ kind: 'kiosk_stop', why: 'ctrl_c' });
  return exitCode;
}
