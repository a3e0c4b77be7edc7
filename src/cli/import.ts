import { importFile, type ImportReport } from '../import/run.js';
import type { ImportKind } from '../import/kinds.js';
import {
  chartWriter,
  locationWriter,
  patientWriter,
  staffWriter,
  type RowWriter,
} from '../import/writers.js';
import type { Store } from '../db/store.js';
import type { Config } from '../config/schema.js';
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
import { progressBar } from './progress.js';
import { safeText } from '../domain/safe-text.js';
import { appointmentWriter } from '../import/appointments.js';

const KINDS = ['patients', 'charts', 'staff', 'locations', 'appointments'] as const;

/** Extra writers registered by other modules (appointments). */
export const extraWriters: Partial<
  Record<ImportKind, (store: Store, config: Config) => RowWriter>
> = {};
extraWriters.appointments = (store, config) => appointmentWriter(store, config);

/** The writer for one kind of file. */
export function writerFor(kind: ImportKind, store: Store, config: Config): RowWriter {
  const today = new Date().toISOString().slice(0, 10);
  const reserved = config.undo.barcode === null ? [] : [config.undo.barcode];
  switch (kind) {
    case 'patients':
      return patientWriter(store, { fileRoom: config.fileRoom, today });
    case 'charts':
      return chartWriter(store, { fileRoom: config.fileRoom, today, reservedCodes: reserved });
    case 'staff':
      return staffWriter(store, reserved);
    case 'locations':
      return locationWriter(store, reserved);
    case 'appointments': {
      const make = extraWriters.appointments;
      if (!make)
        throw new CommandError('chartdesk: appointment import is not available in this build');
      return make(store, config);
    }
    default: {
      const never: never = kind;
      throw new Error(`unknown kind ${String(never)}`);
    }
  }
}

/** `chartdesk import KIND FILE.csv` */
export async function runImport(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  if (values.help) {
    io.stdout.write(`${HELP.import}\n`);
    return EXIT.ok;
  }
  const [kindArg, file, ...rest] = positionals;
  const kind = KINDS.find((k) => k === kindArg);
  if (!kind || !file || rest.length > 0) {
    throw new CommandError(
      `chartdesk import: expected KIND FILE.csv\n\n${HELP.import}`,
      EXIT.usage,
    );
  }
  const loaded = loadOrExit(values.config);
  const store = openForCommand(loaded, 'write');
  try {
    ensureFileRoom(store, loaded.config);
    const bar = progressBar(io.stderr, `importing ${kind}`);
    const report = await importFile(
      store,
      kind,
      file,
      writerFor(kind, store, loaded.config),
      bar.update,
    );
    bar.done();
    printReport(io, kind, file, report);
    return report.ok ? EXIT.ok : EXIT.failed;
  } finally {
    store.close();
  }
}

/** Prints an import report: a summary, or one line per refused row. */
export function printReport(io: Io, kind: string, file: string, report: ImportReport): void {
  if (report.ok) {
    io.stdout.write(
      `imported ${kind} from ${file}: ${report.rows} rows, ${report.added} added, ${report.updated} updated\n`,
    );
    return;
  }
  for (const e of report.errors) io.stderr.write(`${file}:${e.line}: ${safeText(e.reason)}\n`);
  io.stderr.write(
    `import refused: ${report.errors.length} bad row(s) in ${file}; nothing was written\n`,
  );
}
