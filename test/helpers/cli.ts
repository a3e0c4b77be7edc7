import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built command line (npm test builds it first). */
export const CLI = fileURLToPath(new URL('../../dist/cli/chartdesk.mjs', import.meta.url));

/** Result of running the CLI as a subprocess. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `chartdesk ARGS` as a real subprocess in `cwd`. */
export function runCli(
  args: readonly string[],
  options: { cwd: string; input?: string; env?: Record<string, string> },
): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes a kiosk.config.json into `dir` pointing at `db.sqlite` there, with overrides. */
export function writeConfig(dir: string, overrides: Record<string, unknown> = {}): string {
  const file = path.join(dir, 'kiosk.config.json');
  writeFileSync(file, JSON.stringify({ database: { path: 'db.sqlite' }, ...overrides }, null, 2));
  return file;
}
