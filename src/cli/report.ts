import { safeText } from '../domain/safe-text.js';
import { shiftReport, shiftReportCsv, shiftReportText } from '../workflows/shift-report.js';
import { parseCommand } from './args.js';
import { CommandError, EXIT, loadOrExit, openForCommand, type Io } from './context.js';
import { HELP } from './help.js';
import { dayArg, formatArg, printAndTell } from './pull-list.js';

/** `chartdesk report shift [--date YYYY-MM-DD] [--format text|csv] [--print]` */
export async function runReport(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    date: { type: 'string' },
    format: { type: 'string' },
    print: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(`${HELP.report}\n`);
    return EXIT.ok;
  }
  const [kind, ...rest] = positionals;
  if (kind !== 'shift' || rest.length > 0) {
    throw new CommandError(
      `chartdesk report: unknown report ${JSON.stringify(safeText(kind ?? ''))}\n\n${HELP.report}`,
      EXIT.usage,
    );
  }
  const now = Date.now();
  const day = dayArg(values.date, 'report shift', now);
  const format = formatArg(values.format, 'report shift');
  const loaded = loadOrExit(values.config);
  const store = openForCommand(loaded, 'read');
  try {
    const report = shiftReport(store, day, now);
    const width = Math.max(50, Math.min(io.stdout.columns ?? 80, 120));
    io.stdout.write(format === 'csv' ? shiftReportCsv(report) : shiftReportText(report, width));
    if (values.print) {
      const printed = await printAndTell(
        io,
        loaded.config,
        loaded.baseDir,
        shiftReportText(report, 80),
      );
      return printed ? EXIT.ok : EXIT.failed;
    }
    return EXIT.ok;
  } finally {
    store.close();
  }
}
