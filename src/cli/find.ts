import { StoreError } from '../db/connection.js';
import { MigrationError } from '../db/migrate.js';
import { openStore, type Store } from '../db/store.js';
import { formatShelf } from '../domain/filing.js';
import { safeText } from '../domain/safe-text.js';
import { search, type SearchHit } from '../services/search.js';
import { parseCommand } from './args.js';
import { CommandError, EXIT, loadOrExit, type Io, type Loaded } from './context.js';
import { custodianCode, isoMinute } from './describe.js';
import { HELP } from './help.js';

/**
 * Opens the store to read and to append the access-log row. It takes no writer lock, so `find`
 * runs beside the kiosk; SQLite's own locking (with the busy timeout) orders the one write.
 */
function openForFind(loaded: Loaded): Store {
  try {
    return openStore(loaded.dbPath, {
      readonly: false,
      writer: false,
      create: false,
      busyTimeoutMs: loaded.config.database.busyTimeoutMs,
    });
  } catch (error) {
    if (error instanceof MigrationError || error instanceof StoreError) {
      throw new CommandError(`chartdesk: ${error.message}`);
    }
    throw error;
  }
}

function stateWord(hit: Extract<SearchHit, { kind: 'chart' }>, now: number): string {
  const c = hit.chart;
  if (c.foundPending) return 'found-pending';
  if (c.missingSince !== null) return 'missing';
  if (c.state === 'in') return 'in';
  return c.dueAt !== null && c.dueAt < now ? 'overdue' : 'out';
}

/** One result as a line of text (names sanitised: this is a clerk tool, so it shows them). */
export function findLine(hit: SearchHit, now: number): string {
  switch (hit.kind) {
    case 'chart': {
      const c = hit.chart;
      const where =
        c.state === 'in'
          ? `in file at ${safeText(c.home.code)}`
          : `out to ${custodianCode(c.custodian)} since ${isoMinute(c.outSince)} due ${isoMinute(c.dueAt)}`;
      return `${stateWord(hit, now).padEnd(13)} ${safeText(c.barcode)} vol ${c.volume} · ${safeText(c.patient.family)}, ${safeText(c.patient.given)} · MRN ${safeText(c.patient.mrn)} (${formatShelf(c.patient.mrn)}) · ${where}`;
    }
    case 'patient':
      return `${'no-chart'.padEnd(13)} ${safeText(hit.patient.family_name)}, ${safeText(hit.patient.given_name)} · MRN ${safeText(hit.patient.mrn)}`;
    case 'staff':
      return `${'badge'.padEnd(13)} ${safeText(hit.staff.badge)} · ${safeText(hit.staff.name)} (${safeText(hit.staff.department)}) · ${hit.staff.role}${hit.staff.active === 1 ? '' : ' · inactive'}`;
    case 'location':
      return `${'location'.padEnd(13)} ${safeText(hit.location.code)} · ${safeText(hit.location.name)} (${hit.location.kind})`;
    default: {
      const never: never = hit;
      throw new Error(`unhandled hit ${JSON.stringify(never)}`);
    }
  }
}

/** One result as a JSON object. */
export function findJson(hit: SearchHit, now: number): Record<string, unknown> {
  switch (hit.kind) {
    case 'chart': {
      const c = hit.chart;
      return {
        kind: 'chart',
        barcode: safeText(c.barcode),
        volume: c.volume,
        mrn: safeText(c.patient.mrn),
        family: safeText(c.patient.family),
        given: safeText(c.patient.given),
        state: stateWord(hit, now),
        home: safeText(c.home.code),
        custodian: c.custodian ? custodianCode(c.custodian) : null,
        outSince: c.outSince === null ? null : new Date(c.outSince).toISOString(),
        dueAt: c.dueAt === null ? null : new Date(c.dueAt).toISOString(),
      };
    }
    case 'patient':
      return {
        kind: 'patient',
        mrn: safeText(hit.patient.mrn),
        family: safeText(hit.patient.family_name),
        given: safeText(hit.patient.given_name),
      };
    case 'staff':
      return {
        kind: 'staff',
        badge: safeText(hit.staff.badge),
        name: safeText(hit.staff.name),
        department: safeText(hit.staff.department),
        role: hit.staff.role,
        active: hit.staff.active === 1,
      };
    case 'location':
      return {
        kind: 'location',
        code: safeText(hit.location.code),
        name: safeText(hit.location.name),
        locationKind: hit.location.kind,
      };
    default: {
      const never: never = hit;
      throw new Error(`unhandled hit ${JSON.stringify(never)}`);
    }
  }
}

/** `chartdesk find TEXT [--json]`: the workspace search from the shell, logged as counter 'cli'. */
export function runFind(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, { json: { type: 'boolean' } });
  if (values.help) {
    io.stdout.write(`${HELP.find}\n`);
    return Promise.resolve(EXIT.ok);
  }
  const text = positionals.join(' ').trim();
  if (text === '') throw new CommandError(`chartdesk find: give TEXT\n\n${HELP.find}`, EXIT.usage);
  const loaded = loadOrExit(values.config);
  const store = openForFind(loaded);
  try {
    const now = Date.now();
    const page = search(store, text);
    store.audit.access(now, null, 'cli', 'find', 'search', text);
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ results: page.hits.map((h) => findJson(h, now)), more: page.next !== null })}\n`,
      );
    } else {
      for (const hit of page.hits) io.stdout.write(`${findLine(hit, now)}\n`);
      if (page.next !== null) io.stdout.write('… more: narrow the search\n');
      if (page.hits.length === 0)
        io.stderr.write(`chartdesk find: nothing found for ${JSON.stringify(safeText(text))}\n`);
    }
    return Promise.resolve(page.hits.length > 0 ? EXIT.ok : EXIT.failed);
  } finally {
    store.close();
  }
}
