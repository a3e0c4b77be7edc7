import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configSchema, type Config } from './schema.js';

/** One problem found in a config file, phrased for whoever edits it. */
export interface ConfigError {
  /** Dotted path of the field, or '' for the file as a whole. */
  readonly field: string;
  /** What was expected there. */
  readonly message: string;
}

/** Result of loading a config: the config when valid, the errors otherwise (never thrown). */
export type ConfigResult =
  | {
      readonly ok: true;
      readonly config: Config;
      readonly file: string | null;
      readonly baseDir: string;
    }
  | { readonly ok: false; readonly errors: readonly ConfigError[]; readonly file: string };

/** Checks parsed JSON against the schema; unknown keys are reported as errors. */
export function parseConfig(raw: unknown): { config: Config } | { errors: ConfigError[] } {
  const result = configSchema.safeParse(raw);
  if (result.success) return { config: result.data };
  return {
    errors: result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((k) => (field ? `${field}.${k}` : k));
        return { field: keys.join(', '), message: 'unknown key (check the spelling)' };
      }
      return { field, message: issue.message };
    }),
  };
}

/**
 * Loads kiosk.config.json (or the file given). A missing default file means "all defaults";
 * a missing file that was asked for by name is an error. Relative paths inside the config
 * resolve against the config file's folder.
 */
export function loadConfig(file: string | undefined, cwd = process.cwd()): ConfigResult {
  const explicit = file !== undefined;
  const target = path.resolve(cwd, file ?? 'kiosk.config.json');
  let text: string;
  try {
    text = readFileSync(target, 'utf8');
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      const parsed = parseConfig({});
      if ('config' in parsed) return { ok: true, config: parsed.config, file: null, baseDir: cwd };
    }
    return {
      ok: false,
      file: target,
      errors: [{ field: '', message: `cannot read the config file (${(error as Error).message})` }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      file: target,
      errors: [{ field: '', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  const parsed = parseConfig(raw);
  if ('errors' in parsed) return { ok: false, file: target, errors: parsed.errors };
  const baseDir = path.dirname(target);
  return { ok: true, config: parsed.config, file: target, baseDir };
}

/** Resolves a path from the config against the config's folder. */
export function resolveConfigPath(baseDir: string, p: string): string {
  return path.isAbsolute(p) ? p : path.resolve(baseDir, p);
}
