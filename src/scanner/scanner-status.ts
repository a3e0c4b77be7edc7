/**
 * What the supervisor tells the rest of the kiosk: status for the status line, scans for the
 * engine, log lines for the log file, raw reports for `chartdesk scanner watch`.
 */
import type { Scan } from './types.js';

/** HID scanner state, as the status line shows it. */
export type ScannerStatus =
  /** The HID binding cannot work here (e.g. libusb-1.0 missing); keyboard input still works. */
  | { readonly state: 'unavailable'; readonly reason: string }
  /** No matching device seen yet. */
  | { readonly state: 'searching' }
  /** Reading from a device. */
  | { readonly state: 'connected'; readonly name: string }
  /** The device was lost; rescanning. */
  | { readonly state: 'disconnected' };

/** Severity of a supervisor log line. */
export type LogLevel = 'info' | 'warn';

/** Everything a supervisor emits. */
export type SupervisorEvent =
  | { readonly kind: 'scan'; readonly scan: Scan }
  | { readonly kind: 'status'; readonly status: ScannerStatus }
  | { readonly kind: 'log'; readonly level: LogLevel; readonly message: string }
  | { readonly kind: 'report'; readonly bytes: Uint8Array; readonly at: number };

/** Receives supervisor events. */
export type SupervisorListener = (event: SupervisorEvent) => void;
