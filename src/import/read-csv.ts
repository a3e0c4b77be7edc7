import { parse } from 'csv-parse';
import { createReadStream, statSync } from 'node:fs';

/** One data record of a CSV file, by column name, with the line it started on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
}

/** A problem with the file itself (not one row). */
export class CsvFileError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

/** Checks a header against the expected columns: every required one, nothing unknown, no repeats. */
export function checkHeader(
  header: readonly string[],
  expected: { required: readonly string[]; optional: readonly string[] },
): string | null {
  const known = new Set([...expected.required, ...expected.optional]);
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) return `column "${column}" appears twice in the header`;
    seen.add(column);
    if (!known.has(column)) {
      return `unknown column "${column}" in the header (expected ${[...expected.required, ...expected.optional].join(',')})`;
    }
  }
  const missing = expected.required.filter((c) => !seen.has(c));
  if (missing.length > 0) {
    return `the header lacks ${missing.map((c) => `"${c}"`).join(', ')} (expected ${expected.required.join(',')}${expected.optional.length ? `, optionally ${expected.optional.join(',')}` : ''})`;
  }
  return null;
}

/**
 * Streams a CSV file's records in constant memory: BOM, CRLF and quoted fields handled. The
 * first row is the header, checked against `expected`. Throws CsvFileError for a file that is
 * unreadable, has a bad header, or breaks CSV quoting.
 */
export async function* readCsv(
  file: string,
  expected: { required: readonly string[]; optional: readonly string[] },
  onProgress?: (bytes: number, total: number) => void,
): AsyncGenerator<CsvRecord> {
  let total: number;
  try {
    total = statSync(file).size;
  } catch (error) {
    throw new CsvFileError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      null,
    );
  }
  const stream = createReadStream(file);
  let bytes = 0;
  stream.on('data', (chunk) => {
    bytes += chunk.length;
    onProgress?.(bytes, total);
  });
  const parser = stream.pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let header: string[] | null = null;
  try {
    for await (const item of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const { record, info } = item;
      if (header === null) {
        header = record.map((c) => c.trim().toLowerCase());
        const problem = checkHeader(header, expected);
        if (problem) throw new CsvFileError(problem, info.lines);
        continue;
      }
      if (record.length !== header.length) {
        yield { line: info.lines, fields: { __columns__: `${record.length} of ${header.length}` } };
        continue;
      }
      const fields: Record<string, string> = {};
      header.forEach((name, i) => {
        fields[name] = record[i] ?? '';
      });
      yield { line: info.lines, fields };
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof CsvFileError) throw error;
    const e = error as Error & { lines?: number };
    throw new CsvFileError(`not valid CSV: ${e.message}`, e.lines ?? null);
  }
  if (header === null) throw new CsvFileError('the file is empty: it needs a header row', 1);
}
