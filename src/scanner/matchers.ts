/**
 * Which HID interface is the counter's scanner. hidraw numbers change on re-plug and a
 * scanner exposes several interfaces, so devices are matched on stable fields and then
 * opened by the matched path.
 */
import type { HidDeviceInfo } from './hid-port.js';
import type { PosProfile } from './hid-pos.js';
import type { HidProfile } from './types.js';

/** HID POS usage page (Bar Code Scanner). */
export const POS_USAGE_PAGE = 0x8c;
/** Honeywell's vendor-specific companion interface: configuration, not scans. */
export const VENDOR_POS_USAGE_PAGE = 0xff8c;
const GENERIC_DESKTOP_PAGE = 0x01;
const NEWLAND_VENDOR_ID = 0x1eab;

/** One rule; every field given must equal the device's. */
export interface DeviceMatcher {
  readonly vendorId?: number;
  readonly productId?: number;
  readonly serialNumber?: string;
  readonly usagePage?: number;
  /** Report layout to decode with; inferred from the device when absent. */
  readonly profile?: HidProfile;
}

/** Default: any vendor's HID POS bar code scanner interface. */
export const DEFAULT_MATCHERS: readonly DeviceMatcher[] = [{ usagePage: POS_USAGE_PAGE }];

/** True when `device` satisfies every field of `matcher` (vendor interface never matches). */
export function matchesDevice(matcher: DeviceMatcher, device: HidDeviceInfo): boolean {
  if (device.usagePage === VENDOR_POS_USAGE_PAGE) return false;
  return (
    (matcher.vendorId === undefined || matcher.vendorId === device.vendorId) &&
    (matcher.productId === undefined || matcher.productId === device.productId) &&
    (matcher.serialNumber === undefined || matcher.serialNumber === device.serialNumber) &&
    (matcher.usagePage === undefined || matcher.usagePage === device.usagePage)
  );
}

/** The device chosen to read, with the profile to decode it with. */
export interface PickedDevice {
  readonly device: HidDeviceInfo & { readonly path: string };
  readonly profile: HidProfile;
}

/**
 * Report layout for a device: the matcher's; else keyboard for a boot keyboard interface,
 * newland for Newland's vendor ID, else the configured `fallback` (`scanner.profile`).
 */
export function profileFor(
  device: HidDeviceInfo,
  matcher: DeviceMatcher,
  fallback: PosProfile = 'honeywell',
): HidProfile {
  if (matcher.profile !== undefined) return matcher.profile;
  if (device.usagePage === GENERIC_DESKTOP_PAGE) return 'keyboard';
  return device.vendorId === NEWLAND_VENDOR_ID ? 'newland' : fallback;
}

/**
 * Picks the device to open: matchers in order of priority; among a matcher's hits, HID POS
 * interfaces first, then enumeration order. Devices without a path cannot be opened.
 */
export function pickDevice(
  devices: readonly HidDeviceInfo[],
  matchers: readonly DeviceMatcher[] = DEFAULT_MATCHERS,
  fallback: PosProfile = 'honeywell',
): PickedDevice | null {
  for (const matcher of matchers) {
    const hits = devices.filter(
      (d): d is HidDeviceInfo & { path: string } => d.path !== null && matchesDevice(matcher, d),
    );
    const best = hits.find((d) => d.usagePage === POS_USAGE_PAGE) ?? hits[0];
    if (best !== undefined) return { device: best, profile: profileFor(best, matcher, fallback) };
  }
  return null;
}
