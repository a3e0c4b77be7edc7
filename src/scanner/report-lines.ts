/**
 * Parses recorded reports for `chartdesk scanner decode`: one report per line as hex bytes
 * separated by spaces, or hid-recorder's `E: sec.usec len bytes…` event lines (whose
 * timestamps let the reassembly window apply as it did live).
 */

/** One parsed line. */
export type ReportLine =
  /** Blank, a comment, or another hid-recorder record (descriptor, name…). */
  | { readonly kind: 'skip' }
  | { readonly kind: 'report'; readonly bytes: Uint8Array; readonly atMs: number | null }
  | { readonly kind: 'error'; readonly reason: string };

const HID_RECORDER_EVENT = /^E:\s+(\d+)\.(\d+)\s+(\d+)\s*(.*)$/;
const HID_RECORDER_OTHER = /^[A-Z]:/;

function parseHexBytes(text: string): Uint8Array | string {
  const tokens = text
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
  if (tokens.length === 0) return 'no bytes on the line';
  const bytes = new Uint8Array(tokens.length);
  for (const [index, token] of tokens.entries()) {
    const digits = token.replace(/^0x/i, '');
    if (!/^[0-9a-fA-F]{1,2}$/.test(digits)) return `"${token.slice(0, 12)}" is not a hex byte`;
    bytes[index] = Number.parseInt(digits, 16);
  }
  return bytes;
}

/** Parses one line of a recording. */
export function parseReportLine(line: string): ReportLine {
  const text = line.trim();
  if (text === '' || text.startsWith('#')) return { kind: 'skip' };
  const event = HID_RECORDER_EVENT.exec(text);
  if (event !== null) {
    const [, sec = '0', usec = '0', len = '0', rest = ''] = event;
    const bytes = parseHexBytes(rest);
    if (typeof bytes === 'string') return { kind: 'error', reason: bytes };
    if (bytes.length !== Number(len)) {
      return { kind: 'error', reason: `length field says ${len} bytes, line has ${bytes.length}` };
    }
    const atMs = Number(sec) * 1000 + Number(usec.padEnd(6, '0').slice(0, 6)) / 1000;
    return { kind: 'report', bytes, atMs };
  }
  if (HID_RECORDER_OTHER.test(text)) return { kind: 'skip' };
  const bytes = parseHexBytes(text);
  return typeof bytes === 'string'
    ? { kind: 'error', reason: bytes }
    : { kind: 'report', bytes, atMs: null };
}
