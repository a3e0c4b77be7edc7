import type { Config } from '../config/schema.js';
import type { Store } from '../db/store.js';
import { seedDemo, type SeedReport } from '../demo/seed.js';
import { parseCommand } from './args.js';
import { CommandError, EXIT, loadOrExit, openForCommand, rulesOf, type Io } from './context.js';
import { HELP } from './help.js';
import { progressBar } from './progress.js';

/** True when the database has no charts, staff or locations yet. */
export function isEmpty(store: Store): boolean {
  const row = store.db
    .prepare<[], { n: number }>(
      'SELECT (SELECT count(*) FROM charts) + (SELECT count(*) FROM staff) + (SELECT count(*) FROM locations) AS n',
    )
    .get();
  return (row?.n ?? 0) === 0;
}

/** Seeds demo data into an empty store. */
export function seedInto(
  store: Store,
  config: Config,
  patients: number,
  onProgress?: (d: number, t: number) => void,
): SeedReport {
  return seedDemo(
    store,
    { patients, now: Date.now(), counter: config.counter.name, rules: rulesOf(config) },
    onProgress,
  );
}

/** `chartdesk demo [--patients N]` */
export function runDemo(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommand(args, { patients: { type: 'string' } });
  if (values.help) {
    io.stdout.write(`${HELP.demo}\n`);
    return Promise.resolve(EXIT.ok);
  }
  const loaded = loadOrExit(values.config);
  const patients =
    values.patients === undefined ? loaded.config.demo.patients : Number(values.patients);
  if (!Number.isInteger(patients) || patients < 1 || patients > 2_000_000) {
    throw new CommandError(
      'chartdesk demo: --patients must be a whole number from 1 to 2000000',
      EXIT.usage,
    );
  }
  const store = openForCommand(loaded, 'write');
  try {
    if (!isEmpty(store)) {
      throw new CommandError(
        `chartdesk demo: ${loaded.dbPath} already holds data; demo data goes only into an empty database`,
      );
    }
    const bar = progressBar(io.stderr, 'demo data');
    const report = seedInto(store, loaded.config, patients, bar.update);
    bar.done();
    io.stdout.write(
      `demo data written to ${loaded.dbPath}: ${report.patients} patients, ${report.charts} charts, ${report.movements} movements\n`,
    );
    return Promise.resolve(EXIT.ok);
  } finally {
    store.close();
  }
}
