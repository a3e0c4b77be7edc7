// The real kiosk in a pseudo-terminal, killed at random moments while wedge scans pour in.
// CI: a few short runs. `npm run soak`: at least 200 SIGKILL runs with 2,000-scan burst sets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrashCampaign, type CrashSummary } from './harness/crash.js';
import { SOAK, envNumber, harnessSeed, writeResult } from './harness/results.js';
import { makeSite, type Site } from './harness/site.js';

const KILL_RUNS = envNumber('CRASH_RUNS', SOAK ? 200 : 5);
const SCANS_PER_RUN = envNumber('CRASH_SCANS', SOAK ? 2000 : 40);
const TERM_RUNS = envNumber('TERM_RUNS', SOAK ? 40 : 2);
const BURST = envNumber('CRASH_BURST', SOAK ? 50 : 20);
const PACING = (process.env.CRASH_PACING ?? 'mixed') as 'screen' | 'flood' | 'mixed';
// Enough charts that one run never scans the same chart twice.
const PATIENTS = Math.max(200, Math.ceil(SCANS_PER_RUN * 1.2));
// Generous: a slow shared machine must not time a campaign out (the deadline stops it first).
const TIMEOUT = SOAK ? 4 * 3_600_000 : Math.max(180_000, KILL_RUNS * (20_000 + SCANS_PER_RUN * 50));
const deadline = (): number => Date.now() + TIMEOUT - 30_000;

function report(summary: CrashSummary): void {
  console.log(
    `[crash] ${summary.signal}: ${summary.runs} runs (${summary.startupKills} during start-up, ${summary.floodRuns} flooded), ${summary.scansFed} scans fed, ${summary.shownDone} shown done, ${summary.movementsWritten} movements, verify passed ${summary.verifyPasses}/${summary.runs}, seed ${summary.seed}, ${Math.round(summary.durationMs / 1000)} s`,
  );
}

describe('crash and restart: nothing the screen showed as done is lost or doubled', () => {
  let site: Site;
  beforeAll(() => {
    site = makeSite({ patients: PATIENTS });
  });
  afterAll(() => site.remove());

  it(
    'SIGKILL at random moments while scans are fed',
    async () => {
      const summary = await runCrashCampaign(site, {
        runs: KILL_RUNS,
        scansPerRun: SCANS_PER_RUN,
        burstSize: BURST,
        seed: harnessSeed(),
        signal: 'SIGKILL',
        deadline: deadline(),
        startupKillShare: 0.1,
        pacing: PACING,
        onRun: (r) => {
          for (const f of r.failures) console.log(`[crash] run ${r.run} FAILED: ${f}`);
          if (SOAK && r.run % 10 === 0)
            console.log(`[crash] run ${r.run}: fed ${r.scansFed}, shown ${r.shownDone}`);
        },
      });
      report(summary);
      writeResult('crash-sigkill', { ...summary });
      expect(summary.failures).toEqual([]);
      // The harness really exercised the kiosk: scans went in and the screen showed them done.
      expect(summary.scansFed).toBeGreaterThan(0);
      expect(summary.shownDone).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'SIGTERM: a clean stop finishes the scan in flight and gives the terminal back',
    async () => {
      const summary = await runCrashCampaign(site, {
        runs: TERM_RUNS,
        scansPerRun: Math.min(SCANS_PER_RUN, 200),
        burstSize: BURST,
        seed: harnessSeed(),
        signal: 'SIGTERM',
        deadline: deadline(),
      });
      report(summary);
      writeResult('crash-sigterm', { ...summary });
      expect(summary.failures).toEqual([]);
      expect(summary.shownDone).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
