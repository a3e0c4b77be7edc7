/**
 * A one-line text field as a pure function: a run of typed text (keys, a paste or a wedge
 * burst) applied to the current value. Enter submits; backspace deletes; other control
 * characters are dropped so nothing from the keyboard can reach the terminal raw.
 */

/** The field after a run of text. */
export interface LineEdit {
  /** The new value. */
  readonly value: string;
  /** True when Enter was pressed (the value is the text before it). */
  readonly submitted: boolean;
}

/** Applies typed text to a value, stopping at the first Enter. */
export function editLine(value: string, text: string, maxLength = 200): LineEdit {
  let next = value;
  for (const ch of text) {
    if (ch === '\r' || ch === '\n') return { value: next, submitted: true };
    if (ch === '\x7f' || ch === '\b') {
      next = [...next].slice(0, -1).join('');
      continue;
    }
    if (ch === '\t') continue;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f-\u009f]/.test(ch)) continue;
    if ([...next].length < maxLength) next += ch;
  }
  return { value: next, submitted: false };
}
