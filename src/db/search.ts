import type { CodeKind } from './codes.js';
import type { Db } from './connection.js';
import type { ChartViewRow } from './charts.js';
import { CHART_VIEW_SELECT } from './charts.js';
import type { DbPatient } from './rows.js';

/** A code in the shared namespace, as a prefix search returns it. */
export interface CodeRow {
  readonly code: string;
  readonly kind: CodeKind;
  readonly ref_id: number;
}

/**
 * Index-only search queries. Every one is a range or MATCH with a LIMIT and a keyset (`after`)
 * so a page costs the same at a million charts as at a thousand.
 */
export function searchQueries(db: Db) {
  // FTS5 hands rowids back in order, so ORDER BY rowid + LIMIT stops early; no ranking sort.
  const names = db.prepare<[string, number, number], DbPatient>(
    `SELECT p.* FROM patients_fts f JOIN patients p ON p.id = f.rowid
     WHERE patients_fts MATCH ? AND f.rowid > ? ORDER BY f.rowid LIMIT ?`,
  );
  // One bound each side, so the index seek starts at the page, not at the prefix.
  const mrnFirst = db.prepare<[string, string, number], DbPatient>(
    'SELECT * FROM patients WHERE mrn >= ? AND mrn < ? ORDER BY mrn LIMIT ?',
  );
  const mrnNext = db.prepare<[string, string, number], DbPatient>(
    'SELECT * FROM patients WHERE mrn > ? AND mrn < ? ORDER BY mrn LIMIT ?',
  );
  const codeFirst = db.prepare<[string, string, number], CodeRow>(
    'SELECT code, kind, ref_id FROM codes WHERE code >= ? AND code < ? ORDER BY code LIMIT ?',
  );
  const codeNext = db.prepare<[string, string, number], CodeRow>(
    'SELECT code, kind, ref_id FROM codes WHERE code > ? AND code < ? ORDER BY code LIMIT ?',
  );
  // Every volume of a page of patients in one statement (not one per patient).
  const volumes = db.prepare<[string], ChartViewRow>(
    CHART_VIEW_SELECT +
      ' WHERE c.patient_id IN (SELECT value FROM json_each(?)) ORDER BY c.patient_id, c.volume',
  );
  return {
    /** Every volume of these patients, by patient then volume. */
    volumesOf: (patientIds: readonly number[]): ChartViewRow[] =>
      patientIds.length === 0 ? [] : volumes.all(JSON.stringify(patientIds)),
    /** Patients whose names match an FTS5 MATCH expression (see `nameMatch`), after rowid. */
    names: (match: string, afterId: number, limit: number): DbPatient[] =>
      names.all(match, afterId, limit),
    /** Patients whose MRN starts with `prefix`, after MRN `after` (null: from the start). */
    mrnPrefix(prefix: string, after: string | null, limit: number): DbPatient[] {
      const end = successor(prefix);
      return after === null || after < prefix
        ? mrnFirst.all(prefix, end, limit)
        : mrnNext.all(after, end, limit);
    },
    /** Codes (charts, badges, locations) starting with `prefix`, after `after` (null: start). */
    codePrefix(prefix: string, after: string | null, limit: number): CodeRow[] {
      const end = successor(prefix);
      return after === null || after < prefix
        ? codeFirst.all(prefix, end, limit)
        : codeNext.all(after, end, limit);
    },
  };
}

/** The search queries' type. */
export type SearchQueries = ReturnType<typeof searchQueries>;

/**
 * The smallest string greater than every string that starts with `prefix`: the upper bound of
 * a prefix range on a plain (BINARY) index.
 */
export function successor(prefix: string): string {
  if (prefix === '') return '\u{10ffff}';
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  const head = prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1));
  return head + String.fromCodePoint(last + 1);
}

// Anything the unicode61 tokenizer keeps: letters, digits and marks.
const WORD = /[\p{L}\p{N}\p{M}]/u;

function phrase(token: string): string {
  return `"${token.replace(/"/g, '""')}"*`;
}

function tokens(text: string): string[] {
  return text
    .split(/\s+/)
    .map((t) => t.trim())
    .filter((t) => WORD.test(t));
}

/**
 * An FTS5 MATCH expression for what the clerk typed: every word becomes a quoted prefix phrase
 * (`"dem"*`), so no input can be read as FTS5 syntax. "Family, Given" restricts each side to its
 * column. Returns null when nothing searchable was typed.
 */
export function nameMatch(text: string): string | null {
  const comma = text.indexOf(',');
  if (comma >= 0) {
    const family = tokens(text.slice(0, comma)).map((t) => `family_name : ${phrase(t)}`);
    const given = tokens(text.slice(comma + 1)).map((t) => `given_name : ${phrase(t)}`);
    const all = [...family, ...given];
    return all.length > 0 ? all.join(' AND ') : null;
  }
  const words = tokens(text).map(phrase);
  return words.length > 0 ? words.join(' AND ') : null;
}
