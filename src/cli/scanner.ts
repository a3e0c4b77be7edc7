/**
 * `chartdesk scanner list|watch|decode`: diagnostics for whoever sets up a counter. The main
 * CLI dispatcher calls `runScannerCommand` with the arguments after `scanner`.
 */
import { readFile } from 'node:fs/promises';
import { decodeRecording } from '../scanner/decode-recording.js';
import type { DeviceWatch } from '../scanner/dev-watch.js';
import { hex4 } from '../scanner/hid-port.js';
import type { HidDeviceInfo, HidPort } from '../scanner/hid-port.js';
import type { PosProfile } from '../scanner/hid-pos.js';
import { toHex } from '../scanner/hid-pos.js';
import { DEFAULT_MATCHERS, matchesDevice, pickDevice } from '../scanner/matchers.js';
import type { DeviceMatcher } from '../scanner/matchers.js';
import { createNodeHidPort } from '../scanner/node-hid-driver.js';
import type { ScannerStatus } from '../scanner/scanner-status.js';
import { ScannerSupervisor } from '../scanner/supervisor.js';
import { HID_PROFILES } from '../scanner/types.js';
import type { HidProfile } from '../scanner/types.js';

/** Where the command writes. */
export interface ScannerCommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** Injection points (tests, and the dispatcher passing config matchers). */
export interface ScannerCommandOptions {
  /** HID driver; default node-hid. */
  readonly port?: HidPort;
  /** Device matchers from config; default any HID POS scanner (usage page 0x8C). */
  readonly matchers?: readonly DeviceMatcher[];
  /** Layout for HID POS devices (`scanner.profile`); default honeywell. */
  readonly profile?: PosProfile;
  /** Ends `watch` (default: Ctrl-C / SIGINT). */
  readonly signal?: AbortSignal;
  /** Hot-plug hint for `watch`; default watches /dev. */
  readonly watchDevices?: DeviceWatch | null;
}

const USAGE = `usage: chartdesk scanner list
       chartdesk scanner watch
       chartdesk scanner decode [--profile honeywell|newland|keyboard] FILE`;

/** Runs a scanner subcommand; resolves to the process exit code. */
export async function runScannerCommand(
  args: string[],
  io: ScannerCommandIo,
  options: ScannerCommandOptions = {},
): Promise<number> {
  const [command, ...rest] = args;
  const out = (line: string): void => void io.stdout.write(`${line}\n`);
  const err = (line: string): void => void io.stderr.write(`${line}\n`);
  switch (command) {
    case 'list':
      return listCommand(options, out, err);
    case 'watch':
      return watchCommand(options, out, err);
    case 'decode':
      return decodeCommand(rest, out, err);
    default:
      err(USAGE);
      return 2;
  }
}

type Print = (line: string) => void;

function row(d: HidDeviceInfo, mark: string): string {
  const page = d.usagePage === null ? '----' : hex4(d.usagePage);
  return [
    mark.padEnd(5),
    hex4(d.vendorId),
    hex4(d.productId),
    page,
    (d.path ?? '-').padEnd(14),
    d.product ?? '-',
  ].join('  ');
}

async function listCommand(
  options: ScannerCommandOptions,
  out: Print,
  err: Print,
): Promise<number> {
  const port = options.port ?? createNodeHidPort();
  const matchers = options.matchers ?? DEFAULT_MATCHERS;
  const result = await port.listDevices();
  switch (result.kind) {
    case 'unavailable':
      err(`HID unavailable: ${result.reason}`);
      err('chartdesk still works with keyboard-wedge scanners; install libusb-1.0 for HID POS.');
      return 1;
    case 'failed':
      err(result.reason);
      return 1;
    case 'devices':
      break;
  }
  if (result.devices.length === 0) {
    out('no HID devices found (check the udev rule gives this user read/write on /dev/hidraw*)');
    return 0;
  }
  const picked = pickDevice(result.devices, matchers, options.profile);
  out(['MATCH', 'VID ', 'PID ', 'PAGE', 'PATH'.padEnd(14), 'PRODUCT'].join('  '));
  for (const device of result.devices) {
    const isPicked = picked !== null && picked.device === device;
    const matches = matchers.some((m) => matchesDevice(m, device));
    out(row(device, isPicked ? '*' : matches ? '+' : ''));
  }
  out(
    picked === null
      ? 'no device matches the configured matchers'
      : `* will read ${picked.device.path} with the ${picked.profile} profile (+ also matches)`,
  );
  return 0;
}

function describeStatus(status: ScannerStatus): string {
  switch (status.state) {
    case 'unavailable':
      return `unavailable: ${status.reason}`;
    case 'searching':
      return 'searching for a scanner…';
    case 'connected':
      return `connected: ${status.name}`;
    case 'disconnected':
      return 'disconnected; rescanning…';
  }
}

async function watchCommand(
  options: ScannerCommandOptions,
  out: Print,
  err: Print,
): Promise<number> {
  const supervisor = new ScannerSupervisor({
    port: options.port ?? createNodeHidPort(),
    matchers: options.matchers ?? DEFAULT_MATCHERS,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.watchDevices === undefined ? {} : { watchDevices: options.watchDevices }),
  });
  let exitCode = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  supervisor.subscribe((event) => {
    switch (event.kind) {
      case 'report':
        out(`report ${new Date(event.at).toISOString()} ${toHex(event.bytes)}`);
        return;
      case 'scan':
        out(`scan   ${event.scan.symbology ?? '-'} ${event.scan.code}`);
        return;
      case 'status':
        err(`status ${describeStatus(event.status)}`);
        if (event.status.state === 'unavailable') {
          exitCode = 1;
          finish();
        }
        return;
      case 'log':
        err(`${event.level}   ${event.message}`);
        return;
    }
  });
  const onSigint = (): void => finish();
  process.once('SIGINT', onSigint);
  options.signal?.addEventListener('abort', onSigint, { once: true });
  if (options.signal?.aborted === true) finish();
  err('watching HID scanners; Ctrl-C to stop');
  supervisor.start();
  await done;
  process.removeListener('SIGINT', onSigint);
  options.signal?.removeEventListener('abort', onSigint);
  await supervisor.stop();
  return exitCode;
}

function parseDecodeArgs(args: readonly string[]): { profile: HidProfile; file: string } | string {
  let profile: HidProfile = 'honeywell';
  let file: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const value =
      arg === '--profile' ? args[(i += 1)] : arg.startsWith('--profile=') ? arg.slice(10) : null;
    if (value === null) {
      if (file !== null) return `unexpected argument ${arg}`;
      file = arg;
      continue;
    }
    const known = HID_PROFILES.find((p) => p === value);
    if (known === undefined) return `unknown profile ${value ?? '(missing)'}`;
    profile = known;
  }
  return file === null ? 'missing FILE' : { profile, file };
}

async function decodeCommand(args: readonly string[], out: Print, err: Print): Promise<number> {
  const parsed = parseDecodeArgs(args);
  if (typeof parsed === 'string') {
    err(`${parsed}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(parsed.file, 'utf8');
  } catch (error) {
    err(`cannot read ${parsed.file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  let bad = false;
  for (const item of decodeRecording(text, parsed.profile)) {
    if (item.kind === 'scan') {
      out(item.text);
    } else {
      err(`line ${item.line}: ${item.message}`);
      bad ||= item.bad;
    }
  }
  return bad ? 1 : 0;
}
