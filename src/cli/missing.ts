import type { Loaded } from './context.js';
import type { Store } from '../db/store.js';
import { formatShelf } from '../domain/filing.js';
import { safeText } from '../domain/safe-text.js';
import { approveFound } from '../workflows/approve-found.js';
import { dateTime } from '../workflows/day.js';
import { findMissing, markFound, markMissing, shelfOf } from '../workflows/missing.js';
import { parseCommand } from './args.js';
import { CommandError, EXIT, loadOrExit, openForCommand, type Io } from './context.js';
import { custodianCode } from './describe.js';
import { HELP } from './help.js';

/**
 * Reads a PIN from stdin: typed without echo on a terminal, or the first line of piped input.
 * Never an argument, so it stays out of shell history and the process list.
 */
export function readPin(io: Io): Promise<string> {
  const { stdin } = io;
  return new Promise((resolve, reject) => {
    let text = '';
    const tty = stdin.isTTY === true && typeof stdin.setRawMode === 'function';
    if (tty) {
      io.stderr.write('supervisor PIN: ');
      stdin.setRawMode?.(true);
    }
    const done = (error?: Error) => {
      stdin.removeListener('data', onData);
      stdin.removeListener('end', onEnd);
      if (tty) {
        stdin.setRawMode?.(false);
        io.stderr.write('\n');
      }
      stdin.pause();
      if (error) reject(error);
      else resolve(text.trim());
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\u0003') return done(new CommandError('chartdesk missing: cancelled'));
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
        else text += ch;
      }
    };
    const onEnd = () => done();
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.resume();
  });
}

function chartArg(store: Store, code: string | undefined) {
  const chart = code === undefined ? undefined : store.charts.byBarcode(code);
  if (!chart)
    throw new CommandError(`chartdesk missing: no chart ${JSON.stringify(safeText(code ?? ''))}`);
  return chart;
}

function operator(store: Store, badge: string | undefined): number | null {
  if (badge === undefined) return null;
  const staff = store.staff.byBadge(badge);
  if (!staff)
    throw new CommandError(`chartdesk missing: no badge ${JSON.stringify(safeText(badge))}`);
  return staff.id;
}

/**
 * `chartdesk missing list | mark BARCODE [--note T] | find BARCODE | found BARCODE [--note T]
 * | approve BARCODE --badge SUPERVISOR` (PIN on stdin).
 */
export async function runMissing(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    note: { type: 'string' },
    by: { type: 'string' },
    badge: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(`${HELP.missing}\n`);
    return EXIT.ok;
  }
  const [sub, code, ...rest] = positionals;
  const usage = (why: string) =>
    new CommandError(`chartdesk missing: ${why}\n\n${HELP.missing}`, EXIT.usage);
  if (rest.length > 0) throw usage('one BARCODE at a time');
  const loaded = loadOrExit(values.config);
  switch (sub) {
    case 'list':
    case 'find':
      return readOnly(loaded, io, sub, code);
    case 'mark':
    case 'found':
    case 'approve':
      break;
    default:
      throw usage('expected list, mark, find, found or approve');
  }
  if (sub === 'approve' && values.badge === undefined)
    throw usage('approve needs --badge SUPERVISOR');
  const pin = sub === 'approve' ? await readPin(io) : '';
  const store = openForCommand(loaded, 'write');
  try {
    const chart = chartArg(store, code);
    const ctx = {
      counter: loaded.config.counter.name,
      operatorId: operator(store, values.by),
      source: 'cli' as const,
      at: Date.now(),
      note: values.note ?? null,
    };
    if (sub === 'approve') {
      const outcome = approveFound(
        store,
        chart.id,
        { badge: values.badge ?? '', pin },
        ctx,
        loaded.config.clerk,
      );
      if (outcome.kind !== 'approved') {
        const detail =
          outcome.kind === 'locked'
            ? ` until ${dateTime(outcome.until)}`
            : outcome.kind === 'wrong_pin'
              ? ` (${outcome.triesLeft} tries left)`
              : '';
        throw new CommandError(`chartdesk missing: not approved: ${outcome.kind}${detail}`);
      }
      io.stdout.write(
        `approved: ${safeText(chart.barcode)} is no longer missing #${outcome.seq}\n`,
      );
      return EXIT.ok;
    }
    const result =
      sub === 'mark' ? markMissing(store, chart.id, ctx) : markFound(store, chart.id, ctx);
    if (!result.ok) throw new CommandError(`chartdesk missing: refused: ${result.reason}`);
    io.stdout.write(
      sub === 'mark'
        ? `marked missing: ${safeText(chart.barcode)} (${formatShelf(chart.patient.mrn, loaded.config.filingOrder)}) #${result.seq}\n`
        : `found: ${safeText(chart.barcode)}, pending supervisor approval #${result.seq}\n`,
    );
    return EXIT.ok;
  } finally {
    store.close();
  }
}

function readOnly(loaded: Loaded, io: Io, sub: 'list' | 'find', code: string | undefined): number {
  const store = openForCommand(loaded, 'read');
  const order = loaded.config.filingOrder;
  try {
    if (sub === 'list') {
      const charts = shelfOf(store).missing();
      io.stdout.write(`${charts.length} chart(s) flagged missing\n`);
      for (const c of charts) {
        io.stdout.write(
          `${formatShelf(c.mrn, order).padEnd(14)}  ${safeText(c.barcode).padEnd(14)} vol ${c.volume}  ${c.foundPending ? 'found, pending approval' : `missing since ${dateTime(c.missingSince ?? 0)}`}\n`,
        );
      }
      return EXIT.ok;
    }
    const chart = chartArg(store, code);
    const finder = findMissing(store, chart.id, Date.now(), { order });
    if (!finder) return EXIT.failed;
    const out = io.stdout;
    out.write(
      `chart ${safeText(chart.barcode)} vol ${chart.volume} · shelf ${formatShelf(chart.patient.mrn, order)} · home ${safeText(chart.home.code)}\n`,
    );
    out.write(
      chart.missingSince === null
        ? 'flag: not flagged missing\n'
        : chart.foundPending
          ? 'flag: found, pending supervisor approval\n'
          : `flag: MISSING since ${dateTime(chart.missingSince)}\n`,
    );
    out.write('last custodians (newest first, days held):\n');
    if (finder.custodians.length === 0) out.write('  never moved\n');
    for (const s of finder.custodians) {
      out.write(
        `  ${custodianCode(s.custodian).padEnd(22)} from ${dateTime(s.from)}  ${s.days.toFixed(1)} d\n`,
      );
    }
    out.write('likely misfile positions (and the charts there now):\n');
    for (const p of finder.positions) {
      const around = p.neighbours
        .map((n) => `${safeText(n.barcode)} (${formatShelf(n.mrn, order)})`)
        .join(', ');
      out.write(
        `  ${p.shelf.padEnd(14)}  ${p.candidate.kind.replace(/_/g, ' ').padEnd(20)}  ${around || '(empty shelf)'}\n`,
      );
    }
    return EXIT.ok;
  } finally {
    store.close();
  }
}
