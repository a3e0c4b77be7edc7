/**
 * `npm run bench [-- --size tiny|small|medium|full] [--out PATH] [--keep]`: builds a synthetic
 * hospital in a temporary database and measures chartdesk on it, each figure beside its
 * bare-SQL floor. Writes the results as JSON (default bench/results.json) and prints a table.
 * Not part of the kiosk: nothing under src/ outside src/bench imports this folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpuUsage } from 'node:process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from '../db/store.js';
import { verifyDatabase } from '../db/verify.js';
import { writeBenchConfig } from './bench-config.js';
import { kioskProcessFigures } from './fig-cold-start.js';
import { listFigures } from './fig-lists.js';
import { scanCommitFigure } from './fig-scan-commit.js';
import { searchFigure } from './fig-search.js';
import { benchRssFigure, storageFigure, type StorageLine } from './fig-storage.js';
import { exportFigure, importFigure } from './fig-transfer.js';
import { generateHospital } from './generate.js';
import { machine } from './machine.js';
import { progress } from './progress.js';
import { table, type Figure } from './results.js';
import { SIZES, sizeNamed } from './sizes.js';

const DEFAULT_OUT = fileURLToPath(new URL('../../bench/results.json', import.meta.url));

async function run(): Promise<number> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'small' },
      out: { type: 'string', default: DEFAULT_OUT },
      keep: { type: 'boolean', default: false },
      verify: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      `usage: npm run bench -- [--size ${Object.keys(SIZES).join('|')}] [--out results.json] [--keep]`,
    );
    return 0;
  }
  const size = sizeNamed(values.size);
  if (!size) {
    console.error(`bench: unknown size "${values.size}" (${Object.keys(SIZES).join(', ')})`);
    return 2;
  }
  const started = new Date();
  const dir = mkdtempSync(path.join(tmpdir(), 'chartdesk-bench-'));
  const file = path.join(dir, 'hospital.db');
  console.error(`bench: ${size.name} hospital in ${dir}`);
  try {
    const cpuBefore = cpuUsage();
    const hospital = await generateHospital(size, file);
    const cpu = cpuUsage(cpuBefore);
    const { file: configFile, config } = writeBenchConfig(dir, file);
    const figures: Figure[] = [];
    // Measured with the settings the kiosk opens with (WAL, synchronous=FULL, foreign keys).
    const store = openStore(file, { busyTimeoutMs: config.database.busyTimeoutMs });
    let sqlite = '';
    let storage: StorageLine[] = [];
    try {
      sqlite = (store.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
      let bar = progress('1 scan to commit');
      figures.push(scanCommitFigure(hospital, store, config, bar));
      bar.done();
      bar = progress('2 scan to frame');
      // Production render settings: deploy/chartdesk-kiosk.service runs with NODE_ENV=production
      // (React's production build), and Ink renders only a final frame under CI, where the
      // kiosk never runs. Set before the dynamic import, which is the first to load React.
      process.env.NODE_ENV = 'production';
      delete process.env.CI;
      delete process.env.CONTINUOUS_INTEGRATION;
      const { scanFrameFigure } = await import('./fig-scan-frame.js');
      figures.push(await scanFrameFigure(hospital, store, config, bar));
      bar.done();
      bar = progress('3 search as you type');
      figures.push(searchFigure(hospital, store, bar));
      bar.done();
      bar = progress('4 lists, first page');
      figures.push(...listFigures(hospital, store, hospital.now + 3_600_000, bar));
      bar.done();
      bar = progress('7 export');
      figures.push(await exportFigure(hospital, store.db, bar));
      bar.done();
      store.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      store.close();
    }
    let bar = progress('5/6 cold start, kiosk RSS');
    const kiosk = await kioskProcessFigures(hospital, configFile, dir, bar);
    bar.done();
    figures.splice(2, 0, kiosk.coldStart);
    bar = progress('7 import');
    figures.push(await importFigure(hospital, dir, bar));
    bar.done();
    const reader = openStore(file, { readonly: true });
    let verified: { ok: boolean; movements: number; problems: string[] } | null = null;
    try {
      const measured = storageFigure(reader.db, file);
      storage = measured.lines;
      figures.push(kiosk.kioskRss, benchRssFigure(), measured.figure);
      if (values.verify) {
        // The generated log, and every movement the figures and their floors wrote, must
        // still pass `chartdesk verify`: chain, triggers and chart state.
        const report = verifyDatabase(reader.db);
        verified = {
          ok: report.ok,
          movements: report.movements,
          problems: report.problems.map((p) => p.message),
        };
      }
    } finally {
      reader.close();
    }
    const results = {
      version: 1,
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: machine(sqlite),
      size,
      generation: {
        seconds: Math.round(hospital.seconds * 10) / 10,
        cpuSeconds: Math.round(((cpu.user + cpu.system) / 1e6) * 10) / 10,
        targetSeconds: 180,
        counts: hospital.counts,
        hotChart: hospital.hotChart,
        pullDate: hospital.pullDate,
      },
      figures,
      storage: storage.slice(0, 15),
      verify: verified,
      pass: figures.every((f) => f.pass),
    };
    mkdirSync(path.dirname(values.out), { recursive: true });
    writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(
      `\nchartdesk bench, ${size.name}: ${hospital.counts.patients.toLocaleString('en-US')} patients, ` +
        `${hospital.counts.charts.toLocaleString('en-US')} charts, ` +
        `${hospital.counts.movements.toLocaleString('en-US')} movements, ` +
        `${hospital.counts.out.toLocaleString('en-US')} out; generated in ${results.generation.seconds} s ` +
        `(${results.generation.cpuSeconds} s CPU)\n`,
    );
    console.log(table(figures));
    const m = results.machine;
    console.log(
      `\n${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, SQLite ${m.sqlite}, load ${m.loadAverage} at start`,
    );
    console.log(`results: ${values.out}`);
    return 0;
  } finally {
    if (values.keep) console.error(`bench: kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 1;
  },
);
