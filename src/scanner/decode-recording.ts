/**
 * Decodes a whole recording (see report-lines.ts) into output lines, attributing every
 * problem to the line it came from. Pure: the CLI only reads the file and prints.
 */
import { parseReportLine } from './report-lines.js';
import { createReportDecoder } from './report-decoder.js';
import type { DecoderEvent, HidProfile } from './types.js';
import { assertNever } from './types.js';

/** One line of decode output. */
export type DecodeOutput =
  /** `<symbology or -> <text>` for stdout. */
  | { readonly kind: 'scan'; readonly text: string }
  /** A problem at a line (for stderr); `bad` lines make the command exit 1. */
  | {
      readonly kind: 'problem';
      readonly line: number;
      readonly message: string;
      readonly bad: boolean;
    };

/** Decodes every report in `text` with `profile`. */
export function decodeRecording(text: string, profile: HidProfile): DecodeOutput[] {
  const decoder = createReportDecoder(profile);
  const out: DecodeOutput[] = [];
  let sequenceStart: number | null = null;
  let lastAt = 0;

  const report = (events: readonly DecoderEvent[], line: number): void => {
    for (const event of events) {
      switch (event.kind) {
        case 'scan':
          out.push({ kind: 'scan', text: `${event.symbology ?? '-'} ${event.code}` });
          break;
        case 'notice':
          out.push(
            event.notice === 'dropped'
              ? { kind: 'problem', line: sequenceStart ?? line, message: event.detail, bad: true }
              : { kind: 'problem', line, message: event.detail, bad: false },
          );
          break;
        case 'error':
          out.push({ kind: 'problem', line, message: event.reason, bad: true });
          break;
        default:
          assertNever(event);
      }
    }
  };

  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const lineNo = index + 1;
    const parsed = parseReportLine(raw);
    switch (parsed.kind) {
      case 'skip':
        continue;
      case 'error':
        out.push({ kind: 'problem', line: lineNo, message: parsed.reason, bad: true });
        continue;
      case 'report':
        break;
      default:
        assertNever(parsed);
    }
    // Plain hex lines carry no time: treat them as back to back.
    lastAt = parsed.atMs ?? lastAt;
    const events = decoder.push(parsed.bytes, lastAt);
    report(events, lineNo);
    // A dropped sequence is over even if this line opened the next one.
    if (events.some((e) => e.kind === 'notice' && e.notice === 'dropped')) sequenceStart = null;
    if (decoder.deadline() === null) sequenceStart = null;
    else sequenceStart ??= lineNo;
  }
  report(decoder.finish(), lines.length);
  return out;
}
