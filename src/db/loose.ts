import type { Db } from './connection.js';

/** A loose report waiting to be filed, with the patient's shelf key. */
export interface LooseLine {
  readonly id: number;
  readonly patientId: number;
  readonly mrn: string;
  readonly tdKey: string;
  readonly description: string;
  readonly receivedAt: number;
  readonly receivedBy: string | null;
  readonly filedAt: number | null;
  /** How many of the patient's volumes are out of file now. */
  readonly volumesOut: number;
}

const LINE_SQL = `
  SELECT r.id, r.patient_id AS patientId, p.mrn, p.td_key AS tdKey, r.description,
         r.received_at AS receivedAt, s.badge AS receivedBy, r.filed_at AS filedAt,
         (SELECT count(*) FROM charts c WHERE c.patient_id = r.patient_id AND c.state = 'out') AS volumesOut
  FROM loose_reports r
  JOIN patients p ON p.id = r.patient_id
  LEFT JOIN staff s ON s.id = r.received_by`;

/** Loose-report queries: record, list waiting ones in terminal-digit order, mark filed. */
export function looseQueries(db: Db) {
  const insert = db.prepare(
    'INSERT INTO loose_reports (patient_id, description, received_at, received_by) VALUES (?, ?, ?, ?)',
  );
  const byId = db.prepare<[number], LooseLine>(LINE_SQL + ' WHERE r.id = ?');
  const waiting = db.prepare<[], LooseLine>(
    LINE_SQL + ' WHERE r.filed_at IS NULL ORDER BY p.td_key, p.mrn, r.received_at, r.id',
  );
  const filed = db.prepare(
    'UPDATE loose_reports SET filed_at = ?, filed_by = ? WHERE id = ? AND filed_at IS NULL',
  );
  return {
    /** Records a loose report for a patient; returns its id. */
    add(patientId: number, description: string, at: number, by: number | null): number {
      return Number(insert.run(patientId, description, at, by).lastInsertRowid);
    },
    /** One report. */
    get: (id: number): LooseLine | undefined => byId.get(id),
    /** Reports still waiting, in terminal-digit order of the patient. */
    waiting: (): LooseLine[] => waiting.all(),
    /** Marks a report filed; false when it was already filed or does not exist. */
    markFiled: (id: number, at: number, by: number | null): boolean =>
      filed.run(at, by, id).changes > 0,
  };
}

/** The loose-report queries' type. */
export type LooseQueries = ReturnType<typeof looseQueries>;
