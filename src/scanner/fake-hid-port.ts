/**
 * An in-memory HID driver for tests, demos and screen previews: devices can be plugged and
 * unplugged, send reports, fail with node-hid's string errors, or refuse to open.
 */
import type { DeviceSink, HidDeviceInfo, HidPort, ListResult, OpenResult } from './hid-port.js';

/** A device description with sensible defaults for the fields a test does not care about. */
export function fakeDevice(fields: Partial<HidDeviceInfo> = {}): HidDeviceInfo {
  return {
    vendorId: 0x0c2e,
    productId: 0x0b61,
    path: '/dev/hidraw0',
    serialNumber: 'SN1',
    manufacturer: 'Honeywell',
    product: 'Xenon 1950g',
    usagePage: 0x8c,
    usage: 0x02,
    interfaceNumber: 0,
    ...fields,
  };
}

/** Controls of the fake driver. */
export class FakeHidPort implements HidPort {
  /** What `listDevices` returns; set to simulate plug, unplug or a missing binding. */
  listing: ListResult = { kind: 'devices', devices: [] };
  /** Paths whose next `open` fails with this reason (consumed by one open). */
  readonly openFailures = new Map<string, string>();
  /** Number of `open` calls, and how many handles are open now. */
  openCalls = 0;
  openHandles = 0;
  private readonly sinks = new Map<string, DeviceSink>();

  /** Makes the given devices visible. */
  plug(...devices: HidDeviceInfo[]): void {
    this.listing = { kind: 'devices', devices };
  }

  /** Removes every device and tells open handles with node-hid's string error. */
  unplug(reason = 'could not read from HID device'): void {
    this.listing = { kind: 'devices', devices: [] };
    for (const sink of [...this.sinks.values()]) sink.error(reason);
  }

  /** Delivers a report from the device at `path` (no-op when it is not open). */
  send(path: string, report: Uint8Array | readonly number[]): void {
    this.sinks.get(path)?.data(Uint8Array.from(report));
  }

  /** Emits an error string on the device at `path`. */
  fail(path: string, reason: string): void {
    this.sinks.get(path)?.error(reason);
  }

  /** True when `path` is open. */
  isOpen(path: string): boolean {
    return this.sinks.has(path);
  }

  /** Part of HidPort. */
  listDevices(): Promise<ListResult> {
    return Promise.resolve(this.listing);
  }

  /** Part of HidPort. */
  open(path: string, sink: DeviceSink): Promise<OpenResult> {
    this.openCalls += 1;
    if (this.listing.kind === 'unavailable') return Promise.resolve(this.listing);
    const failure = this.openFailures.get(path);
    if (failure !== undefined) {
      this.openFailures.delete(path);
      return Promise.resolve({ kind: 'failed', reason: failure });
    }
    this.sinks.set(path, sink);
    this.openHandles += 1;
    let closed = false;
    return Promise.resolve({
      kind: 'opened',
      handle: {
        close: () => {
          if (!closed) {
            closed = true;
            this.openHandles -= 1;
            if (this.sinks.get(path) === sink) this.sinks.delete(path);
          }
          return Promise.resolve();
        },
      },
    });
  }
}
