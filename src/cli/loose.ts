import { formatShelf } from '../domain/filing.js';
import { safeText } from '../domain/safe-text.js';
import type { LooseLine } from '../db/loose.js';
import { csvCells } from '../workflows/csv.js';
import { dateTime } from '../workflows/day.js';
import { addLoose, looseList, markLooseFiled } from '../workflows/loose.js';
import { parseCommand } from './args.js';
import { CommandError, EXIT, loadOrExit, openForCommand, type Io } from './context.js';
import { HELP } from './help.js';
import { formatArg } from './pull-list.js';

/** One loose report as a line: id, shelf, what, received, whether the chart is out. */
export function looseText(r: LooseLine, order: Parameters<typeof formatShelf>[1]): string {
  return [
    `#${r.id}`.padEnd(6),
    formatShelf(r.mrn, order).padEnd(14),
    dateTime(r.receivedAt),
    r.volumesOut > 0 ? 'chart out ' : 'chart in  ',
    safeText(r.description),
  ].join('  ');
}

/** `chartdesk loose add MRN DESCRIPTION | list [--format text|csv] | filed ID [--by BADGE]` */
export function runLoose(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    format: { type: 'string' },
    by: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(`${HELP.loose}\n`);
    return Promise.resolve(EXIT.ok);
  }
  const [sub, ...rest] = positionals;
  const usage = (why: string) =>
    new CommandError(`chartdesk loose: ${why}\n\n${HELP.loose}`, EXIT.usage);
  const loaded = loadOrExit(values.config);
  const order = loaded.config.filingOrder;
  if (sub === 'list') {
    const format = formatArg(values.format, 'loose list');
    const store = openForCommand(loaded, 'read');
    try {
      const lines = looseList(store, order);
      if (format === 'csv') {
        io.stdout.write(csvCells(['id', 'shelf', 'received', 'chart_out', 'description']));
        for (const r of lines) {
          io.stdout.write(
            csvCells([
              r.id,
              formatShelf(r.mrn, order),
              dateTime(r.receivedAt),
              r.volumesOut > 0 ? 'yes' : 'no',
              r.description,
            ]),
          );
        }
      } else {
        io.stdout.write(`${lines.length} loose report(s) waiting to be filed\n`);
        for (const r of lines) io.stdout.write(`${looseText(r, order)}\n`);
      }
      return Promise.resolve(EXIT.ok);
    } finally {
      store.close();
    }
  }
  if (sub !== 'add' && sub !== 'filed') throw usage('expected add, list or filed');
  const store = openForCommand(loaded, 'write');
  try {
    let by: number | null = null;
    if (values.by !== undefined) {
      const staff = store.staff.byBadge(values.by);
      if (!staff)
        throw new CommandError(`chartdesk loose: no badge ${JSON.stringify(safeText(values.by))}`);
      by = staff.id;
    }
    if (sub === 'add') {
      const [mrn, description] = rest;
      if (rest.length !== 2 || !mrn || description === undefined)
        throw usage('add takes MRN and DESCRIPTION');
      const result = addLoose(store, { mrn, description, at: Date.now(), receivedBy: by });
      if (!result.ok) throw new CommandError(`chartdesk loose: refused: ${result.reason}`);
      io.stdout.write(`recorded ${looseText(result.report, order)}\n`);
      return Promise.resolve(EXIT.ok);
    }
    const id = Number(rest[0]);
    if (rest.length !== 1 || !Number.isInteger(id) || id < 1)
      throw usage('filed takes one report ID');
    const result = markLooseFiled(store, id, Date.now(), by);
    if (!result.ok) throw new CommandError(`chartdesk loose: #${id} refused: ${result.reason}`);
    io.stdout.write(`filed #${id}\n`);
    return Promise.resolve(EXIT.ok);
  } finally {
    store.close();
  }
}
