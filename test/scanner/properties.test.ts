// Property-based: whatever bytes a device sends and whatever a terminal delivers, the decoders
// never throw and never yield control characters. SOAK=1 (npm run soak) scales every property
// to at least 100,000 runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BootKeyboardAssembler } from '../../src/scanner/boot-keyboard.js';
import { decodeRecording } from '../../src/scanner/decode-recording.js';
import { PosAssembler } from '../../src/scanner/pos-assembler.js';
import { hasUnsafeCharacter, MAX_CODE_LENGTH, sanitizeCode } from '../../src/scanner/sanitize.js';
import type { DecoderEvent } from '../../src/scanner/types.js';
import { WedgeDetector } from '../../src/scanner/wedge.js';
import type { WedgeEvent } from '../../src/scanner/wedge.js';

const soak = process.env.SOAK !== undefined && process.env.SOAK !== '' && process.env.SOAK !== '0';
const numRuns = soak ? Math.max(100_000, Number(process.env.SOAK) || 0) : 2000;
const timeout = soak ? 3_600_000 : 60_000;

function assertClean(events: readonly (DecoderEvent | WedgeEvent)[]): void {
  for (const event of events) {
    if (event.kind === 'scan') {
      expect(hasUnsafeCharacter(event.code)).toBe(false);
      expect(event.code.length).toBeGreaterThan(0);
      expect([...event.code].length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
    }
    if (event.kind === 'manual') expect(hasUnsafeCharacter(event.text)).toBe(false);
  }
}

// Reports close to real ones hit the interesting paths far more often than pure noise.
const posReport = fc.oneof(
  fc.uint8Array({ minLength: 0, maxLength: 80 }),
  fc
    .tuple(
      fc.integer({ min: 0, max: 60 }),
      fc.constantFrom(']A0', ']C0', ']X0', ']I1', 'EMP'),
      fc.uint8Array({ minLength: 56, maxLength: 56 }),
      fc.boolean(),
    )
    .map(([len, aim, data, more]) => {
      const bytes = new Uint8Array(64);
      bytes[0] = 2;
      bytes[1] = len;
      bytes.set(
        [...aim].map((c) => c.charCodeAt(0)),
        2,
      );
      bytes.set(data.subarray(0, Math.min(len, 56)), 5);
      bytes[63] = more ? 1 : 0;
      return bytes;
    }),
);
const timed = <T>(arb: fc.Arbitrary<T>) =>
  fc.array(fc.tuple(arb, fc.integer({ min: 0, max: 400 })), { maxLength: 12 });

describe('decoders never throw and never yield control characters', () => {
  it.each(['honeywell', 'newland'] as const)(
    'HID POS reassembly (%s)',
    (profile) => {
      fc.assert(
        fc.property(timed(posReport), (reports) => {
          const assembler = new PosAssembler(profile);
          let now = 0;
          for (const [bytes, gap] of reports) {
            now += gap;
            assertClean(assembler.push(bytes, now));
            assertClean(assembler.expire(now + 1));
          }
          assertClean(assembler.drop('end'));
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'boot keyboard',
    () => {
      const report = fc.oneof(
        fc.uint8Array({ minLength: 0, maxLength: 12 }),
        fc.uint8Array({ minLength: 8, maxLength: 8 }),
        fc.uint8Array({ minLength: 9, maxLength: 9 }),
      );
      fc.assert(
        fc.property(timed(report), (reports) => {
          const keyboard = new BootKeyboardAssembler(100);
          let now = 0;
          for (const [bytes, gap] of reports) {
            now += gap;
            assertClean(keyboard.push(bytes, now));
          }
          assertClean(keyboard.flush());
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'wedge detector with random chunks and timings',
    () => {
      const piece = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.constantFrom(
          '\r',
          '\n',
          '\t',
          '\x1b',
          '\x1b[',
          '\x1b[A',
          '\x1bO',
          '\x03',
          '\x7f',
          '\u202e',
          'CH0012',
          ']A1',
        ),
      );
      const chunk = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
      const config = fc.record({
        maxGapMs: fc.integer({ min: 1, max: 60 }),
        minLength: fc.integer({ min: 1, max: 8 }),
        idleMs: fc.option(fc.integer({ min: 60, max: 200 })),
        prefix: fc.constantFrom('', '~', ']'),
        suffix: fc.constantFrom('', '#', '\r'),
      });
      fc.assert(
        fc.property(config, timed(chunk), (settings, chunks) => {
          const detector = new WedgeDetector({ ...settings, suffix: settings.suffix.trim() });
          let now = 0;
          for (const [text, gap] of chunks) {
            now += gap;
            const deadline = detector.deadline();
            if (deadline !== null && deadline <= now) assertClean(detector.tick(deadline));
            assertClean(detector.push(text, now));
          }
          assertClean(detector.tick(now + 10_000));
          assertClean(detector.push('\r', now + 20_000));
          expect(hasUnsafeCharacter(detector.manualText)).toBe(false);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'sanitizeCode on any string',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
          const result = sanitizeCode(text);
          if (result.kind === 'ok') expect(hasUnsafeCharacter(result.code)).toBe(false);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'decode command parser on random recordings',
    () => {
      const line = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.uint8Array({ maxLength: 70 }).map((b) => Array.from(b, (x) => x.toString(16)).join(' ')),
      );
      fc.assert(
        fc.property(
          fc.array(line, { maxLength: 8 }),
          fc.constantFrom('honeywell', 'newland', 'keyboard' as const),
          (lines, profile) => {
            for (const item of decodeRecording(lines.join('\n'), profile)) {
              if (item.kind === 'scan') expect(hasUnsafeCharacter(item.text)).toBe(false);
            }
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );
});
