/** How a file room orders its shelves. */
export type FilingOrder = 'terminal_digit' | 'middle_digit' | 'straight';

/** The three shelf parts of an MRN: read right to left in pairs for terminal-digit filing. */
export interface ShelfParts {
  /** Last two digits: the section (00–99). */
  readonly primary: string;
  /** The two before: the position within the section. */
  readonly secondary: string;
  /** The rest, compared as a number. */
  readonly tertiary: string;
}

const TERTIARY_WIDTH = 14;

/** Splits an MRN (digits only, left-padded to six) into its shelf parts. */
export function shelfParts(mrn: string): ShelfParts {
  const digits = mrn.padStart(6, '0');
  const primary = digits.slice(-2);
  const secondary = digits.slice(-4, -2);
  const rest = digits.slice(0, -4).replace(/^0+(?=\d)/, '');
  return { primary, secondary, tertiary: rest.padStart(2, '0') };
}

/**
 * A string whose plain comparison puts MRNs in the file room's order. Terminal digit:
 * (primary, secondary, tertiary as a number). Middle digit: (secondary, tertiary, primary).
 * Straight: the number itself.
 */
export function filingKey(mrn: string, order: FilingOrder = 'terminal_digit'): string {
  const { primary, secondary, tertiary } = shelfParts(mrn);
  const tertiaryKey = tertiary.padStart(TERTIARY_WIDTH, '0');
  switch (order) {
    case 'terminal_digit':
      return `${primary}${secondary}${tertiaryKey}`;
    case 'middle_digit':
      return `${secondary}${tertiaryKey}${primary}`;
    case 'straight':
      return mrn.replace(/^0+(?=\d)/, '').padStart(TERTIARY_WIDTH + 4, '0');
    default: {
      const never: never = order;
      throw new Error(`unknown filing order ${String(never)}`);
    }
  }
}

/** Compares two MRNs in filing order: a total order usable with Array.sort. */
export function compareFiling(a: string, b: string, order: FilingOrder = 'terminal_digit'): number {
  const ka = filingKey(a, order);
  const kb = filingKey(b, order);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The MRN grouped the way shelves read, e.g. `56 | 34 | 12` for 123456. */
export function formatShelf(mrn: string, order: FilingOrder = 'terminal_digit'): string {
  const { primary, secondary, tertiary } = shelfParts(mrn);
  switch (order) {
    case 'terminal_digit':
      return `${primary} | ${secondary} | ${tertiary}`;
    case 'middle_digit':
      return `${secondary} | ${tertiary} | ${primary}`;
    case 'straight':
      return mrn;
    default: {
      const never: never = order;
      throw new Error(`unknown filing order ${String(never)}`);
    }
  }
}

/** True for an MRN chartdesk accepts: 1–12 digits. */
export function isValidMrn(mrn: string): boolean {
  return /^\d{1,12}$/.test(mrn);
}
