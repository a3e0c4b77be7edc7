/**
 * The single door scans take to the engine, whatever their source: double reads are dropped,
 * check characters verified, and scans delivered strictly in order, one at a time, so none is
 * lost or reordered while the engine is busy with the previous one.
 */
import { checkScan } from './check-policy.js';
import type { CheckPolicy } from './check-policy.js';
import { DEFAULT_DEBOUNCE_MS, RepeatFilter } from './debounce.js';
import type { Scan } from './types.js';

/** Why a scan did not reach the engine. */
export type ScanRefusal =
  | { readonly kind: 'repeat'; readonly scan: Scan }
  | { readonly kind: 'check'; readonly scan: Scan; readonly reason: string }
  | { readonly kind: 'deliver-failed'; readonly scan: Scan; readonly reason: string };

/** How to build an intake. */
export interface ScanIntakeOptions {
  /** Hands one scan to the engine; the next waits until this settles. */
  readonly deliver: (scan: Scan) => void | Promise<void>;
  /** Told about every scan that did not get through (for the status line and the log). */
  readonly onRefused?: (refusal: ScanRefusal) => void;
  /** Repeat window (ms). */
  readonly debounceMs?: number;
  /** Check-character policy; default: no checks. */
  readonly checkPolicy?: CheckPolicy;
}

/** Serialises scans from every source into the engine. */
export class ScanIntake {
  private readonly repeats: RepeatFilter;
  private readonly queue: Scan[] = [];
  private draining = false;

  /** @param options delivery target, refusal listener, debounce window, check policy */
  constructor(private readonly options: ScanIntakeOptions) {
    this.repeats = new RepeatFilter(options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  /** Scans waiting behind the one being delivered. */
  get pending(): number {
    return this.queue.length;
  }

  /** Offers a scan from any source. Returns at once; delivery happens in order. */
  offer(scan: Scan): void {
    if (!this.repeats.admit(scan.code, scan.at)) {
      this.refuse({ kind: 'repeat', scan });
      return;
    }
    const check = checkScan(scan, this.options.checkPolicy ?? {});
    if (check.kind === 'error') {
      this.refuse({ kind: 'check', scan, reason: check.reason });
      return;
    }
    this.queue.push(scan);
    void this.drain();
  }

  /** Forgets the last code so the same label may be scanned again at once. */
  resetRepeats(): void {
    this.repeats.reset();
  }

  private refuse(refusal: ScanRefusal): void {
    try {
      this.options.onRefused?.(refusal);
    } catch {
      // Reporting must never block the next scan.
    }
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let scan = this.queue.shift(); scan !== undefined; scan = this.queue.shift()) {
        try {
          await this.options.deliver(scan);
        } catch (error) {
          this.refuse({ kind: 'deliver-failed', scan, reason: String(error) });
        }
      }
    } finally {
      this.draining = false;
    }
  }
}
