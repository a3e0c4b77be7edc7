import { Writable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScannerCommand } from '../../src/cli/scanner.js';
import { FakeHidPort, fakeDevice } from '../../src/scanner/fake-hid-port.js';
import { fixturePath, honeywellReport } from './fixtures.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(args: string[], port?: FakeHidPort, signal?: AbortSignal) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runScannerCommand(
    args,
    { stdout, stderr },
    {
      ...(port ? { port } : {}),
      ...(signal ? { signal } : {}),
      watchDevices: null,
    },
  );
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const F2_TEXT = 'PT:000123456|MRN:0012345|VOL:02|DOB:19700101|LOC:ARCH-B-07';

describe('scanner decode', () => {
  it.each([
    ['f1-honeywell-code39.hex', 'honeywell', ']A1 MRN00123451\n'],
    ['f2-honeywell-code128-two-reports.hex', 'honeywell', `]C0 ${F2_TEXT}\n`],
    ['f3-newland-badge.hex', 'newland', '- EMP-004217\n'],
    ['kb-ch-01.hex', 'keyboard', '- Ch-01\n'],
    ['kb-right-shift.hex', 'keyboard', '- A\n'],
    ['kb-no-release.hex', 'keyboard', '- ab\n'],
    ['kb-same-key-twice.hex', 'keyboard', '- 11\n'],
    ['kb-rollover.hex', 'keyboard', ''],
    ['kb-report-id.hex', 'keyboard', '- A\n'],
  ])('%s with --profile %s', async (file, profile, expected) => {
    const result = await run(['decode', '--profile', profile, fixturePath(file)]);
    expect(result).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('defaults to the Honeywell profile', async () => {
    expect((await run(['decode', fixturePath('f1-honeywell-code39.hex')])).stdout).toBe(
      ']A1 MRN00123451\n',
    );
  });

  it('refuses F3 with the Honeywell profile, naming the line, exit 1', async () => {
    const result = await run([
      'decode',
      '--profile=honeywell',
      fixturePath('f3-newland-badge.hex'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^line 2: no AIM identifier/);
  });

  it('reports a truncated barcode at the line where it started', async () => {
    const result = await run(['decode', fixturePath('f2-truncated.hex')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^line 2: dropped partial barcode \(56 bytes/);
  });

  it('reads hid-recorder E: lines with their timestamps', async () => {
    const result = await run(['decode', fixturePath('f2-hid-recorder.hex')]);
    expect(result.stdout).toBe(`]C0 ${F2_TEXT}\n]A1 MRN00123451\n`);
    expect(result.stderr).toMatch(
      /^line 8: dropped partial barcode .*no final report within 250 ms\n$/,
    );
    expect(result.code).toBe(1);
  });

  it('names bad lines and goes on with the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chartdesk-decode-'));
    const file = join(dir, 'mixed.hex');
    const hex = (bytes: Uint8Array) =>
      Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
    writeFileSync(
      file,
      [
        hex(honeywellReport(']A0', 'ONE1')),
        'zz 01',
        '02 0b',
        hex(honeywellReport(']X0', 'MENU')),
        hex(honeywellReport(']A0', 'TWO2')),
      ].join('\n'),
    );
    const result = await run(['decode', file]);
    expect(result.stdout).toBe(']A0 ONE1\n]A0 TWO2\n');
    expect(result.stderr).toBe(
      'line 2: "zz" is not a hex byte\nline 3: report is 2 bytes, expected 64\nline 4: scanner menu answer ]X0: MENU\n',
    );
    expect(result.code).toBe(1);
  });

  it('explains usage errors with exit 2, and a missing file with exit 1', async () => {
    expect((await run(['decode'])).code).toBe(2);
    expect((await run(['decode', '--profile', 'zebra', 'x'])).stderr).toMatch(
      /unknown profile zebra/,
    );
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['decode', '/nonexistent/file.hex'])).code).toBe(1);
  });
});

describe('scanner list', () => {
  it('lists every device and marks the one the matchers pick', async () => {
    const port = new FakeHidPort();
    port.plug(
      fakeDevice({
        path: '/dev/hidraw0',
        usagePage: 0x01,
        product: 'USB Keyboard',
        vendorId: 0x046d,
      }),
      fakeDevice({ path: '/dev/hidraw1', usagePage: 0xff8c }),
      fakeDevice({ path: '/dev/hidraw2', usagePage: 0x8c }),
    );
    const result = await run(['list'], port);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^ {7}046d {2}0b61 {2}0001 {2}\/dev\/hidraw0 {4}USB Keyboard$/);
    expect(lines[2]).toMatch(/^ {7}0c2e {2}0b61 {2}ff8c/);
    expect(lines[3]).toMatch(/^\* {6}0c2e {2}0b61 {2}008c {2}\/dev\/hidraw2/);
    expect(lines[4]).toBe('* will read /dev/hidraw2 with the honeywell profile (+ also matches)');
  });

  it('says when nothing is there', async () => {
    const result = await run(['list'], new FakeHidPort());
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/no HID devices/) as string,
    });
  });

  it('names libusb-1.0 when the binding cannot load', async () => {
    const port = new FakeHidPort();
    port.listing = {
      kind: 'unavailable',
      reason: 'node-hid could not load libusb-1.0 (apt-get install libusb-1.0-0): x',
    };
    const result = await run(['list'], port);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/libusb-1\.0/);
  });
});

describe('scanner watch', () => {
  it('prints raw reports and decoded scans until stopped', async () => {
    const port = new FakeHidPort();
    port.plug(fakeDevice({ path: '/dev/hidraw5' }));
    const controller = new AbortController();
    const running = run(['watch'], port, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 10));
    port.send('/dev/hidraw5', honeywellReport(']A1', 'MRN00123451'));
    controller.abort();
    const result = await running;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^report \S+ 02 0b 5d 41 31 4d 52/);
    expect(result.stdout).toMatch(/\nscan {3}\]A1 MRN00123451\n$/);
    expect(result.stderr).toMatch(/status connected: Xenon 1950g/);
    expect(port.openHandles).toBe(0);
  });

  it('stops with exit 1 when the binding cannot load', async () => {
    const port = new FakeHidPort();
    port.listing = { kind: 'unavailable', reason: 'node-hid could not load libusb-1.0' };
    const result = await run(['watch'], port);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/unavailable: node-hid could not load libusb-1\.0/);
  });
});
