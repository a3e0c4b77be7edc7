/**
 * Keeps the counter's HID scanner open: enumerates, matches, opens one device, decodes its
 * reports, and on any failure closes it and rescans on a backoff. It holds at most one handle,
 * and nothing a device or listener does can throw out of it.
 */
import { systemClock } from './clock.js';
import type { Clock, TimerId } from './clock.js';
import { watchDevDirectory } from './dev-watch.js';
import type { DeviceWatch } from './dev-watch.js';
import { deviceName } from './hid-port.js';
import type { DeviceHandle, HidPort } from './hid-port.js';
import type { PosProfile } from './hid-pos.js';
import { DEFAULT_MATCHERS, pickDevice } from './matchers.js';
import type { DeviceMatcher } from './matchers.js';
import { createReportDecoder } from './report-decoder.js';
import type { ReportDecoder, ReportDecoderOptions } from './report-decoder.js';
import type { ScannerStatus, SupervisorEvent, SupervisorListener } from './scanner-status.js';
import type { DecoderEvent } from './types.js';
import { assertNever } from './types.js';

/** Rescan delays: doubling from `initialMs` up to `maxMs`. */
export interface Backoff {
  readonly initialMs: number;
  readonly maxMs: number;
}

/** Default rescan delays: 500 ms, 1 s, 2 s … 10 s. */
export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 10_000 };
// udev sets permissions a moment after the hidraw node appears.
const DEV_CHANGE_SETTLE_MS = 300;

/** How to build a supervisor. Only `port` is required. */
export interface SupervisorOptions {
  /** HID driver (createNodeHidPort() in production, a fake in tests). */
  readonly port: HidPort;
  /** Which device to read; default: any HID POS scanner. */
  readonly matchers?: readonly DeviceMatcher[];
  /** Time and timers; default: the process clock. */
  readonly clock?: Clock;
  /** Rescan delays. */
  readonly backoff?: Backoff;
  /** Layout for HID POS devices the matcher and vendor do not settle (`scanner.profile`). */
  readonly profile?: PosProfile;
  /** Decoder timings (`scanner.assemblyWindowMs` goes in `windowMs`). */
  readonly decoder?: ReportDecoderOptions;
  /** Hot-plug hint; default watches /dev; null disables. */
  readonly watchDevices?: DeviceWatch | null;
}

interface Connection {
  readonly generation: number;
  readonly decoder: ReportDecoder;
  readonly name: string;
  handle: DeviceHandle | null;
}

/** Supervises one HID scanner. Create, `subscribe`, `start`; `stop` on shutdown. */
export class ScannerSupervisor {
  private readonly listeners = new Set<SupervisorListener>();
  private readonly clock: Clock;
  private readonly backoff: Backoff;
  private statusValue: ScannerStatus = { state: 'searching' };
  private connection: Connection | null = null;
  private generation = 0;
  private failures = 0;
  private everConnected = false;
  private started = false;
  private stopped = false;
  private busy = false;
  private attemptRequested = false;
  private retryTimer: TimerId | null = null;
  private expiryTimer: TimerId | null = null;
  private stopWatch: (() => void) | null = null;

  /** @param options driver, matchers, clock, timings */
  constructor(private readonly options: SupervisorOptions) {
    this.clock = options.clock ?? systemClock;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
  }

  /** The latest status. */
  get status(): ScannerStatus {
    return this.statusValue;
  }

  /** Adds a listener; returns its removal. Listener exceptions are swallowed. */
  subscribe(listener: SupervisorListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts searching for the scanner. Idempotent. */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.emit({ kind: 'status', status: this.statusValue });
    const watchDevices =
      this.options.watchDevices === undefined ? watchDevDirectory : this.options.watchDevices;
    if (watchDevices !== null) {
      try {
        this.stopWatch = watchDevices(() => this.onDevChange());
      } catch {
        this.stopWatch = null;
      }
    }
    this.runAttempt();
  }

