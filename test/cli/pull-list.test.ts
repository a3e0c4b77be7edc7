import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, fileRoom } from '../fixtures/appointments/setup.js';

function withAppointments(overrides: Record<string, unknown> = {}): string {
  const dir = fileRoom(overrides);
  expect(
    runCli(['import', 'appointments', path.join(FIXTURES, 'appointments.csv')], { cwd: dir }).code,
  ).toBe(0);
  return dir;
}

describe('chartdesk pull-list', () => {
  it('prints the day in terminal-digit order, grouped by section, and prints to the printer file', () => {
    const dir = withAppointments();
    const r = runCli(['pull-list', '--date', '2030-01-15', '--print'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'PULL LIST 2030-01-15 · all clinics · terminal-digit order',
      '5 chart(s): 0 pulled, 5 to pull, 0 cannot be pulled',
    ]);
    expect(lines.filter((l) => l.startsWith('──')).map((l) => l.split(' ')[2])).toEqual([
      '42',
      '45',
      '90',
      '99',
    ]);
    expect(
      lines
        .filter((l) => l.startsWith('['))
        .map((l) =>
          l
            .split(/\s{2,}/)
            .slice(1, 4)
            .join(' '),
        ),
    ).toEqual([
      '42 | 00 | 00 vol 1 C3',
      '45 | 23 | 01 vol 1 C1',
      '45 | 23 | 01 vol 2 C1V2',
      '90 | 78 | 06 vol 1 C2',
      '99 | 23 | 52 vol 1 C7',
    ]);
    expect(r.stdout).not.toMatch(/Testwood|Sampleton|Fixture/);
    expect(r.stderr).toBe(`printed to ${path.join(dir, 'print.txt')}\n`);
    expect(readFileSync(path.join(dir, 'print.txt'), 'utf8')).toBe(`${r.stdout}\f\n`);
  });

  it('pulls by barcode, then shows progress; csv for one clinic', () => {
    const dir = withAppointments();
    const pulled = runCli(
      ['pull-list', 'pull', '--date', '2030-01-15', 'C1V2', 'C3', 'C5', 'NOPE'],
      { cwd: dir },
    );
    expect(pulled.code).toBe(1);
    expect(pulled.stdout.split('\n').map((l) => l.replace(/ #\d+$/, ''))).toEqual([
      'pulled C1V2 vol 2 -> HOLD (2 request(s))',
      'pulled C3 vol 1 -> HOLD (1 request(s))',
      'not on the list: C5 is not requested for that day',
      'unknown code "NOPE"',
      '',
    ]);
    const csv = runCli(
      ['pull-list', '--date', '2030-01-15', '--clinic', 'CLIN-B', '--format', 'csv'],
      { cwd: dir },
    );
    expect(csv.stdout.split('\r\n').map((l) => l.split(',').slice(2, 6).join(' '))).toEqual([
      'barcode volume wanted state',
      'C1V2 2 CLIN-B 09:30 pulled',
      'C2 1 CLIN-B 10:00 to_pull',
      'C7 1 CLIN-B 14:00 to_pull',
      '',
    ]);
    const progress = runCli(['pull-list', '--date', '2030-01-15'], { cwd: dir });
    expect(progress.stdout).toContain('5 chart(s): 2 pulled, 3 to pull, 0 cannot be pulled');
  });

  it('usage errors exit 2', () => {
    const dir = fileRoom();
    expect(runCli(['pull-list'], { cwd: dir }).code).toBe(2);
    expect(runCli(['pull-list', '--date', '2030-02-30'], { cwd: dir }).stderr).toBe(
      'chartdesk pull-list: --date "2030-02-30" is not a date (YYYY-MM-DD)\n',
    );
    expect(
      runCli(['pull-list', '--date', '2030-01-15', '--format', 'pdf'], { cwd: dir }).code,
    ).toBe(2);
    expect(
      runCli(['pull-list', '--date', '2030-01-15', '--clinic', 'NOPE'], { cwd: dir }).code,
    ).toBe(1);
  });
});
