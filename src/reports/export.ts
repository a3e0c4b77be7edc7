import type { Db } from '../db/connection.js';
import { withLargeCache } from '../db/name-index.js';
import { csvField, csvLine } from './csv.js';

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

/** Export formats. */
export type ExportFormat = 'csv' | 'jsonl';

// Staff and locations are small: they are read once into maps, so each of millions of log rows
// joins only its chart and patient in SQL.
const MOVEMENTS_SQL = `
  SELECT m.seq, m.occurred_at, m.action, c.barcode, p.mrn, c.volume, m.from_kind, m.from_id,
         m.to_kind, m.to_id, m.operator_id, m.counter, m.due_at, m.source, m.note
  FROM movements m
  JOIN charts c ON c.id = m.chart_id
  JOIN patients p ON p.id = c.patient_id
  WHERE m.occurred_at >= ?
  ORDER BY m.seq`;

const ACCESS_SQL = `
  SELECT a.id, a.occurred_at, s.badge AS staff_badge, a.counter, a.action, a.subject_kind, a.subject
  FROM access_log a LEFT JOIN staff s ON s.id = a.staff_id
  WHERE a.occurred_at >= ? ORDER BY a.id`;

type MovementTuple = [
  number,
  number,
  string,
  string,
  string,
  number,
  string | null,
  number | null,
  string | null,
  number | null,
  number | null,
  string,
  number | null,
  string,
  string | null,
];

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** Streams rows to `out` in blocks, waiting for the stream to drain. */
function blockWriter(out: NodeJS.WritableStream) {
  let buffer = '';
  return {
    add(text: string): boolean {
      buffer += text;
      return buffer.length > 256 * 1024;
    },
    async flush(): Promise<void> {
      if (buffer === '') return;
      const ok = out.write(buffer);
      buffer = '';
      if (!ok) await new Promise<void>((resolve) => out.once('drain', resolve));
    },
  };
}

/** The movement log, one row at a time, as the export's column values. */
function* movementRows(db: Db, since: number): Generator<unknown[]> {
  const badges = new Map(
    db
      .prepare<[], [number, string]>('SELECT id, badge FROM staff')
      .raw()
      .all()
      .map(([id, badge]) => [id, badge]),
  );
  const places = new Map(
    db
      .prepare<[], [number, string]>('SELECT id, code FROM locations')
      .raw()
      .all()
      .map(([id, code]) => [id, code]),
  );
  const code = (kind: string | null, id: number | null) =>
    id === null ? null : kind === 'staff' ? (badges.get(id) ?? null) : (places.get(id) ?? null);
  const statement = db.prepare<[number], MovementTuple>(MOVEMENTS_SQL).raw();
  for (const r of statement.iterate(since)) {
    yield [
      r[0],
      iso(r[1]),
      r[2],
      r[3],
      r[4],
      r[5],
      r[6],
      code(r[6], r[7]),
      r[8],
      code(r[8], r[9]),
      r[10] === null ? null : (badges.get(r[10]) ?? null),
      r[11],
      iso(r[12]),
      r[13],
      r[14],
    ];
  }
}

function* accessRows(db: Db, since: number): Generator<unknown[]> {
  const statement = db.prepare<[number], unknown[]>(ACCESS_SQL).raw();
  for (const r of statement.iterate(since)) {
    yield [r[0], iso(r[1] as number), ...r.slice(2)];
  }
}

/**
 * Streams a table export to `out` in constant memory: rows are read one at a time and written
 * in blocks that wait for the stream to drain. Returns the number of rows written.
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
  const restoreCache = withLargeCache(db, 128 * 1024);
  const writer = blockWriter(out);
  if (format === 'csv') writer.add(csvLine(columns));
  let n = 0;
  try {
    const rows = what === 'movements' ? movementRows(db, since) : accessRows(db, since);
    for (const values of rows) {
      let line: string;
      if (format === 'csv') {
        line = csvField(values[0]);
        for (let i = 1; i < values.length; i += 1) line += ',' + csvField(values[i]);
        line += '\r\n';
      } else {
        const record: Record<string, unknown> = {};
        columns.forEach((c, i) => {
          record[c] = values[i] ?? null;
        });
        line = JSON.stringify(record) + '\n';
      }
      n += 1;
      if (writer.add(line)) {
        await writer.flush();
        onRow?.(n);
      }
    }
    await writer.flush();
  } finally {
    restoreCache();
  }
  return n;
}
