import { maskPatient } from '../domain/privacy.js';
import { safeText } from '../domain/safe-text.js';
import { chartHistory, custodySpells } from '../reports/history.js';
import { parseCommand } from './args.js';
import { CommandError, EXIT, loadOrExit, openForCommand, type Io } from './context.js';
import { custodianCode, isoMinute } from './describe.js';
import { HELP } from './help.js';

/** `chartdesk where CODE`: where a chart is now, and who has had it. */
export function runWhere(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  if (values.help) {
    io.stdout.write(`${HELP.where}\n`);
    return Promise.resolve(EXIT.ok);
  }
  const [code] = positionals;
  if (!code || positionals.length !== 1)
    throw new CommandError(`chartdesk where: give one chart CODE\n\n${HELP.where}`, EXIT.usage);
  const loaded = loadOrExit(values.config);
  const store = openForCommand(loaded, 'read');
  try {
    const chart = store.charts.byBarcode(code);
    if (!chart) {
      io.stderr.write(
        `chartdesk where: no chart has the barcode ${JSON.stringify(safeText(code))}\n`,
      );
      return Promise.resolve(EXIT.failed);
    }
    const now = Date.now();
    const out = io.stdout;
    out.write(
      `chart ${safeText(chart.barcode)} vol ${chart.volume} · patient ${safeText(maskPatient(chart.patient, 'masked'))} · home ${safeText(chart.home.code)}\n`,
    );
    if (chart.state === 'in') out.write(`now: in file at ${safeText(chart.home.code)}\n`);
    else {
      const overdue = chart.dueAt !== null && chart.dueAt < now ? ' (OVERDUE)' : '';
      out.write(
        `now: out to ${custodianCode(chart.custodian)} ${chart.custodian ? safeText(chart.custodian.name) : ''} since ${isoMinute(chart.outSince)}, due ${isoMinute(chart.dueAt)}${overdue}\n`,
      );
    }
    if (chart.missingSince !== null) {
      out.write(
        chart.foundPending
          ? 'flag: found, pending supervisor approval\n'
          : `flag: MISSING since ${isoMinute(chart.missingSince)}\n`,
      );
    }
    const spells = custodySpells(chartHistory(store.db, chart.id), now);
    out.write(
      spells.length === 0
        ? 'history: never moved\n'
        : 'history (custodian, from, until, days held):\n',
    );
    for (const s of spells) {
      out.write(
        `  ${custodianCode(s.custodian).padEnd(22)} ${isoMinute(s.from)}  ${s.until === null ? 'now              ' : isoMinute(s.until)}  ${s.days.toFixed(1)}\n`,
      );
    }
    return Promise.resolve(EXIT.ok);
  } finally {
    store.close();
  }
}
