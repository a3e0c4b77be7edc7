// Nobody in: the kiosk cannot be left without a supervisor PIN; the database, its WAL and
// backups are 0600 even under a permissive umask; no patient names reach stdout or the kiosk log;
// the walk-up screen shows masked patients; SQL interpolation is caught by lint; a byte edited
// in the database file behind chartdesk's back is named by verify; the access log exports.
import { ESLint } from 'eslint';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../src/demo/seed.js';
import { CHARTDESK_CLI, spawnPtyCommand, type PtyRun } from '../helpers/pty.js';
import { showsDone } from './harness/screen.js';
import { writeResult } from './harness/results.js';
import {
  READY,
  lastSeq,
  makeSite,
  readSite,
  siteCodes,
  startKiosk,
  type Site,
} from './harness/site.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});
function site(options: Parameters<typeof makeSite>[0] = {}): Site {
  const s = makeSite(options);
  cleanup.push(() => s.remove());
  return s;
}
function kiosk(run: PtyRun): PtyRun {
  cleanup.push(async () => {
    run.kill('SIGKILL');
    await run.exited;
  });
  return run;
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ctrl-C, Ctrl-Z, Ctrl-\ as a terminal sends them. */
const CTRL = { c: '\u0003', z: '\u001a', backslash: '\u001c' } as const;
const F10 = '\u001b[21~';

describe('nobody in', () => {
  it('lockdown: Ctrl-C, Ctrl-Z and Ctrl-\\ do nothing; leaving needs a supervisor badge and PIN', async () => {
    const s = site({ patients: 20, config: { kiosk: { lockdown: true } } });
    const k = kiosk(startKiosk(s));
    await k.waitFor(READY);
    for (const key of [CTRL.c, CTRL.z, CTRL.backslash, CTRL.c + CTRL.c + CTRL.c]) k.write(key);
    await pause(1000);
    expect(k.exitStatus()).toBeNull();
    // Still taking scans, screen intact.
    const { badge, chart } = readSite(s, (db) => {
      const codes = siteCodes(db);
      return {
        badge: DEMO_CREDENTIALS.nurse.badge,
        chart: codes.charts.find((c) => c.state === 'in' && !c.missing)?.barcode ?? '',
      };
    });
    k.write(`${badge}\r${chart}\r`);
    await k.waitFor((t) => showsDone(t, chart));
    k.write('\u001b'); // Esc ends the visit
    await k.waitFor(/Visit ended/);
    // F10 with a wrong PIN: refused, still running.
    let since = k.mark();
    k.write(F10);
    await k.waitFor(/Exit kiosk: supervisor only/, { since });
    k.write(`${DEMO_CREDENTIALS.supervisor.badge}\r`);
    await k.waitFor(/Type your PIN/, { since });
    k.write('0000\r');
    await k.waitFor(/Wrong badge or PIN/, { since });
    expect(k.exitStatus()).toBeNull();
    // A staff badge with any PIN cannot close it either.
    since = k.mark();
    k.write(`${DEMO_CREDENTIALS.clerk.badge}\r`);
    await k.waitFor(/Type your PIN/, { since });
    k.write(`${DEMO_CREDENTIALS.clerk.pin}\r`);
    await k.waitFor(/cannot close the kiosk|Wrong badge or PIN/, { since });
    expect(k.exitStatus()).toBeNull();
    // The supervisor's badge and PIN close it, and give the terminal back.
    since = k.mark();
    k.write('\u001b');
    await pause(300);
    k.write(F10);
    await k.waitFor(/Exit kiosk: supervisor only/, { since });
    k.write(`${DEMO_CREDENTIALS.supervisor.badge}\r`);
    await k.waitFor(/Type your PIN/, { since });
    k.write(`${DEMO_CREDENTIALS.supervisor.pin}\r`);
    const exit = await k.exited;
    expect(exit.exitCode).toBe(0);
    expect(k.raw()).toContain('\u001b[?1049l');
    writeResult('lockdown', { keysTried: 6, wrongPins: 2, stillRunning: true });
  }, 60_000);

  it('database, WAL, SHM, lock, log and backups are 0600 even under umask 000', async () => {
    const s = site({ patients: 0 });
    // The kiosk creates the database itself, started with the most permissive umask.
    const k = kiosk(
      spawnPtyCommand(
        '/bin/sh',
        [
          '-c',
          `umask 000; exec "${process.execPath}" "${CHARTDESK_CLI}" --config "${s.configPath}"`,
        ],
        { cwd: s.dir, cols: 120, rows: 40 },
      ),
    );
    await k.waitFor(READY);
    k.write('NOT-A-CODE\r'); // a refused scan: the log file gets a line
    await k.waitFor(/REFUSED/);
    const files = ['site.db', 'site.db-wal', 'site.db-shm', 'site.db.lock', 'kiosk.log'];
    const modes: Record<string, string> = {};
    for (const f of files) {
      const file = path.join(s.dir, f);
      expect(existsSync(file), f).toBe(true);
      modes[f] = (statSync(file).mode & 0o777).toString(8);
    }
    k.kill('SIGTERM');
    await k.exited;
    // Backups, by the CLI, also under umask 000.
    const backup = path.join(s.dir, 'backup.db');
    const r = spawnPtyCommand(
      '/bin/sh',
      [
        '-c',
        `umask 000; exec "${process.execPath}" "${CHARTDESK_CLI}" --config "${s.configPath}" backup "${backup}"`,
      ],
      { cwd: s.dir },
    );
    expect((await r.exited).exitCode).toBe(0);
    modes['backup.db'] = (statSync(backup).mode & 0o777).toString(8);
    writeResult('file-modes', { modes });
    expect(modes).toEqual(Object.fromEntries(Object.keys(modes).map((f) => [f, '600'])));
  }, 60_000);

  it('no patient names or MRNs in stdout or the kiosk log; the walk-up screen is masked', async () => {
    const s = site({ patients: 40 });
    const visit = readSite(s, (db) => {
      const { charts } = siteCodes(db);
      const picked = charts.filter((c) => c.state === 'in' && !c.missing).slice(0, 6);
      const people = picked.map(
        (c) =>
          db
            .prepare(
              'SELECT p.family_name, p.given_name, p.mrn FROM charts c JOIN patients p ON p.id = c.patient_id WHERE c.id = ?',
            )
            .get(c.id) as { family_name: string; given_name: string; mrn: string },
      );
      return { charts: picked.map((c) => c.barcode), people };
    });
    const [cli, kioskCharts] = [visit.charts.slice(0, 3), visit.charts.slice(3)];
    const secrets = visit.people.flatMap((p) => [p.family_name, p.given_name, p.mrn]);
    const leaked = (text: string) =>
      secrets.filter((secret) =>
        new RegExp(`(^|[^\\p{L}\\d])${secret}([^\\p{L}\\d]|$)`, 'u').test(text),
      );

    const scan = s.cli([
      'scan',
      DEMO_CREDENTIALS.nurse.badge,
      ...cli,
      DEMO_CREDENTIALS.nurse.badge,
    ]);
    expect(scan.code).toBe(0);
    expect(leaked(scan.stdout + scan.stderr)).toEqual([]);

    const k = kiosk(startKiosk(s));
    await k.waitFor(READY);
    k.write(`${DEMO_CREDENTIALS.nurse.badge}\r`);
    for (const chart of kioskCharts) {
      k.write(`${chart}\r`);
      await k.waitFor((t) => showsDone(t, chart));
    }
    k.write(`${DEMO_CREDENTIALS.nurse.badge}\r`);
    await k.waitFor(/Visit ended/);
    k.kill('SIGTERM');
    await k.exited;
    // Default privacy is initials + last four of the MRN: no full name, no full MRN on screen.
    expect(leaked(k.text())).toEqual([]);
    const log = readFileSync(s.logPath, 'utf8');
    expect(log.length).toBeGreaterThan(0);
    expect(leaked(log)).toEqual([]);
    writeResult('privacy', { namesAndMrnsChecked: secrets.length, leaks: 0 });
  }, 60_000);

  it('a SQL string built by interpolation fails lint', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/sql-interpolation.ts', import.meta.url));
    // Inline disables are ignored here: the fixture disables the rule for `npm run lint`.
    const eslint = new ESLint({ allowInlineConfig: false });
    const [result] = await eslint.lintFiles([fixture]);
    const fired = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax');
    expect(fired.map((m) => m.line)).toEqual([8, 9]);
    expect(fired[0]?.message).toMatch(/bound parameters/);
  }, 60_000);

  it('a byte changed in the database file behind chartdesk’s back is named by verify', () => {
    const s = site({ patients: 20 });
    expect(s.cli(['scan', DEMO_CREDENTIALS.nurse.badge]).code).toBe(0);
    expect(s.cli(['verify']).code).toBe(0);
    // The demo's movements carry the counter's name; flip one letter of one of them in place.
    const bytes = readFileSync(s.dbPath);
    const needle = Buffer.from('Reliability Counter');
    const positions: number[] = [];
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1))
      positions.push(at);
    expect(positions.length).toBeGreaterThan(2);
    // The name is also in other tables: edit occurrences until one lands in a movement.
    let edited: { seq: number } | undefined;
    for (const at of positions.reverse()) {
      const copy = Buffer.from(bytes);
      copy[at + 'Reliability C'.length] = 'p'.charCodeAt(0);
      writeFileSync(s.dbPath, copy);
      edited = readSite(
        s,
        (db) =>
          db.prepare("SELECT seq FROM movements WHERE counter = 'Reliability Cpunter'").get() as
            { seq: number } | undefined,
      );
      if (edited) break;
      writeFileSync(s.dbPath, bytes);
    }
    expect(edited).toBeDefined();
    const r = s.cli(['verify']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`first broken row is movement #${edited?.seq ?? -1}`);
    writeResult('tamper-bytes', { edits: 1, named: true, seq: edited?.seq ?? null });
  });

  it('chartdesk export access-log shows who looked up what', () => {
    const s = site({ patients: 20 });
    const patient = readSite(
      s,
      (db) =>
        db.prepare('SELECT family_name FROM patients LIMIT 1').get() as { family_name: string },
    );
    const before = readSite(s, lastSeq);
    expect(s.cli(['find', patient.family_name]).code).toBe(0);
    const csv = s.cli(['export', 'access-log']);
    expect(csv.code).toBe(0);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    expect(header).toMatch(/occurred_at/);
    expect(rows.some((r) => r.includes('find') && r.includes(patient.family_name))).toBe(true);
    // Looking up writes no movement.
    expect(readSite(s, lastSeq)).toBe(before);
  });
});
