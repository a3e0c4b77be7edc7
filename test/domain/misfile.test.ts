import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filingKey } from '../../src/domain/filing.js';
import { misfileCandidates } from '../../src/domain/misfile.js';

describe('misfile candidates', () => {
  it.each([
    [
      '123456',
      [
        ['pairs_swapped', '125634'],
        ['primary_transposed', '123465'],
        ['secondary_transposed', '124356'],
        ['section_below', '123455'],
        ['section_above', '123457'],
      ],
    ],
    [
      // 44 transposed is itself: left out. 00 wraps to 99.
      '0012344',
      [
        ['pairs_swapped', '0014423'],
        ['secondary_transposed', '0013244'],
        ['section_below', '0012343'],
        ['section_above', '0012345'],
      ],
    ],
    [
      '7700',
      [
        ['pairs_swapped', '000077'],
        ['section_below', '007799'],
        ['section_above', '007701'],
      ],
    ],
  ])('%s', (mrn, expected) => {
    expect(misfileCandidates(mrn).map((c) => [c.kind, c.mrn])).toEqual(expected);
  });

  it('never proposes the chart’s own position, nor one position twice', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,12}$/), (mrn) => {
        const keys = misfileCandidates(mrn).map((c) => filingKey(c.mrn));
        expect(keys).not.toContain(filingKey(mrn));
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 3000 },
    );
  });
});
