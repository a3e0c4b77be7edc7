// Loads the hex byte fixtures in test/fixtures/hid (one report per line, # comments).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a fixture file. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/hid/${name}`, import.meta.url));
}

/** The plain hex reports of a fixture, as byte arrays. */
export function fixtureReports(name: string): Uint8Array[] {
  return readFileSync(fixturePath(name), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => Uint8Array.from(line.split(/\s+/).map((b) => Number.parseInt(b, 16))));
}

/** A 64-byte Honeywell-layout report. */
export function honeywellReport(aim: string, data: string, more = false): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes[0] = 0x02;
  bytes[1] = data.length;
  for (const [i, ch] of [...aim].entries()) bytes[2 + i] = ch.charCodeAt(0);
  for (const [i, ch] of [...data].entries()) bytes[5 + i] = ch.charCodeAt(0);
  bytes[63] = more ? 1 : 0;
  return bytes;
}
