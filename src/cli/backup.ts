import { existsSync } from 'node:fs';
import { backupDatabase } from '../db/connection.js';
import { parseCommand } from './args.js';
import { CommandError, EXIT, loadOrExit, openForCommand, type Io } from './context.js';
import { HELP } from './help.js';

/** `chartdesk backup FILE`: an online backup of the live database (mode 0600). */
export async function runBackup(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  if (values.help) {
    io.stdout.write(`${HELP.backup}\n`);
    return EXIT.ok;
  }
  const [target] = positionals;
  if (!target || positionals.length !== 1)
    throw new CommandError(`chartdesk backup: give one FILE\n\n${HELP.backup}`, EXIT.usage);
  if (existsSync(target))
    throw new CommandError(`chartdesk backup: ${target} already exists; choose a new file name`);
  const loaded = loadOrExit(values.config);
  const store = openForCommand(loaded, 'read');
  try {
    await backupDatabase(store.db, target);
    io.stdout.write(`backup written to ${target}\n`);
    return EXIT.ok;
  } catch (error) {
    throw new CommandError(`chartdesk backup: ${(error as Error).message}`);
  } finally {
    store.close();
  }
}
