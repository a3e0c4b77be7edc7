/**
 * Out-guide slips at check-out: when `config.printing.outGuideSlips` is on and printing is not
 * off, each check-out or transfer the counter commits prints a slip for the shelf. Printing
 * runs after the commit and off the scan queue's turn; a failure never reaches the queue, it
 * comes back as a message for a small notice and one log line without patient data.
 */
import type { Config } from '../../config/schema.js';
import { safeText } from '../../domain/safe-text.js';
import type { Outcome } from '../../engine/types.js';
import { outGuideSlip } from '../../workflows/out-guide.js';
import { printText, type PrintResult } from '../../workflows/printing.js';

/** A committed move (check-out, return or transfer: the one outcome with a new holder). */
export type SlipOutcome = Extract<Outcome, { readonly to: unknown }>;

/** True when the configuration asks for a slip at each check-out. */
export function wantsOutGuide(config: Config): boolean {
  return config.printing.outGuideSlips && config.printing.mode !== 'off';
}

/** The outcomes that get a slip: check-outs and transfers to someone. */
export function needsSlip(outcome: Outcome): outcome is SlipOutcome {
  return (outcome.kind === 'check_out' || outcome.kind === 'transfer') && outcome.to !== null;
}

/** How a slip print ended, for the screen. */
export type SlipResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/**
 * Prints the slip for a committed move. Starts after the current turn (the queue drains
 * first), never rejects, and turns the print result into ok / a one-line message.
 */
export function printOutGuide(
  config: Config,
  baseDir: string,
  outcome: SlipOutcome,
  at: number,
): Promise<SlipResult> {
  if (outcome.to === null) return Promise.resolve({ ok: true });
  const slip = outGuideSlip(outcome.chart, outcome.to, at, outcome.dueAt, config.filingOrder);
  return Promise.resolve()
    .then(() => printText(config.printing, baseDir, slip))
    .then(slipResult, (error: unknown) => ({
      ok: false as const,
      message: oneLine(error instanceof Error ? error.message : String(error)),
    }));
}

function oneLine(text: string): string {
  return safeText(text.split('\n')[0] ?? '').slice(0, 200);
}

function slipResult(r: PrintResult): SlipResult {
  switch (r.kind) {
    case 'off':
    case 'printed':
      return { ok: true };
    case 'failed':
      return { ok: false, message: oneLine(r.message) };
    default: {
      const never: never = r;
      throw new Error(`unhandled print result ${JSON.stringify(never)}`);
    }
  }
}