  /** Closes the device and stops all timers. Safe to call twice. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearRetry();
    this.clearExpiry();
    try {
      this.stopWatch?.();
    } catch {
      // Nothing to do: the watch was only a hint.
    }
    this.stopWatch = null;
    const connection = this.connection;
    this.connection = null;
    if (connection === null) return;
    this.handleDecoded(connection.decoder.abandon('scanner stopped'), this.clock.now());
    await connection.handle?.close();
  }

  private emit(event: SupervisorEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A failing listener must not stop the others or the device loop.
      }
    }
  }

  private log(level: 'info' | 'warn', message: string): void {
    this.emit({ kind: 'log', level, message });
  }

  private setStatus(status: ScannerStatus): void {
    if (JSON.stringify(status) === JSON.stringify(this.statusValue)) return;
    this.statusValue = status;
    this.emit({ kind: 'status', status });
  }

  private runAttempt(): void {
    if (this.busy) {
      // A retry fired while an attempt is still awaiting the driver: run it right after.
      this.attemptRequested = true;
      return;
    }
    if (this.stopped || this.connection !== null) return;
    this.busy = true;
    this.attempt()
      .catch((error: unknown) => {
        // Only a bug gets here (the port never rejects); keep trying rather than give up.
        this.log('warn', `scanner supervisor error: ${String(error)}`);
        this.scheduleRetry();
      })
      .finally(() => {
        this.busy = false;
        if (this.attemptRequested) {
          this.attemptRequested = false;
          this.runAttempt();
        }
      });
  }

  private async attempt(): Promise<void> {
    const list = await this.options.port.listDevices();
    if (this.stopped) return;
    switch (list.kind) {
      case 'unavailable':
        this.setStatus({ state: 'unavailable', reason: list.reason });
        this.scheduleRetry();
        return;
      case 'failed':
        this.log('warn', list.reason);
        this.scheduleRetry();
        return;
      case 'devices':
        break;
      default:
        assertNever(list);
    }
    const picked = pickDevice(
      list.devices,
      this.options.matchers ?? DEFAULT_MATCHERS,
      this.options.profile,
    );
    if (picked === null) {
      this.setStatus(this.everConnected ? { state: 'disconnected' } : { state: 'searching' });
      this.scheduleRetry();
      return;
    }
    this.generation += 1;
    const generation = this.generation;
    const connection: Connection = {
      generation,
      decoder: createReportDecoder(picked.profile, this.options.decoder),
      name: deviceName(picked.device),
      handle: null,
    };
    this.connection = connection;
    const opened = await this.options.port.open(picked.device.path, {
      data: (bytes) => this.onData(generation, bytes),
      error: (reason) => this.onDeviceError(generation, reason),
    });
    if (opened.kind === 'opened') connection.handle = opened.handle;
    if (this.stopped || this.connection !== connection) {
      // stop() ran meanwhile, or the device failed before open resolved.
      await connection.handle?.close();
      return;
    }
    switch (opened.kind) {
      case 'opened':
        this.failures = 0;
        this.everConnected = true;
        this.log(
          'info',
          `scanner connected: ${connection.name} (${picked.device.path}, ${picked.profile})`,
        );
        this.setStatus({ state: 'connected', name: connection.name });
        return;
      case 'unavailable':
        this.connection = null;
        this.setStatus({ state: 'unavailable', reason: opened.reason });
        this.scheduleRetry();
        return;
      case 'failed':
        this.connection = null;
        this.log('warn', opened.reason);
        this.scheduleRetry();
        return;
      default:
        assertNever(opened);
    }
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.clearRetry();
    const delay = Math.min(this.backoff.initialMs * 2 ** this.failures, this.backoff.maxMs);
    this.failures = Math.min(this.failures + 1, 30);
    this.retryTimer = this.clock.setTimeout(() => {
      this.retryTimer = null;
      this.runAttempt();
    }, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.clock.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private clearExpiry(): void {
    if (this.expiryTimer !== null) this.clock.clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
  }

  private onDevChange(): void {
    if (this.stopped || this.connection !== null || this.busy) return;
    // Rescan soon instead of waiting out a long backoff.
    this.clearRetry();
    this.failures = 0;
    this.retryTimer = this.clock.setTimeout(() => {
      this.retryTimer = null;
      this.runAttempt();
    }, DEV_CHANGE_SETTLE_MS);
  }

  private onData(generation: number, bytes: Uint8Array): void {
    const connection = this.connection;
    if (this.stopped || connection === null || connection.generation !== generation) return;
    const now = this.clock.now();
    this.emit({ kind: 'report', bytes, at: now });
    try {
      this.handleDecoded(connection.decoder.push(bytes, now), now);
    } catch (error) {
      // The decoders are total; this guards against a bug, never against device input.
      this.log('warn', `decoder failure: ${String(error)}`);
    }
    this.armExpiry(connection);
  }

  private armExpiry(connection: Connection): void {
    this.clearExpiry();
    const deadline = connection.decoder.deadline();
    if (deadline === null) return;
    this.expiryTimer = this.clock.setTimeout(
      () => {
        this.expiryTimer = null;
        if (this.connection !== connection) return;
        const now = this.clock.now();
        this.handleDecoded(connection.decoder.expire(now), now);
        this.armExpiry(connection);
      },
      Math.max(0, deadline - this.clock.now()),
    );
  }

  private onDeviceError(generation: number, reason: string): void {
    const connection = this.connection;
    if (this.stopped || connection === null || connection.generation !== generation) return;
    this.connection = null;
    this.clearExpiry();
    this.handleDecoded(connection.decoder.abandon(`device lost: ${reason}`), this.clock.now());
    this.log('warn', `scanner ${connection.name} lost: ${reason}`);
    this.everConnected = true;
    this.setStatus({ state: 'disconnected' });
    void connection.handle?.close();
    this.failures = 0;
    this.scheduleRetry();
  }

  private handleDecoded(events: readonly DecoderEvent[], now: number): void {
    for (const event of events) {
      switch (event.kind) {
        case 'scan':
          this.emit({
            kind: 'scan',
            scan: { code: event.code, source: 'hid', symbology: event.symbology, at: now },
          });
          break;
        case 'notice':
          this.log(event.notice === 'dropped' ? 'warn' : 'info', event.detail);
          break;
        case 'error':
          this.log('warn', `unreadable report: ${event.reason}`);
          break;
        default:
          assertNever(event);
      }
    }
  }
}
