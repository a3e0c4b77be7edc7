import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeHidPort, fakeDevice } from '../../src/scanner/fake-hid-port.js';
import type { ScannerStatus, SupervisorEvent } from '../../src/scanner/scanner-status.js';
import { ScannerSupervisor } from '../../src/scanner/supervisor.js';
import { fixtureReports, honeywellReport } from './fixtures.js';

const PATH = '/dev/hidraw3';

async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await vi.advanceTimersByTimeAsync(0);
}

function setup(
  port: FakeHidPort,
  extra: Partial<ConstructorParameters<typeof ScannerSupervisor>[0]> = {},
) {
  const supervisor = new ScannerSupervisor({ port, watchDevices: null, ...extra });
  const events: SupervisorEvent[] = [];
  supervisor.subscribe((e) => events.push(e));
  const statuses = (): ScannerStatus[] =>
    events.flatMap((e) => (e.kind === 'status' ? [e.status] : []));
  const codes = (): string[] => events.flatMap((e) => (e.kind === 'scan' ? [e.scan.code] : []));
  const logs = (): string[] => events.flatMap((e) => (e.kind === 'log' ? [e.message] : []));
  return { supervisor, events, statuses, codes, logs };
}

describe('ScannerSupervisor', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_700_000_000_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('connects, decodes scans with source hid, and survives unplug and re-plug', async () => {
    const port = new FakeHidPort();
    port.plug(fakeDevice({ path: PATH }));
    const { supervisor, statuses, codes, events } = setup(port);
    supervisor.start();
    await advance(0);
    expect(supervisor.status).toEqual({ state: 'connected', name: 'Xenon 1950g' });

    const [f1] = fixtureReports('f1-honeywell-code39.hex');
    port.send(PATH, f1!);
    const scan = events.find((e) => e.kind === 'scan');
    expect(scan).toEqual({
      kind: 'scan',
      scan: { code: 'MRN00123451', source: 'hid', symbology: ']A1', at: 1_700_000_000_000 },
    });

    port.unplug('could not read from HID device');
    await advance(0);
    expect(supervisor.status).toEqual({ state: 'disconnected' });
    expect(port.openHandles).toBe(0);

    await advance(500);
    await advance(1000);
    expect(supervisor.status).toEqual({ state: 'disconnected' });

    port.plug(fakeDevice({ path: '/dev/hidraw7' }));
    await advance(2000);
    expect(supervisor.status).toEqual({ state: 'connected', name: 'Xenon 1950g' });
    port.send('/dev/hidraw7', honeywellReport(']C0', 'CH-000123'));
    expect(codes()).toEqual(['MRN00123451', 'CH-000123']);
    expect(statuses().map((s) => s.state)).toEqual([
      'searching',
      'connected',
      'disconnected',
      'connected',
    ]);
    await supervisor.stop();
    expect(port.openHandles).toBe(0);
  });

  it('backs off 500 ms, 1 s, 2 s … up to 10 s while nothing matches', async () => {
    const port = new FakeHidPort();
    const listSpy = vi.spyOn(port, 'listDevices');
    const { supervisor } = setup(port);
    supervisor.start();
    await advance(0);
    expect(listSpy).toHaveBeenCalledTimes(1);
    const calls: number[] = [];
    for (const step of [500, 1000, 2000, 4000, 8000, 10_000, 10_000]) {
      await advance(step - 1);
      calls.push(listSpy.mock.calls.length);
      await advance(1);
    }
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(listSpy).toHaveBeenCalledTimes(8);
    expect(supervisor.status).toEqual({ state: 'searching' });
    await supervisor.stop();
  });

  it('ignores the 0xFF8C vendor interface and opens the HID POS one by path', async () => {
    const port = new FakeHidPort();
    port.plug(
      fakeDevice({ path: '/dev/hidraw1', usagePage: 0xff8c }),
      fakeDevice({ path: '/dev/hidraw2', usagePage: 0x01, usage: 0x06 }),
      fakeDevice({ path: '/dev/hidraw3', usagePage: 0x8c }),
    );
    const { supervisor } = setup(port);
    supervisor.start();
    await advance(0);
    expect(port.isOpen('/dev/hidraw3')).toBe(true);
    expect(port.isOpen('/dev/hidraw1')).toBe(false);
    await supervisor.stop();
  });

  it('reports a missing binding as unavailable and keeps retrying', async () => {
    const port = new FakeHidPort();
    port.listing = {
      kind: 'unavailable',
      reason: 'node-hid could not load libusb-1.0 (apt-get install libusb-1.0-0)',
    };
    const { supervisor, statuses } = setup(port);
    supervisor.start();
    await advance(0);
    expect(supervisor.status).toMatchObject({ state: 'unavailable', reason: /libusb-1\.0/ });
    port.plug(fakeDevice({ path: PATH }));
    await advance(500);
    expect(supervisor.status.state).toBe('connected');
    expect(statuses().map((s) => s.state)).toEqual(['searching', 'unavailable', 'connected']);
    await supervisor.stop();
  });

  it('retries when open fails, and when the device emits a string error', async () => {
    const port = new FakeHidPort();
    port.plug(fakeDevice({ path: PATH }));
    port.openFailures.set(PATH, 'cannot open device with path /dev/hidraw3');
    const { supervisor, logs } = setup(port);
    supervisor.start();
    await advance(0);
    expect(supervisor.status).toEqual({ state: 'searching' });
    expect(logs()).toContain('cannot open device with path /dev/hidraw3');
    await advance(500);
    expect(supervisor.status.state).toBe('connected');
    port.fail(PATH, 'could not read from HID device');
    await advance(0);
    expect(supervisor.status).toEqual({ state: 'disconnected' });
    await advance(500);
    expect(supervisor.status.state).toBe('connected');
    expect(port.openHandles).toBe(1);
    await supervisor.stop();
  });

  it('drops and logs a partial barcode on unplug, and on timeout', async () => {
    const port = new FakeHidPort();
    port.plug(fakeDevice({ path: PATH }));
    const { supervisor, codes, logs } = setup(port);
    supervisor.start();
    await advance(0);
    const [r1, r2] = fixtureReports('f2-honeywell-code128-two-reports.hex');
    port.send(PATH, r1!);
    await advance(300);
    expect(logs().filter((l) => l.startsWith('dropped partial'))).toHaveLength(1);
    port.send(PATH, r1!);
    await advance(5);
    port.send(PATH, r2!);
    expect(codes()).toHaveLength(1);
    port.send(PATH, r1!);
    port.unplug();
    await advance(0);
    expect(logs().filter((l) => l.startsWith('dropped partial'))).toHaveLength(2);
    expect(codes()).toHaveLength(1);
    await supervisor.stop();
  });

  it('survives garbage reports and throwing listeners', async () => {
    const port = new FakeHidPort();
    port.plug(fakeDevice({ path: PATH }));
    const { supervisor, logs, codes } = setup(port);
    supervisor.subscribe(() => {
      throw new Error('listener bug');
    });
    supervisor.start();
    await advance(0);
    port.send(PATH, [1, 2, 3]);
    port.send(PATH, new Uint8Array(64).fill(0xff));
    port.send(PATH, honeywellReport(']A0', 'OK1234'));
    expect(logs().filter((l) => l.startsWith('unreadable report'))).toHaveLength(2);
    expect(codes()).toEqual(['OK1234']);
    await supervisor.stop();
  });

  it('rescans soon after a /dev change instead of waiting out the backoff', async () => {
    const port = new FakeHidPort();
    let notify: () => void = () => undefined;
    const { supervisor } = setup(port, {
      watchDevices: (onChange) => {
        notify = onChange;
        return () => undefined;
      },
    });
    supervisor.start();
    for (const step of [0, 500, 1000, 2000, 4000]) await advance(step);
    port.plug(fakeDevice({ path: PATH }));
    notify();
    await advance(300);
    expect(supervisor.status.state).toBe('connected');
    await supervisor.stop();
  });

  it('holds at most one handle and closes a device that opens after stop', async () => {
    const port = new FakeHidPort();
    port.plug(fakeDevice({ path: PATH }), fakeDevice({ path: '/dev/hidraw4' }));
    const { supervisor } = setup(port);
    supervisor.start();
    supervisor.start();
    await advance(0);
    expect(port.openHandles).toBe(1);
    await supervisor.stop();
    expect(port.openHandles).toBe(0);

    const late = new ScannerSupervisor({ port, watchDevices: null });
    late.start();
    const stopping = late.stop();
    await advance(0);
    await stopping;
    expect(port.openHandles).toBe(0);
  });
});
