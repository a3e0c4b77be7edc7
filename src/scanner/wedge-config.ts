/**
 * Settings of the keyboard-wedge burst detector, and their validation. Problems are returned
 * as messages next to a usable config (defaults filled in) so the kiosk can start and say what
 * was wrong instead of refusing to run.
 */

/** How the wedge detector tells a scanner's burst from a person typing. */
export interface WedgeConfig {
  /** Largest gap between characters of one burst (ms). Scanners: 1–19 ms; people: 50+. */
  readonly maxGapMs: number;
  /** Shortest burst taken as a scan. */
  readonly minLength: number;
  /** A fast burst with no terminator is a scan after this much silence (ms); null: never. */
  readonly idleMs: number | null;
  /** Text the scanner is programmed to send before each barcode; stripped. */
  readonly prefix: string;
  /** Text the scanner is programmed to send after each barcode; stripped. */
  readonly suffix: string;
}

/** Defaults from the usual scanner and terminal timings (see docs/SCANNERS.md). */
export const DEFAULT_WEDGE_CONFIG: WedgeConfig = {
  maxGapMs: 35,
  minLength: 4,
  idleMs: 100,
  prefix: '',
  suffix: '',
};

/** A config ready for use, plus what had to be corrected. */
export interface WedgeConfigResult {
  readonly config: WedgeConfig;
  readonly errors: readonly string[];
}

function hasControl(text: string): boolean {
  return /[\p{Cc}\p{Cf}]/u.test(text);
}

/** Fills defaults and refuses unusable values (Ctrl-C or other control chars in affixes). */
export function resolveWedgeConfig(input: Partial<WedgeConfig> = {}): WedgeConfigResult {
  const errors: string[] = [];
  const merged = { ...DEFAULT_WEDGE_CONFIG, ...input };
  let { maxGapMs, minLength, idleMs, prefix, suffix } = merged;
  if (!Number.isFinite(maxGapMs) || maxGapMs <= 0) {
    errors.push(`maxGapMs must be a positive number; using ${DEFAULT_WEDGE_CONFIG.maxGapMs}`);
    maxGapMs = DEFAULT_WEDGE_CONFIG.maxGapMs;
  }
  if (!Number.isInteger(minLength) || minLength < 1) {
    errors.push(`minLength must be a positive integer; using ${DEFAULT_WEDGE_CONFIG.minLength}`);
    minLength = DEFAULT_WEDGE_CONFIG.minLength;
  }
  if (idleMs !== null && (!Number.isFinite(idleMs) || idleMs < maxGapMs)) {
    errors.push(`idleMs must be at least maxGapMs (${maxGapMs}); using ${maxGapMs}`);
    idleMs = maxGapMs;
  }
  // Control characters never reach the detector as text (and Ctrl-C stops Ink apps), so an
  // affix holding one could never match: say so instead of silently never stripping it.
  if (hasControl(prefix)) {
    errors.push('prefix must be printable text (control characters such as Ctrl-C never arrive)');
    prefix = '';
  }
  if (hasControl(suffix)) {
    errors.push(
      'suffix must be printable text (use the CR/LF/Tab terminator; Ctrl-C is never usable)',
    );
    suffix = '';
  }
  return { config: { maxGapMs, minLength, idleMs, prefix, suffix }, errors };
}
