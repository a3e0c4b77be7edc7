// CSV import under random damage: valid files mutated (fields dropped, doubled, swapped;
// quotes, BOMs, CR/LF, control characters and escape sequences inserted; huge fields; cut
// short). Each mutated file is either refused with messages and nothing written, or imported
// consistently: rows = added + updated, the table grew by `added`, and importing the same file
// again changes nothing. SOAK=1 (npm run soak) tries 5,000 files per kind.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.js';
import { hasControlCharacters } from '../../src/domain/safe-text.js';
import { openStore, type Store } from '../../src/db/store.js';
import type { ImportKind } from '../../src/import/kinds.js';
import { importFile } from '../../src/import/run.js';
import {
  chartWriter,
  patientWriter,
  staffWriter,
  type RowWriter,
} from '../../src/import/writers.js';
import { tempDir } from '../helpers/temp-db.js';
import { SOAK, envNumber, writeResult } from './harness/results.js';

const RUNS = envNumber('CSV_RUNS', SOAK ? 5_000 : 150);
const TIMEOUT = SOAK ? 3_600_000 : 120_000;
const TODAY = '2026-01-05';

type Kind = Extract<ImportKind, 'patients' | 'staff' | 'charts'>;

const HEADERS: Record<Kind, string[]> = {
  patients: ['mrn', 'family_name', 'given_name', 'birth_date'],
  staff: ['badge', 'name', 'department', 'role'],
  charts: ['chart_barcode', 'mrn', 'volume', 'home_location'],
};

const nameChar = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -\'.,"éøßÆ李王ﬁ'.split(''),
);
const name = fc.string({ unit: nameChar, minLength: 1, maxLength: 20 });
const date = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2025-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const mrn = fc.integer({ min: 1, max: 9_999_999 }).map((n) => String(n).padStart(7, '0'));

const rowOf: Record<Kind, fc.Arbitrary<string[]>> = {
  patients: fc.tuple(mrn, name, name, date).map((r) => [...r]),
  staff: fc
    .tuple(
      fc.integer({ min: 1, max: 99_999 }).map((n) => `EMP-${n}`),
      name,
      name,
      fc.constantFrom('staff', 'clerk', 'supervisor'),
    )
    .map((r) => [...r]),
  charts: fc
    .tuple(
      fc.integer({ min: 0, max: 9 }),
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom('', 'FILE', 'CLIN-B'),
    )
    .map(([p, v, home]) => [`CH${p}-${v}`, BASE_MRNS[p] ?? '0000001', String(v), home]),
};

/** Quotes a field when CSV needs it. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvText(header: readonly string[], rows: readonly string[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

type Mutation =
  | { kind: 'bom' | 'crlf' | 'cr' | 'no_final_newline' }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate' | 'delete_char' | 'blank_line'; at: number }
  | { kind: 'drop_field'; line: number; field: number }
  | { kind: 'dup_field'; line: number; field: number }
  | { kind: 'dup_line'; line: number; field: number }
  | { kind: 'swap_fields'; line: number; a: number; b: number };

const INSERTS = [
  '"',
  ',',
  '\n',
  '\r',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\u001b]0;owned\u0007',
  '\u009b31m',
  '\u202e',
  '\ufeff',
  'x'.repeat(200_000),
  '""',
  ' ',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom<Mutation>(
    { kind: 'bom' },
    { kind: 'crlf' },
    { kind: 'cr' },
    { kind: 'no_final_newline' },
  ),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 4 })),
  }),
  fc.record({
    kind: fc.constantFrom('truncate' as const, 'delete_char' as const, 'blank_line' as const),
    at: fc.nat(),
  }),
  fc.record({
    kind: fc.constantFrom('drop_field' as const, 'dup_field' as const, 'dup_line' as const),
    line: fc.nat(),
    field: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('swap_fields' as const),
    line: fc.nat(),
    a: fc.nat(),
    b: fc.nat(),
  }),
);

function mutate(text: string, m: Mutation): string {
  const at = (n: number): number => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (m.kind) {
    case 'bom':
      return `\ufeff${text}`;
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'cr':
      return text.replace(/\n/g, '\r');
    case 'no_final_newline':
      return text.replace(/\n$/, '');
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'delete_char':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + 1);
    case 'blank_line':
      return `${text.slice(0, at(m.at))}\n${text.slice(at(m.at))}`;
    case 'drop_field':
    case 'dup_field':
    case 'dup_line':
    case 'swap_fields': {
      // Line-level edits on the naive split: quoting may make them land mid-field, which is
      // exactly the kind of damage a hand-edited file has.
      const lines = text.split('\n');
      const index = m.line % Math.max(1, lines.length);
      const fields = (lines[index] ?? '').split(',');
      if (m.kind === 'dup_line') {
        lines.splice(index, 0, lines[index] ?? '');
      } else if (m.kind === 'drop_field') {
        fields.splice(m.field % Math.max(1, fields.length), 1);
        lines[index] = fields.join(',');
      } else if (m.kind === 'dup_field') {
        const f = m.field % Math.max(1, fields.length);
        fields.splice(f, 0, fields[f] ?? '');
        lines[index] = fields.join(',');
      } else {
        const a = m.a % Math.max(1, fields.length);
        const b = m.b % Math.max(1, fields.length);
        const fa = fields[a] ?? '';
        fields[a] = fields[b] ?? '';
        fields[b] = fa;
        lines[index] = fields.join(',');
      }
      return lines.join('\n');
    }
    default: {
      const never: never = m;
      throw new Error(`unhandled mutation ${JSON.stringify(never)}`);
    }
  }
}

const BASE_MRNS = [
  '0000001',
  '0000002',
  '0000003',
  '0000004',
  '0000005',
  '0000006',
  '0000007',
  '0000008',
  '0000009',
  '0000010',
];

/** A fresh in-memory store holding a known baseline every kind can refer to. */
function baselineStore(): Store {
  const store = openStore(':memory:');
  store.db.exec(
    "INSERT INTO locations (code, name, kind) VALUES ('FILE', 'File Room', 'file_room'), ('CLIN-B', 'Clinic B', 'clinic')",
  );
  const insert = store.db.prepare(
    "INSERT INTO patients (mrn, family_name, given_name, birth_date, td_key) VALUES (?, 'Base', 'Line', '1970-01-01', '')",
  );
  for (const m of BASE_MRNS) insert.run(m);
  store.db.exec(
    "INSERT INTO staff (badge, name, department, role) VALUES ('EMP-1', 'Base Nurse', 'Ward 3', 'staff')",
  );
  return store;
}

