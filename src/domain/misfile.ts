import { filingKey, shelfParts } from './filing.js';

/** Why a position is a likely misfile spot for a chart. */
export type MisfileKind =
  | 'pairs_swapped'
  | 'primary_transposed'
  | 'secondary_transposed'
  | 'section_below'
  | 'section_above';

/** A shelf position where a misfiled chart may sit, named by the number it would be read as. */
export interface MisfileCandidate {
  readonly kind: MisfileKind;
  /** The number the chart was probably mistaken for (six digits or more, zero-padded). */
  readonly mrn: string;
}

function swap(pair: string): string {
  return `${pair.charAt(1)}${pair.charAt(0)}`;
}

function shift(pair: string, by: number): string {
  return String((Number(pair) + by + 100) % 100).padStart(2, '0');
}

/**
 * The likely misfile positions of a chart filed in terminal-digit order, most likely first:
 * primary and secondary pairs swapped (56-34 ↔ 34-56), digits transposed inside the primary or
 * the secondary pair, and the neighbouring sections (primary −1 and +1, wrapping 00 ↔ 99).
 * Never the chart's own position, and each position at most once.
 */
export function misfileCandidates(mrn: string): MisfileCandidate[] {
  const digits = mrn.padStart(6, '0');
  const head = digits.slice(0, -4);
  const { primary, secondary } = shelfParts(mrn);
  const proposals: MisfileCandidate[] = [
    { kind: 'pairs_swapped', mrn: `${head}${primary}${secondary}` },
    { kind: 'primary_transposed', mrn: `${head}${secondary}${swap(primary)}` },
    { kind: 'secondary_transposed', mrn: `${head}${swap(secondary)}${primary}` },
    { kind: 'section_below', mrn: `${head}${secondary}${shift(primary, -1)}` },
    { kind: 'section_above', mrn: `${head}${secondary}${shift(primary, 1)}` },
  ];
  const seen = new Set([filingKey(mrn)]);
  return proposals.filter((p) => {
    const key = filingKey(p.mrn);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
