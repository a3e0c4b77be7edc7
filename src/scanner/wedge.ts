/**
 * Keyboard-wedge burst detector. A scanner in keyboard mode types a barcode in one fast burst;
 * a person types slowly. Feed it every chunk of terminal input with its arrival time; it
 * returns scans (source 'wedge'), the manual-entry text as it changes, and refusals. It owns
 * no timers: call `tick(now)` at `deadline()` so idle bursts and lone keystrokes settle.
 *
 * Limit: a key pressed less than `maxGapMs` before a scan starts is indistinguishable from the
 * scan's first character and joins it; a configured scanner prefix resolves this (text before
 * the prefix goes back to manual entry).
 */
import { splitAimPrefix } from './aim.js';
import { sanitizeCode, MAX_CODE_LENGTH } from './sanitize.js';
import { tokenizeTerminalInput } from './terminal-tokens.js';
import type { TerminalToken } from './terminal-tokens.js';
import type { Scan } from './types.js';
import { assertNever } from './types.js';
import { DEFAULT_WEDGE_CONFIG } from './wedge-config.js';
import type { WedgeConfig } from './wedge-config.js';

/** What the detector reports. */
export type WedgeEvent =
  /** A completed scan: a fast burst (`source: 'wedge'`) or manual text + Enter ('keyboard'). */
  | ({ readonly kind: 'scan' } & Scan)
  /** The manual-entry text changed (typed slowly, edited, submitted or cleared). */
  | { readonly kind: 'manual'; readonly text: string }
  /** A burst or entry that could not become a scan (too long, empty after cleaning). */
  | { readonly kind: 'error'; readonly reason: string };

interface Run {
  text: string;
  length: number;
  lastAt: number;
  overflow: boolean;
}

// Bound memory whatever is pasted or held down; both are far above a valid code.
const MAX_RUN = MAX_CODE_LENGTH * 4;
const MAX_MANUAL = MAX_CODE_LENGTH * 2;

/** Tells scanner bursts from typing. One instance per input owner. */
export class WedgeDetector {
  private run: Run | null = null;
  private manual = '';
  private carry = '';
  private carryAt = 0;
  private lastBurstEndAt = Number.NEGATIVE_INFINITY;

  /** @param config timings and affixes; validate with `resolveWedgeConfig` first */
  constructor(private readonly config: WedgeConfig = DEFAULT_WEDGE_CONFIG) {}

  /** Text typed by hand and not yet submitted, for the scan field to show. */
  get manualText(): string {
    return this.manual;
  }

  /** Feeds one chunk of terminal input that arrived at `now` (ms). */
  push(chunk: string, now: number): WedgeEvent[] {
    const events = this.tick(now);
    const { tokens, carry } = tokenizeTerminalInput(this.carry + chunk);
    this.carry = carry;
    this.carryAt = now;
    for (const token of tokens) this.consume(token, now, events);
    return events;
  }

  /** Settles whatever has waited long enough by `now`. */
  tick(now: number): WedgeEvent[] {
    const events: WedgeEvent[] = [];
    // An escape sequence split across chunks arrives at once; a lone ESC left over is the
    // Escape key, which types nothing.
    if (this.carry !== '' && now - this.carryAt > this.config.maxGapMs) this.carry = '';
    const run = this.run;
    if (run !== null && now - run.lastAt > this.settleAfter(run)) this.closeRun(now, events);
    return events;
  }

  /** When `tick` next has work (ms), or null when nothing is waiting. */
  deadline(): number | null {
    const times: number[] = [];
    if (this.run !== null) times.push(this.run.lastAt + this.settleAfter(this.run) + 1);
    if (this.carry !== '') times.push(this.carryAt + this.config.maxGapMs + 1);
    return times.length === 0 ? null : Math.min(...times);
  }

  /** Empties the manual-entry text (e.g. the screen's Escape key). */
  clearManual(): WedgeEvent[] {
    if (this.manual === '') return [];
    this.manual = '';
    return [{ kind: 'manual', text: '' }];
  }

  // A short run can still grow into a burst only until the next gap; a long one may still
  // get its terminator or be flushed on idle.
  private settleAfter(run: Run): number {
    return run.length < this.config.minLength
      ? this.config.maxGapMs
      : (this.config.idleMs ?? this.config.maxGapMs);
  }

