import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import type { Db } from '../db/connection.js';
import { openStore } from '../db/store.js';
import { prng } from '../demo/seed.js';
import { filingKey } from '../domain/filing.js';
import { importFile } from '../import/run.js';
import { patientWriter } from '../import/writers.js';
import { streamExport } from '../reports/export.js';
import type { Hospital } from './generate.js';
import { FILE_ROOM, mrnOf } from './layout.js';
import { FAMILY, GIVEN, pickIndex } from './names.js';
import type { Progress } from './progress.js';
import { judge, type Figure } from './results.js';

/** Writes a patients CSV of `rows` synthetic patients (as a hospital's PAS would export it). */
export async function writePatientsCsv(file: string, rows: number): Promise<number> {
  const rand = prng(99);
  const out = createWriteStream(file);
  let chunk = 'mrn,family_name,given_name,birth_date\r\n';
  for (let i = 1; i <= rows; i += 1) {
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    chunk += `${mrnOf(i)},${FAMILY[pickIndex(rand(), FAMILY.length)] ?? 'Kaby'},${GIVEN[pickIndex(rand(), GIVEN.length)] ?? 'Alna'},${1925 + Math.floor(rand() * 100)}-${month}-${day}\r\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return statSync(file).size;
}

/** The floor of an import: read the file, split it, insert each row in one transaction. */
function rawImport(db: Db, file: string): number {
  const insert = db.prepare(
    'INSERT INTO patients (mrn, family_name, given_name, birth_date, td_key) VALUES (?, ?, ?, ?, ?)',
  );
  const lines = readFileSync(file, 'utf8').split('\r\n');
  let rows = 0;
  db.transaction(() => {
    for (let i = 1; i < lines.length; i += 1) {
      const line = lines[i];
      if (!line) continue;
      const [mrn = '', family, given, birth] = line.split(',');
      insert.run(mrn, family, given, birth, filingKey(mrn));
      rows += 1;
    }
  }).immediate();
  return rows;
}

/**
 * Figure 7a, import: `importFile` + `patientWriter` (the `chartdesk import patients` path) into
 * a fresh database with production settings, against the floor of splitting the file and
 * inserting the rows with one prepared statement. Both fire the FTS triggers.
 */
export async function importFigure(
  hospital: Hospital,
  dir: string,
  bar: Progress,
): Promise<Figure> {
  const rows = hospital.size.importRows;
  const csv = `${dir}/patients.csv`;
  await writePatientsCsv(csv, rows);
  const store = openStore(`${dir}/import.db`);
  let seconds: number;
  try {
    const start = performance.now();
    const report = await importFile(
      store,
      'patients',
      csv,
      patientWriter(store, {
        fileRoom: FILE_ROOM.code,
        today: new Date(hospital.now).toISOString().slice(0, 10),
      }),
      bar.update,
    );
    seconds = (performance.now() - start) / 1000;
    if (!report.ok || report.added !== rows) {
      throw new Error(`import refused: ${JSON.stringify(report.errors.slice(0, 3))}`);
    }
  } finally {
    store.close();
  }
  const floorStore = openStore(`${dir}/import-floor.db`);
  let floorSeconds: number;
  try {
    const start = performance.now();
    const n = rawImport(floorStore.db, csv);
    floorSeconds = (performance.now() - start) / 1000;
    if (n !== rows) throw new Error(`floor import wrote ${n} of ${rows}`);
  } finally {
    floorStore.close();
  }
  return judge({
    id: 'import',
    title: `Import ${rows.toLocaleString('en-US')} patients (CSV)`,
    unit: 'rows/s',
    value: rows / seconds,
    floor: rows / floorSeconds,
    target: { min: 100_000, text: '≥ 100,000 rows/s' },
    via: 'import/run.ts importFile + import/writers.ts patientWriter, fresh DB, WAL + FULL',
    floorVia: 'readFileSync + split + one prepared INSERT per row in one transaction',
    note: `${seconds.toFixed(1)} s (floor ${floorSeconds.toFixed(1)} s)`,
  });
}

/** A sink that throws every byte away. */
export function nullSink(): Writable & { bytes: number } {
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      sink.bytes += chunk.length;
      done();
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

const EXPORT_FLOOR_SQL =
  'SELECT m.seq, m.occurred_at, m.action, c.barcode, p.mrn, c.volume, m.from_kind, m.from_id, ' +
  'm.to_kind, m.to_id, op.badge, m.counter, m.due_at, m.source, m.note FROM movements m ' +
  'JOIN charts c ON c.id = m.chart_id JOIN patients p ON p.id = c.patient_id ' +
  'LEFT JOIN staff op ON op.id = m.operator_id ORDER BY m.seq';

/**
 * Figure 7b, export: `streamExport` of the whole movement log as CSV to a null sink, against
 * the floor of stepping through the rows of a comparable join.
 */
export async function exportFigure(hospital: Hospital, db: Db, bar: Progress): Promise<Figure> {
  const total = hospital.counts.movements;
  const sink = nullSink();
  let start = performance.now();
  const rows = await streamExport(db, 'movements', 0, 'csv', sink, (n) => bar.update(n, total * 2));
  const seconds = (performance.now() - start) / 1000;
  start = performance.now();
  let floorRows = 0;
  for (const _row of db.prepare(EXPORT_FLOOR_SQL).raw().iterate()) {
    floorRows += 1;
    if ((floorRows & 0xffff) === 0) bar.update(total + floorRows, total * 2);
  }
  const floorSeconds = (performance.now() - start) / 1000;
  return judge({
    id: 'export',
    title: `Export ${rows.toLocaleString('en-US')} movements (CSV)`,
    unit: 'rows/s',
    value: rows / seconds,
    floor: floorRows / floorSeconds,
    target: { min: 200_000, text: '≥ 200,000 rows/s' },
    via: "reports/export.ts streamExport('movements', csv) to a null sink",
    floorVia: 'iterate the log joined to chart, patient and operator (raw rows, no formatting)',
    note: `${seconds.toFixed(1)} s, ${(sink.bytes / 2 ** 20).toFixed(0)} MB of CSV (floor ${floorSeconds.toFixed(1)} s)`,
  });
}
