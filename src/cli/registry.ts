import type { Io } from './context.js';
import { runScannerWithConfig } from './scanner-config.js';

/**
 * Commands added by feature areas (scanner diagnostics, search, staff, pull lists, reports).
 * One line per command keeps main.ts stable while areas grow.
 */
export const extraCommands: Record<string, (args: readonly string[], io: Io) => Promise<number>> = {
  scanner: runScannerWithConfig,
};
