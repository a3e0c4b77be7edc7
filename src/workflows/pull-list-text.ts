import type { Custodian } from '../domain/custodian.js';
import { safeText } from '../domain/safe-text.js';
import { csvCells } from './csv.js';
import { clock, dateTime } from './day.js';
import { pullLines, type PullLine, type PullList, type PullState } from './pull-list.js';

const ORDER_NAMES = {
  terminal_digit: 'terminal-digit order',
  middle_digit: 'middle-digit order',
  straight: 'numeric order',
} as const;

/** A custodian as a clerk reads it: code and name (never a patient). */
export function custodianLabel(c: Custodian | null): string {
  if (!c) return 'file';
  return `${safeText(c.code)} ${safeText(c.name)}`;
}

/** The state of a pull-list line in words: why it cannot be pulled, when it cannot. */
export function stateText(state: PullState, holding: string): string {
  switch (state.kind) {
    case 'to_pull':
      return 'in file';
    case 'pulled':
      return `pulled to ${safeText(holding)}${state.since === null ? '' : ` ${clock(state.since)}`}`;
    case 'delivered':
      return `delivered to ${custodianLabel(state.to)}`;
    case 'out':
      return `CANNOT PULL: out to ${custodianLabel(state.custodian)}${state.since === null ? '' : ` since ${dateTime(state.since)}`}`;
    case 'missing':
      return `CANNOT PULL: missing since ${dateTime(state.since)}`;
    case 'not_fillable':
      return `not fillable: ${safeText(state.reason)}`;
    default: {
      const never: never = state;
      throw new Error(`unhandled pull state ${JSON.stringify(never)}`);
    }
  }
}

/** The tick box at the start of a printed line: [ ] to pull, [x] done, [!] blocked. */
export function mark(state: PullState): string {
  switch (state.kind) {
    case 'to_pull':
      return '[ ]';
    case 'pulled':
    case 'delivered':
      return '[x]';
    case 'out':
    case 'missing':
    case 'not_fillable':
      return '[!]';
    default: {
      const never: never = state;
      throw new Error(`unhandled pull state ${JSON.stringify(never)}`);
    }
  }
}

/** Where and when the chart is wanted: `CLIN-B 09:30, CLIN-C 14:00`. */
export function wantedText(line: PullLine): string {
  return line.requests.map((r) => `${safeText(r.locationCode)} ${clock(r.neededAt)}`).join(', ');
}

/** The pull list as printable text: a header with progress, then one block per section. */
export function pullListText(list: PullList): string {
  const p = list.progress;
  const out: string[] = [
    `PULL LIST ${list.date} · ${list.clinic === null ? 'all clinics' : safeText(list.clinic)} · ${ORDER_NAMES[list.order]}`,
    `${p.total} chart(s): ${p.done} pulled, ${p.toPull} to pull, ${p.blocked} cannot be pulled`,
  ];
  if (p.total === 0) out.push('', 'No charts are requested for this day.');
  const lines = pullLines(list);
  const barcodeWidth = Math.max(7, ...lines.map((l) => safeText(l.chart.barcode).length));
  const wantedWidth = Math.max(12, ...lines.map((l) => wantedText(l).length));
  for (const section of list.sections) {
    out.push('', `── Section ${section.section} ${'─'.repeat(40)}`);
    for (const line of section.items) {
      out.push(
        [
          mark(line.state),
          line.shelf.padEnd(14),
          `vol ${line.chart.volume}`,
          safeText(line.chart.barcode).padEnd(barcodeWidth),
          wantedText(line).padEnd(wantedWidth),
          stateText(line.state, list.holding),
        ].join('  '),
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** The pull list as CSV: one row per chart, in walking order. */
export function pullListCsv(list: PullList): string {
  const rows = [csvCells(['section', 'shelf', 'barcode', 'volume', 'wanted', 'state', 'detail'])];
  for (const section of list.sections) {
    for (const line of section.items) {
      rows.push(
        csvCells([
          section.section,
          line.shelf,
          line.chart.barcode,
          String(line.chart.volume),
          wantedText(line),
          line.state.kind,
          stateText(line.state, list.holding),
        ]),
      );
    }
  }
  return rows.join('');
}
