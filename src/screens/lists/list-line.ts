import type { FilingOrder } from '../../domain/filing.js';
import { formatShelf } from '../../domain/filing.js';
import { safeText } from '../../domain/safe-text.js';
import type { ListRow, ListSpec } from '../../services/lists.js';
import {
  ACTION_WORDS,
  chartStateMark,
  custodianText,
  dateTime,
  daysText,
  hhmm,
} from '../../theme/workspace-text.js';

/** Text a typed filter is matched against. */
export function rowText(row: ListRow): string {
  if (row.kind === 'movement') {
    const m = row.move;
    return `${m.barcode} ${m.mrn} ${m.family_name} ${m.given_name} ${m.to_code ?? ''} ${m.to_name ?? ''} ${m.action}`;
  }
  const c = row.chart;
  return `${c.barcode} ${c.patient.mrn} ${c.patient.family} ${c.patient.given} ${c.custodian?.code ?? ''} ${c.custodian?.name ?? ''}`;
}

/** A stable key for a row. */
export function rowKey(row: ListRow): string {
  return row.kind === 'movement' ? `m${row.move.seq}` : `c${row.chart.id}`;
}

function custodianKey(row: ListRow | undefined): string {
  if (!row || row.kind !== 'chart' || !row.chart.custodian) return '';
  return `${row.chart.custodian.kind}${row.chart.custodian.id}`;
}

const GROUPED = new Set<ListSpec['kind']>(['who_has_what', 'overdue_custodian']);

/**
 * One row as a line. Lists grouped by custodian name the custodian on the first row of each
 * group only, so groups read as blocks.
 */
export function rowLine(
  rows: readonly ListRow[],
  index: number,
  spec: ListSpec,
  now: number,
  order: FilingOrder,
): string {
  const row = rows[index];
  if (!row) return '';
  if (row.kind === 'movement') {
    const m = row.move;
    const to = m.to_code ? ` → ${safeText(m.to_code)} ${safeText(m.to_name ?? '')}` : '';
    return `${hhmm(m.occurred_at)}  ${(ACTION_WORDS[m.action] ?? m.action).padEnd(10)} ${safeText(m.barcode)} vol ${m.volume} · ${safeText(m.family_name)}, ${safeText(m.given_name)}${to}${m.operator_badge ? ` · by ${safeText(m.operator_badge)}` : ''}`;
  }
  const c = row.chart;
  const mark = chartStateMark(c, now);
  const shelf = formatShelf(c.patient.mrn, order);
  const patient = `${safeText(c.patient.family)}, ${safeText(c.patient.given)}`;
  const out = c.outSince === null ? '' : ` · out ${daysText(now - c.outSince)}`;
  const due = c.dueAt === null ? '' : ` · due ${dateTime(c.dueAt)}`;
  if (GROUPED.has(spec.kind)) {
    const first = custodianKey(rows[index - 1]) !== custodianKey(row);
    const who = first ? custodianText(c.custodian) : '';
    return `${who.slice(0, 24).padEnd(24)} │ ${safeText(c.barcode)} vol ${c.volume} · ${patient} · ${shelf}${out}${due}`;
  }
  if (spec.kind === 'missing') {
    return `${mark.symbol} ${mark.word} ${safeText(c.barcode)} vol ${c.volume} · ${patient} · ${shelf} · since ${dateTime(c.missingSince)}`;
  }
  if (spec.kind === 'overdue_td') {
    return `${shelf.padEnd(16)} │ ${safeText(c.barcode)} vol ${c.volume} · ${patient} · ${custodianText(c.custodian)}${out}`;
  }
  return `${mark.symbol} ${mark.word.padEnd(8)} ${safeText(c.barcode)} vol ${c.volume} · ${patient} · ${shelf} · ${custodianText(c.custodian)}${out}${due}`;
}
