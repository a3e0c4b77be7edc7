import { compareFiling, filingKey, shelfParts, type FilingOrder } from './filing.js';

/** Charts of one shelf section, in filing order. */
export interface SectionGroup<T> {
  /** The section label: the primary pair in terminal-digit order (e.g. `56`). */
  readonly section: string;
  readonly items: readonly T[];
}

/**
 * The section an MRN is shelved in: the primary pair for terminal digit, the middle (secondary)
 * pair for middle digit, and the hundreds of thousands block for straight numeric.
 */
export function sectionOf(mrn: string, order: FilingOrder = 'terminal_digit'): string {
  const { primary, secondary } = shelfParts(mrn);
  switch (order) {
    case 'terminal_digit':
      return primary;
    case 'middle_digit':
      return secondary;
    case 'straight': {
      // Straight numeric shelves run in blocks of 10 000 numbers.
      const digits = mrn.replace(/^0+(?=\d)/, '');
      return digits.length > 4 ? digits.slice(0, -4) : '0';
    }
    default: {
      const never: never = order;
      throw new Error(`unknown filing order ${String(never)}`);
    }
  }
}

/** A copy of `items` sorted in the file room's order by each item's MRN. */
export function sortByFiling<T>(
  items: readonly T[],
  mrnOf: (item: T) => string,
  order: FilingOrder = 'terminal_digit',
): T[] {
  const keyed = items.map((item) => ({
    item,
    mrn: mrnOf(item),
    key: filingKey(mrnOf(item), order),
  }));
  keyed.sort((a, b) =>
    a.key !== b.key ? (a.key < b.key ? -1 : 1) : compareFiling(a.mrn, b.mrn, order),
  );
  return keyed.map((k) => k.item);
}

/** Sorts `items` in filing order and groups them by section, sections in walking order. */
export function groupBySection<T>(
  items: readonly T[],
  mrnOf: (item: T) => string,
  order: FilingOrder = 'terminal_digit',
): SectionGroup<T>[] {
  const groups: { section: string; items: T[] }[] = [];
  for (const item of sortByFiling(items, mrnOf, order)) {
    const section = sectionOf(mrnOf(item), order);
    const last = groups[groups.length - 1];
    if (last && last.section === section) last.items.push(item);
    else groups.push({ section, items: [item] });
  }
  return groups;
}
