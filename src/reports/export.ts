import type { Db } from '../db/connection.js';
import { csvLine } from './csv.js';

/** Columns of the movement export, in order. */
export const MOVEMENT_COLUMNS = [
  'seq',
  'occurred_at',
  'action',
  'chart_barcode',
  'mrn',
  'volume',
  'from_kind',
  'from_code',
  'to_kind',
  'to_code',
  'operator_badge',
  'counter',
  'due_at',
  'source',
  'note',
] as const;

/** Columns of the access-log export. */
export const ACCESS_COLUMNS = [
  'id',
  'occurred_at',
  'staff_badge',
  'counter',
  'action',
  'subject_kind',
  'subject',
] as const;

const MOVEMENTS_SQL = `
  SELECT m.seq, m.occurred_at, m.action, c.barcode AS chart_barcode, p.mrn, c.volume,
         m.from_kind,
         CASE m.from_kind WHEN 'staff' THEN fs.badge WHEN 'location' THEN fl.code END AS from_code,
         m.to_kind,
         CASE m.to_kind WHEN 'staff' THEN ts.badge WHEN 'location' THEN tl.code END AS to_code,
         op.badge AS operator_badge, m.counter, m.due_at, m.source, m.note
  FROM movements m
  JOIN charts c ON c.id = m.chart_id
  JOIN patients p ON p.id = c.patient_id
  LEFT JOIN staff fs ON m.from_kind = 'staff' AND fs.id = m.from_id
  LEFT JOIN locations fl ON m.from_kind = 'location' AND fl.id = m.from_id
  LEFT JOIN staff ts ON m.to_kind = 'staff' AND ts.id = m.to_id
  LEFT JOIN locations tl ON m.to_kind = 'location' AND tl.id = m.to_id
  LEFT JOIN staff op ON op.id = m.operator_id
  WHERE m.occurred_at >= ?
  ORDER BY m.seq`;

const ACCESS_SQL = `
  SELECT a.id, a.occurred_at, s.badge AS staff_badge, a.counter, a.action, a.subject_kind, a.subject
  FROM access_log a LEFT JOIN staff s ON s.id = a.staff_id
  WHERE a.occurred_at >= ? ORDER BY a.id`;

/** Export formats. */
export type ExportFormat = 'csv' | 'jsonl';

const TIME_COLUMNS = new Set(['occurred_at', 'due_at']);

function iso(value: unknown): unknown {
  return typeof value === 'number' ? new Date(value).toISOString() : value;
}

/**
 * Streams a table export to `out` in constant memory: rows are read one at a time and writing
 * waits for the stream to drain. Returns the number of rows written.
 */
export async function streamExport(
  db: Db,
  what: 'movements' | 'access-log',
  since: number,
  format: ExportFormat,
  out: NodeJS.WritableStream,
  onRow?: (n: number) => void,
): Promise<number> {
  const columns = what === 'movements' ? MOVEMENT_COLUMNS : ACCESS_COLUMNS;
  const statement = db.prepare<[number], Record<string, unknown>>(
    what === 'movements' ? MOVEMENTS_SQL : ACCESS_SQL,
  );
  let buffer = format === 'csv' ? csvLine(columns) : '';
  let n = 0;
  const flush = async () => {
    if (buffer === '') return;
    const ok = out.write(buffer);
    buffer = '';
    if (!ok) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  for (const row of statement.iterate(since)) {
    const values = columns.map((c) => (TIME_COLUMNS.has(c) ? iso(row[c]) : row[c]));
    if (format === 'csv') buffer += csvLine(values);
    else
      buffer += `${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, values[i] ?? null])))}\n`;
    n += 1;
    // Write in blocks of rows: one write per row would dominate the time.
    if (buffer.length > 64 * 1024) {
      await flush();
      onRow?.(n);
    }
  }
  await flush();
  return n;
}
