/**
 * Rings the terminal bell in the pattern of a sound (theme/sounds.ts). The bell character
 * moves no cursor, so it can be written beside Ink's frames.
 */
import { BELL_PATTERNS } from '../theme/sounds.js';
import type { SoundKind } from '../state/sounds.js';

/** Plays a sound. */
export type Sound = (kind: SoundKind) => void;

/** A bell writing BEL to `write`, or silence when `enabled` is false. */
export function terminalBell(write: (text: string) => void, enabled: boolean): Sound {
  if (!enabled) return () => undefined;
  let timers: ReturnType<typeof setTimeout>[] = [];
  return (kind) => {
    // A new sound cuts the rest of the previous one: the latest scan is what matters.
    for (const timer of timers) clearTimeout(timer);
    timers = [];
    for (const offset of BELL_PATTERNS[kind]) {
      if (offset === 0) write('\x07');
      else timers.push(setTimeout(() => write('\x07'), offset));
    }
  };
}
