/**
 * Where the harnesses leave their figures: one JSON file per harness in
 * test/reliability/.results/ (git-ignored), read back to fill RELIABILITY.md. Every file says
 * whether it came from a soak run, when, and with which seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The results folder. */
export const RESULTS_DIR = fileURLToPath(new URL('../.results/', import.meta.url));

/** True under `npm run soak` (SOAK set to anything but '' or '0'). */
export const SOAK =
  process.env.SOAK !== undefined && process.env.SOAK !== '' && process.env.SOAK !== '0';

/** A number from the environment, or the fallback. */
export function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The seed for a harness's random choices: RELIABILITY_SEED, or a fresh one (printed). */
export function harnessSeed(): number {
  return envNumber('RELIABILITY_SEED', Math.floor(Math.random() * 0x7fffffff));
}

/** Writes `<name>.json` with the mode (ci/soak) and time added; returns the file. */
export function writeResult(name: string, figures: Readonly<Record<string, unknown>>): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.${SOAK ? 'soak' : 'ci'}.json`);
  const body = {
    harness: name,
    mode: SOAK ? 'soak' : 'ci',
    finishedAt: new Date().toISOString(),
    ...figures,
  };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same kill moments and bursts. */
export function prng(seed: number): { next(): number; int(lo: number, hi: number): number } {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)) };
}
