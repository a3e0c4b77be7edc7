/**
 * Soak-only vitest setup file (test/reliability/vitest.soak.config.ts): counts the inputs every
 * fast-check property really tried, per test, and writes them to .results/fuzz-<file>.soak.json.
 * It replaces fast-check's default reporter with one that records the run details and then
 * fails exactly as the default would.
 */
import fc from 'fast-check';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { writeResult } from './results.js';

const counts = new Map<string, { runs: number; properties: number; failed: number }>();

function record(details: fc.RunDetails<unknown>): void {
  const name = expect.getState().currentTestName ?? '(unnamed)';
  const entry = counts.get(name) ?? { runs: 0, properties: 0, failed: 0 };
  entry.runs += details.numRuns;
  entry.properties += 1;
  if (details.failed) entry.failed += 1;
  counts.set(name, entry);
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
}

fc.configureGlobal({
  ...fc.readConfigureGlobal(),
  // One reporter serves sync and async properties alike (fast-check refuses both at once).
  reporter: record,
});

afterAll(() => {
  const file = expect.getState().testPath ?? 'unknown';
  writeResult(`fuzz-${path.basename(file).replace(/\.test\.tsx?$/, '')}`, {
    file: path.relative(process.cwd(), file),
    tests: Object.fromEntries(counts),
  });
});
