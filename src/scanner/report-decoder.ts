/**
 * One interface over the per-profile stream decoders, so the supervisor and the diagnostics
 * commands drive Honeywell, Newland and boot-keyboard devices the same way.
 */
import { BootKeyboardAssembler } from './boot-keyboard.js';
import { PosAssembler } from './pos-assembler.js';
import { assertNever } from './types.js';
import type { DecoderEvent, HidProfile } from './types.js';

/** A stateful, timer-free decoder of raw reports from one device. */
export interface ReportDecoder {
  /** Decodes one raw report received at `now` (ms). */
  push(bytes: Uint8Array, now: number): DecoderEvent[];
  /** Handles timeouts; call at `deadline()`. */
  expire(now: number): DecoderEvent[];
  /** When `expire` next has work, or null. */
  deadline(): number | null;
  /** End of a recording: completes what can be completed, reports what cannot. */
  finish(): DecoderEvent[];
  /** The device is gone: discards and reports anything half-received. */
  abandon(why: string): DecoderEvent[];
}

/** Timing knobs for `createReportDecoder`. */
export interface ReportDecoderOptions {
  /** HID POS reassembly window (ms). */
  readonly windowMs?: number;
  /** Boot keyboard idle flush (ms), null to require Enter/Tab. */
  readonly keyboardIdleMs?: number | null;
}

/** Creates the decoder for a report layout. */
export function createReportDecoder(
  profile: HidProfile,
  options: ReportDecoderOptions = {},
): ReportDecoder {
  switch (profile) {
    case 'honeywell':
    case 'newland': {
      const assembler = new PosAssembler(profile, options.windowMs);
      return {
        push: (bytes, now) => assembler.push(bytes, now),
        expire: (now) => assembler.expire(now),
        deadline: () => assembler.deadline(),
        finish: () => assembler.drop('recording ended before the final report'),
        abandon: (why) => assembler.drop(why),
      };
    }
    case 'keyboard': {
      const keyboard = new BootKeyboardAssembler(options.keyboardIdleMs);
      return {
        push: (bytes, now) => keyboard.push(bytes, now),
        expire: (now) => keyboard.expire(now),
        deadline: () => keyboard.deadline(),
        finish: () => keyboard.flush(),
        abandon: () => keyboard.reset(),
      };
    }
    default:
      return assertNever(profile);
  }
}
