// The clock jumps backwards (and forwards) between scans: the log's order is its sequence,
// never its timestamps. For any mix of jumps, sequences rise by one per movement, every
// acknowledged movement is in the log once, and verify (hash chain + state = replay) passes.
// SOAK=1 tries 5,000 sequences.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { verifyDatabase } from '../../src/db/verify.js';
import { openStore } from '../../src/db/store.js';
import type * as PinModule from '../../src/domain/pin.js';
import { seedSmall, T0, testDesk } from '../helpers/temp-db.js';
import { SOAK, envNumber, writeResult } from './harness/results.js';

// PINs play no part here; skip scrypt's deliberate cost in the seed.
vi.mock('../../src/domain/pin.js', async (original) => ({
  ...(await original<typeof PinModule>()),
  hashPin: () => 'not-a-real-hash',
}));

const RUNS = envNumber('CLOCK_RUNS', SOAK ? 5_000 : 60);
const CODES = ['NURSE1', 'NURSE2', 'CLIN-B', 'C1', 'C1V2', 'C2', 'C3', 'UNDO'];
const HOUR = 3_600_000;

describe('clock jumps', () => {
  it(
    'keep sequence order and a verifiable log',
    () => {
      let scans = 0;
      let backwards = 0;
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              code: fc.constantFrom(...CODES),
              jump: fc.oneof(
                fc.integer({ min: 0, max: 60_000 }),
                fc.integer({ min: -48 * HOUR, max: -1 }),
                fc.integer({ min: 1, max: 48 * HOUR }),
              ),
            }),
            { minLength: 1, maxLength: 40 },
          ),
          (steps) => {
            // In memory: this is about order, not durability (the crash harness does that).
            const store = openStore(':memory:');
            seedSmall(store);
            const desk = testDesk(store);
            let at = T0;
            const acknowledged: number[] = [];
            for (const step of steps) {
              if (step.jump < 0) backwards += 1;
              at += step.jump;
              scans += 1;
              const outcome = desk.scan({ code: step.code, source: 'wedge', at });
              if ('seq' in outcome) acknowledged.push(outcome.seq);
            }
            const seqs = store.db
              .prepare('SELECT seq FROM movements ORDER BY rowid')
              .pluck()
              .all() as number[];
            expect(seqs).toEqual(seqs.map((_, i) => i + 1));
            expect(acknowledged).toEqual([...acknowledged].sort((a, b) => a - b));
            for (const seq of acknowledged) expect(seqs).toContain(seq);
            expect(verifyDatabase(store.db).problems).toEqual([]);
            store.close();
          },
        ),
        { numRuns: RUNS },
      );
      writeResult('clock-property', { sequences: RUNS, scans, backwardJumps: backwards });
    },
    SOAK ? 3_600_000 : 60_000,
  );
});
