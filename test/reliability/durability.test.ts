// Power loss cannot be simulated here. What can be shown: the kiosk's database runs WAL with
// synchronous=FULL (a commit is on disk before it returns), and a scan is acknowledged only
// after its commit returned: another connection already sees the row when the answer comes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/connection.js';
import { openStore, type Store } from '../../src/db/store.js';
import { Desk } from '../../src/engine/desk.js';
import type { Outcome } from '../../src/engine/types.js';
import {
  ScanQueue,
  type CounterJob,
  type JobResult,
} from '../../src/screens/counter/scan-queue.js';
import { seedSmall, T0, tempDir } from '../helpers/temp-db.js';
import { showsDone } from './harness/screen.js';
import {
  READY,
  lastSeq,
  makeSite,
  movementsAfter,
  readSite,
  siteCodes,
  startKiosk,
  type Site,
} from './harness/site.js';

/** A store whose transactions report when their commit returned. */
function observedStore(store: Store, events: string[]): Store {
  const db = new Proxy(store.db, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') {
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      }
      return (fn: (...args: unknown[]) => unknown) => {
        const tx = target.transaction(fn);
        const wrap =
          (run: (...args: unknown[]) => unknown) =>
          (...args: unknown[]) => {
            const result = run(...args);
            events.push('commit returned');
            return result;
          };
        return Object.assign(wrap(tx), {
          deferred: wrap((...args) => tx.deferred(...args)),
          immediate: wrap((...args) => tx.immediate(...args)),
          exclusive: wrap((...args) => tx.exclusive(...args)),
        });
      };
    },
  });
  return { ...store, db };
}

function movementVisible(observer: Db, seq: number): boolean {
  return observer.prepare('SELECT 1 FROM movements WHERE seq = ?').get(seq) !== undefined;
}

describe('durability: WAL, synchronous=FULL, acknowledged only after commit', () => {
  let site: Site;
  beforeAll(() => {
    site = makeSite({ patients: 50 });
  });
  afterAll(() => site.remove());

  it('the store opens WAL + synchronous=FULL; the running kiosk’s file is in WAL mode', async () => {
    const store = openStore(site.dbPath);
    try {
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    } finally {
      store.close();
    }
    const kiosk = startKiosk(site);
    try {
      await kiosk.waitFor(READY);
      // synchronous is per connection (the kiosk's is set by openStore, above); the journal
      // mode is in the file, so a read-only look from outside sees what the kiosk runs.
      const { mode, codes, before } = readSite(site, (db) => ({
        mode: db.pragma('journal_mode', { simple: true }),
        codes: siteCodes(db),
        before: lastSeq(db),
      }));
      expect(mode).toBe('wal');
      const badge = codes.badges[0]?.badge ?? '';
      const chart = codes.charts.find((c) => c.state === 'in')?.barcode ?? '';
      kiosk.write(`${badge}\r`);
      kiosk.write(`${chart}\r`);
      await kiosk.waitFor((t) => showsDone(t, chart));
      expect(existsSync(`${site.dbPath}-wal`)).toBe(true);
      // Shown as done, so already committed: a separate connection sees it.
      const seen = readSite(site, (db) => movementsAfter(db, before).map((m) => m.barcode));
      expect(seen).toEqual([chart]);
    } finally {
      kiosk.kill('SIGTERM');
      await kiosk.exited;
    }
  });

  it('Desk.scan returns only after the commit returned, and the row is visible elsewhere', () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.db');
    const store = openStore(file);
    const observer = openDatabase(file, { readonly: true });
    try {
      seedSmall(store);
      const events: string[] = [];
      const desk = new Desk(observedStore(store, events), {
        counter: 'T',
        rules: {
          loanHours: { staff: 24, clinic: 12, ward: 72, department: 120, file_room: 24, other: 48 },
        },
        undoWindowMs: 60_000,
        undoBarcode: 'UNDO',
      });
      const outcomes: Outcome[] = [];
      for (const [i, code] of ['NURSE1', 'C1', 'C2', 'NURSE2', 'C1', 'UNDO'].entries()) {
        const outcome = desk.scan({ code, source: 'wedge', at: T0 + i });
        events.push(`ack ${outcome.kind}`);
        outcomes.push(outcome);
        if ('seq' in outcome) expect(movementVisible(observer, outcome.seq)).toBe(true);
      }
      // Every acknowledgement comes right after its own commit returned.
      expect(events).toEqual(outcomes.flatMap((o) => ['commit returned', `ack ${o.kind}`]));
      expect(outcomes.map((o) => o.kind)).toEqual([
        'session_start',
        'check_out',
        'check_out',
        'session_start',
        'transfer',
        'undo',
      ]);
    } finally {
      observer.close();
      store.close();
    }
  });

  it('the counter’s scan queue reports a result only when the row is already committed', () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.db');
    const store = openStore(file);
    const observer = openDatabase(file, { readonly: true });
    try {
      seedSmall(store);
      const desk = new Desk(store, {
        counter: 'T',
        rules: {
          loanHours: { staff: 24, clinic: 12, ward: 72, department: 120, file_room: 24, other: 48 },
        },
        undoWindowMs: 60_000,
        undoBarcode: 'UNDO',
      });
      const seen: boolean[] = [];
      const queue = new ScanQueue({
        desk,
        now: () => T0,
        onResult: (_job: CounterJob, result: JobResult) => {
          if (result.kind === 'outcome' && 'seq' in result.outcome)
            seen.push(movementVisible(observer, result.outcome.seq));
        },
        onWaiting: () => undefined,
        onPending: () => undefined,
      });
      for (const [i, code] of ['NURSE1', 'C1', 'C2', 'C3', 'C1V2'].entries())
        queue.enqueue({
          kind: 'scan',
          scan: { code, source: 'wedge', symbology: null, at: T0 + i },
        });
      expect(seen).toEqual([true, true, true, true]);
      queue.dispose();
    } finally {
      observer.close();
      store.close();
    }
  });
});
