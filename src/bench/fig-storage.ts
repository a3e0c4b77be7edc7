import { statSync } from 'node:fs';
import type { Db } from '../db/connection.js';
import { judge, type Figure } from './results.js';

/** Bytes on disk per table or index, largest first. */
export interface StorageLine {
  readonly name: string;
  readonly mb: number;
  readonly payloadMb: number;
}

/**
 * Figure 6 (storage): the database file's size on disk (with its WAL), beside the floor of the
 * bytes SQLite actually stores (the payload of every row and index entry, from dbstat), with
 * the largest tables and indexes.
 */
export function storageFigure(db: Db, file: string): { figure: Figure; lines: StorageLine[] } {
  const rows = db
    .prepare<[], { name: string; size: number; payload: number }>(
      'SELECT name, sum(pgsize) AS size, sum(payload) AS payload FROM dbstat GROUP BY name ORDER BY size DESC',
    )
    .all();
  const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  let wal = 0;
  try {
    wal = statSync(`${file}-wal`).size;
  } catch {
    wal = 0;
  }
  const size = statSync(file).size + wal;
  const payload = rows.reduce((sum, r) => sum + r.payload, 0);
  return {
    figure: judge({
      id: 'db_size',
      title: 'Database size on disk',
      unit: 'MB',
      value: mb(size),
      floor: mb(payload),
      target: { text: 'reported (no target)' },
      via: 'the database file and its WAL after the run',
      floorVia: 'sum of row and index-entry payload bytes (dbstat)',
      note: rows
        .slice(0, 6)
        .map((r) => `${r.name} ${mb(r.size)} MB`)
        .join(', '),
    }),
    lines: rows.map((r) => ({ name: r.name, mb: mb(r.size), payloadMb: mb(r.payload) })),
  };
}

/** Figure 6 (bench): the benchmark process's own peak RSS, for scale; the kiosk's is the target. */
export function benchRssFigure(): Figure {
  return judge({
    id: 'rss_bench',
    title: 'Peak RSS, bench process',
    unit: 'MB',
    value: Math.round(process.resourceUsage().maxRSS / 1024),
    floor: null,
    target: { text: 'reported (generator cache up to 1 GiB)' },
    via: 'process.resourceUsage().maxRSS of the bench (generator, figures 1–4, 7)',
    floorVia: 'none',
  });
}
