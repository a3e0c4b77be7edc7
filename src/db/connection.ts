/**
 * The only module that imports the SQLite driver. Everything else receives a `Db` from here,
 * so moving to node:sqlite later is a change to this one file.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import path from 'node:path';

/** An open chartdesk database connection. */
export type Db = Database.Database;
/** A prepared statement. */
export type Statement<P extends unknown[] | object = unknown[], R = unknown> = Database.Statement<
  P extends unknown[] ? P : [P],
  R
>;

/** Options for opening the store. */
export interface OpenOptions {
  /** Open without write access (reports, exports, verify). */
  readonly readonly?: boolean;
  /** How long to wait for another writer's lock before SQLITE_BUSY. */
  readonly busyTimeoutMs?: number;
  /** Create the file (mode 0600) when it does not exist. */
  readonly create?: boolean;
}

/** Why the store could not be opened, as a value the caller turns into a message. */
export class StoreError extends Error {
  constructor(
    readonly code: 'missing' | 'not_a_database' | 'open_failed',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Opens the database with the settings durability needs: WAL, synchronous=FULL (a commit has
 * reached the disk before it returns), foreign keys on, and a busy timeout.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  if (file !== ':memory:' && !existsSync(file)) {
    if (readonly || options.create === false) {
      throw new StoreError(
        'missing',
        `no database at ${file}: start chartdesk once, or import data, to create it`,
      );
    }
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // Create the file ourselves so it is born 0600: SQLite would honour the umask instead.
    closeSync(openSync(file, 'a', 0o600));
  }
  let db: Db;
  try {
    db = new Database(file, { readonly, fileMustExist: file !== ':memory:' });
  } catch (error) {
    throw new StoreError('open_failed', `cannot open ${file}: ${(error as Error).message}`);
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    if (!readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Touch the schema so a file that is not a database fails here, not mid-scan.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    db.close();
    const message = (error as Error).message;
    if (/not a database|file is encrypted/i.test(message)) {
      throw new StoreError('not_a_database', `${file} is not a chartdesk database (${message})`);
    }
    throw new StoreError('open_failed', `cannot open ${file}: ${message}`);
  }
  return db;
}

/** Where a database file lives on disk: its device and inode. */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

/** The identity of the file at `file` now, or null when nothing is there. */
export function fileIdentity(file: string): FileIdentity | null {
  try {
    const { dev, ino } = statSync(file);
    return { dev, ino };
  } catch {
    return null;
  }
}

/**
 * Thrown when the database file was removed or replaced under an open connection. SQLite would
 * go on writing to the old, unlinked file, and every "saved" scan would vanish at the next
 * start; so a write is refused instead.
 */
export class StoreFileError extends Error {}

/** Throws StoreFileError unless `file` is still the file that was opened. */
export function assertSameFile(file: string, opened: FileIdentity): void {
  const now = fileIdentity(file);
  if (now === null || now.dev !== opened.dev || now.ino !== opened.ino) {
    throw new StoreFileError(
      `the database file ${file} was removed or replaced while chartdesk was running; nothing was written. Restart chartdesk.`,
    );
  }
}

/** The SQLite error code of a driver error (e.g. SQLITE_BUSY), or null. */
export function sqliteErrorCode(error: unknown): string | null {
  if (error instanceof Database.SqliteError) return error.code;
  return null;
}

/** True when the error means another process holds the write lock. */
export function isBusy(error: unknown): boolean {
  const code = sqliteErrorCode(error);
  return code !== null && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** True when the error means the disk is full or the file cannot be written. */
export function isWriteFault(error: unknown): boolean {
  if (error instanceof StoreFileError) return true;
  const code = sqliteErrorCode(error);
  return (
    code !== null &&
    (code.startsWith('SQLITE_FULL') ||
      code.startsWith('SQLITE_READONLY') ||
      code.startsWith('SQLITE_IOERR') ||
      code.startsWith('SQLITE_CANTOPEN') ||
      code.startsWith('SQLITE_CORRUPT'))
  );
}

/**
 * Holds an exclusive lock on a sidecar file for as long as this process lives, so a second
 * writer on the same database is refused. The OS drops the lock when the process dies, even
 * on SIGKILL, so a crash never leaves a stale lock behind.
 */
export function acquireWriterLock(dbFile: string): { release(): void } | null {
  if (dbFile === ':memory:') return { release: () => undefined };
  const lockFile = `${dbFile}.lock`;
  mkdirSync(path.dirname(lockFile), { recursive: true, mode: 0o700 });
  if (!existsSync(lockFile)) closeSync(openSync(lockFile, 'a', 0o600));
  const lock = new Database(lockFile);
  try {
    lock.pragma('busy_timeout = 0');
    lock.exec('BEGIN EXCLUSIVE');
  } catch {
    lock.close();
    return null;
  }
  return {
    release: () => {
      if (!lock.open) return;
      try {
        lock.exec('ROLLBACK');
      } finally {
        lock.close();
      }
    },
  };
}

/** Online backup of a live database to a new file with mode 0600. */
export async function backupDatabase(db: Db, target: string): Promise<void> {
  mkdirSync(path.dirname(target), { recursive: true });
  closeSync(openSync(target, 'w', 0o600));
  await db.backup(target);
}
