/**
 * Time and timers behind an interface, so the supervisor runs on fake timers in tests and the
 * pure decoders can stay timer-free.
 */

/** Opaque timer handle. */
export type TimerId = ReturnType<typeof setTimeout>;

/** Where the supervisor gets time and timers. */
export interface Clock {
  /** Current time in ms since the epoch. */
  now(): number;
  /** Runs `fn` after `ms`. */
  setTimeout(fn: () => void, ms: number): TimerId;
  /** Cancels a timer from `setTimeout`. */
  clearTimeout(id: TimerId): void;
}

/** The process clock. Looked up at call time so vitest's fake timers apply. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id),
};
