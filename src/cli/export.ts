import { streamExport } from '../reports/export.js';
import { parseCommand } from './args.js';
import { CommandError, EXIT, loadOrExit, openForCommand, type Io } from './context.js';
import { HELP } from './help.js';

/** `chartdesk export movements|access-log [--since ISO] [--format csv|jsonl]` */
export async function runExport(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    since: { type: 'string' },
    format: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(`${HELP.export}\n`);
    return EXIT.ok;
  }
  const [what] = positionals;
  if ((what !== 'movements' && what !== 'access-log') || positionals.length !== 1) {
    throw new CommandError(
      `chartdesk export: expected movements or access-log\n\n${HELP.export}`,
      EXIT.usage,
    );
  }
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'jsonl') {
    throw new CommandError(
      `chartdesk export: --format must be csv or jsonl, not "${format}"`,
      EXIT.usage,
    );
  }
  let since = 0;
  if (values.since !== undefined) {
    since = Date.parse(values.since);
    if (Number.isNaN(since))
      throw new CommandError(
        `chartdesk export: --since "${values.since}" is not an ISO date-time`,
        EXIT.usage,
      );
  }
  const loaded = loadOrExit(values.config);
  const store = openForCommand(loaded, 'read');
  try {
    await streamExport(store.db, what, since, format, io.stdout);
    return EXIT.ok;
  } finally {
    store.close();
  }
}
