import { setPin } from '../services/clerk.js';
import { safeText } from '../domain/safe-text.js';
import { parseCommand } from './args.js';
import { CommandError, EXIT, loadOrExit, openForCommand, type Io } from './context.js';
import { HELP } from './help.js';

/** Reads one line from a TTY with echo off: nothing typed is shown, not even dots. */
function readHidden(io: Io, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { stdin } = io;
    io.stderr.write(prompt);
    stdin.setRawMode?.(true);
    stdin.resume();
    let text = '';
    const done = (value: string | null) => {
      stdin.removeListener('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      io.stderr.write('\n');
      if (value === null) reject(new CommandError('chartdesk staff: cancelled'));
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\r' || ch === '\n') return done(text);
        if (ch === '\u0003' || ch === '\u0004') return done(null);
        if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
        else if (ch >= ' ') text += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** Reads every line of a piped stdin (for scripts and tests). */
async function readLines(io: Io): Promise<string[]> {
  let all = '';
  for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) all += chunk.toString();
  return all.split(/\r?\n/);
}

/** The PIN twice: prompted with echo off on a terminal, or the first two lines of a pipe. */
async function readPinTwice(io: Io): Promise<[string, string]> {
  if (io.stdin.isTTY) {
    const first = await readHidden(io, 'New PIN (4–12 digits): ');
    const second = await readHidden(io, 'The same PIN again: ');
    return [first, second];
  }
  const [first = '', second = ''] = await readLines(io);
  return [first.trim(), second.trim()];
}

/** `chartdesk staff set-pin BADGE`: sets a PIN, prompted twice; never taken as an argument. */
export async function runStaff(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  if (values.help) {
    io.stdout.write(`${HELP.staff}\n`);
    return EXIT.ok;
  }
  const [sub, badge, ...rest] = positionals;
  if (sub !== 'set-pin' || !badge || rest.length > 0) {
    throw new CommandError(`chartdesk staff: expected set-pin BADGE\n\n${HELP.staff}`, EXIT.usage);
  }
  const loaded = loadOrExit(values.config);
  const store = openForCommand(loaded, 'write');
  try {
    if (!store.staff.byBadge(badge)) {
      throw new CommandError(
        `chartdesk staff: no staff member has the badge ${JSON.stringify(safeText(badge))}`,
      );
    }
    const [pin, repeat] = await readPinTwice(io);
    const result = setPin(store, badge, pin, repeat);
    switch (result.kind) {
      case 'set':
        io.stdout.write(`PIN set for ${safeText(badge)}; any lockout is cleared\n`);
        return EXIT.ok;
      case 'mismatch':
        throw new CommandError('chartdesk staff: the two PINs differ; nothing changed');
      case 'invalid_pin':
        throw new CommandError('chartdesk staff: a PIN is 4 to 12 digits; nothing changed');
      case 'unknown_badge':
        throw new CommandError(
          `chartdesk staff: no staff member has the badge ${JSON.stringify(safeText(badge))}`,
        );
      default: {
        const never: never = result;
        throw new Error(`unhandled result ${JSON.stringify(never)}`);
      }
    }
  } finally {
    store.close();
  }
}
