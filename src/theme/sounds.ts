/**
 * Terminal-bell patterns: when each ring sounds (ms after the first). Success rings once,
 * a warning twice, an error three times; each notice has its own rhythm so a person who is
 * not looking at the screen still hears that something needs reading.
 */
import type { SoundKind } from '../state/sounds.js';

/** Offsets (ms) of each ring of a pattern. */
export type BellPattern = readonly number[];

/** The pattern of every sound. */
export const BELL_PATTERNS = {
  success: [0],
  warning: [0, 180],
  error: [0, 180, 360],
  requested: [0, 180, 700, 880],
  volumes: [0, 500],
  loose: [0, 500, 1000],
  found: [0, 120, 240, 360, 480],
  filled: [0, 500, 680],
} as const satisfies Record<SoundKind, BellPattern>;
