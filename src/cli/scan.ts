import { Desk } from '../engine/desk.js';
import { parseCommand } from './args.js';
import {
  CommandError,
  EXIT,
  ensureFileRoom,
  loadOrExit,
  openForCommand,
  rulesOf,
  type Io,
} from './context.js';
import { outcomeJson, outcomeLine } from './describe.js';
import { HELP } from './help.js';

/** `chartdesk scan [--counter NAME] [--at ISO] [--json] CODE...`: one walk-up visit. */
export function runScan(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    counter: { type: 'string' },
    at: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(`${HELP.scan}\n`);
    return Promise.resolve(EXIT.ok);
  }
  if (positionals.length === 0)
    throw new CommandError(`chartdesk scan: give at least one CODE\n\n${HELP.scan}`, EXIT.usage);
  let start = Date.now();
  if (values.at !== undefined) {
    start = Date.parse(values.at);
    if (Number.isNaN(start))
      throw new CommandError(
        `chartdesk scan: --at "${values.at}" is not an ISO date-time`,
        EXIT.usage,
      );
  }
  const loaded = loadOrExit(values.config);
  const store = openForCommand(loaded, 'write');
  try {
    ensureFileRoom(store, loaded.config);
    const desk = new Desk(store, {
      counter: values.counter ?? loaded.config.counter.name,
      rules: rulesOf(loaded.config),
      undoWindowMs: loaded.config.undo.windowSeconds * 1000,
      undoBarcode: loaded.config.undo.barcode,
    });
    let allAccepted = true;
    positionals.forEach((code, index) => {
      // Each code a millisecond after the one before, so the log keeps their order in time too.
      const outcome = desk.scan({ code, source: 'cli', at: start + index });
      if (outcome.kind === 'rejected') allAccepted = false;
      io.stdout.write(
        `${values.json ? JSON.stringify(outcomeJson(outcome)) : outcomeLine(outcome)}\n`,
      );
    });
    return Promise.resolve(allAccepted ? EXIT.ok : EXIT.failed);
  } finally {
    store.close();
  }
}
