/**
 * The crash harness: runs the real kiosk in a pseudo-terminal, types bursts of wedge scans
 * (badge, then charts, each "CODE\r"), and kills it at a random moment: SIGKILL (a crash, a
 * pulled plug for the process) or SIGTERM (a clean stop). After each death it checks, from
 * outside the process:
 *  - every chart the screen showed as done has exactly one movement from this run, of the
 *    action shown (nothing lost, nothing doubled);
 *  - no movement was written for a chart that was not fed (nothing invented);
 *  - every scan the kiosk log file recorded with a seq has that movement in the database;
 *  - no half-written rows: sequences contiguous, each chart's last_seq is its newest movement;
 *  - `chartdesk verify` (the CLI) passes: integrity, hash chain, state equals replay of the log;
 * and the next run restarts the kiosk on the same file and waits for its idle prompt.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { PtyRun } from '../../helpers/pty.js';
import { TERMINAL_RESTORED, shownDone, showsDone, type DoneAction } from './screen.js';
import { prng } from './results.js';
import {
  HARNESS_COUNTER,
  READY,
  findHoles,
  lastSeq,
  movementsAfter,
  readSite,
  siteCodes,
  startKiosk,
  type ChartRow,
  type Site,
} from './site.js';

/** How a campaign runs. */
export interface CrashOptions {
  /** Kill/restart runs. */
  readonly runs: number;
  /** Scans planned per run (the burst set): one badge, charts, maybe a badge and returns. */
  readonly scansPerRun: number;
  /** Scans typed back to back before waiting for the screen. */
  readonly burstSize: number;
  /** Seed for every random choice. */
  readonly seed: number;
  /** The signal that ends each run. */
  readonly signal: 'SIGKILL' | 'SIGTERM';
  /**
   * How bursts are paced: 'screen' waits until the screen shows each burst's last chart done
   * (every scan gets drawn); 'flood' types the bursts back to back, as fast as the terminal
   * takes them (the kiosk falls behind; the kill lands with scans still queued in the tty).
   * 'mixed' alternates (odd runs paced, even runs flooded).
   */
  readonly pacing?: 'screen' | 'flood' | 'mixed';
  /** Share of runs killed while the kiosk is still starting (0..1). */
  readonly startupKillShare?: number;
  /**
   * Wall-clock time (ms since epoch) after which no new run starts: a test that times out must
   * not leave a campaign running beside the next test on the same database.
   */
  readonly deadline?: number;
  /** Told after each run (progress for long soaks). */
  readonly onRun?: (run: RunReport) => void;
}

/** What one run did. */
export interface RunReport {
  readonly run: number;
  readonly signal: 'SIGKILL' | 'SIGTERM';
  /** Killed before the idle prompt appeared. */
  readonly duringStartup: boolean;
  /** Bursts typed back to back (true) or paced by the screen (false). */
  readonly flood: boolean;
  readonly scansPlanned: number;
  /** Scans typed into the terminal before the signal. */
  readonly scansFed: number;
  /** Distinct charts the screen showed as done. */
  readonly shownDone: number;
  /** Custody movements this run wrote (check-out, transfer, return). */
  readonly movementsWritten: number;
  /** Scans the kiosk log file recorded with a movement. */
  readonly loggedWithSeq: number;
  readonly exitCode: number;
  readonly exitSignal: number | undefined;
  /** Everything this run found wrong (empty when all checks passed). */
  readonly failures: readonly string[];
}

/** The totals of a campaign. */
export interface CrashSummary {
  readonly signal: 'SIGKILL' | 'SIGTERM';
  readonly seed: number;
  readonly runs: number;
  /** Runs actually completed (fewer than `runs` only when the deadline came first). */
  readonly runsDone: number;
  readonly startupKills: number;
  /** Runs whose bursts were typed back to back. */
  readonly floodRuns: number;
  readonly scansPerRun: number;
  readonly scansFed: number;
  readonly shownDone: number;
  readonly movementsWritten: number;
  readonly loggedWithSeq: number;
  readonly verifyPasses: number;
  readonly finalMovements: number;
  readonly durationMs: number;
  readonly failures: readonly string[];
}

const CUSTODY = new Set(['check_out', 'return', 'transfer']);

interface Plan {
  readonly codes: string[];
  readonly charts: Set<string>;
}

/**
 * One run's burst set: a badge, charts that are not already with that badge (so each is a
 * check-out or a transfer), then sometimes the badge again (the visit ends) and charts that are
 * out (returns). Each chart at most once, so a screen line names one scan.
 */
