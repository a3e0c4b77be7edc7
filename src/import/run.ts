import { statSync } from 'node:fs';
import { suspendNameIndex, withLargeCache } from '../db/name-index.js';
import type { Store } from '../db/store.js';
import { COLUMNS, type ImportKind } from './kinds.js';
import { CsvFileError, readCsv } from './read-csv.js';
import type { RowWriter } from './writers.js';

/** One refused row: its line in the file and why. */
export interface RowError {
  readonly line: number;
  readonly reason: string;
}

/** What an import did (or, with errors, what it refused: then nothing was written). */
export interface ImportReport {
  readonly ok: boolean;
  readonly rows: number;
  readonly added: number;
  readonly updated: number;
  readonly errors: readonly RowError[];
}

/** Stop listing errors past this many; the import is refused either way. */
const MAX_ERRORS = 1000;

/**
 * Past this size a patients file is a bulk load: the name index is rebuilt once at the end
 * instead of updated per row (about 5× faster at a million rows).
 */
const BULK_BYTES = 2 * 1024 * 1024;

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Imports a CSV all-or-nothing: every row is checked; rows are written inside one transaction
 * only while no row has failed, and any failure rolls the whole file back.
 */
export async function importFile(
  store: Store,
  kind: ImportKind,
  file: string,
  writer: RowWriter,
  onProgress?: (bytes: number, total: number) => void,
): Promise<ImportReport> {
  const errors: RowError[] = [];
  const firstLine = new Map<string, number>();
  let rows = 0;
  let added = 0;
  let updated = 0;
  const { db } = store;
  const restoreCache = withLargeCache(db, 256 * 1024);
  db.exec('BEGIN IMMEDIATE');
  const nameIndex =
    kind === 'patients' && fileSize(file) >= BULK_BYTES ? suspendNameIndex(db) : null;
  try {
    for await (const record of readCsv(file, COLUMNS[kind], onProgress)) {
      rows += 1;
      if (errors.length >= MAX_ERRORS) continue;
      const columns = record.fields.__columns__;
      if (columns !== undefined) {
        errors.push({ line: record.line, reason: `wrong number of fields (${columns})` });
        continue;
      }
      const key = writer.key(record.fields);
      const seen = firstLine.get(key);
      if (seen !== undefined) {
        errors.push({ line: record.line, reason: `duplicate ${key} (first on line ${seen})` });
        continue;
      }
      firstLine.set(key, record.line);
      const result = tryWrite(writer, record.fields, errors.length > 0);
      if (!result.ok) {
        errors.push({ line: record.line, reason: result.reason });
      } else if (result.value === 'added') {
        added += 1;
      } else {
        updated += 1;
      }
    }
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    restoreCache();
    if (error instanceof CsvFileError) {
      return {
        ok: false,
        rows,
        added: 0,
        updated: 0,
        errors: [...errors, { line: error.line ?? 0, reason: error.message }],
      };
    }
    throw error;
  }
  if (errors.length > 0) {
    db.exec('ROLLBACK');
    restoreCache();
    return { ok: false, rows, added: 0, updated: 0, errors };
  }
  try {
    nameIndex?.resume();
    db.exec('COMMIT');
    restoreCache();
  } catch (error) {
    restoreCache();
    // Disk full or read-only at the last step: nothing of the file is kept.
    if (db.inTransaction) db.exec('ROLLBACK');
    return {
      ok: false,
      rows,
      added: 0,
      updated: 0,
      errors: [{ line: 0, reason: `the database refused the import: ${(error as Error).message}` }],
    };
  }
  return { ok: true, rows, added, updated, errors };
}

function tryWrite(writer: RowWriter, fields: Readonly<Record<string, string>>, dryRun: boolean) {
  try {
    return writer.write(fields, dryRun);
  } catch (error) {
    // A constraint the checks did not foresee: report it against the row, never half-write.
    return { ok: false as const, reason: `refused by the database: ${(error as Error).message}` };
  }
}
