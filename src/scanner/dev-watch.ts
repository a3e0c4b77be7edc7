/**
 * Optional hot-plug hint: a change under /dev naming hidraw triggers an early rescan. Without
 * it (no inotify, a container without /dev access) the supervisor's backoff rescans anyway, so
 * every failure here is swallowed. The `usb` package's hot-plug is not used: it crashes on
 * machines without /sys/bus/usb.
 */
import { watch } from 'node:fs';

/** Starts watching; calls `onChange` on a likely HID change; returns a stop function. */
export type DeviceWatch = (onChange: () => void) => () => void;

/** Watches /dev for hidraw nodes appearing or disappearing. */
export const watchDevDirectory: DeviceWatch = (onChange) => {
  try {
    const watcher = watch('/dev', { persistent: false }, (_event, name) => {
      if (name === null || String(name).startsWith('hidraw')) onChange();
    });
    watcher.on('error', () => watcher.close());
    return () => watcher.close();
  } catch {
    return () => undefined;
  }
};
