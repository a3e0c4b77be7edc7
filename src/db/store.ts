import {
  acquireWriterLock,
  assertSameFile,
  fileIdentity,
  openDatabase,
  type Db,
  type OpenOptions,
} from './connection.js';
import { chartQueries } from './charts.js';
import { codeQueries } from './codes.js';
import { auditQueries } from './events.js';
import { locationQueries } from './locations.js';
import { migrate } from './migrate.js';
import { movementQueries } from './movements.js';
import { noticeQueries } from './notices.js';
import { staffQueries } from './staff.js';

/** The open store: the connection plus one query group per table. */
export interface Store {
  readonly db: Db;
  readonly file: string;
  readonly charts: ReturnType<typeof chartQueries>;
  readonly codes: ReturnType<typeof codeQueries>;
  readonly movements: ReturnType<typeof movementQueries>;
  readonly staff: ReturnType<typeof staffQueries>;
  readonly locations: ReturnType<typeof locationQueries>;
  readonly notices: ReturnType<typeof noticeQueries>;
  readonly audit: ReturnType<typeof auditQueries>;
  /** Closes the connection and releases the writer lock. */
  close(): void;
}

/** Thrown when another chartdesk process already writes to this database. */
export class StoreLockedError extends Error {}

/** Options for opening the store. */
export interface StoreOptions extends OpenOptions {
  /** Hold the single-writer lock (the kiosk and every command that writes). */
  readonly writer?: boolean;
}

/**
 * Opens the database, takes the single-writer lock when writing, applies migrations (writers
 * only; readers check the history) and prepares the queries.
 */
export function openStore(file: string, options: StoreOptions = {}): Store {
  const writer = options.writer ?? !options.readonly;
  const lock = writer ? acquireWriterLock(file) : null;
  if (writer && lock === null) {
    throw new StoreLockedError(
      `another chartdesk is already writing to ${file}. Close it first (only read-only commands may run beside it).`,
    );
  }
  let db: Db;
  try {
    db = openDatabase(file, options);
    migrate(db, { checkOnly: options.readonly === true });
  } catch (error) {
    lock?.release();
    throw error;
  }
  // Every movement first checks that the file is still the one opened (removed or swapped
  // files are refused, not written into the void). A stat per scan costs microseconds.
  const opened = file === ':memory:' ? null : fileIdentity(file);
  const beforeAppend = opened === null ? undefined : () => assertSameFile(file, opened);
  return {
    db,
    file,
    charts: chartQueries(db),
    codes: codeQueries(db),
    movements: movementQueries(db, { beforeAppend }),
    staff: staffQueries(db),
    locations: locationQueries(db),
    notices: noticeQueries(db),
    audit: auditQueries(db),
    close() {
      try {
        if (db.open) db.close();
      } finally {
        lock?.release();
      }
    },
  };
}
