import { parseCommand } from './args.js';
import { EXIT, ensureFileRoom, loadOrExit, openForCommand, type Io } from './context.js';
import { isEmpty, seedInto } from './demo.js';
import { HELP } from './help.js';
import { progressBar } from './progress.js';

/** How long one kiosk attempt waits for another program's lock before the queue retries. */
const KIOSK_BUSY_MS = 250;

/** `chartdesk` with no command: the counter kiosk, seeding demo data on first start if configured. */
export async function runKioskCommand(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommand(args, {});
  if (values.help) {
    io.stdout.write(`${HELP.main}\n`);
    return EXIT.ok;
  }
  const loaded = loadOrExit(values.config);
  const releaseTerminal = holdTerminal(io, loaded.config.kiosk.lockdown);
  let store: ReturnType<typeof openForCommand>;
  try {
    // The kiosk waits for a lock in short steps: its scan queue retries a busy scan with the
    // spinner showing, where one long synchronous wait would freeze the screen.
    store = openForCommand(
      loaded,
      'write',
      Math.min(loaded.config.database.busyTimeoutMs, KIOSK_BUSY_MS),
    );
  } catch (error) {
    releaseTerminal();
    throw error;
  }
  try {
    if (loaded.config.demo.seedIfEmpty && isEmpty(store)) {
      const bar = progressBar(io.stderr, 'first start: writing synthetic demo data');
      seedInto(store, loaded.config, loaded.config.demo.patients, bar.update);
      bar.done();
    }
    ensureFileRoom(store, loaded.config);
    // Loaded on demand: the other commands never pay for Ink, React and the screens.
    const { startKiosk } = await import('../app/start.js');
    return await startKiosk({ config: loaded.config, baseDir: loaded.baseDir, store, io });
  } finally {
    store.close();
    releaseTerminal();
  }
}

/**
 * In lockdown, takes the terminal out of cooked mode before anything slow (opening the
 * database, seeding, loading the screens). Until the app sets raw mode itself, after its first
 * frame, the kernel would still turn Ctrl-C, Ctrl-Z and Ctrl-\ into SIGINT, SIGTSTP and SIGQUIT,
 * and a walk-up user could stop or kill the kiosk in that window. Returns the undo.
 */
function holdTerminal(io: Io, lockdown: boolean): () => void {
  const { stdin } = io;
  if (!lockdown || stdin.isTTY !== true || typeof stdin.setRawMode !== 'function')
    return () => undefined;
  stdin.setRawMode(true);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    stdin.setRawMode?.(false);
  };
}
