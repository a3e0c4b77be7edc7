/** Key codes as a terminal sends them, for ink-testing-library's stdin and node-pty. */
export const KEYS = {
  ENTER: '\r',
  ESC: '\u001b',
  BACKSPACE: '\u007f',
  TAB: '\t',
  UP: '\u001b[A',
  DOWN: '\u001b[B',
  F2: '\u001bOQ',
  F10: '\u001b[21~',
  CTRL_C: '\u0003',
  CTRL_Z: '\u001a',
  CTRL_BACKSLASH: '\u001c',
} as const;

/** A keyboard-wedge scan: the whole code and Enter in one burst. */
export function burst(code: string): string {
  return `${code}${KEYS.ENTER}`;
}
