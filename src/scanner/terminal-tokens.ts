/**
 * Splits terminal input into the few things the wedge detector cares about: printable
 * characters, terminators, backspace. Escape sequences (arrow and function keys, Alt
 * combinations) and every other control character are consumed whole so none of their bytes
 * can leak into barcode text.
 */

/** One meaningful piece of terminal input. */
export type TerminalToken =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'terminator'; readonly char: '\r' | '\n' | '\t' }
  | { readonly kind: 'backspace' };

/** Tokens of a chunk, plus an escape sequence cut off at its end (to prepend to the next). */
export interface Tokenized {
  readonly tokens: TerminalToken[];
  readonly carry: string;
}

const ESC = '\x1b';

function isCsiParameterOrIntermediate(code: number): boolean {
  return code >= 0x20 && code <= 0x3f;
}

function isFinalByte(code: number): boolean {
  return code >= 0x40 && code <= 0x7e;
}

/**
 * Length of the escape sequence starting at `start` (which holds ESC), or -1 when the text
 * ends before the sequence does.
 */
function escapeLength(text: string, start: number): number {
  const next = text[start + 1];
  if (next === undefined) return -1;
  if (next === ESC) {
    // Meta prefix (ESC ESC [ A is Alt+Up): the ESC plus whatever sequence follows.
    const inner = escapeLength(text, start + 1);
    return inner < 0 ? -1 : inner + 1;
  }
  if (next === '[') {
    let index = start + 2;
    // Legacy function keys: ESC [ [ A.
    if (text[index] === '[') index += 1;
    for (; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (isCsiParameterOrIntermediate(code)) continue;
      return isFinalByte(code) ? index - start + 1 : index - start;
    }
    return -1;
  }
  if (next === 'O') {
    return start + 2 < text.length ? 3 : -1;
  }
  // ESC + one character: Alt+key. Consume the whole code point.
  const codePoint = text.codePointAt(start + 1) ?? 0;
  return codePoint > 0xffff ? 3 : 2;
}

/** Tokenises one chunk of terminal input. Never throws. */
export function tokenizeTerminalInput(text: string): Tokenized {
  const tokens: TerminalToken[] = [];
  let index = 0;
  while (index < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(index) ?? 0xfffd);
    if (ch === ESC) {
      const length = escapeLength(text, index);
      if (length < 0) return { tokens, carry: text.slice(index) };
      index += length;
      continue;
    }
    index += ch.length;
    if (ch === '\r' || ch === '\n' || ch === '\t') {
      tokens.push({ kind: 'terminator', char: ch });
    } else if (ch === '\x7f' || ch === '\b') {
      tokens.push({ kind: 'backspace' });
    } else if (/^[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]$/u.test(ch)) {
      // Ctrl-C (0x03) and every other control or format character type nothing.
      continue;
    } else {
      tokens.push({ kind: 'char', char: ch });
    }
  }
  return { tokens, carry: '' };
}
