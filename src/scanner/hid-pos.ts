/**
 * HID POS (usage page 0x8C) input reports as hidraw delivers them: 64 bytes including the
 * report ID. Two layouts exist (see docs/SCANNERS.md); a report that does not fit the chosen
 * layout is refused rather than guessed at, so a wrong profile shows up as errors instead of
 * silently shifted chart numbers.
 */
import { parseAimId } from './aim.js';

/** Layouts of a HID POS report. */
export type PosProfile = 'honeywell' | 'newland';

/** One report's fields after layout checks. */
export interface PosReport {
  readonly kind: 'report';
  /** AIM identifier (`]A1`) for the Honeywell layout, null for Newland. */
  readonly aim: string | null;
  /** Raw data bytes of this report (no AIM, no padding). */
  readonly data: Uint8Array;
  /** Bit 0 of byte 63: more reports of the same barcode follow. */
  readonly more: boolean;
}

/** A report refused by the layout checks. */
export interface PosReportError {
  readonly kind: 'error';
  /** Why the report does not fit the profile. */
  readonly reason: string;
}

/** Outcome of decoding one report. */
export type PosReportResult = PosReport | PosReportError;

/** Report size hidraw delivers for these scanners, including the report ID byte. */
export const POS_REPORT_SIZE = 64;
const REPORT_ID = 0x02;
const MAX_DATA = 56;
const HONEYWELL_DATA_START = 5;
const NEWLAND_DATA_START = 2;
// Data must be followed by zero padding up to these (exclusive) offsets; trailing fields
// (code ID, symbology id, continuation) live beyond them.
const HONEYWELL_PAD_END = 61;
const NEWLAND_PAD_END = 58;

function refuse(reason: string): PosReportError {
  return { kind: 'error', reason };
}

function isZero(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (bytes[i] !== 0) return false;
  return true;
}

/** Decodes one HID POS report with the given layout. Never throws. */
export function decodePosReport(bytes: Uint8Array, profile: PosProfile): PosReportResult {
  if (bytes.length !== POS_REPORT_SIZE) {
    return refuse(`report is ${bytes.length} bytes, expected ${POS_REPORT_SIZE}`);
  }
  if (bytes[0] !== REPORT_ID) {
    return refuse(`report ID 0x${(bytes[0] ?? 0).toString(16).padStart(2, '0')}, expected 0x02`);
  }
  const length = bytes[1] ?? 0;
  if (length > MAX_DATA) return refuse(`data length ${length} exceeds ${MAX_DATA}`);
  if (length === 0) return refuse('empty report (data length 0)');
  const more = ((bytes[63] ?? 0) & 0x01) === 1;
  const start = profile === 'honeywell' ? HONEYWELL_DATA_START : NEWLAND_DATA_START;
  const padEnd = profile === 'honeywell' ? HONEYWELL_PAD_END : NEWLAND_PAD_END;
  if (start + length > padEnd) {
    return refuse(`data length ${length} does not fit the ${profile} layout`);
  }
  if (!isZero(bytes, start + length, padEnd)) {
    return refuse(`bytes after the data are not zero padding: not a ${profile}-layout report`);
  }
  const data = bytes.slice(start, start + length);
  if (profile === 'newland') return { kind: 'report', aim: null, data, more };
  const aimText = String.fromCharCode(bytes[2] ?? 0, bytes[3] ?? 0, bytes[4] ?? 0);
  if (parseAimId(aimText) === null) {
    // Without an AIM identifier in bytes 2–4 this is most likely a Newland-layout report;
    // decoding it anyway would return the barcode shifted by three characters.
    return refuse('no AIM identifier in bytes 2-4: not a honeywell-layout report (try newland)');
  }
  return { kind: 'report', aim: aimText, data, more };
}

/** Bytes → text, one character per byte, so no byte sequence can fail to decode. */
export function bytesToText(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** Formats bytes as lower-case space-separated hex, as the diagnostics commands print them. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}