function writerFor(kind: Kind, store: Store): RowWriter {
  switch (kind) {
    case 'patients':
      return patientWriter(store, { fileRoom: 'FILE', today: TODAY, reservedCodes: ['UNDO'] });
    case 'staff':
      return staffWriter(store, ['UNDO']);
    case 'charts':
      return chartWriter(store, { fileRoom: 'FILE', today: TODAY, reservedCodes: ['UNDO'] });
    default: {
      const never: never = kind;
      throw new Error(`unhandled kind ${String(never)}`);
    }
  }
}

// Fixed SQL per table (never interpolated).
const DUMP: Record<Kind | 'locations', string> = {
  locations: 'SELECT * FROM locations ORDER BY id',
  patients: 'SELECT * FROM patients ORDER BY id',
  staff: 'SELECT * FROM staff ORDER BY id',
  charts: 'SELECT * FROM charts ORDER BY id',
};

/** Everything in the tables an import may touch, as one string. */
function digest(db: Db): string {
  return Object.values(DUMP)
    .map((sql) => JSON.stringify(db.prepare(sql).all()))
    .join('\n');
}

function rows(db: Db, kind: Kind): Record<string, unknown>[] {
  return db.prepare(DUMP[kind]).all() as Record<string, unknown>[];
}

describe('CSV import under random damage', () => {
  it.each(['patients', 'staff', 'charts'] as const)(
    '%s: refused with messages and nothing written, or imported consistently',
    async (kind) => {
      const dir = tempDir();
      const file = path.join(dir, `${kind}.csv`);
      const stats = { tried: 0, refused: 0, imported: 0, rowsImported: 0 };
      await fc.assert(
        fc.asyncProperty(
          fc.array(rowOf[kind], { minLength: 0, maxLength: 8 }),
          fc.array(mutation, { minLength: 0, maxLength: 4 }),
          async (records, mutations) => {
            stats.tried += 1;
            const text = mutations.reduce(mutate, csvText(HEADERS[kind], records));
            writeFileSync(file, text);
            const store = baselineStore();
            try {
              const before = digest(store.db);
              const count = rows(store.db, kind).length;
              const report = await importFile(store, kind, file, writerFor(kind, store));
              if (!report.ok) {
                stats.refused += 1;
                expect(report.errors.length).toBeGreaterThan(0);
                for (const e of report.errors) {
                  expect(e.reason.trim()).not.toBe('');
                  expect(Number.isInteger(e.line)).toBe(true);
                }
                expect(digest(store.db)).toBe(before);
                return;
              }
              stats.imported += 1;
              stats.rowsImported += report.rows;
              expect(report.errors).toEqual([]);
              expect(report.added + report.updated).toBe(report.rows);
              const stored = rows(store.db, kind);
              expect(stored.length).toBe(count + report.added);
              // Nothing unsafe for a terminal got in.
              for (const row of stored)
                for (const v of Object.values(row))
                  if (typeof v === 'string') expect(hasControlCharacters(v)).toBe(false);
              const after = digest(store.db);
              const again = await importFile(store, kind, file, writerFor(kind, store));
              expect(again).toMatchObject({
                ok: true,
                rows: report.rows,
                added: 0,
                updated: report.rows,
              });
              expect(digest(store.db)).toBe(after);
              expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
            } finally {
              store.close();
            }
          },
        ),
        { numRuns: RUNS },
      );
      writeResult(`csv-fuzz-${kind}`, { ...stats });
      console.log(
        `[csv] ${kind}: ${stats.tried} files, ${stats.refused} refused, ${stats.imported} imported`,
      );
      // Both branches were exercised.
      expect(stats.refused).toBeGreaterThan(0);
      expect(stats.imported).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
