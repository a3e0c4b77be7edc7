// CI's smoke test of `npm run bench`: the smallest hospital, every figure present and finite,
// every floor present, and the database still verifies. It never asserts a timing: figures on
// a shared CI machine say nothing, and a benchmark that fails on noise gets switched off.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-db.js';

const BENCH = fileURLToPath(new URL('../../dist/bench/main.js', import.meta.url));

const FIGURES = [
  'scan_to_commit',
  'scan_to_frame',
  'cold_start',
  'search',
  'list_overdue_custodian',
  'list_overdue_age',
  'list_overdue_td',
  'list_busiest_clinic',
  'list_pull',
  'list_history',
  'export',
  'import',
  'rss_kiosk',
  'rss_bench',
  'db_size',
];

interface FigureJson {
  id: string;
  title: string;
  unit: string;
  value: number;
  floor: number | null;
  ratio: number | null;
  target: { text: string };
  pass: boolean;
  via: string;
  floorVia: string;
}

describe('npm run bench --size tiny', () => {
  it('measures every figure beside its floor and leaves a database that verifies', () => {
    const dir = tempDir();
    const out = path.join(dir, 'results.json');
    const env = { ...process.env };
    delete env.CI;
    const run = spawnSync(process.execPath, [BENCH, '--size', 'tiny', '--out', out, '--verify'], {
      encoding: 'utf8',
      env,
      timeout: 150_000,
    });
    expect(run.stderr).not.toMatch(/bench: .*Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('| Scan to commit |');

    const results = JSON.parse(readFileSync(out, 'utf8')) as {
      machine: Record<string, unknown>;
      size: { name: string };
      generation: { seconds: number; counts: Record<string, number> };
      figures: FigureJson[];
      verify: { ok: boolean; problems: string[] } | null;
    };
    expect(results.size.name).toBe('tiny');
    for (const key of ['cpu', 'cores', 'memoryGiB', 'os', 'node', 'sqlite']) {
      expect(results.machine[key]).toBeDefined();
    }
    expect(results.generation.counts).toMatchObject({
      patients: 2_000,
      charts: 2_400,
      movements: 10_000,
      staff: 50,
      locations: 60,
    });
    expect(results.figures.map((f) => f.id)).toEqual(FIGURES);
    for (const f of results.figures) {
      expect(Number.isFinite(f.value), `${f.id} value`).toBe(true);
      expect(f.value, `${f.id} value`).toBeGreaterThan(0);
      expect(f.target.text.length, `${f.id} target`).toBeGreaterThan(0);
      expect(typeof f.pass).toBe('boolean');
      expect(f.via.length).toBeGreaterThan(0);
      if (f.id === 'rss_bench') continue;
      expect(Number.isFinite(f.floor), `${f.id} floor`).toBe(true);
      expect(Number.isFinite(f.ratio), `${f.id} ratio`).toBe(true);
      expect(f.floorVia.length).toBeGreaterThan(0);
    }
    expect(results.verify).toEqual({ ok: true, movements: expect.any(Number), problems: [] });
  }, 180_000);
});
