/**
 * The kiosk in a real pseudo-terminal: start it, type wedge bursts (one write each, as a
 * keyboard-wedge scanner does), see the banner, find the movement in the database, stop it
 * with SIGTERM, and check the terminal was given back (alternate screen left, cursor shown).
 * Runs the built dist/ (npm test builds it first).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import pty from 'node-pty';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/store.js';
import { CLI, runCli, writeConfig } from '../helpers/cli.js';
import { burst } from '../helpers/keys.js';
import { tempDir } from '../helpers/temp-db.js';

// Another build may be tested by pointing this at its main.js.
const cli = process.env.CHARTDESK_E2E_CLI ?? CLI;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][0-9A-Za-z]|\u001b[=>]/g;

const LEAVE_PARTS = /\u001b\[\?1049l|\u001b\[\?25h/; // eslint-disable-line no-control-regex

interface Run {
  readonly term: pty.IPty;
  raw(): string;
  text(): string;
  waitFor(pattern: RegExp, since?: number): Promise<void>;
  readonly exited: Promise<number>;
}

function start(dir: string, config: string, cols = 100, rows = 30): Run {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'CI' && !key.startsWith('VITEST')) env[key] = value;
  }
  const term = pty.spawn(process.execPath, [cli, '--config', config], {
    name: 'xterm-256color',
    cols,
    rows,
    cwd: dir,
    env: { ...env, TERM: 'xterm-256color', NO_COLOR: '1' },
  });
  let output = '';
  const listeners = new Set<() => void>();
  term.onData((data) => {
    output += data;
    for (const listener of [...listeners]) listener();
  });
  const exited = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
  const text = (): string => output.replace(ANSI, '');
  return {
    term,
    raw: () => output,
    text,
    exited,
    waitFor: (pattern, since = 0) =>
      new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (!pattern.test(text().slice(since))) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no ${String(pattern)} in:\n${text().slice(-2000)}`));
        }, 15_000);
        listeners.add(check);
        check();
      }),
  };
}

describe('kiosk in a real terminal', () => {
  let run: Run | null = null;
  afterEach(() => {
    run?.term.kill('SIGKILL');
    run = null;
  });

  it.runIf(existsSync(cli))(
    'takes wedge bursts, commits the movement, and restores the terminal on SIGTERM',
    async () => {
      const dir = tempDir();
      const config = writeConfig(dir, { kiosk: { lockdown: true }, logFile: 'kiosk.log' });
      const seeded = runCli(['--config', config, 'demo', '--patients', '50'], { cwd: dir });
      expect(seeded.code, seeded.stderr).toBe(0);
      const reader = openStore(path.join(dir, 'db.sqlite'), { readonly: true });
      const chart = reader.db
        .prepare<[], { barcode: string }>(
          "SELECT barcode FROM charts WHERE state = 'in' AND missing_since IS NULL ORDER BY id LIMIT 1",
        )
        .get()!.barcode;
      reader.close();

      run = start(dir, config);
      await run.waitFor(/Scan your badge, then your charts\./);
      expect(run.raw()).toContain('\u001b[?1049h');
      expect(run.raw()).toContain('\u001b[?25l');

      const visitStart = Date.now();
      let mark = run.text().length;
      run.term.write(burst('EMP-004217'));
      await run.waitFor(/HELLO/, mark);
      mark = run.text().length;
      run.term.write(burst(chart));
      await run.waitFor(/✔ OUT/, mark);
      expect(run.text().slice(mark)).toContain(`${chart} is out to Demo Nurse Alpha`);

      // The movement is committed: a second, read-only connection sees it now.
      const check = openStore(path.join(dir, 'db.sqlite'), { readonly: true });
      const row = check.db
        .prepare<[string], { action: string; source: string; counter: string }>(
          `SELECT m.action, m.source, m.counter FROM movements m JOIN charts c ON c.id = m.chart_id
           WHERE c.barcode = ? ORDER BY m.seq DESC LIMIT 1`,
        )
        .get(chart);
      // One burst, one scan: exactly one movement for this visit.
      const since = check.db
        .prepare<[number], { n: number }>(
          'SELECT count(*) AS n FROM movements WHERE occurred_at >= ?',
        )
        .get(visitStart);
      check.close();
      expect(row).toEqual({ action: 'check_out', source: 'wedge', counter: 'Counter 1' });
      expect(since).toEqual({ n: 1 });

      // Lockdown: Ctrl+C does nothing.
      run.term.write('\u0003');
      mark = run.text().length;
      run.term.write(burst('EMP-004217'));
      await run.waitFor(/Visit ended\. Thank you\./, mark);

      run.term.kill('SIGTERM');
      const code = await run.exited;
      expect(code).toBe(0);
      const raw = run.raw();
      const leave = raw.lastIndexOf('\u001b[?1049l');
      const show = raw.lastIndexOf('\u001b[?25h');
      expect(leave).toBeGreaterThan(raw.lastIndexOf('\u001b[?1049h'));
      expect(show).toBeGreaterThan(raw.lastIndexOf('\u001b[?25l'));
      // Nothing is drawn after the terminal was given back.
      expect(raw.slice(Math.max(leave, show)).split(LEAVE_PARTS).join('')).toBe('');
    },
  );
});
