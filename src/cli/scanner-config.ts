import { parseCommand } from './args.js';
import { EXIT, loadOrExit, type Io } from './context.js';
import { runScannerCommand } from './scanner.js';

const USAGE = `Usage: chartdesk scanner list                 every HID device seen, and which one matches the config
       chartdesk scanner watch                live raw reports and decoded scans (Ctrl-C stops)
       chartdesk scanner decode [--profile honeywell|newland|keyboard] FILE`;

/** `chartdesk scanner …` with the config's matchers and profile. */
export async function runScannerWithConfig(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, { profile: { type: 'string' } });
  if (values.help || positionals.length === 0) {
    io.stdout.write(`${USAGE}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const loaded = loadOrExit(values.config);
  const rest =
    values.profile === undefined
      ? positionals
      : ['decode', '--profile', values.profile, ...positionals.slice(1)];
  return runScannerCommand(rest, io, {
    matchers: loaded.config.scanner.matchers,
    profile: loaded.config.scanner.profile,
  });
}
