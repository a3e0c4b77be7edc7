import { verifyDatabase } from '../db/verify.js';
import { parseCommand } from './args.js';
import { EXIT, loadOrExit, openForCommand, type Io } from './context.js';
import { HELP } from './help.js';
import { progressBar } from './progress.js';

/** `chartdesk verify`: integrity check, hash chain, state against the log. */
export function runVerify(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommand(args, {});
  if (values.help) {
    io.stdout.write(`${HELP.verify}\n`);
    return Promise.resolve(EXIT.ok);
  }
  const loaded = loadOrExit(values.config);
  const store = openForCommand(loaded, 'read');
  try {
    const bar = progressBar(io.stderr, 'verifying');
    const report = verifyDatabase(store.db, bar.update);
    bar.done();
    if (report.ok) {
      io.stdout.write(
        `ok: integrity check passed; ${report.movements} movements chained; ${report.charts} charts match the log\n`,
      );
      return Promise.resolve(EXIT.ok);
    }
    const firstBroken = report.problems.find((p) => p.seq !== undefined);
    if (firstBroken) io.stdout.write(`FAILED: first broken row is movement #${firstBroken.seq}\n`);
    else io.stdout.write('FAILED\n');
    for (const p of report.problems) io.stdout.write(`  ${p.kind}: ${p.message}\n`);
    return Promise.resolve(EXIT.failed);
  } finally {
    store.close();
  }
}
