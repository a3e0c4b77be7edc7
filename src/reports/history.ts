import type { Db, Statement } from '../db/connection.js';
import type { Custodian } from '../domain/custodian.js';

/** One stretch of custody in a chart's history: who held it, from when to when. */
export interface CustodySpell {
  readonly custodian: Custodian | null;
  readonly from: number;
  readonly until: number | null;
  /** Whole and part days held, to one decimal. */
  readonly days: number;
}

/** One movement of a chart, resolved for display. */
export interface HistoryEntry {
  readonly seq: number;
  readonly at: number;
  readonly action: string;
  readonly to: Custodian | null;
  readonly operator: string | null;
  readonly counter: string;
  readonly note: string | null;
}

interface Row {
  seq: number;
  occurred_at: number;
  action: string;
  to_kind: 'staff' | 'location' | null;
  to_id: number | null;
  counter: string;
  note: string | null;
  op_badge: string | null;
  s_badge: string | null;
  s_name: string | null;
  s_dept: string | null;
  l_code: string | null;
  l_name: string | null;
  l_kind: 'file_room' | 'clinic' | 'ward' | 'department' | 'other' | null;
  home_id: number;
}

const HISTORY_SQL = `SELECT m.seq, m.occurred_at, m.action, m.to_kind, m.to_id, m.counter, m.note,
              op.badge AS op_badge, s.badge AS s_badge, s.name AS s_name, s.department AS s_dept,
              l.code AS l_code, l.name AS l_name, l.kind AS l_kind, c.home_location_id AS home_id
       FROM movements m
       JOIN charts c ON c.id = m.chart_id
       LEFT JOIN staff op ON op.id = m.operator_id
       LEFT JOIN staff s ON m.to_kind = 'staff' AND s.id = m.to_id
       LEFT JOIN locations l ON m.to_kind = 'location' AND l.id = m.to_id
       WHERE m.chart_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?`;

// Prepared once per connection: the chart screen asks for histories as clerks move around.
const statements = new WeakMap<Db, Statement<[number, number, number], Row>>();

function historyStatement(db: Db): Statement<[number, number, number], Row> {
  let statement = statements.get(db);
  if (!statement) {
    statement = db.prepare<[number, number, number], Row>(HISTORY_SQL);
    statements.set(db, statement);
  }
  return statement;
}

/** A chart's movements with custodians resolved, oldest first (keyset-paged by seq). */
export function chartHistory(
  db: Db,
  chartId: number,
  limit = 10_000,
  afterSeq = 0,
): HistoryEntry[] {
  const rows = historyStatement(db).all(chartId, afterSeq, limit);
  return rows.map((r) => ({
    seq: r.seq,
    at: r.occurred_at,
    action: r.action,
    to: toCustodian(r),
    operator: r.op_badge,
    counter: r.counter,
    note: r.note,
  }));
}

function toCustodian(r: Row): Custodian | null {
  if (r.action === 'return') return null;
  if (r.to_kind === 'staff' && r.to_id !== null) {
    return {
      kind: 'staff',
      id: r.to_id,
      code: r.s_badge ?? '?',
      name: r.s_name ?? '?',
      department: r.s_dept ?? '',
    };
  }
  if (r.to_kind === 'location' && r.to_id !== null) {
    return {
      kind: 'location',
      id: r.to_id,
      code: r.l_code ?? '?',
      name: r.l_name ?? '?',
      locationKind: r.l_kind ?? 'other',
    };
  }
  return null;
}

const CUSTODY = new Set(['check_out', 'transfer', 'return', 'undo']);

/**
 * Who held the chart and for how long: each custody movement starts a spell that lasts until
 * the next. Spells in file (custodian null) are included so gaps are visible.
 */
export function custodySpells(history: readonly HistoryEntry[], now: number): CustodySpell[] {
  const moves = history.filter((h) => CUSTODY.has(h.action));
  return moves.map((m, i) => {
    const next = moves[i + 1];
    const until = next ? next.at : null;
    const days = Math.round((((until ?? now) - m.at) / 86_400_000) * 10) / 10;
    return { custodian: m.to, from: m.at, until, days };
  });
}
