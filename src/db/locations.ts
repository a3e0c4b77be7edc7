import type { Db } from './connection.js';
import type { DbLocation } from './rows.js';

/** Location registry queries. */
export function locationQueries(db: Db) {
  const byId = db.prepare<[number], DbLocation>('SELECT * FROM locations WHERE id = ?');
  const byCode = db.prepare<[string], DbLocation>('SELECT * FROM locations WHERE code = ?');
  const all = db.prepare<[], DbLocation>('SELECT * FROM locations ORDER BY code');
  const insert = db.prepare(
    'INSERT INTO locations (code, name, kind) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING',
  );
  return {
    /** One location by id. */
    get: (id: number): DbLocation | undefined => byId.get(id),
    /** One location by its code. */
    byCode: (code: string): DbLocation | undefined => byCode.get(code),
    /** Every location, by code. */
    all: (): DbLocation[] => all.all(),
    /** Creates a location when its code is new (used for the configured file room). */
    ensure(code: string, name: string, kind: DbLocation['kind']): DbLocation {
      insert.run(code, name, kind);
      const row = byCode.get(code);
      if (!row) throw new Error(`location ${code} could not be created`);
      return row;
    },
  };
}

/** The location queries' type. */
export type LocationQueries = ReturnType<typeof locationQueries>;
