/**
 * Invented names for a million synthetic patients. The demo's 30 × 30 names would make every
 * search prefix match tens of thousands of patients; a real register has many thousands of
 * family names with a long tail, so these are built from syllables with a skewed pick.
 */
import { prng } from '../demo/seed.js';

const FIRST = [
  'Ka',
  'Ter',
  'Mo',
  'Bel',
  'Dra',
  'Fen',
  'Gor',
  'Hal',
  'Is',
  'Jor',
  'Lun',
  'Mar',
  'Nor',
  'Ol',
  'Pem',
  'Quil',
  'Ros',
  'Sal',
  'Tam',
  'Ul',
  'Var',
  'Wen',
  'Yor',
  'Zel',
  'Ash',
  'Brin',
  'Cor',
  'Dun',
  'El',
  'Fal',
  'Gil',
  'Hep',
  'Ing',
  'Kel',
  'Lor',
  'Mek',
];
const MIDDLE = ['', 'a', 'e', 'i', 'o', 'u', 'an', 'er', 'il', 'om', 'ur', 'el', 'ad', 'is'];
const LAST = [
  'by',
  'ton',
  'wick',
  'ford',
  'ley',
  'ham',
  'stead',
  'more',
  'well',
  'dale',
  'ridge',
  'holm',
  'croft',
  'field',
  'worth',
  'thorpe',
  'bury',
  'mont',
  'ville',
  'son',
];
const GIVEN_FIRST = [
  'Al',
  'Be',
  'Ca',
  'Da',
  'Ed',
  'Fa',
  'Ga',
  'He',
  'Ib',
  'Jo',
  'Ke',
  'Li',
  'Ma',
  'Ne',
  'Or',
  'Pa',
  'Ra',
  'Sa',
  'Te',
  'Va',
  'Wi',
  'Ya',
  'Zo',
  'Mi',
];
const GIVEN_LAST = [
  'na',
  'ro',
  'lin',
  'dra',
  'vin',
  'mar',
  'sel',
  'tor',
  'ria',
  'nor',
  'bel',
  'lia',
  'dan',
  'ric',
  'phe',
  'lou',
  'mir',
  'zan',
  'ven',
  'tha',
];

function syllables(parts: readonly (readonly string[])[]): string[] {
  let words = [''];
  for (const part of parts) words = words.flatMap((w) => part.map((p) => w + p));
  return words;
}

// Shuffled, so the common names (low indexes) start with every letter, not all with "Ka".
function shuffled(words: string[], seed: number): string[] {
  const rand = prng(seed);
  for (let i = words.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    const a = words[i] as string;
    words[i] = words[j] as string;
    words[j] = a;
  }
  return words;
}

/** Every invented family name (about 10,000), most common first once skewed by `pickIndex`. */
export const FAMILY = shuffled(syllables([FIRST, MIDDLE, LAST]), 11);
/** Every invented given name (about 480). */
export const GIVEN = shuffled(syllables([GIVEN_FIRST, GIVEN_LAST]), 12);

/**
 * A skewed index into a list of `n`: low indexes come up far more often, like common family
 * names. `u` is uniform in [0, 1).
 */
export function pickIndex(u: number, n: number): number {
  // u² puts about 1% on the most common name, as in real registers, and keeps a long tail.
  return Math.min(n - 1, Math.floor(u * u * n));
}
