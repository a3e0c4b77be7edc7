/**
 * The kiosk's log file: one JSON line per event, appended synchronously (a crash must not lose
 * the line before it) and never throwing (a full disk must not stop the counter).
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { KioskLog, KioskLogEvent } from './log-events.js';

/** A logger appending to `file`; `now` stamps each line. */
export function fileLog(file: string, now: () => number = Date.now): KioskLog {
  let ready = false;
  return (event: KioskLogEvent) => {
    try {
      if (!ready) {
        mkdirSync(path.dirname(file), { recursive: true });
        ready = true;
      }
      const line = JSON.stringify({ at: new Date(now()).toISOString(), ...event });
      appendFileSync(file, `${line}\n`, { mode: 0o600 });
    } catch {
      // Logging is best effort: the counter keeps working without it.
    }
  };
}

/** A logger that keeps events in memory (tests, previews). */
export function memoryLog(): KioskLog & { readonly events: KioskLogEvent[] } {
  const events: KioskLogEvent[] = [];
  const log = (event: KioskLogEvent): void => void events.push(event);
  return Object.assign(log, { events });
}
