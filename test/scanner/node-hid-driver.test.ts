// Loads the real node-hid binding. CI installs libusb-1.0-0, so there enumeration must work
// (an empty list on machines without hidraw devices); without libusb the driver must turn the
// load failure into a value naming libusb-1.0 instead of an unhandled rejection.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeHidPort } from '../../src/scanner/node-hid-driver.js';

function libusbInstalled(): boolean {
  const dirs = ['/lib', '/usr/lib', '/lib64', '/usr/lib64', '/usr/local/lib'];
  const arches = ['', 'x86_64-linux-gnu', 'aarch64-linux-gnu', 'arm-linux-gnueabihf'];
  return dirs.some((d) => arches.some((a) => existsSync(`${d}/${a}/libusb-1.0.so.0`)));
}

describe('node-hid driver (real binding)', () => {
  it('enumerates when libusb-1.0 is present, else names it as the reason', async () => {
    const port = createNodeHidPort();
    const result = await port.listDevices();
    if (libusbInstalled()) {
      expect(result.kind).toBe('devices');
      if (result.kind === 'devices') expect(Array.isArray(result.devices)).toBe(true);
    } else {
      expect(result).toMatchObject({
        kind: 'unavailable',
        reason: expect.stringMatching(/libusb-1\.0/) as string,
      });
      expect(result.kind === 'unavailable' && result.reason).toMatch(
        /apt-get install libusb-1\.0-0/,
      );
    }
  });

  it('opening a path that does not exist is a value, never a throw', async () => {
    const port = createNodeHidPort();
    const result = await port.open('/dev/hidraw-does-not-exist', {
      data: () => undefined,
      error: () => undefined,
    });
    expect(['failed', 'unavailable']).toContain(result.kind);
  });
});
