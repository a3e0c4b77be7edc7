/**
 * Shared shapes of the scanner layer. Every outcome a device or the terminal can produce is
 * a value here, never an exception: the counter must keep running whatever a scanner sends.
 */

/** Where a scan came from: a HID POS device, a keyboard-wedge burst, typed by hand, or the CLI. */
export type ScanSource = 'hid' | 'wedge' | 'keyboard' | 'cli';

/** One barcode read, ready for the engine. `code` never contains control characters. */
export interface Scan {
  /** Sanitised barcode text (no control, escape or bidi characters; at most 128 characters). */
  readonly code: string;
  /** How the scan reached us. */
  readonly source: ScanSource;
  /** AIM symbology identifier such as `]A0`, or null when the scanner did not send one. */
  readonly symbology: string | null;
  /** When the scan completed, in ms since the epoch. */
  readonly at: number;
}

/** A decoded barcode before it is stamped with a source and time. */
export interface DecodedBarcode {
  readonly kind: 'scan';
  /** Sanitised barcode text. */
  readonly code: string;
  /** AIM identifier (`]C0`) or null. */
  readonly symbology: string | null;
}

/** Something the caller should log but that is not a scan (menu answers, dropped partials). */
export interface DecoderNotice {
  readonly kind: 'notice';
  /** Short machine-readable category. */
  readonly notice: 'menu-answer' | 'dropped';
  /** Human-readable detail for the log or the diagnostics command. */
  readonly detail: string;
}

/** A report or barcode that could not be used; the caller decides whether to log it. */
export interface DecoderError {
  readonly kind: 'error';
  /** Why it was refused. */
  readonly reason: string;
}

/** What a stream decoder (HID POS reassembler, boot keyboard) yields for each input. */
export type DecoderEvent = DecodedBarcode | DecoderNotice | DecoderError;

/** Report layouts we can decode from hidraw. */
export type HidProfile = 'honeywell' | 'newland' | 'keyboard';

/** All profiles, for argument parsing and config validation. */
export const HID_PROFILES: readonly HidProfile[] = ['honeywell', 'newland', 'keyboard'];

/** Compile-time exhaustiveness check for `switch` over discriminated unions. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
