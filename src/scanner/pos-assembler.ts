/**
 * Joins HID POS reports into barcodes. Timer-free: every call takes `now`, and whoever owns
 * timers calls `expire(now)` at `deadline()` so an unfinished barcode is dropped (and logged)
 * instead of being glued to the next scan.
 */
import { parseAimId } from './aim.js';
import { bytesToText, decodePosReport } from './hid-pos.js';
import type { PosProfile, PosReport } from './hid-pos.js';
import { sanitizeCode } from './sanitize.js';
import type { DecoderEvent } from './types.js';

/** How long a partial barcode waits for its next report. */
export const DEFAULT_REASSEMBLY_WINDOW_MS = 250;
// A stuck continuation bit must not grow memory forever; longer than any sane barcode.
const MAX_ASSEMBLED_BYTES = 1024;

interface Partial {
  readonly aim: string | null;
  readonly chunks: Uint8Array[];
  size: number;
  lastAt: number;
}

/** Reassembles multi-report barcodes for one HID POS profile. */
export class PosAssembler {
  private partial: Partial | null = null;

  /**
   * @param profile report layout of the device
   * @param windowMs how long a partial barcode waits for its next report
   */
  constructor(
    private readonly profile: PosProfile,
    private readonly windowMs: number = DEFAULT_REASSEMBLY_WINDOW_MS,
  ) {}

  /** Decodes one raw report received at `now` and returns what it completed or broke. */
  push(bytes: Uint8Array, now: number): DecoderEvent[] {
    const events = this.expire(now);
    const report = decodePosReport(bytes, this.profile);
    if (report.kind === 'error') {
      return [...events, report];
    }
    events.push(...this.accept(report, now));
    return events;
  }

  /** Drops a partial barcode whose window has passed. Call at `deadline()`. */
  expire(now: number): DecoderEvent[] {
    if (this.partial === null || now - this.partial.lastAt <= this.windowMs) return [];
    return this.drop(`no final report within ${this.windowMs} ms`);
  }

  /** When the current partial barcode times out (ms epoch), or null when none is pending. */
  deadline(): number | null {
    return this.partial === null ? null : this.partial.lastAt + this.windowMs + 1;
  }

  /** True while a barcode is half-received. */
  hasPartial(): boolean {
    return this.partial !== null;
  }

  /** Discards a partial barcode (e.g. the device was unplugged) and reports it. */
  drop(why: string): DecoderEvent[] {
    const partial = this.partial;
    if (partial === null) return [];
    this.partial = null;
    const text = bytesToText(concat(partial.chunks, partial.size));
    const shown = sanitizeCode(text);
    const preview = shown.kind === 'ok' ? shown.code.slice(0, 40) : '';
    return [
      {
        kind: 'notice',
        notice: 'dropped',
        detail: `dropped partial barcode (${partial.size} bytes${preview ? `: ${preview}` : ''}): ${why}`,
      },
    ];
  }

  private accept(report: PosReport, now: number): DecoderEvent[] {
    const events: DecoderEvent[] = [];
    if (this.partial !== null && this.partial.aim !== report.aim) {
      events.push(...this.drop(`symbology changed from ${this.partial.aim} to ${report.aim}`));
    }
    const partial: Partial = this.partial ?? { aim: report.aim, chunks: [], size: 0, lastAt: now };
    partial.chunks.push(report.data);
    partial.size += report.data.length;
    partial.lastAt = now;
    this.partial = partial;
    if (partial.size > MAX_ASSEMBLED_BYTES) {
      events.push(...this.drop(`longer than ${MAX_ASSEMBLED_BYTES} bytes`));
      return events;
    }
    if (report.more) return events;
    this.partial = null;
    events.push(finish(partial));
    return events;
  }
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function finish(partial: Partial): DecoderEvent {
  const text = bytesToText(concat(partial.chunks, partial.size));
  const aim = partial.aim === null ? null : parseAimId(partial.aim);
  if (aim?.symbology === 'menu-answer') {
    const shown = sanitizeCode(text);
    return {
      kind: 'notice',
      notice: 'menu-answer',
      detail: `scanner menu answer ${aim.id}${shown.kind === 'ok' ? `: ${shown.code}` : ''}`,
    };
  }
  const sanitized = sanitizeCode(text);
  if (sanitized.kind === 'error') return sanitized;
  return { kind: 'scan', code: sanitized.code, symbology: partial.aim };
}