function planRun(
  charts: readonly ChartRow[],
  badges: readonly { id: number; badge: string }[],
  size: number,
  rand: ReturnType<typeof prng>,
): Plan {
  const badge = badges[rand.int(0, badges.length - 1)];
  if (!badge) throw new Error('the site has no active badges');
  const pool = charts.filter((c) => !(c.custodianKind === 'staff' && c.custodianId === badge.id));
  // Fisher-Yates over a copy: distinct charts in random order.
  const order = [...pool];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = rand.int(0, i);
    const a = order[i];
    const b = order[j];
    if (a && b) {
      order[i] = b;
      order[j] = a;
    }
  }
  const withReturns = rand.next() < 0.4;
  const chartSlots = Math.min(order.length, size - (withReturns ? 2 : 1));
  const returnSlots = withReturns ? Math.floor(chartSlots * 0.25) : 0;
  const returns: string[] = [];
  const used = new Set<string>();
  if (returnSlots > 0) {
    for (const c of order) {
      if (returns.length >= returnSlots) break;
      if (c.state === 'out') {
        returns.push(c.barcode);
        used.add(c.barcode);
      }
    }
  }
  const outs: string[] = [];
  for (const c of order) {
    if (outs.length >= chartSlots - returns.length) break;
    if (!used.has(c.barcode)) {
      outs.push(c.barcode);
      used.add(c.barcode);
    }
  }
  const codes = [badge.badge, ...outs];
  if (returns.length > 0) codes.push(badge.badge, ...returns);
  return { codes, charts: used };
}

function logLinesFrom(file: string, offset: number): { seq?: number; outcome?: string }[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8').slice(offset);
  const lines: { seq?: number; outcome?: string }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = JSON.parse(line) as { kind?: string; seq?: number; outcome?: string };
      if (parsed.kind === 'scan') lines.push(parsed);
    } catch {
      // A SIGKILL may cut the last line short: it was never a complete record.
    }
  }
  return lines;
}

