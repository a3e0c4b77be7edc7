// Faults injected into a running kiosk (real process, real terminal): a database locked by
// another program, a full disk, the file removed or replaced, the clock stepping back, a second
// chartdesk on the same file, a missing or invalid config. Each must give a clear message and
// lose nothing that was shown as done.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { CHARTDESK_CLI, spawnChartdesk, spawnPtyCommand, type PtyRun } from '../helpers/pty.js';
import { showsDone } from './harness/screen.js';
import { writeResult } from './harness/results.js';
import {
  READY,
  findHoles,
  lastSeq,
  makeSite,
  movementsAfter,
  readSite,
  siteCodes,
  startKiosk,
  type Site,
} from './harness/site.js';

const CLOCK_JUMP = fileURLToPath(new URL('./fixtures/clock-jump.js', import.meta.url));
const REFUSED_WRITE = /Not saved: the database cannot be written/;

const open: { kiosk: PtyRun | null; site: Site | null; after?: () => void }[] = [];
afterEach(async () => {
  // Newest first: kiosks stop before their file systems are unmounted and folders removed.
  for (const { kiosk, site, after } of open.splice(0).reverse()) {
    kiosk?.kill('SIGKILL');
    if (kiosk) await kiosk.exited;
    after?.();
    site?.remove();
  }
});

/** Faults injected across this file, for RELIABILITY.md. */
const injected: Record<string, number> = {};
function count(fault: string): void {
  injected[fault] = (injected[fault] ?? 0) + 1;
  writeResult('faults-pty', { injected });
}

function track(site: Site, kiosk: PtyRun | null = null): void {
  open.push({ site, kiosk });
}

/** A badge and `n` charts that are in the file room. */
function visitCodes(site: Site, n: number): { badge: string; charts: string[] } {
  return readSite(site, (db) => {
    const { badges, charts } = siteCodes(db);
    const badge = badges[0]?.badge ?? '';
    return {
      badge,
      charts: charts
        .filter((c) => c.state === 'in' && !c.missing)
        .slice(0, n)
        .map((c) => c.barcode),
    };
  });
}

async function ready(site: Site, env: Record<string, string> = {}): Promise<PtyRun> {
  const kiosk = startKiosk(site, { env });
  track(site, kiosk);
  await kiosk.waitFor(READY, { timeoutMs: 30_000 });
  return kiosk;
}

function verifyPasses(site: Site): void {
  const verify = site.cli(['verify']);
  expect(verify.stdout).toMatch(/^ok:/);
  expect(verify.code).toBe(0);
  expect(readSite(site, findHoles)).toEqual([]);
}

function kioskLog(site: Site): { kind: string; outcome?: string; reason?: string }[] {
  return readFileSync(site.logPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { kind: string; outcome?: string; reason?: string });
}

