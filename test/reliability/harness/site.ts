/**
 * A counter site for the reliability harnesses: a temp folder with a kiosk.config.json and a
 * demo database seeded through the real CLI, plus read-only looks into that database.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../src/db/connection.js';
import type { DbMovement } from '../../../src/db/rows.js';
import { spawnSync } from 'node:child_process';
import type { CliResult } from '../../helpers/cli.js';
import { CHARTDESK_CLI, spawnChartdesk, type PtyRun } from '../../helpers/pty.js';

/** The counter name every harness kiosk stamps on its movements. */
export const HARNESS_COUNTER = 'Reliability Counter';

/** A temp counter site. */
export interface Site {
  readonly dir: string;
  readonly configPath: string;
  readonly dbPath: string;
  readonly logPath: string;
  /** Runs a chartdesk command against this site's config. */
  cli(args: readonly string[], input?: string): CliResult;
  /** Removes the folder. */
  remove(): void;
}

/** Options for a site. */
export interface SiteOptions {
  /** Demo patients to seed (0: no demo data, an empty database). */
  readonly patients?: number;
  /** Config keys merged over the harness defaults (top-level keys replace). */
  readonly config?: Readonly<Record<string, unknown>>;
}

/**
 * The harness kiosk config: no lockdown (a test may end it), no bell, a session that never idles
 * out during a run, wedge scanning only (no HID device here).
 */
export function harnessConfig(overrides: Readonly<Record<string, unknown>> = {}): object {
  return {
    counter: { name: HARNESS_COUNTER },
    database: { path: 'site.db', busyTimeoutMs: 5000 },
    session: { idleSeconds: 86_400 },
    sounds: false,
    kiosk: { lockdown: false },
    logFile: 'kiosk.log',
    scanner: { mode: 'wedge' },
    ...overrides,
  };
}

/** Runs the chartdesk CLI (CHARTDESK_CLI or the repo's build) as a subprocess. */
export function runChartdesk(
  args: readonly string[],
  options: { cwd: string; input?: string; env?: Record<string, string> },
): CliResult {
  const result = spawnSync(process.execPath, [CHARTDESK_CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Makes a site and seeds it with `chartdesk demo` (the real CLI, as a subprocess). */
export function makeSite(options: SiteOptions = {}): Site {
  const dir = mkdtempSync(path.join(tmpdir(), 'chartdesk-rel-'));
  const configPath = path.join(dir, 'kiosk.config.json');
  writeFileSync(configPath, JSON.stringify(harnessConfig(options.config), null, 2));
  const site: Site = {
    dir,
    configPath,
    dbPath: path.join(dir, 'site.db'),
    logPath: path.join(dir, 'kiosk.log'),
    cli: (args, input) => runChartdesk(['--config', configPath, ...args], { cwd: dir, input }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  const patients = options.patients ?? 200;
  if (patients > 0) {
    const seeded = site.cli(['demo', '--patients', String(patients)]);
    if (seeded.code !== 0) throw new Error(`demo seeding failed: ${seeded.stderr}`);
  }
  return site;
}

/** Starts the kiosk on a site in a pseudo-terminal. */
export function startKiosk(
  site: Site,
  options: { cols?: number; rows?: number; env?: Record<string, string> } = {},
): PtyRun {
  return spawnChartdesk(['--config', site.configPath], {
    cwd: site.dir,
    cols: options.cols ?? 120,
    rows: options.rows ?? 40,
    env: options.env ?? {},
  });
}

/** The idle prompt's first words: the kiosk is up and reading scans. */
export const READY = /Scan your badge/;

/** Opens the site's database read-only (beside a running kiosk, or after it died). */
export function readSite<T>(site: Site, look: (db: Db) => T): T {
  const db = openDatabase(site.dbPath, { readonly: true, busyTimeoutMs: 5000 });
  try {
    return look(db);
  } finally {
    db.close();
  }
}

/** A chart as the harness plans scans with it. */
export interface ChartRow {
  readonly id: number;
  readonly barcode: string;
  readonly state: 'in' | 'out';
  readonly custodianKind: 'staff' | 'location' | null;
  readonly custodianId: number | null;
  readonly missing: boolean;
}

/** A badge that may start a visit. */
export interface BadgeRow {
  readonly id: number;
  readonly badge: string;
}

/** Active staff badges and every chart, for planning bursts. */
export function siteCodes(db: Db): { badges: BadgeRow[]; charts: ChartRow[] } {
  const badges = db
    .prepare<[], BadgeRow>('SELECT id, badge FROM staff WHERE active = 1 ORDER BY id')
    .all();
  const charts = db
    .prepare<
      [],
      {
        id: number;
        barcode: string;
        state: 'in' | 'out';
        custodian_kind: 'staff' | 'location' | null;
        custodian_id: number | null;
        missing_since: number | null;
      }
    >(
      'SELECT id, barcode, state, custodian_kind, custodian_id, missing_since FROM charts ORDER BY id',
    )
    .all()
    .map((c) => ({
      id: c.id,
      barcode: c.barcode,
      state: c.state,
      custodianKind: c.custodian_kind,
      custodianId: c.custodian_id,
      missing: c.missing_since !== null,
    }));
  return { badges, charts };
}

/** The highest movement sequence (0 for an empty log). */
export function lastSeq(db: Db): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) AS m FROM movements').get() as { m: number }).m;
}

/** A movement with its chart's barcode. */
export type LoggedMovement = DbMovement & { readonly barcode: string | null };

/** Movements after `seq`, oldest first, with barcodes. */
export function movementsAfter(db: Db, seq: number): LoggedMovement[] {
  return db
    .prepare<[number], LoggedMovement>(
      'SELECT m.*, c.barcode AS barcode FROM movements m LEFT JOIN charts c ON c.id = m.chart_id WHERE m.seq > ? ORDER BY m.seq',
    )
    .all(seq);
}

/** A structural problem in the log that verify's hash chain might not name on its own. */
export interface Hole {
  readonly kind: 'gap' | 'dangling_last_seq' | 'stale_last_seq';
  readonly detail: string;
}

/**
 * No half-written rows: sequences run 1..n with no gap, every chart's last_seq names a movement
 * of that chart, and it is that chart's latest movement.
 */
export function findHoles(db: Db): Hole[] {
  const holes: Hole[] = [];
  const { n, m } = db
    .prepare(
      'SELECT count(*) AS n, coalesce(max(seq), 0) AS m, coalesce(min(seq), 1) AS lo FROM movements',
    )
    .get() as { n: number; m: number };
  if (n !== m) holes.push({ kind: 'gap', detail: `${n} movements but the last is #${m}` });
  const dangling = db
    .prepare<[], { barcode: string; last_seq: number }>(
      `SELECT c.barcode, c.last_seq FROM charts c
       WHERE c.last_seq IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM movements m WHERE m.seq = c.last_seq AND m.chart_id = c.id)`,
    )
    .all();
  for (const d of dangling)
    holes.push({ kind: 'dangling_last_seq', detail: `${d.barcode} -> #${d.last_seq}` });
  const stale = db
    .prepare<[], { barcode: string; last_seq: number | null; newest: number }>(
      `SELECT c.barcode, c.last_seq, max(m.seq) AS newest FROM charts c JOIN movements m ON m.chart_id = c.id
       GROUP BY c.id HAVING c.last_seq IS NULL OR c.last_seq <> max(m.seq)`,
    )
    .all();
  for (const s of stale)
    holes.push({
      kind: 'stale_last_seq',
      detail: `${s.barcode}: last_seq #${String(s.last_seq)}, newest movement #${s.newest}`,
    });
  return holes;
}
