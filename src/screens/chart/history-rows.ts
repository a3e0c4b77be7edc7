import type { ChartDetail } from '../../services/charts-admin.js';
import { safeText } from '../../domain/safe-text.js';
import { ACTION_WORDS, custodianText, dateTime, daysText } from '../../theme/workspace-text.js';

const CUSTODY = new Set(['check_out', 'transfer', 'return', 'undo']);

/** One line of the chart's history, newest first, with the days held for custody moves. */
export interface HistoryRow {
  readonly seq: number;
  readonly text: string;
}

/**
 * The movement history as lines: when, what, to whom, by whom, and for custody moves how long
 * the custodian held it (until the next custody move, or now).
 */
export function historyRows(detail: ChartDetail): HistoryRow[] {
  let spell = 0;
  const rows = detail.history.map((h) => {
    const held = CUSTODY.has(h.action) ? detail.spells[spell++] : undefined;
    const to =
      CUSTODY.has(h.action) || h.action === 'home_change' ? ` → ${custodianText(h.to)}` : '';
    const days = held ? ` · held ${daysText(held.days * 86_400_000)}` : '';
    const by = h.operator ? ` · by ${safeText(h.operator)}` : '';
    const note = h.note ? ` · ${safeText(h.note)}` : '';
    return {
      seq: h.seq,
      text: `${dateTime(h.at)}  ${(ACTION_WORDS[h.action] ?? h.action).padEnd(10)}${to}${days}${by}${note}`,
    };
  });
  return rows.reverse();
}
