import type { Config } from '../config/schema.js';
import { safeText } from '../domain/safe-text.js';
import { dayWindow, localDate, type DayWindow } from '../workflows/day.js';
import { printText } from '../workflows/printing.js';
import { buildPullList } from '../workflows/pull-list.js';
import { pullListCsv, pullListText, stateText } from '../workflows/pull-list-text.js';
import { ensureHolding, pullChart, type PullOutcome } from '../workflows/pulling.js';
import { parseCommand } from './args.js';
import {
  CommandError,
  EXIT,
  ensureFileRoom,
  loadOrExit,
  openForCommand,
  type Io,
} from './context.js';
import { HELP } from './help.js';

/** The --date option as a local day (today when absent); exit 2 when it is not a date. */
export function dayArg(value: string | undefined, command: string, now = Date.now()): DayWindow {
  const date = value ?? localDate(now);
  const day = dayWindow(date);
  if (!day) {
    throw new CommandError(
      `chartdesk ${command}: --date "${date}" is not a date (YYYY-MM-DD)`,
      EXIT.usage,
    );
  }
  return day;
}

/** The --format option: text (default) or csv. */
export function formatArg(value: string | undefined, command: string): 'text' | 'csv' {
  if (value === undefined || value === 'text') return 'text';
  if (value === 'csv') return 'csv';
  throw new CommandError(`chartdesk ${command}: --format must be text or csv`, EXIT.usage);
}

/** Prints through config.printing and says what happened on stderr; false when it failed. */
export async function printAndTell(
  io: Io,
  config: Config,
  baseDir: string,
  text: string,
): Promise<boolean> {
  const result = await printText(config.printing, baseDir, text);
  switch (result.kind) {
    case 'off':
      io.stderr.write('printing is off (config printing.mode): nothing printed\n');
      return true;
    case 'printed':
      io.stderr.write(
        result.via === 'file' ? `printed to ${result.file}\n` : `sent to ${result.command}\n`,
      );
      return true;
    case 'failed':
      io.stderr.write(`printing failed: ${safeText(result.message)}\n`);
      return false;
    default: {
      const never: never = result;
      throw new Error(`unhandled print result ${JSON.stringify(never)}`);
    }
  }
}

/**
 * `chartdesk pull-list --date D [--clinic C] [--format text|csv] [--print]`, and
 * `chartdesk pull-list pull --date D [--clinic C] CODE...` to pull charts by their barcodes.
 */
export async function runPullList(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    date: { type: 'string' },
    clinic: { type: 'string' },
    format: { type: 'string' },
    print: { type: 'boolean' },
    counter: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(`${HELP['pull-list']}\n`);
    return EXIT.ok;
  }
  const [sub, ...codes] = positionals;
  if (sub !== undefined && sub !== 'pull') {
    throw new CommandError(
      `chartdesk pull-list: unknown "${safeText(sub)}"\n\n${HELP['pull-list']}`,
      EXIT.usage,
    );
  }
  if (sub === 'pull' && codes.length === 0) {
    throw new CommandError(
      'chartdesk pull-list pull: give the barcodes of the charts pulled',
      EXIT.usage,
    );
  }
  if (values.date === undefined) {
    throw new CommandError(
      `chartdesk pull-list: --date YYYY-MM-DD is required\n\n${HELP['pull-list']}`,
      EXIT.usage,
    );
  }
  const day = dayArg(values.date, 'pull-list');
  const format = formatArg(values.format, 'pull-list');
  const loaded = loadOrExit(values.config);
  const { config } = loaded;
  const store = openForCommand(loaded, sub === 'pull' ? 'write' : 'read');
  try {
    if (sub === 'pull') {
      ensureFileRoom(store, config);
      const holding = ensureHolding(store, config.holdingLocation);
      let allPulled = true;
      const start = Date.now();
      codes.forEach((code, index) => {
        const outcome = pullChart(store, {
          code,
          date: day.date,
          clinicCode: values.clinic ?? null,
          holding,
          loanHours: config.loanHours,
          counter: values.counter ?? config.counter.name,
          operatorId: null,
          source: 'cli',
          at: start + index,
        });
        if (outcome.kind !== 'pulled' && outcome.kind !== 'already_pulled') allPulled = false;
        io.stdout.write(`${pullLine(outcome, holding.code)}\n`);
      });
      return allPulled ? EXIT.ok : EXIT.failed;
    }
    const made = buildPullList(store, {
      date: day.date,
      clinicCode: values.clinic ?? null,
      order: config.filingOrder,
      holdingCode: config.holdingLocation,
    });
    if (!made.ok) {
      throw new CommandError(`chartdesk pull-list: no location "${safeText(values.clinic ?? '')}"`);
    }
    const text = format === 'csv' ? pullListCsv(made.list) : pullListText(made.list);
    io.stdout.write(text);
    if (values.print)
      return (await printAndTell(io, config, loaded.baseDir, pullListText(made.list)))
        ? EXIT.ok
        : EXIT.failed;
    return EXIT.ok;
  } finally {
    store.close();
  }
}

/** One line per pulling scan: codes only, never a patient. */
export function pullLine(o: PullOutcome, holding: string): string {
  switch (o.kind) {
    case 'pulled':
      return `pulled ${safeText(o.chart.barcode)} vol ${o.chart.volume} -> ${safeText(holding)} (${o.requestIds.length} request(s))${o.found ? ' [missing chart found: pending supervisor approval]' : ''} #${o.seq}`;
    case 'already_pulled':
      return `already ${stateText({ kind: 'pulled', since: o.chart.outSince }, holding)}: ${safeText(o.chart.barcode)}`;
    case 'not_on_list':
      return `not on the list: ${safeText(o.chart.barcode)} is not requested for that day`;
    case 'unknown_code':
      return `unknown code ${JSON.stringify(safeText(o.code))}`;
    case 'rejected':
      return `rejected: ${o.reason}`;
    default: {
      const never: never = o;
      throw new Error(`unhandled pull outcome ${JSON.stringify(never)}`);
    }
  }
}
