import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CommandError, EXIT } from './context.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a subcommand's arguments; `--config` and `--help` are always accepted. */
export function parseCommand<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        ...options,
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CommandError(`chartdesk: ${(error as Error).message}`, EXIT.usage);
  }
}
