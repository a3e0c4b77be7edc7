import type { Tone } from '../../theme/colours.js';

/** A one-line result shown above the hint bar; its text starts with a symbol and a word. */
export interface ScreenMessage {
  readonly tone: Extract<Tone, 'ok' | 'warn' | 'refused' | 'info'>;
  readonly text: string;
}

/** A message that says something was done (✔). */
export function done(text: string): ScreenMessage {
  return { tone: 'ok', text: `✔ ${text}` };
}

/** A message that says something was refused (✗). */
export function refused(text: string): ScreenMessage {
  return { tone: 'refused', text: `✗ ${text}` };
}

/** A message that warns (⚠). */
export function warned(text: string): ScreenMessage {
  return { tone: 'warn', text: `⚠ ${text}` };
}
