/**
 * AIM symbology identifiers (ISO/IEC 15424): `]` + code character + modifier character.
 * Scanners prefix them to barcode data so we can record which symbology a label used.
 */

/** Symbologies chartdesk cares about by name; anything else is reported as 'other'. */
export type SymbologyName =
  | 'code39'
  | 'code128'
  | 'gs1-128'
  | 'interleaved2of5'
  | 'codabar'
  | 'qr'
  | 'datamatrix'
  | 'pdf417'
  | 'ean-upc'
  | 'menu-answer'
  | 'other';

/** A parsed AIM identifier. */
export interface AimId {
  /** The three characters as sent, e.g. `]A1`. */
  readonly id: string;
  /** Code character, e.g. `A` for Code 39. */
  readonly code: string;
  /** Modifier character, e.g. `1`. */
  readonly modifier: string;
  /** Friendly symbology name. */
  readonly symbology: SymbologyName;
}

const AIM_PATTERN = /^\][A-Za-z][0-9A-Za-z]$/;

/** True for the three-character shape `]` letter alnum. */
export function isAimId(text: string): boolean {
  return AIM_PATTERN.test(text);
}

function nameFor(code: string, modifier: string): SymbologyName {
  switch (code) {
    case 'A':
      return 'code39';
    case 'C':
      // ]C1 marks FNC1 in the first position: a GS1-128 label.
      return modifier === '1' ? 'gs1-128' : 'code128';
    case 'I':
      return 'interleaved2of5';
    case 'F':
      return 'codabar';
    case 'Q':
      return 'qr';
    case 'd':
      return 'datamatrix';
    case 'L':
      return 'pdf417';
    case 'E':
      return 'ean-upc';
    case 'X':
    case 'Z':
      // Honeywell answers menu commands with ]X / ]Z: configuration replies, never scans.
      return 'menu-answer';
    default:
      return 'other';
  }
}

/** Parses a three-character AIM identifier; null when `text` is not one. */
export function parseAimId(text: string): AimId | null {
  if (!isAimId(text)) return null;
  const code = text.charAt(1);
  const modifier = text.charAt(2);
  return { id: text, code, modifier, symbology: nameFor(code, modifier) };
}

/**
 * Splits a leading AIM identifier off barcode text (wedge scanners can be set to prefix it).
 * Returns the identifier (or null) and the remaining text.
 */
export function splitAimPrefix(text: string): { aim: AimId | null; rest: string } {
  const aim = parseAimId(text.slice(0, 3));
  return aim === null ? { aim: null, rest: text } : { aim, rest: text.slice(3) };
}
