import type { Db } from '../db/connection.js';
import { prng } from '../demo/seed.js';
import { badgeOf, type Layout } from './layout.js';

/** One scan of the mix: a chart scan during a visit (check-out, transfer) or without (return). */
export interface PlannedScan {
  readonly kind: 'check_out' | 'transfer' | 'return';
  readonly barcode: string;
  readonly chartId: number;
  /** The badge whose visit the chart goes to (null for a walk-up return). */
  readonly badge: string | null;
  readonly staffId: number | null;
}

/**
 * Two disjoint scan mixes (one for chartdesk, one for its floor) of `count` scans each: 40 %
 * check-outs of charts in file, 25 % transfers of charts out to someone else, 35 % returns.
 * Every chart is used once, so each scan does what its kind says.
 */
export function planScans(
  db: Db,
  layout: Layout,
  count: number,
  seed: number,
): [PlannedScan[], PlannedScan[]] {
  const rand = prng(seed);
  const row = db.prepare<
    [number],
    {
      barcode: string;
      state: string;
      missing: number | null;
      kind: string | null;
      cid: number | null;
    }
  >(
    'SELECT barcode, state, missing_since AS missing, custodian_kind AS kind, custodian_id AS cid FROM charts WHERE id = ?',
  );
  const used = new Set<number>([layout.hotChart]);
  const draw = (
    want: 'in' | 'out',
  ): { id: number; barcode: string; holder: number | null } | null => {
    for (let tries = 0; tries < 10_000; tries += 1) {
      const id = 1 + Math.floor(rand() * layout.charts);
      if (used.has(id)) continue;
      const r = row.get(id);
      if (!r || r.missing !== null || r.state !== want) continue;
      used.add(id);
      return { id, barcode: r.barcode, holder: r.kind === 'staff' ? r.cid : null };
    }
    return null;
  };
  const plan = (): PlannedScan[] => {
    const scans: PlannedScan[] = [];
    while (scans.length < count) {
      const u = rand();
      const staffId = 1 + Math.floor(rand() * (layout.staff - 12));
      const badge = badgeOf(staffId);
      const kind = u < 0.4 ? 'check_out' : u < 0.65 ? 'transfer' : 'return';
      const chart = draw(kind === 'check_out' ? 'in' : 'out');
      if (!chart) {
        // A small hospital can run out of charts out: check one out instead.
        const spare = draw('in');
        if (!spare) throw new Error('the hospital is too small for this many scans');
        scans.push({
          kind: 'check_out',
          barcode: spare.barcode,
          chartId: spare.id,
          badge,
          staffId,
        });
        continue;
      }
      if (kind === 'transfer' && chart.holder === staffId) continue;
      scans.push(
        kind === 'return'
          ? { kind, barcode: chart.barcode, chartId: chart.id, badge: null, staffId: null }
          : { kind, barcode: chart.barcode, chartId: chart.id, badge, staffId },
      );
    }
    return scans;
  };
  return [plan(), plan()];
}
