/**
 * The driver port: the only way the scanner layer touches HID devices. The real adapter is
 * node-hid-driver.ts; tests and the screens' previews inject a fake (fake-hid-port.ts).
 * Every failure is a value, and device events go to a sink given at open time so there is
 * never a moment when an 'error' has no listener.
 */

/** What enumeration tells us about one HID interface. */
export interface HidDeviceInfo {
  readonly vendorId: number;
  readonly productId: number;
  /** hidraw path; changes on re-plug, so match on the other fields and open by this. */
  readonly path: string | null;
  readonly serialNumber: string | null;
  readonly manufacturer: string | null;
  readonly product: string | null;
  /** HID usage page (0x8C for HID POS scanners), null when the platform does not say. */
  readonly usagePage: number | null;
  readonly usage: number | null;
  readonly interfaceNumber: number | null;
}

/** Enumeration outcome. */
export type ListResult =
  | { readonly kind: 'devices'; readonly devices: readonly HidDeviceInfo[] }
  /** The HID binding cannot work on this machine (e.g. libusb-1.0 missing). */
  | { readonly kind: 'unavailable'; readonly reason: string }
  /** Enumeration failed this time; worth retrying. */
  | { readonly kind: 'failed'; readonly reason: string };

/** Receives what an open device sends. Called from the driver; must not throw (it is guarded). */
export interface DeviceSink {
  /** One input report, including its report ID byte. */
  data(report: Uint8Array): void;
  /** The device failed or was unplugged; no more data will come. */
  error(reason: string): void;
}

/** An open device. */
export interface DeviceHandle {
  /** Releases the device. Never rejects; safe to call twice. */
  close(): Promise<void>;
}

/** Open outcome. */
export type OpenResult =
  | { readonly kind: 'opened'; readonly handle: DeviceHandle }
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };

/** A HID driver. Implementations never reject and never throw. */
export interface HidPort {
  /** Enumerates HID interfaces. */
  listDevices(): Promise<ListResult>;
  /** Opens the device at `path`; reports go to `sink` until close or error. */
  open(path: string, sink: DeviceSink): Promise<OpenResult>;
}

/** `0c2e` style lower-case 4-digit hex, as udev rules and lsusb print IDs. */
export function hex4(value: number | null): string {
  return value === null ? '----' : value.toString(16).padStart(4, '0');
}

/** A short name for status lines: product, else manufacturer, else VID:PID. */
export function deviceName(device: HidDeviceInfo): string {
  return (
    device.product?.trim() ||
    device.manufacturer?.trim() ||
    `${hex4(device.vendorId)}:${hex4(device.productId)}`
  );
}
