import { csvLine } from '../reports/csv.js';

/**
 * One CSV line (CRLF) for a workflow export. A cell from data that a spreadsheet would run as
 * a formula (starting with = + - @) gets a leading apostrophe; numbers are left as they are.
 */
export function csvCells(values: readonly (string | number | null)[]): string {
  return csvLine(
    values.map((v) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v)),
  );
}
