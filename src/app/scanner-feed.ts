/**
 * The HID scanner as screens see it: its status for the status line and its scans for
 * whichever screen takes scans. The composition root connects the supervisor to a hub; tests
 * publish into a hub directly.
 */
import type { ScannerStatus } from '../scanner/scanner-status.js';
import type { ScannerSupervisor } from '../scanner/supervisor.js';
import type { Scan } from '../scanner/types.js';
import type { KioskLog } from './log-events.js';

/** Something the HID side reports. */
export type ScannerFeedEvent =
  | { readonly kind: 'status'; readonly status: ScannerStatus | null }
  | { readonly kind: 'scan'; readonly scan: Scan };

/** Read side: status now, and a subscription. */
export interface ScannerFeed {
  /** The HID status, or null when HID input is not running (`scanner.mode` wedge). */
  readonly status: ScannerStatus | null;
  /** Adds a listener; returns its removal. */
  subscribe(listener: (event: ScannerFeedEvent) => void): () => void;
}

/** A feed that can be published into. */
export class ScannerHub implements ScannerFeed {
  private current: ScannerStatus | null;
  private readonly listeners = new Set<(event: ScannerFeedEvent) => void>();

  /** @param status the initial status (null: HID input off) */
  constructor(status: ScannerStatus | null = null) {
    this.current = status;
  }

  /** Part of ScannerFeed. */
  get status(): ScannerStatus | null {
    return this.current;
  }

  /** Part of ScannerFeed. */
  subscribe(listener: (event: ScannerFeedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Sets the status and tells listeners. */
  publishStatus(status: ScannerStatus | null): void {
    this.current = status;
    this.emit({ kind: 'status', status });
  }

  /** Hands a HID scan to listeners. */
  publishScan(scan: Scan): void {
    this.emit({ kind: 'scan', scan });
  }

  private emit(event: ScannerFeedEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // One failing screen must not stop the scanner feed.
      }
    }
  }
}

/** Connects a supervisor's events to a hub and the log; returns the disconnection. */
export function connectSupervisor(
  hub: ScannerHub,
  supervisor: ScannerSupervisor,
  log: KioskLog,
): () => void {
  hub.publishStatus(supervisor.status);
  return supervisor.subscribe((event) => {
    switch (event.kind) {
      case 'status':
        hub.publishStatus(event.status);
        if (event.status.state === 'unavailable') {
          log({ kind: 'scanner', level: 'warn', message: event.status.reason });
        }
        return;
      case 'scan':
        hub.publishScan(event.scan);
        return;
      case 'log':
        log({ kind: 'scanner', level: event.level, message: event.message });
        return;
      case 'report':
        return;
      default: {
        const never: never = event;
        throw new Error(`unhandled supervisor event ${JSON.stringify(never)}`);
      }
    }
  });
}
