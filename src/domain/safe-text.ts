// C0 and C1 controls, DEL, and the Unicode bidi overrides/isolates that can reorder a line.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// A whole escape sequence (CSI, OSC, or a two-byte ESC x), so its parameters go too.
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])/g;

/**
 * Text from data (barcodes, imported names, notes) made safe to write to a terminal: escape
 * sequences and control characters removed, so no data can move the cursor, retitle the
 * window or hide text.
 */
export function safeText(text: string): string {
  return text.replace(ESCAPES, '').replace(UNSAFE, '');
}

/** True when the text holds a control character or escape sequence. */
export function hasControlCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}
