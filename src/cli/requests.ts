import { safeText } from '../domain/safe-text.js';
import type { RequestLine } from '../db/requests.js';
import { csvCells } from '../workflows/csv.js';
import { dateTime } from '../workflows/day.js';
import {
  cancelRequest,
  createRequests,
  markNotFillable,
  requestsOf,
  type RequestTarget,
} from '../workflows/requests.js';
import { formatShelf } from '../domain/filing.js';
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
import { dayArg, formatArg } from './pull-list.js';

const NEEDED = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/;

/** One request as a line: id, status, when, where, chart and shelf; never a patient name. */
export function requestText(r: RequestLine): string {
  return [
    `#${r.id}`.padEnd(6),
    r.status.padEnd(12),
    dateTime(r.neededAt),
    safeText(r.locationCode).padEnd(8),
    `${safeText(r.barcode)} vol ${r.volume}`.padEnd(18),
    formatShelf(r.mrn),
    r.reason ? `(${safeText(r.reason)})` : '',
  ]
    .join('  ')
    .trimEnd();
}

/**
 * `chartdesk requests list [--date D] [--format text|csv]`,
 * `requests add (--chart BARCODE | --mrn MRN) --location CODE --needed "YYYY-MM-DD HH:MM" [--requester BADGE]`,
 * `requests cancel ID [--reason TEXT]`, `requests not-fillable ID --reason TEXT`.
 */
export function runRequests(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    date: { type: 'string' },
    format: { type: 'string' },
    chart: { type: 'string' },
    mrn: { type: 'string' },
    location: { type: 'string' },
    needed: { type: 'string' },
    requester: { type: 'string' },
    reason: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(`${HELP.requests}\n`);
    return Promise.resolve(EXIT.ok);
  }
  const [sub, ...rest] = positionals;
  const usage = (why: string) =>
    new CommandError(`chartdesk requests: ${why}\n\n${HELP.requests}`, EXIT.usage);
  const loaded = loadOrExit(values.config);
  const now = Date.now();
  switch (sub) {
    case 'list': {
      const format = formatArg(values.format, 'requests list');
      const day = values.date === undefined ? null : dayArg(values.date, 'requests list');
      const store = openForCommand(loaded, 'read');
      try {
        const q = requestsOf(store);
        const lines = day ? q.neededBetween(day.from, day.to) : q.open();
        if (format === 'csv') {
          io.stdout.write(
            csvCells([
              'id',
              'status',
              'needed',
              'location',
              'barcode',
              'volume',
              'shelf',
              'reason',
            ]),
          );
          for (const r of lines) {
            io.stdout.write(
              csvCells([
                r.id,
                r.status,
                dateTime(r.neededAt),
                r.locationCode,
                r.barcode,
                r.volume,
                formatShelf(r.mrn),
                r.reason,
              ]),
            );
          }
        } else {
          if (lines.length === 0)
            io.stdout.write(day ? `no requests for ${day.date}\n` : 'no open requests\n');
          for (const r of lines) io.stdout.write(`${requestText(r)}\n`);
        }
        return Promise.resolve(EXIT.ok);
      } finally {
        store.close();
      }
    }
    case 'add': {
      if (rest.length > 0) throw usage('add takes options only');
      const needed = NEEDED.exec(values.needed ?? '');
      if (!values.location || !needed)
        throw usage('add needs --location CODE and --needed "YYYY-MM-DD HH:MM"');
      if ((values.chart === undefined) === (values.mrn === undefined))
        throw usage('add needs one of --chart BARCODE or --mrn MRN');
      const neededDay = dayArg(needed[1], 'requests add');
      const [hh, mm] = (needed[2] ?? '').split(':').map(Number) as [number, number];
      if (hh > 23 || mm > 59) throw usage(`--needed time ${needed[2] ?? ''} is not a time`);
      const neededAt = new Date(neededDay.from).setHours(hh, mm);
      const store = openForCommand(loaded, 'write');
      try {
        ensureFileRoom(store, loaded.config);
        let target: RequestTarget;
        if (values.chart !== undefined) {
          const chart = store.charts.byBarcode(values.chart);
          if (!chart)
            throw new CommandError(
              `chartdesk requests: no chart ${JSON.stringify(safeText(values.chart))}`,
            );
          target = { kind: 'chart', chartId: chart.id };
        } else {
          const patient = store.db
            .prepare<[string], { id: number }>('SELECT id FROM patients WHERE mrn = ?')
            .get(values.mrn ?? '');
          if (!patient)
            throw new CommandError(
              `chartdesk requests: no patient with mrn ${safeText(values.mrn ?? '')}`,
            );
          target = { kind: 'patient', patientId: patient.id };
        }
        let requesterId: number | null = null;
        if (values.requester !== undefined) {
          const staff = store.staff.byBadge(values.requester);
          if (!staff)
            throw new CommandError(
              `chartdesk requests: no badge ${JSON.stringify(safeText(values.requester))}`,
            );
          requesterId = staff.id;
        }
        const result = createRequests(store, loaded.config, {
          target,
          locationCode: values.location,
          requesterId,
          neededAt,
          source: 'cli',
          createdBy: null,
          at: now,
        });
        if (result.kind === 'refused')
          throw new CommandError(`chartdesk requests: refused: ${result.reason}`);
        for (const r of result.requests) {
          io.stdout.write(
            `${r.created ? 'requested' : 'already requested'} #${r.id} ${safeText(r.barcode)} vol ${r.volume} for ${safeText(values.location)} at ${dateTime(neededAt)}\n`,
          );
        }
        return Promise.resolve(EXIT.ok);
      } finally {
        store.close();
      }
    }
    case 'cancel':
    case 'not-fillable': {
      const id = Number(rest[0]);
      if (rest.length !== 1 || !Number.isInteger(id) || id < 1)
        throw usage(`${sub} takes one request ID`);
      if (sub === 'not-fillable' && !values.reason) throw usage('not-fillable needs --reason TEXT');
      const store = openForCommand(loaded, 'write');
      try {
        const result =
          sub === 'cancel'
            ? cancelRequest(store, id, now, values.reason ?? null)
            : markNotFillable(store, id, values.reason ?? '', now);
        if (!result.ok)
          throw new CommandError(`chartdesk requests: #${id} refused: ${result.reason}`);
        io.stdout.write(`${requestText(result.request)}\n`);
        return Promise.resolve(EXIT.ok);
      } finally {
        store.close();
      }
    }
    default:
      throw usage(`expected list, add, cancel or not-fillable`);
  }
}
