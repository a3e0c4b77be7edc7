#!/usr/bin/env node
// Prints the figures the reliability harnesses left in test/reliability/.results/ as the
// Markdown tables of RELIABILITY.md. `npm run soak` writes *.soak.json; `npm test` *.ci.json.
// Usage: node scripts/soak-report.js [soak|ci]
/* global process, console, URL */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../test/reliability/.results/', import.meta.url));
const mode = process.argv[2] ?? 'soak';
const results = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith(`.${mode}.json`))) {
  const body = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  results[body.harness] = body;
}
const n = (x) => (typeof x === 'number' ? x.toLocaleString('en-US') : String(x ?? '—'));

console.log(`Figures from ${mode} runs (test/reliability/.results/*.${mode}.json)\n`);
console.log(
  '| Crash harness | runs | start-up kills | flooded runs | scans fed | shown done | movements written | kiosk-log acks checked | verify passed | failures | seed | finished |',
);
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |');
for (const name of ['crash-sigkill', 'crash-sigterm']) {
  const r = results[name];
  if (!r) continue;
  console.log(
    `| ${r.signal} (${n(r.scansPerRun)}-scan burst sets) | ${n(r.runs)} | ${n(r.startupKills)} | ${n(r.floodRuns)} | ${n(r.scansFed)} | ${n(r.shownDone)} | ${n(r.movementsWritten)} | ${n(r.loggedWithSeq)} | ${n(r.verifyPasses)}/${n(r.runs)} | ${n(r.failures.length)} | ${r.seed} | ${r.finishedAt} |`,
  );
}

console.log('\n| Fuzzed / property input | inputs tried | failed | finished |');
console.log('| --- | --: | --: | --- |');
// Properties from other suites; the reliability ones have their own, richer rows below.
for (const [name, r] of Object.entries(results).filter(
  ([k, v]) => k.startsWith('fuzz-') && !v.file.startsWith('test/reliability/'),
)) {
  for (const [test, t] of Object.entries(r.tests)) {
    console.log(
      `| ${r.file}: ${test.split(' > ').pop()} | ${n(t.runs)} | ${n(t.failed)} | ${r.finishedAt} |`,
    );
  }
  void name;
}
for (const kind of ['patients', 'staff', 'charts']) {
  const r = results[`csv-fuzz-${kind}`];
  if (r)
    console.log(
      `| CSV import (${kind}): ${n(r.refused)} refused, ${n(r.imported)} imported consistently | ${n(r.tried)} | 0 | ${r.finishedAt} |`,
    );
}
const clock = results['clock-property'];
if (clock)
  console.log(
    `| Clock jumps: ${n(clock.scans)} scans, ${n(clock.backwardJumps)} backward steps | ${n(clock.sequences)} | 0 | ${clock.finishedAt} |`,
  );

const faults = results['faults-pty'];
if (faults) {
  console.log('\n| Fault injected into a running kiosk | times |');
  console.log('| --- | --: |');
  for (const [fault, times] of Object.entries(faults.injected))
    console.log(`| ${fault} | ${n(times)} |`);
}
