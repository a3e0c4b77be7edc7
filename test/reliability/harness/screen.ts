/**
 * Reads what the counter screen showed, from the stripped pty output. This is the one place
 * that knows the screen's wording for a finished scan, so a reworded screen means one edit here.
 *
 * A scan is "shown as done" when a frame showed its chart with a done mark: the scan-log line
 * (`✔ OUT  CH0012345-1 v1 …`, `↩ RETURNED …`, `⇄ TRANSFERRED …`) or the banner's sentence
 * (`CH0012345-1 is out to …`, `… is returned to …`, `… now goes to …`). The screen shows these
 * only after the engine returned an Outcome, which it does only after the commit.
 */

/** The movement a done mark stands for. */
export type DoneAction = 'check_out' | 'return' | 'transfer';

/** One chart the screen showed as done. */
export interface ShownDone {
  readonly code: string;
  readonly action: DoneAction;
}

const CODE = '([A-Za-z0-9][A-Za-z0-9._/-]*)';
const LINE_MARKS: readonly [RegExp, DoneAction][] = [
  [new RegExp(`✔ OUT\\s+${CODE} v\\d+`, 'g'), 'check_out'],
  [new RegExp(`↩ RETURNED\\s+${CODE} v\\d+`, 'g'), 'return'],
  [new RegExp(`⇄ TRANSFERRED\\s+${CODE} v\\d+`, 'g'), 'transfer'],
  [new RegExp(`${CODE} is out to `, 'g'), 'check_out'],
  [new RegExp(`${CODE} is returned to `, 'g'), 'return'],
  [new RegExp(`${CODE} now goes to `, 'g'), 'transfer'],
];

/**
 * Every chart code the output showed as done, with its action; only codes in `fed` count (a
 * partial redraw can leave fragments that look like codes). When a chart is shown with two
 * different actions the result keeps both, and the harness fails the run: each chart is fed at
 * most once per run.
 */
export function shownDone(text: string, fed: ReadonlySet<string>): Map<string, Set<DoneAction>> {
  const shown = new Map<string, Set<DoneAction>>();
  for (const [pattern, action] of LINE_MARKS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const code = match[1] ?? '';
      if (!fed.has(code)) continue;
      const actions = shown.get(code) ?? new Set<DoneAction>();
      actions.add(action);
      shown.set(code, actions);
    }
  }
  return shown;
}

/** True when the output showed `code` as done (any action). */
export function showsDone(text: string, code: string): boolean {
  return shownDone(text, new Set([code])).has(code);
}

/** Escape sequences that give the terminal back: leave the alternate screen, show the cursor. */
export const TERMINAL_RESTORED = { leaveAltScreen: '\u001b[?1049l', showCursor: '\u001b[?25h' };
