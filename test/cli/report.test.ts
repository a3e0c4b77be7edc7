import path from 'node:path';
import { chmodSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempFile } from '../helpers/temp-db.js';
import { FIXTURES, fileRoom } from '../fixtures/appointments/setup.js';

describe('chartdesk report shift', () => {
  it('text with bar charts, csv, and printing through a spooler command', () => {
    const dir0 = fileRoom();
    const out = path.join(dir0, 'spooled.txt');
    const script = tempFile('fake-lp.sh', `#!/bin/sh\ncat > "${out}"\n`, dir0);
    chmodSync(script, 0o755);
    const dir = fileRoom({ printing: { mode: 'spooler', command: `${script} -d counter` } });
    expect(
      runCli(['import', 'appointments', path.join(FIXTURES, 'appointments.csv')], { cwd: dir })
        .code,
    ).toBe(0);
    expect(
      runCli(['scan', 'NURSE1', 'C4', 'C5', 'NURSE1', 'RUNNER1', 'CLIN-B', 'C2'], { cwd: dir })
        .code,
    ).toBe(0);
    expect(runCli(['pull-list', 'pull', '--date', '2030-01-15', 'C3'], { cwd: dir }).code).toBe(0);
    const text = runCli(['report', 'shift', '--print'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^END OF SHIFT \d{4}-\d{2}-\d{2} · made /);
    expect(text.stdout).toContain('Charts still out: 4, by custodian');
    expect(text.stdout).toMatch(/^ {2}NURSE1 +2 █+ +oldest 0\.0 d$/m);
    expect(text.stdout).toMatch(/Moves on \d{4}-\d{2}-\d{2}: 4, by operator/);
    expect(text.stdout).toContain('Request to fill (1 filled)');
    expect(text.stdout).toContain('Pull-list retrieval: no charts requested for this day');
    expect(text.stdout).not.toMatch(/Testwood|Sampleton|Fixture/);
    expect(text.stderr).toBe(`sent to ${script} -d counter\n`);
    expect(readFileSync(out, 'utf8')).toContain('END OF SHIFT');
    const day = runCli(['report', 'shift', '--date', '2030-01-15', '--format', 'csv'], {
      cwd: dir,
    });
    expect(day.stdout.split('\r\n').slice(-4)).toEqual([
      'retrieval,requested,6,',
      'retrieval,retrieved,2,',
      'retrieval,rate,0.333,',
      '',
    ]);
    expect(runCli(['report', 'weekly'], { cwd: dir }).code).toBe(2);
  });
});
