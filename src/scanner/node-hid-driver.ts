/**
 * The node-hid adapter of the driver port, and the only module that imports node-hid. The
 * import is dynamic and every call is guarded: on Linux the prebuilt binding needs
 * libusb-1.0.so.0 even for hidraw, and without it the first call rejects with
 * ERR_DLOPEN_FAILED. That must become a status-line reason, never a crash.
 */
import type * as NodeHidModule from 'node-hid';
import type { Device, HIDAsync } from 'node-hid';
import type {
  DeviceHandle,
  DeviceSink,
  HidDeviceInfo,
  HidPort,
  ListResult,
  OpenResult,
} from './hid-port.js';

type NodeHid = typeof NodeHidModule;

/** Hint printed wherever the binding fails to load. */
export const LIBUSB_HINT = 'node-hid could not load libusb-1.0 (apt-get install libusb-1.0-0)';

function describe(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** True for errors that mean "the native binding cannot work here", not "try again". */
function isLoadFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const text = describe(error);
  return (
    code === 'ERR_DLOPEN_FAILED' ||
    code === 'MODULE_NOT_FOUND' ||
    code === 'ERR_MODULE_NOT_FOUND' ||
    /libusb|cannot open shared object|No native build was found/i.test(text)
  );
}

function loadReason(error: unknown): string {
  return `${LIBUSB_HINT}: ${describe(error)}`;
}

let modulePromise: Promise<NodeHid | { failed: unknown }> | null = null;

function loadNodeHid(): Promise<NodeHid | { failed: unknown }> {
  modulePromise ??= import('node-hid').then(
    (mod) => mod,
    (failed: unknown) => {
      // Let a later call retry the import (e.g. after the package is reinstalled).
      modulePromise = null;
      return { failed };
    },
  );
  return modulePromise;
}

function toInfo(device: Device): HidDeviceInfo {
  return {
    vendorId: device.vendorId,
    productId: device.productId,
    path: device.path ?? null,
    serialNumber: device.serialNumber ?? null,
    manufacturer: device.manufacturer ?? null,
    product: device.product ?? null,
    usagePage: device.usagePage ?? null,
    usage: device.usage ?? null,
    interfaceNumber: device.interface ?? null,
  };
}

function guard(fn: () => void): void {
  try {
    fn();
  } catch {
    // A sink that throws must not turn into node-hid's own 'error' path or a native crash.
  }
}

function handleFor(device: HIDAsync): DeviceHandle {
  let closed = false;
  return {
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      try {
        await device.close();
      } catch {
        // Closing an unplugged device fails; it is gone either way.
      }
      // close() removes all listeners; keep one so a late native error cannot crash us.
      device.on('error', () => undefined);
    },
  };
}

/** Creates the real driver. Cheap: node-hid is loaded on first use. */
export function createNodeHidPort(): HidPort {
  return {
    async listDevices(): Promise<ListResult> {
      const mod = await loadNodeHid();
      if ('failed' in mod) return { kind: 'unavailable', reason: loadReason(mod.failed) };
      try {
        const devices = await mod.devicesAsync();
        return { kind: 'devices', devices: devices.map(toInfo) };
      } catch (error) {
        return isLoadFailure(error)
          ? { kind: 'unavailable', reason: loadReason(error) }
          : { kind: 'failed', reason: `HID enumeration failed: ${describe(error)}` };
      }
    },

    async open(path: string, sink: DeviceSink): Promise<OpenResult> {
      const mod = await loadNodeHid();
      if ('failed' in mod) return { kind: 'unavailable', reason: loadReason(mod.failed) };
      let device: HIDAsync;
      try {
        device = await mod.HIDAsync.open(path);
      } catch (error) {
        return isLoadFailure(error)
          ? { kind: 'unavailable', reason: loadReason(error) }
          : { kind: 'failed', reason: `cannot open ${path}: ${describe(error)}` };
      }
      // The error listener goes on first: an 'error' with no listener ends the process.
      // node-hid emits a string on unplug, but an Error when a data listener throws.
      device.on('error', (error: unknown) => guard(() => sink.error(describe(error))));
      device.on('data', (data: unknown) => {
        if (data instanceof Uint8Array) guard(() => sink.data(new Uint8Array(data)));
      });
      return { kind: 'opened', handle: handleFor(device) };
    },
  };
}
