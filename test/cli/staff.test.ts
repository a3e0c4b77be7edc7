import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../src/db/store.js';
import { verifyPin } from '../../src/domain/pin.js';
import { runCli, writeConfig } from '../helpers/cli.js';
import { seedSmall, tempDir } from '../helpers/temp-db.js';

// Run `npm run build` first: these run the built command line as a subprocess.

function hospital(): string {
  const dir = tempDir();
  writeConfig(dir);
  const store = openStore(path.join(dir, 'db.sqlite'));
  seedSmall(store);
  store.db
    .prepare("UPDATE staff SET failed_pins = 5, locked_until = 9e15 WHERE badge = 'CLERK1'")
    .run();
  store.close();
  return dir;
}

function clerk(dir: string) {
  const store = openStore(path.join(dir, 'db.sqlite'), { readonly: true });
  try {
    return store.staff.byBadge('CLERK1');
  } finally {
    store.close();
  }
}

describe('chartdesk staff set-pin', () => {
  test('reads the PIN twice from piped stdin, stores a scrypt hash and clears the lockout', () => {
    const dir = hospital();
    const r = runCli(['staff', 'set-pin', 'CLERK1'], { cwd: dir, input: '8642\n8642\n' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('PIN set for CLERK1; any lockout is cleared\n');
    expect(r.code).toBe(0);
    const row = clerk(dir);
    expect(verifyPin('8642', row?.pin_hash ?? null)).toBe(true);
    expect([row?.failed_pins, row?.locked_until]).toEqual([0, null]);
    // The PIN never appears in any output.
    expect(r.stdout + r.stderr).not.toContain('8642');
  });

  test('two different PINs, or a bad PIN, change nothing', () => {
    const dir = hospital();
    const before = clerk(dir)?.pin_hash;
    const differ = runCli(['staff', 'set-pin', 'CLERK1'], { cwd: dir, input: '8642\n8643\n' });
    expect([differ.code, differ.stderr]).toEqual([
      1,
      'chartdesk staff: the two PINs differ; nothing changed\n',
    ]);
    const short = runCli(['staff', 'set-pin', 'CLERK1'], { cwd: dir, input: '12\n12\n' });
    expect([short.code, short.stderr]).toEqual([
      1,
      'chartdesk staff: a PIN is 4 to 12 digits; nothing changed\n',
    ]);
    expect(clerk(dir)?.pin_hash).toBe(before);
  });

  test('never takes the PIN as an argument; unknown badges are refused', () => {
    const dir = hospital();
    expect(runCli(['staff', 'set-pin', 'CLERK1', '8642'], { cwd: dir }).code).toBe(2);
    const unknown = runCli(['staff', 'set-pin', 'NOPE'], { cwd: dir, input: '8642\n8642\n' });
    expect([unknown.code, unknown.stderr]).toEqual([
      1,
      'chartdesk staff: no staff member has the badge "NOPE"\n',
    ]);
  });
});
