import type { Db } from './connection.js';

/** What a scanned code is, by the data: one namespace for charts, badges and locations. */
export type CodeKind = 'chart' | 'staff' | 'location';

/** Looks codes up in the shared code namespace. */
export function codeQueries(db: Db) {
  const lookup = db.prepare<[string], { kind: CodeKind; ref_id: number }>(
    'SELECT kind, ref_id FROM codes WHERE code = ?',
  );
  return {
    /** What the code names, or undefined when it names nothing. */
    identify(code: string): { kind: CodeKind; id: number } | undefined {
      const row = lookup.get(code);
      return row ? { kind: row.kind, id: row.ref_id } : undefined;
    },
  };
}
