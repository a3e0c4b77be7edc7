/**
 * The terminal around the kiosk: the alternate screen and a hidden cursor while it runs, and
 * both restored however it ends: a normal exit, a crash, SIGTERM, SIGHUP.
 */

/** Enter the alternate screen, clear it, hide the cursor. */
export const ENTER_FULL_SCREEN = '\x1b[?1049h\x1b[2J\x1b[H\x1b[?25l';
/** Leave the alternate screen and show the cursor. */
export const LEAVE_FULL_SCREEN = '\x1b[?1049l\x1b[?25h';

/** Something that can be written to synchronously enough for an exit handler. */
export interface TerminalOut {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Restores the terminal; safe to call any number of times. */
export type Restore = () => void;

/** Enters full screen on `out` and returns the (idempotent) restore. */
export function enterFullScreen(out: TerminalOut): Restore {
  out.write(ENTER_FULL_SCREEN);
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    try {
      out.write(LEAVE_FULL_SCREEN);
    } catch {
      // The terminal may be gone already (SIGHUP); nothing left to restore.
    }
  };
}

/** Signals that end the kiosk from outside (systemd, a closed terminal, kill). */
export const STOP_SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

/** Process hooks for the kiosk's life: stop signals, crashes, and the last-resort exit. */
export interface LifeHooks {
  /** A stop signal arrived: unmount and close cleanly. */
  readonly onStop: (signal: (typeof STOP_SIGNALS)[number]) => void;
  /** An uncaught error: restore the terminal, log, exit non-zero. */
  readonly onCrash: (error: unknown) => void;
  /** The process is exiting (restore the terminal if nothing else did). */
  readonly onExit: () => void;
}

/** Installs the hooks on `proc`; returns their removal. */
export function installLifeHooks(hooks: LifeHooks, proc: NodeJS.Process = process): () => void {
  const stops = STOP_SIGNALS.map((signal) => {
    const handler = (): void => hooks.onStop(signal);
    proc.on(signal, handler);
    return () => void proc.off(signal, handler);
  });
  const crash = (error: unknown): void => hooks.onCrash(error);
  proc.on('uncaughtException', crash);
  proc.on('unhandledRejection', crash);
  proc.on('exit', hooks.onExit);
  return () => {
    for (const off of stops) off();
    proc.off('uncaughtException', crash);
    proc.off('unhandledRejection', crash);
    proc.off('exit', hooks.onExit);
  };
}
