/**
 * Turns what Ink's `useInput` hands a handler back into terminal text for the wedge detector.
 * Ink reports a lone Enter/Tab/Backspace as flags with empty `input`, Ctrl-C as `input === 'c'`
 * with `ctrl`, and arrow keys as flags; a burst like "CH123\r" arrives whole in `input`.
 */

/** The fields of Ink's `Key` this mapping reads (structural, so Ink is not imported here). */
export interface InkKeyFlags {
  readonly return: boolean;
  readonly tab: boolean;
  readonly backspace: boolean;
  readonly delete: boolean;
  readonly ctrl: boolean;
  readonly meta: boolean;
}

/** The chunk to `WedgeDetector.push` for one `useInput` call ('' for keys that type nothing). */
export function chunkFromInk(input: string, key: InkKeyFlags): string {
  if (input === '') {
    if (key.return) return '\r';
    if (key.tab) return '\t';
    if (key.backspace || key.delete) return '\x7f';
    return '';
  }
  // Ctrl+letter and Alt+letter arrive as the bare letter: they are commands, never text.
  if ((key.ctrl || key.meta) && [...input].length === 1) return '';
  return input;
}
