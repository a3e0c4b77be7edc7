/**
 * Builds AppServices from the open store and config. Kept apart from start.tsx so tests build
 * the very same services over a temp database, with their own scanner hub, log and bell.
 */
import type { Config } from '../config/schema.js';
import type { Store } from '../db/store.js';
import { todayQueries } from '../db/today.js';
import { Desk } from '../engine/desk.js';
import { activeInputs } from '../scanner/scan-source.js';
import type { Sound } from './bell.js';
import type { KioskLog } from './log-events.js';
import type { ScannerFeed } from './scanner-feed.js';
import type { AppServices, KioskClock, QuitReason } from './services.js';
import { authorizeExit } from './supervisor-check.js';

/** What createServices needs. */
export interface ServiceParts {
  readonly config: Config;
  readonly store: Store;
  readonly scanner: ScannerFeed;
  readonly log: KioskLog;
  readonly sound: Sound;
  readonly quit: (why: QuitReason) => void;
  /** Default: Date.now. */
  readonly clock?: KioskClock;
  /** Where relative config paths start (the config file's folder). Default: the working folder. */
  readonly baseDir?: string;
}

/** The local midnight that starts the day of `at`. */
export function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Builds the services, with a Desk for the configured counter. */
export function createServices(parts: ServiceParts): AppServices {
  const { config, store } = parts;
  const desk = new Desk(store, {
    counter: config.counter.name,
    rules: { loanHours: config.loanHours },
    undoWindowMs: config.undo.windowSeconds * 1000,
    undoBarcode: config.undo.barcode,
  });
  const today = todayQueries(store.db);
  return {
    config,
    baseDir: parts.baseDir ?? process.cwd(),
    store,
    desk,
    clock: parts.clock ?? { now: () => Date.now() },
    log: parts.log,
    scanner: parts.scanner,
    inputs: activeInputs(config.scanner.mode),
    sound: parts.sound,
    today: (now) => {
      const from = startOfDay(now);
      // The next local midnight (36 h on, then back to midnight: right across DST changes).
      return today.counts(from, startOfDay(from + 36 * 3_600_000));
    },
    authorizeExit: (badge, pin, at) => authorizeExit(store, config.counter.name, badge, pin, at),
    quit: parts.quit,
  };
}
