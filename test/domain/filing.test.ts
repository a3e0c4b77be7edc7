import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupBySection, sectionOf, sortByFiling } from '../../src/domain/filing-order.js';
import {
  compareFiling,
  filingKey,
  formatShelf,
  shelfParts,
  type FilingOrder,
} from '../../src/domain/filing.js';

const ORDERS: readonly FilingOrder[] = ['terminal_digit', 'middle_digit', 'straight'];
const mrnArb = fc.stringMatching(/^\d{1,12}$/);

describe('shelf parts and shelf labels', () => {
  it.each([
    ['123456', '56', '34', '12', '56 | 34 | 12'],
    ['12345', '45', '23', '01', '45 | 23 | 01'],
    ['42', '42', '00', '00', '42 | 00 | 00'],
    ['0012345', '45', '23', '01', '45 | 23 | 01'],
    ['1234567', '67', '45', '123', '67 | 45 | 123'],
    ['000000', '00', '00', '00', '00 | 00 | 00'],
  ])('%s → primary %s, secondary %s, tertiary %s', (mrn, primary, secondary, tertiary, shelf) => {
    expect(shelfParts(mrn)).toEqual({ primary, secondary, tertiary });
    expect(formatShelf(mrn)).toBe(shelf);
    expect(sectionOf(mrn)).toBe(primary);
  });

  it('labels middle-digit and straight shelves in their own reading order', () => {
    expect(formatShelf('123456', 'middle_digit')).toBe('34 | 12 | 56');
    expect(formatShelf('123456', 'straight')).toBe('123456');
    expect(sectionOf('123456', 'middle_digit')).toBe('34');
    expect(sectionOf('123456', 'straight')).toBe('12');
    expect(sectionOf('9999', 'straight')).toBe('0');
  });
});

describe('filing order, table-driven', () => {
  const TABLE: { order: FilingOrder; input: string[]; sorted: string[] }[] = [
    {
      // Terminal digit: last pair, then the pair before, then the rest as a number.
      order: 'terminal_digit',
      input: ['123456', '993456', '113356', '012345', '1003456', '22', '654321'],
      sorted: ['654321', '22', '012345', '113356', '123456', '993456', '1003456'],
    },
    {
      order: 'middle_digit',
      input: ['123456', '993456', '113356', '012345', '654321'],
      sorted: ['012345', '113356', '123456', '993456', '654321'],
    },
    {
      order: 'straight',
      input: ['123456', '993456', '0012345', '22', '1003456'],
      sorted: ['22', '0012345', '123456', '993456', '1003456'],
    },
  ];
  it.each(TABLE)('$order', ({ order, input, sorted }) => {
    expect([...input].sort((a, b) => compareFiling(a, b, order))).toEqual(sorted);
    expect(sortByFiling(input, (m) => m, order)).toEqual(sorted);
  });

  it('groups a pull list by primary section, sections in walking order', () => {
    const groups = groupBySection(['123456', '993456', '654321', '000021', '1003456'], (m) => m);
    expect(groups.map((g) => [g.section, g.items])).toEqual([
      ['21', ['000021', '654321']],
      ['56', ['123456', '993456', '1003456']],
    ]);
  });
});

describe('filing order, properties', () => {
  it.each(ORDERS)('%s: compare is a total order consistent with the key', (order) => {
    fc.assert(
      fc.property(mrnArb, mrnArb, mrnArb, (a, b, c) => {
        const ab = compareFiling(a, b, order);
        // Antisymmetric, and zero only for the same number as written.
        expect(Math.sign(ab) + Math.sign(compareFiling(b, a, order))).toBe(0);
        expect(ab === 0).toBe(a === b);
        // Consistent with the key: different keys compare like the keys do.
        const ka = filingKey(a, order);
        const kb = filingKey(b, order);
        if (ka !== kb) expect(Math.sign(ab)).toBe(ka < kb ? -1 : 1);
        // Transitive.
        if (ab <= 0 && compareFiling(b, c, order) <= 0) {
          expect(compareFiling(a, c, order)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('terminal digit: the key orders by (primary, secondary, tertiary as a number)', () => {
    fc.assert(
      fc.property(mrnArb, mrnArb, (a, b) => {
        const pa = shelfParts(a);
        const pb = shelfParts(b);
        const tuple = (p: typeof pa) => [p.primary, p.secondary, BigInt(p.tertiary)] as const;
        const [a1, a2, a3] = tuple(pa);
        const [b1, b2, b3] = tuple(pb);
        const expected =
          a1 !== b1
            ? a1 < b1
              ? -1
              : 1
            : a2 !== b2
              ? a2 < b2
                ? -1
                : 1
              : a3 === b3
                ? 0
                : a3 < b3
                  ? -1
                  : 1;
        const ka = filingKey(a);
        const kb = filingKey(b);
        expect(ka === kb ? 0 : ka < kb ? -1 : 1).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('sorting twice changes nothing, and groups cover every item once', () => {
    fc.assert(
      fc.property(
        fc.array(mrnArb, { maxLength: 60 }),
        fc.constantFrom(...ORDERS),
        (mrns, order) => {
          const once = sortByFiling(mrns, (m) => m, order);
          expect(sortByFiling(once, (m) => m, order)).toEqual(once);
          const groups = groupBySection(mrns, (m) => m, order);
          expect(groups.flatMap((g) => g.items)).toEqual(once);
          expect(new Set(groups.map((g) => g.section)).size).toBe(groups.length);
        },
      ),
    );
  });
});
