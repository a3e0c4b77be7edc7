/**
 * What the kiosk writes to its log file. The shapes carry no patient data and no barcode of a
 * chart: only what happened, where it came from, and why a scan was refused.
 */
import type { Outcome } from '../engine/types.js';
import type { ScanSource } from '../scanner/types.js';

/** One line of the kiosk log. */
export type KioskLogEvent =
  | { readonly kind: 'kiosk_start'; readonly counter: string; readonly scannerMode: string }
  | { readonly kind: 'kiosk_stop'; readonly why: string }
  | {
      readonly kind: 'scan';
      readonly source: ScanSource | 'workspace';
      readonly outcome: Outcome['kind'];
      /** The refusal reason, for refused scans. */
      readonly reason?: string;
      /** The movement written, when one was. */
      readonly seq?: number;
      /** Milliseconds from the scan to its commit (includes waiting for a busy database). */
      readonly ms: number;
    }
  | { readonly kind: 'scan_dropped'; readonly why: 'repeat' | 'check' | 'deliver-failed' }
  | { readonly kind: 'db_busy'; readonly attempts: number }
  | { readonly kind: 'input_error'; readonly reason: string }
  | { readonly kind: 'scanner'; readonly level: 'info' | 'warn'; readonly message: string }
  | { readonly kind: 'render_error'; readonly panel: string; readonly message: string }
  | { readonly kind: 'visit_end'; readonly reason: string }
  | { readonly kind: 'exit_denied'; readonly failure: string }
  | { readonly kind: 'crash'; readonly message: string }
  /** A slip or list did not print; the message names the printer or file, never a patient. */
  | { readonly kind: 'print_failed'; readonly what: 'out_guide_slip'; readonly message: string };

/** Writes one log event; never throws. */
export type KioskLog = (event: KioskLogEvent) => void;
