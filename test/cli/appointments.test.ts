import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, fileRoom } from '../fixtures/appointments/setup.js';

describe('chartdesk import appointments', () => {
  it('creates requests per the clinic rule; importing again adds nothing', () => {
    const dir = fileRoom();
    const file = path.join(FIXTURES, 'appointments.csv');
    const first = runCli(['import', 'appointments', file], { cwd: dir });
    expect(first.stdout).toBe(`imported appointments from ${file}: 6 rows, 6 added, 0 updated\n`);
    expect(first.code).toBe(0);
    const again = runCli(['import', 'appointments', file], { cwd: dir });
    expect(again.stdout).toBe(`imported appointments from ${file}: 6 rows, 0 added, 6 updated\n`);
    const list = runCli(['requests', 'list', '--format', 'csv'], { cwd: dir });
    const rows = list.stdout.trim().split('\r\n');
    // CLIN-B asks for the LAST volume (C1V2 only); CLIN-C for ALL (C1 and C1V2).
    expect(rows.map((r) => r.split(',').slice(2, 5).join(' '))).toEqual([
      'needed location barcode',
      '2030-01-15 09:30 CLIN-B C1V2',
      '2030-01-15 10:00 CLIN-B C2',
      '2030-01-15 11:00 CLIN-C C1',
      '2030-01-15 11:00 CLIN-C C1V2',
      '2030-01-15 11:00 CLIN-C C3',
      '2030-01-15 14:00 CLIN-B C7',
      '2030-01-16 09:00 CLIN-C C5',
    ]);
  });

  it('refuses the whole file for an unknown clinic or MRN', () => {
    const dir = fileRoom();
    const file = path.join(FIXTURES, 'bad-appointments.csv');
    const r = runCli(['import', 'appointments', file], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${file}:3: no clinic "CLIN-Q" (import locations first)\n` +
        `${file}:4: no patient with mrn 7777777\n` +
        `import refused: 2 bad row(s) in ${file}; nothing was written\n`,
    );
    expect(runCli(['requests', 'list'], { cwd: dir }).stdout).toBe('no open requests\n');
  });
});
