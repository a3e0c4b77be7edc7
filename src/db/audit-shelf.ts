import type { Db } from './connection.js';

/** A chart as it sits on a shelf: where the log puts it and where it belongs. */
export interface ShelfChart {
  readonly chartId: number;
  readonly barcode: string;
  readonly volume: number;
  readonly mrn: string;
  readonly tdKey: string;
  readonly homeId: number;
  readonly homeCode: string;
  readonly state: 'in' | 'out';
  readonly custodianKind: 'staff' | 'location' | null;
  readonly custodianCode: string | null;
  readonly missingSince: number | null;
  readonly foundPending: boolean;
}

interface Row extends Omit<ShelfChart, 'foundPending'> {
  foundPending: number;
}

const SHELF_SQL = `
  SELECT c.id AS chartId, c.barcode, c.volume, p.mrn, p.td_key AS tdKey,
         c.home_location_id AS homeId, h.code AS homeCode, c.state,
         c.custodian_kind AS custodianKind, COALESCE(s.badge, l.code) AS custodianCode,
         c.missing_since AS missingSince, c.found_pending AS foundPending
  FROM charts c
  JOIN patients p ON p.id = c.patient_id
  JOIN locations h ON h.id = c.home_location_id
  LEFT JOIN staff s ON c.custodian_kind = 'staff' AND s.id = c.custodian_id
  LEFT JOIN locations l ON c.custodian_kind = 'location' AND l.id = c.custodian_id`;

function toShelfChart(r: Row): ShelfChart {
  return { ...r, foundPending: r.foundPending === 1 };
}

/**
 * Shelf queries over patients.td_key (indexed): the charts around a shelf position, the charts
 * of a section, the charts flagged missing.
 */
export function shelfQueries(db: Db) {
  const before = db.prepare<[string, number, number], Row>(
    SHELF_SQL +
      " WHERE p.td_key < ? AND c.home_location_id = ? AND c.state = 'in' AND c.missing_since IS NULL ORDER BY p.td_key DESC, c.volume DESC LIMIT ?",
  );
  const after = db.prepare<[string, number, number], Row>(
    SHELF_SQL +
      " WHERE p.td_key >= ? AND c.home_location_id = ? AND c.state = 'in' AND c.missing_since IS NULL ORDER BY p.td_key, c.volume LIMIT ?",
  );
  const range = db.prepare<[string, string, number], Row>(
    SHELF_SQL +
      ' WHERE p.td_key >= ? AND p.td_key < ? AND c.home_location_id = ? ORDER BY p.td_key, p.mrn, c.volume',
  );
  const byBarcode = db.prepare<[string], Row>(SHELF_SQL + ' WHERE c.barcode = ?');
  const missing = db.prepare<[], Row>(
    SHELF_SQL + ' WHERE c.missing_since IS NOT NULL ORDER BY p.td_key, c.volume',
  );
  return {
    /** The charts in file on either side of a filing key in one file room, in shelf order. */
    around(tdKey: string, homeId: number, each = 2): ShelfChart[] {
      const left = before.all(tdKey, homeId, each).reverse();
      return [...left, ...after.all(tdKey, homeId, each)].map(toShelfChart);
    },
    /** The charts whose filing key starts with `prefix` (a section), in one file room. */
    withPrefix(prefix: string, homeId: number): ShelfChart[] {
      // Keys are digits only, so every key with the prefix sorts below prefix + ':'.
      return range.all(prefix, `${prefix}:`, homeId).map(toShelfChart);
    },
    /** One chart by barcode. */
    byBarcode(barcode: string): ShelfChart | undefined {
      const row = byBarcode.get(barcode);
      return row ? toShelfChart(row) : undefined;
    },
    /** Every chart flagged missing (found-pending included), in terminal-digit order. */
    missing: (): ShelfChart[] => missing.all().map(toShelfChart),
  };
}

/** The shelf queries' type. */
export type ShelfQueries = ReturnType<typeof shelfQueries>;
