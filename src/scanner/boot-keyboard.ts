/**
 * Boot-protocol keyboard reports from a scanner left in keyboard mode (read through hidraw,
 * e.g. by `chartdesk scanner decode --profile keyboard`). Scanners send key positions, so this
 * maps them with the US layout the scanner assumes; a key counts once, when it first appears.
 */
import { sanitizeCode } from './sanitize.js';
import { assertNever } from './types.js';
import type { DecoderEvent } from './types.js';

/** Parsed fields of one boot report. */
export type BootReport =
  | { readonly kind: 'keys'; readonly shift: boolean; readonly keys: readonly number[] }
  | { readonly kind: 'rollover' }
  | { readonly kind: 'error'; readonly reason: string };

const SHIFT_MASK = 0x22; // left shift 0x02 | right shift 0x20
const ERROR_ROLL_OVER = 0x01;
const FIRST_KEY = 0x04;
const ENTER = 0x28;
const KEYPAD_ENTER = 0x58;
const TAB = 0x2b;

/** Splits an 8-byte report (9 with a leading report ID) into shift state and pressed keys. */
export function parseBootReport(bytes: Uint8Array): BootReport {
  if (bytes.length !== 8 && bytes.length !== 9) {
    return { kind: 'error', reason: `keyboard report is ${bytes.length} bytes, expected 8 or 9` };
  }
  const body = bytes.length === 9 ? bytes.subarray(1) : bytes;
  const slots = Array.from(body.subarray(2, 8));
  if (slots.every((k) => k === ERROR_ROLL_OVER)) return { kind: 'rollover' };
  return {
    kind: 'keys',
    shift: ((body[0] ?? 0) & SHIFT_MASK) !== 0,
    keys: slots.filter((k) => k >= FIRST_KEY), // 0–3 are "no key" and error codes
  };
}

const DIGITS = '1234567890';
const SHIFTED_DIGITS = '!@#$%^&*()';
// Usage → [plain, shifted] for the punctuation keys of a US layout.
const PUNCTUATION: Readonly<Record<number, readonly [string, string]>> = {
  0x2c: [' ', ' '],
  0x2d: ['-', '_'],
  0x2e: ['=', '+'],
  0x2f: ['[', '{'],
  0x30: [']', '}'],
  0x31: ['\\', '|'],
  0x33: [';', ':'],
  0x34: ["'", '"'],
  0x35: ['`', '~'],
  0x36: [',', '<'],
  0x37: ['.', '>'],
  0x38: ['/', '?'],
  0x54: ['/', '/'],
  0x55: ['*', '*'],
  0x56: ['-', '-'],
  0x57: ['+', '+'],
  0x63: ['.', '.'],
};

/** The character a key usage types on a US layout, or null for keys that type nothing. */
export function usageToChar(usage: number, shift: boolean): string | null {
  if (usage >= 0x04 && usage <= 0x1d) {
    const letter = String.fromCharCode(0x61 + usage - 0x04);
    return shift ? letter.toUpperCase() : letter;
  }
  if (usage >= 0x1e && usage <= 0x27) {
    return (shift ? SHIFTED_DIGITS : DIGITS).charAt(usage - 0x1e);
  }
  if (usage >= 0x59 && usage <= 0x62) {
    // Keypad 1–9 then 0; scanners send these with Num Lock assumed on.
    return DIGITS.charAt(usage - 0x59);
  }
  const pair = PUNCTUATION[usage];
  return pair === undefined ? null : shift ? pair[1] : pair[0];
}

/** True for keys that end a barcode: Enter, keypad Enter, Tab. */
export function isTerminatorUsage(usage: number): boolean {
  return usage === ENTER || usage === KEYPAD_ENTER || usage === TAB;
}

/** How long typed text may sit without a terminator before it is flushed as a scan. */
export const DEFAULT_KEYBOARD_IDLE_MS = 100;
const MAX_PENDING = 512;

/** Turns a stream of boot reports into barcodes (ended by Enter/Tab, or by idle). */
export class BootKeyboardAssembler {
  private previous: readonly number[] = [];
  private text = '';
  private lastAt = 0;

  /** @param idleMs flush typed text without a terminator after this long; null never flushes */
  constructor(private readonly idleMs: number | null = DEFAULT_KEYBOARD_IDLE_MS) {}

  /** Decodes one report received at `now`. */
  push(bytes: Uint8Array, now: number): DecoderEvent[] {
    const events = this.expire(now);
    const report = parseBootReport(bytes);
    switch (report.kind) {
      case 'error':
        events.push(report);
        return events;
      case 'rollover':
        // Too many keys at once: the report says nothing about which; keep the previous state.
        return events;
      case 'keys':
        break;
      default:
        return assertNever(report);
    }
    const fresh = report.keys.filter((k) => !this.previous.includes(k));
    this.previous = report.keys;
    for (const usage of fresh) {
      if (isTerminatorUsage(usage)) {
        events.push(...this.flush());
        continue;
      }
      const ch = usageToChar(usage, report.shift);
      if (ch !== null && this.text.length < MAX_PENDING) {
        this.text += ch;
        this.lastAt = now;
      }
    }
    return events;
  }

  /** Flushes text left without a terminator once `idleMs` has passed. */
  expire(now: number): DecoderEvent[] {
    if (this.idleMs === null || this.text === '' || now - this.lastAt <= this.idleMs) return [];
    return this.flush();
  }

  /** When pending text will be flushed by `expire`, or null. */
  deadline(): number | null {
    return this.idleMs === null || this.text === '' ? null : this.lastAt + this.idleMs + 1;
  }

  /** Ends the current barcode now (terminator key, end of a recording). */
  flush(): DecoderEvent[] {
    const text = this.text;
    this.text = '';
    if (text === '') return [];
    const sanitized = sanitizeCode(text);
    return [
      sanitized.kind === 'ok' ? { kind: 'scan', code: sanitized.code, symbology: null } : sanitized,
    ];
  }

  /** Forgets pending text and key state (device lost). */
  reset(): DecoderEvent[] {
    const text = this.text;
    this.text = '';
    this.previous = [];
    return text === ''
      ? []
      : [{ kind: 'notice', notice: 'dropped', detail: `dropped ${text.length} typed characters` }];
  }
}
