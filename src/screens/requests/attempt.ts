/** A write's result: its value, or a refusal the screen shows instead of crashing. */
export type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/**
 * Runs a database write for a screen. A busy or failed database throws from better-sqlite3;
 * the screen shows "nothing was written, try again" instead of taking the kiosk down.
 */
export function attempt<T>(write: () => T): Attempt<T> {
  try {
    return { ok: true, value: write() };
  } catch {
    return { ok: false };
  }
}
