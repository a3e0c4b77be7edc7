import type { Io } from './context.js';
import { runScannerWithConfig } from './scanner-config.js';
import { runPullList } from './pull-list.js';
import { runReport } from './report.js';
import { runRequests } from './requests.js';
import { runLoose } from './loose.js';
import { runMissing } from './missing.js';
import { runFind } from './find.js';
import { runStaff } from './staff.js';

/**
 * Commands added by feature areas (scanner diagnostics, search, staff, pull lists, reports).
 * One line per command keeps main.ts stable while areas grow.
 */
export const extraCommands: Record<string, (args: readonly string[], io: Io) => Promise<number>> = {
  scanner: runScannerWithConfig,
  'pull-list': runPullList,
  report: runReport,
  requests: runRequests,
  loose: runLoose,
  missing: runMissing,
  find: runFind,
  staff: runStaff,
};
