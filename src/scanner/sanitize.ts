/**
 * The one gate barcode text passes before it becomes a Scan: whatever a device or terminal
 * sends, no control character, escape sequence, C1 code or bidi override reaches the engine,
 * the database or the screen (a crafted label must not be able to repaint the kiosk).
 */

/** Longest barcode text we accept; chart and badge labels are far shorter. */
export const MAX_CODE_LENGTH = 128;

/** Result of sanitising raw barcode text. */
export type SanitizeResult =
  | { readonly kind: 'ok'; readonly code: string }
  | { readonly kind: 'error'; readonly reason: string };

// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/PM/APC strings (terminated by BEL or
// ESC \ or the end of the text), SS3 (ESC O x), and any other ESC + one character.
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex
  /\x1b\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|\x1b[\]P^_][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1bO.?|\x1b[\s\S]?|\x9b[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?/gu;

// Cc: C0, DEL and C1 controls. Cf: format characters, including bidi embeddings/overrides/
// isolates, zero-width characters and BOM. Cs: lone surrogates. Zl/Zp: line/paragraph
// separators. Co/Cn are left alone: they are printable-width and harmless to a terminal.
const UNSAFE_CHARACTER = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** True when `text` holds a character that must never appear in scan text. */
export function hasUnsafeCharacter(text: string): boolean {
  return /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u.test(text);
}

/**
 * Removes escape sequences and unsafe characters, trims surrounding spaces, and refuses empty
 * or over-long results. Interior spaces stay (Code 39 encodes them).
 */
export function sanitizeCode(raw: string): SanitizeResult {
  const cleaned = raw.replace(ESCAPE_SEQUENCE, '').replace(UNSAFE_CHARACTER, '').trim();
  if (cleaned.length === 0) {
    return { kind: 'error', reason: 'empty barcode' };
  }
  const length = [...cleaned].length;
  if (length > MAX_CODE_LENGTH) {
    return {
      kind: 'error',
      reason: `barcode too long (${length} characters, limit ${MAX_CODE_LENGTH})`,
    };
  }
  return { kind: 'ok', code: cleaned };
}