  private consume(token: TerminalToken, now: number, events: WedgeEvent[]): void {
    switch (token.kind) {
      case 'char': {
        const run = this.run;
        if (run !== null && now - run.lastAt > this.config.maxGapMs) this.closeRun(now, events);
        this.appendToRun(token.char, now);
        return;
      }
      case 'terminator':
        this.terminate(token.char, now, events);
        return;
      case 'backspace':
        // Scanners never send backspace: whatever was pending was typed by a person.
        if (this.run !== null) this.closeRun(now, events);
        if (this.manual !== '') {
          this.manual = [...this.manual].slice(0, -1).join('');
          events.push({ kind: 'manual', text: this.manual });
        }
        return;
      default:
        assertNever(token);
    }
  }

  private appendToRun(char: string, now: number): void {
    const run = this.run ?? { text: '', length: 0, lastAt: now, overflow: false };
    if (run.length < MAX_RUN) {
      run.text += char;
      run.length += 1;
    } else {
      run.overflow = true;
    }
    run.lastAt = now;
    this.run = run;
  }

  private terminate(char: '\r' | '\n' | '\t', now: number, events: WedgeEvent[]): void {
    const run = this.run;
    const window = this.config.idleMs ?? this.config.maxGapMs;
    if (run !== null && run.length >= this.config.minLength && now - run.lastAt <= window) {
      this.run = null;
      this.emitBurst(run, now, events);
      this.lastBurstEndAt = now;
      return;
    }
    // CR LF (or CR Tab) closing a burst: the second terminator belongs to the scanner and
    // must not submit whatever the person had typed in the manual field.
    if (run === null && now - this.lastBurstEndAt <= this.config.maxGapMs) return;
    if (run !== null) this.closeRun(now, events);
    // Tab moves on in a form; only Enter submits manual entry.
    if (char === '\t' || this.manual === '') return;
    const sanitized = sanitizeCode(this.manual);
    this.manual = '';
    events.push({ kind: 'manual', text: '' });
    if (sanitized.kind === 'error') {
      events.push({ kind: 'error', reason: `manual entry: ${sanitized.reason}` });
      return;
    }
    events.push({
      kind: 'scan',
      code: sanitized.code,
      source: 'keyboard',
      symbology: null,
      at: now,
    });
  }

  /** Ends the pending run: a scan when fast and long enough and idle flush is on, else typing. */
  private closeRun(now: number, events: WedgeEvent[]): void {
    const run = this.run;
    if (run === null) return;
    this.run = null;
    if (run.length >= this.config.minLength && this.config.idleMs !== null) {
      this.emitBurst(run, now, events);
      return;
    }
    this.appendManual(run.text, events);
  }

  private appendManual(text: string, events: WedgeEvent[]): void {
    const room = MAX_MANUAL - [...this.manual].length;
    if (room <= 0) return;
    this.manual += [...text].slice(0, room).join('');
    events.push({ kind: 'manual', text: this.manual });
  }

  private emitBurst(run: Run, now: number, events: WedgeEvent[]): void {
    if (run.overflow) {
      events.push({ kind: 'error', reason: `scan too long (over ${MAX_RUN} characters)` });
      return;
    }
    let text = run.text;
    const { prefix, suffix } = this.config;
    if (prefix !== '') {
      const at = text.indexOf(prefix);
      // Keys typed just before the scan started belong to the person, not the barcode.
      if (at > 0) this.appendManual(text.slice(0, at), events);
      if (at >= 0) text = text.slice(at + prefix.length);
    }
    if (suffix !== '' && text.endsWith(suffix)) text = text.slice(0, -suffix.length);
    const { aim, rest } = splitAimPrefix(text);
    const sanitized = sanitizeCode(rest);
    if (sanitized.kind === 'error') {
      events.push({ kind: 'error', reason: `wedge scan: ${sanitized.reason}` });
      return;
    }
    events.push({
      kind: 'scan',
      code: sanitized.code,
      source: 'wedge',
      symbology: aim?.id ?? null,
      at: now,
    });
  }
}
