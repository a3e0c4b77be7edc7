/**
 * Double-read filter. A scanner held over a label, or in continuous mode, reads it again and
 * again; the engine must see it once. The window slides: every repeat extends it, so a label
 * left under the scanner never passes twice. The filter spans sources, so a scan that arrives
 * both through HID and as typed keys (a keyboard-mode scanner also matched on hidraw) counts
 * once.
 */

/** Default time a repeat of the same code is ignored (ms). */
export const DEFAULT_DEBOUNCE_MS = 1500;

/** Remembers the last code seen and when. */
export class RepeatFilter {
  private lastCode: string | null = null;
  private lastAt = Number.NEGATIVE_INFINITY;

  /** @param windowMs repeats closer than this to the previous read are ignored */
  constructor(private readonly windowMs: number = DEFAULT_DEBOUNCE_MS) {}

  /** True when `code` read at `now` is new; false for a double read (which extends the window). */
  admit(code: string, now: number): boolean {
    const repeat = code === this.lastCode && now - this.lastAt < this.windowMs;
    this.lastCode = code;
    this.lastAt = now;
    return !repeat;
  }

  /** Forgets the last code (e.g. after the screen changed, so the same chart may be scanned). */
  reset(): void {
    this.lastCode = null;
    this.lastAt = Number.NEGATIVE_INFINITY;
  }
}
