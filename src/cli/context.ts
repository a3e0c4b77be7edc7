import { loadConfig, resolveConfigPath } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { StoreError } from '../db/connection.js';
import { MigrationError } from '../db/migrate.js';
import { openStore, StoreLockedError, type Store } from '../db/store.js';
import type { Rules } from '../engine/decide.js';

/** Exit codes: 0 done, 1 refused or failed, 2 bad usage or bad config. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Streams a command writes to, injectable for tests. */
export interface Io {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & {
    isTTY?: boolean;
    setRawMode?: (mode: boolean) => unknown;
  };
}

/** The checked config and where it came from. */
export interface Loaded {
  readonly config: Config;
  readonly baseDir: string;
  readonly dbPath: string;
}

/** A failure that ends a command with a message and an exit code. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
  }
}

/** Loads and checks the config; a bad config is exit 2 with one line per field. */
export function loadOrExit(configPath: string | undefined): Loaded {
  const result = loadConfig(configPath);
  if (!result.ok) {
    const lines = result.errors.map((e) => `  ${e.field || '(file)'}: ${e.message}`);
    throw new CommandError(
      `chartdesk: the config ${result.file} is not valid:\n${lines.join('\n')}`,
      EXIT.usage,
    );
  }
  return {
    config: result.config,
    baseDir: result.baseDir,
    dbPath: resolveConfigPath(result.baseDir, result.config.database.path),
  };
}

/** Opens the store for a command, turning every known failure into a clear message. */
export function openForCommand(
  loaded: Loaded,
  mode: 'read' | 'write',
  busyTimeoutMs = loaded.config.database.busyTimeoutMs,
): Store {
  try {
    return openStore(loaded.dbPath, {
      readonly: mode === 'read',
      writer: mode === 'write',
      busyTimeoutMs,
    });
  } catch (error) {
    if (
      error instanceof StoreLockedError ||
      error instanceof MigrationError ||
      error instanceof StoreError
    ) {
      throw new CommandError(`chartdesk: ${error.message}`);
    }
    throw error;
  }
}

/** The engine rules from config. */
export function rulesOf(config: Config): Rules {
  return { loanHours: config.loanHours };
}

/** Makes sure the configured file room exists (a fresh database has no locations). */
export function ensureFileRoom(store: Store, config: Config): void {
  if (!store.locations.byCode(config.fileRoom)) {
    store.locations.ensure(config.fileRoom, 'File Room', 'file_room');
  }
}
