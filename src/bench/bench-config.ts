import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { FILE_ROOM, HOLDING } from './layout.js';

/**
 * Writes the kiosk config the bench runs with: the production defaults (loan hours, undo,
 * scanner auto mode, lockdown), pointed at the bench database, with demo seeding off. Returns
 * the file and the checked config, loaded the way the kiosk loads it.
 */
export function writeBenchConfig(dir: string, dbFile: string): { file: string; config: Config } {
  const file = path.join(dir, 'kiosk.config.json');
  const raw = {
    counter: { name: 'Bench Counter' },
    database: { path: dbFile },
    fileRoom: FILE_ROOM.code,
    holdingLocation: HOLDING.code,
    demo: { seedIfEmpty: false },
    logFile: path.join(dir, 'kiosk.log'),
  };
  writeFileSync(file, `${JSON.stringify(raw, null, 2)}\n`);
  const loaded = loadConfig(file);
  if (!loaded.ok) throw new Error(`bench config refused: ${JSON.stringify(loaded.errors)}`);
  return { file, config: loaded.config };
}