function sizeOf(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

async function feed(
  kiosk: PtyRun,
  plan: Plan,
  options: CrashOptions,
  rand: ReturnType<typeof prng>,
  flood: boolean,
): Promise<number> {
  const bursts: string[][] = [];
  for (let i = 0; i < plan.codes.length; i += options.burstSize)
    bursts.push(plan.codes.slice(i, i + options.burstSize));
  // Paced runs die after at least one burst was shown done, so every paced run checks a
  // screen; flooded runs may die on the very first burst.
  const last = Math.max(0, bursts.length - 1);
  const killAfter = rand.int(flood ? 0 : Math.min(1, last), last);
  let fed = 0;
  for (const [index, burst] of bursts.entries()) {
    if (kiosk.exitStatus() !== null) break;
    const since = kiosk.mark();
    for (const code of burst) {
      kiosk.write(`${code}\r`);
      fed += 1;
    }
    if (index === killAfter) {
      // The signal lands while this burst is being read, decided and committed.
      const delay = rand.int(0, 40);
      await new Promise((resolve) => setTimeout(resolve, delay));
      kiosk.kill(options.signal);
      return fed;
    }
    if (flood) {
      // A short breath between bursts, not waiting for the screen: the kiosk runs flat out
      // and may still be working through earlier bursts when the signal lands.
      await new Promise((resolve) => setTimeout(resolve, rand.int(0, burst.length * 4)));
      continue;
    }
    const lastChart = [...burst].reverse().find((code) => plan.charts.has(code));
    if (lastChart !== undefined) {
      await kiosk.waitFor((text) => showsDone(text, lastChart), { since, timeoutMs: 30_000 });
    }
  }
  kiosk.kill(options.signal);
  return fed;
}

/** Runs a kill/restart campaign on a seeded site; never throws for a failed check. */
export async function runCrashCampaign(site: Site, options: CrashOptions): Promise<CrashSummary> {
  const rand = prng(options.seed);
  const started = Date.now();
  const failures: string[] = [];
  const totals = {
    startupKills: 0,
    floodRuns: 0,
    scansFed: 0,
    shownDone: 0,
    movementsWritten: 0,
    loggedWithSeq: 0,
    verifyPasses: 0,
  };
  let runsDone = 0;
  for (let run = 1; run <= options.runs; run += 1) {
    if (options.deadline !== undefined && Date.now() > options.deadline) {
      failures.push(`stopped after ${runsDone} of ${options.runs} runs: out of time`);
      break;
    }
    runsDone = run;
    const report = await oneRun(site, run, options, rand);
    options.onRun?.(report);
    if (report.duringStartup) totals.startupKills += 1;
    else if (report.flood) totals.floodRuns += 1;
    totals.scansFed += report.scansFed;
    totals.shownDone += report.shownDone;
    totals.movementsWritten += report.movementsWritten;
    totals.loggedWithSeq += report.loggedWithSeq;
    if (!report.failures.some((f) => f.startsWith('verify'))) totals.verifyPasses += 1;
    for (const f of report.failures) failures.push(`run ${run}: ${f}`);
    if (failures.length > 50) break;
  }
  const finalMovements = readSite(site, lastSeq);
  return {
    signal: options.signal,
    seed: options.seed,
    runs: options.runs,
    runsDone,
    scansPerRun: options.scansPerRun,
    ...totals,
    finalMovements,
    durationMs: Date.now() - started,
    failures,
  };
}

async function oneRun(
  site: Site,
  run: number,
  options: CrashOptions,
  rand: ReturnType<typeof prng>,
): Promise<RunReport> {
  const failures: string[] = [];
  const { before, plan } = readSite(site, (db) => {
    const { badges, charts } = siteCodes(db);
    return {
      before: lastSeq(db),
      plan: planRun(charts, badges, options.scansPerRun, rand),
    };
  });
  const logOffset = sizeOf(site.logPath);
  const kiosk = startKiosk(site);
  const duringStartup = rand.next() < (options.startupKillShare ?? 0);
  const pacing = options.pacing ?? 'screen';
  // Mixed: odd runs paced by the screen, even runs flooded.
  const flood = pacing === 'flood' || (pacing === 'mixed' && run % 2 === 0);
  let scansFed = 0;
  try {
    if (duringStartup) {
      await new Promise((resolve) => setTimeout(resolve, rand.int(0, 600)));
      kiosk.kill(options.signal);
    } else {
      await kiosk.waitFor(READY, { timeoutMs: 30_000 });
      scansFed = await feed(kiosk, plan, options, rand, flood);
    }
  } catch (error) {
    failures.push(`harness: ${(error as Error).message}`);
    kiosk.kill('SIGKILL');
  }
  const exit = await Promise.race([
    kiosk.exited,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 20_000)),
  ]);
  if (exit === null) {
    failures.push(`the kiosk did not stop within 20 s of ${options.signal}`);
    kiosk.kill('SIGKILL');
    await kiosk.exited;
  }
  const status = kiosk.exitStatus() ?? { exitCode: -1, signal: undefined };

  if (options.signal === 'SIGTERM' && !duringStartup && exit !== null) {
    if (status.exitCode !== 0 || status.signal !== undefined)
      failures.push(`SIGTERM: exit ${status.exitCode}, signal ${String(status.signal)}`);
    const raw = kiosk.raw();
    const tail = raw.slice(Math.max(0, raw.lastIndexOf(TERMINAL_RESTORED.leaveAltScreen)));
    if (!raw.includes(TERMINAL_RESTORED.leaveAltScreen))
      failures.push('SIGTERM: the terminal never left the alternate screen');
    else if (!tail.includes(TERMINAL_RESTORED.showCursor))
      failures.push('SIGTERM: the cursor was not shown again');
  }

  // What the screen acknowledged, and what the log file recorded.
  const shown = shownDone(kiosk.text(), plan.charts);
  const logged = logLinesFrom(site.logPath, logOffset).filter((l) => typeof l.seq === 'number');

  const verify = site.cli(['verify']);
  if (verify.code !== 0)
    failures.push(`verify: exit ${verify.code}: ${verify.stdout}${verify.stderr}`);

  const written = readSite(site, (db) => {
    for (const hole of findHoles(db)) failures.push(`half-written: ${hole.kind} ${hole.detail}`);
    const moves = movementsAfter(db, before);
    const custody = moves.filter((m) => CUSTODY.has(m.action));
    const perChart = new Map<string, DoneAction[]>();
    for (const m of custody) {
      const code = m.barcode ?? `#${m.chart_id}`;
      perChart.set(code, [...(perChart.get(code) ?? []), m.action as DoneAction]);
      if (!plan.charts.has(code))
        failures.push(`invented: movement #${m.seq} for ${code}, never fed`);
      if (m.counter !== HARNESS_COUNTER || m.source !== 'wedge')
        failures.push(`movement #${m.seq} has counter ${m.counter}, source ${m.source}`);
    }
    for (const [code, actions] of perChart) {
      if (actions.length > 1) failures.push(`doubled: ${code} has ${actions.length} movements`);
    }
    for (const [code, actions] of shown) {
      const inLog = perChart.get(code) ?? [];
      if (inLog.length !== 1) {
        failures.push(`lost: ${code} was shown as done but has ${inLog.length} movements`);
      } else if (actions.size !== 1 || !actions.has(inLog[0] as DoneAction)) {
        failures.push(`${code} was shown as ${[...actions].join('/')} but logged as ${inLog[0]}`);
      }
    }
    const bySeq = new Map(moves.map((m) => [m.seq, m]));
    for (const line of logged) {
      const m = bySeq.get(line.seq ?? -1);
      if (!m)
        failures.push(
          `lost: the kiosk log recorded movement #${line.seq} but it is not in the database`,
        );
      else if (line.outcome !== undefined && CUSTODY.has(line.outcome) && m.action !== line.outcome)
        failures.push(`kiosk log says #${m.seq} was ${line.outcome}, database says ${m.action}`);
    }
    return custody.length;
  });

  if (
    exit !== null &&
    !duringStartup &&
    options.signal === 'SIGKILL' &&
    status.signal === undefined
  )
    failures.push(`SIGKILL: expected death by signal, got exit ${status.exitCode}`);

  return {
    run,
    signal: options.signal,
    duringStartup,
    flood,
    scansPlanned: plan.codes.length,
    scansFed,
    shownDone: shown.size,
    movementsWritten: written,
    loggedWithSeq: logged.length,
    exitCode: status.exitCode,
    exitSignal: status.signal,
    failures,
  };
}