describe('faults in a running kiosk', () => {
  it('database locked by another program: scans wait in order, the screen says so, none lost', async () => {
    const site = makeSite({
      patients: 50,
      config: { database: { path: 'site.db', busyTimeoutMs: 200 } },
    });
    const kiosk = await ready(site);
    const { badge, charts } = visitCodes(site, 6);
    const before = readSite(site, lastSeq);
    const other = openDatabase(site.dbPath, { busyTimeoutMs: 0 });
    try {
      other.exec('BEGIN IMMEDIATE');
      count('db_locked');
      const since = kiosk.mark();
      kiosk.write(`${badge}\r`);
      for (const code of charts) kiosk.write(`${code}\r`);
      await kiosk.waitFor(/Database busy/, { since });
      // Held well past the busy timeout: the queue keeps retrying, nothing is refused.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(readSite(site, lastSeq)).toBe(before);
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    const last = charts[charts.length - 1] ?? '';
    const text = await kiosk.waitFor((t) => showsDone(t, last), { timeoutMs: 30_000 });
    expect(text).not.toMatch(/stayed busy/);
    const moved = readSite(site, (db) => movementsAfter(db, before).map((m) => m.barcode));
    expect(moved).toEqual(charts);
    verifyPasses(site);
  }, 90_000);

  it('disk full: the scan is refused in red, nothing half-written', async () => {
    const site = makeSite({ patients: 50 });
    const { badge, charts } = visitCodes(site, 40);
    const before = readSite(site, lastSeq);
    // A real full disk: a small tmpfs holding the database (root may mount; CI runs as root).
    // Without mount rights, RLIMIT_FSIZE stands in: writes then fail with EFBIG, though Ink's
    // signal-exit re-raises SIGXFSZ, so the kiosk may die instead of refusing (still: nothing
    // shown as done may be lost).
    const small = path.join(site.dir, 'small');
    mkdirSync(small);
    const dbSize = readFileSync(site.dbPath).length;
    const sizeKb = Math.ceil(dbSize / 1024) + 32 + 48; // the file, the 32 kB -shm, a few WAL pages
    const mounted =
      spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700`, 'tmpfs', small])
        .status === 0;
    // Cleaned newest first: the kiosk stops, then the tmpfs goes, then the folder.
    open.push({ kiosk: null, site });
    if (mounted)
      open.push({ kiosk: null, site: null, after: () => void spawnSync('umount', ['-l', small]) });
    let kiosk: PtyRun;
    if (mounted) {
      copyFileSync(site.dbPath, path.join(small, 'site.db'));
      const config = JSON.parse(readFileSync(site.configPath, 'utf8')) as Record<string, unknown>;
      config.database = { path: path.join(small, 'site.db'), busyTimeoutMs: 5000 };
      writeFileSync(site.configPath, JSON.stringify(config));
      kiosk = startKiosk(site);
    } else {
      const blocks = Math.ceil(dbSize / 512) + 40;
      kiosk = spawnPtyCommand(
        '/bin/sh',
        [
          '-c',
          `ulimit -f ${blocks}; exec "${process.execPath}" "${CHARTDESK_CLI}" --config "${site.configPath}"`,
        ],
        { cwd: site.dir, cols: 120, rows: 40 },
      );
    }
    open.push({ kiosk, site: null });
    const live: Site = mounted ? { ...site, dbPath: path.join(small, 'site.db') } : site;
    await kiosk.waitFor(READY, { timeoutMs: 30_000 });
    count(mounted ? 'disk_full' : 'file_size_limit');
    kiosk.write(`${badge}\r`);
    let refusedAt = -1;
    let shownDone = 0;
    for (const [i, code] of charts.entries()) {
      const since = kiosk.mark();
      kiosk.write(`${code}\r`);
      const text = await kiosk
        .waitFor((t) => showsDone(t, code) || REFUSED_WRITE.test(t), { since })
        .catch(() => '');
      if (REFUSED_WRITE.test(text)) {
        refusedAt = i;
        break;
      }
      if (text === '') break; // died (RLIMIT_FSIZE fallback only)
      shownDone = i + 1;
    }
    if (mounted || refusedAt !== -1) {
      expect(refusedAt).toBeGreaterThan(-1);
      // The refusal is red: the banner's band is drawn on the refused tone's red background.
      expect(kiosk.raw()).toContain('\u001b[41m');
      kiosk.kill('SIGTERM');
      await kiosk.exited;
    } else {
      expect((await kiosk.exited).signal).toBeDefined();
    }
    const moved = readSite(live, (db) => movementsAfter(db, before).map((m) => m.barcode));
    // Everything shown as done before the refusal is in the log, in order; the refused one is not.
    expect(moved.slice(0, shownDone)).toEqual(charts.slice(0, shownDone));
    if (refusedAt !== -1) expect(moved).toEqual(charts.slice(0, refusedAt));
    verifyPasses(live);
    if (refusedAt !== -1)
      expect(kioskLog(site).some((e) => e.kind === 'scan' && e.reason === 'db_fault')).toBe(true);
  }, 120_000);

  it.each(['removed', 'replaced'] as const)(
    'database file %s while running: refused with a clear message, not written into the void',
    async (how) => {
      const site = makeSite({ patients: 50 });
      const kiosk = await ready(site);
      const { badge, charts } = visitCodes(site, 3);
      const [first = '', second = ''] = charts;
      kiosk.write(`${badge}\r${first}\r`);
      await kiosk.waitFor((t) => showsDone(t, first));
      const kept = path.join(site.dir, 'kept.db');
      copyFileSync(site.dbPath, kept);
      if (how === 'removed') {
        unlinkSync(site.dbPath);
      } else {
        copyFileSync(site.dbPath, `${site.dbPath}.new`);
        renameSync(`${site.dbPath}.new`, site.dbPath);
      }
      count(`db_file_${how}`);
      const since = kiosk.mark();
      kiosk.write(`${second}\r`);
      const text = await kiosk.waitFor(REFUSED_WRITE, { since });
      expect(showsDone(text, second)).toBe(false);
      const log = kioskLog(site);
      expect(log.at(-1)).toMatchObject({ kind: 'scan', outcome: 'rejected', reason: 'db_fault' });
    },
    60_000,
  );

  it('clock steps back an hour mid-visit: sequence order stays right, verify passes', async () => {
    const site = makeSite({ patients: 50 });
    const kiosk = await ready(site, { NODE_OPTIONS: `--import=${CLOCK_JUMP}` });
    const { badge, charts } = visitCodes(site, 6);
    const before = readSite(site, lastSeq);
    kiosk.write(`${badge}\r`);
    for (const [i, code] of charts.entries()) {
      if (i === 3) {
        process.kill(kiosk.pid, 'SIGUSR2');
        count('clock_back');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      kiosk.write(`${code}\r`);
      await kiosk.waitFor((t) => showsDone(t, code));
    }
    kiosk.kill('SIGTERM');
    await kiosk.exited;
    const moved = readSite(site, (db) => movementsAfter(db, before));
    expect(moved.map((m) => m.barcode)).toEqual(charts);
    const seqs = moved.map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    // The clock really went back: the fourth scan is stamped earlier than the third.
    const at = moved.map((m) => m.occurred_at);
    expect((at[3] ?? 0) < (at[2] ?? 0)).toBe(true);
    verifyPasses(site);
  }, 60_000);

  it('a second chartdesk on the same database is refused unless it only reads', async () => {
    const site = makeSite({ patients: 50 });
    const kiosk = await ready(site);
    const { badge, charts } = visitCodes(site, 1);
    const chart = charts[0] ?? '';
    kiosk.write(`${badge}\r${chart}\r`);
    await kiosk.waitFor((t) => showsDone(t, chart));
    const LOCKED = /another chartdesk is already writing to .*site\.db/;
    writeFileSync(
      path.join(site.dir, 'staff.csv'),
      'badge,name,department,role\nEMP-9,Nine,Ward 3,staff\n',
    );
    for (const args of [
      ['scan', badge],
      ['import', 'staff', 'staff.csv'],
      ['demo', '--patients', '5'],
    ]) {
      const r = site.cli(args);
      count('second_writer');
      expect(r.stderr, args.join(' ')).toMatch(LOCKED);
      expect(r.code, args.join(' ')).toBe(1);
    }
    // A second kiosk, in its own terminal.
    const second = spawnChartdesk(['--config', site.configPath], { cwd: site.dir });
    track(site, second);
    count('second_writer');
    await second.waitFor(LOCKED);
    expect((await second.exited).exitCode).toBe(1);
    // Read-only commands run beside it.
    expect(site.cli(['verify']).code).toBe(0);
    expect(site.cli(['where', chart]).code).toBe(0);
    expect(site.cli(['export', 'movements']).stdout).toContain(chart);
    const backup = site.cli(['backup', path.join(site.dir, 'b.db')]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    // And the kiosk still takes scans.
    kiosk.write(`${badge}\r`);
    await kiosk.waitFor(/Visit ended/);
  }, 60_000);

  it.each([
    ['missing', null, /cannot read the config file/],
    ['invalid value', { session: { idleSeconds: -5 } }, /session\.idleSeconds/],
    ['unknown key', { sesion: { idleSeconds: 5 } }, /sesion: unknown key/],
    ['not JSON', '{ "counter": ', /kiosk\.config\.json/],
  ] as const)('config %s: exit 2 and the field named', async (_name, content, message) => {
    const site = makeSite({ patients: 0 });
    track(site);
    if (content === null) unlinkSync(site.configPath);
    else
      writeFileSync(
        site.configPath,
        typeof content === 'string' ? content : JSON.stringify(content),
      );
    count('bad_config');
    const kiosk = spawnChartdesk(['--config', site.configPath], { cwd: site.dir });
    track(site, kiosk);
    await kiosk.waitFor(message);
    expect((await kiosk.exited).exitCode).toBe(2);
  });
});
