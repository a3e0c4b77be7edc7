import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/workflows/day.js';
import { runCli } from '../helpers/cli.js';
import { tempFile } from '../helpers/temp-db.js';
import { fileRoom } from '../fixtures/appointments/setup.js';

/**
 * The "done when", as a new user would try it from the shell: import a day of
 * appointments, print the pull list in terminal-digit order, pull the charts by scanning,
 * return one with a waiting request and see it routed, mark one missing, find it at a misfile
 * position, have a supervisor approve it, and run the end-of-shift report.
 */
describe('the file-room day, end to end through the command line', () => {
  it('walks the whole story', () => {
    const dir = fileRoom();
    const run = (...args: string[]) => runCli(args, { cwd: dir });
    const today = localDate(Date.now());

    // C2 went to Nurse One yesterday-ish; the clinic will want it today.
    expect(run('scan', 'NURSE1', 'C2').code).toBe(0);

    const appointments = tempFile(
      'today.csv',
      'clinic,date,time,mrn\n' +
        `CLIN-B,${today},09:30,0012345\n` +
        `CLIN-B,${today},10:00,0067890\n` +
        `CLIN-C,${today},11:00,0000042\n` +
        `CLIN-C,${today},11:30,0522399\n`,
      dir,
    );
    expect(run('import', 'appointments', appointments).stdout).toContain('4 rows, 4 added');

    // The pull list, in terminal-digit order: 42, 45, 90, 99; C2 cannot be pulled (out).
    const list = run('pull-list', '--date', today, '--print');
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n').filter((l) => l.startsWith('['))).toEqual([
      expect.stringMatching(/^\[ \] {2}42 \| 00 \| 00 +vol 1 {2}C3 .* in file$/),
      expect.stringMatching(/^\[ \] {2}45 \| 23 \| 01 +vol 2 {2}C1V2 .* in file$/),
      expect.stringMatching(
        /^\[!\] {2}90 \| 78 \| 06 +vol 1 {2}C2 .* CANNOT PULL: out to NURSE1 Nurse One since /,
      ),
      expect.stringMatching(/^\[ \] {2}99 \| 23 \| 52 +vol 1 {2}C7 .* in file$/),
    ]);
    expect(readFileSync(path.join(dir, 'print.txt'), 'utf8')).toContain('PULL LIST');

    // Pull by scanning: the charts go to HOLD and the list shows progress.
    const pulled = run('pull-list', 'pull', '--date', today, 'C3', 'C1V2', 'C7');
    expect(pulled.stdout.match(/^pulled /gm)).toHaveLength(3);
    expect(run('pull-list', '--date', today).stdout).toContain(
      '4 chart(s): 3 pulled, 0 to pull, 1 cannot be pulled',
    );

    // Nurse One hands C2 back: the counter routes it to Clinic B's waiting request.
    const back = run('scan', 'C2');
    expect(back.stdout).toMatch(
      /^return C2 vol 1 staff:NURSE1 -> FILE #\d+ \[requested by CLIN-B for /,
    );
    expect(run('pull-list', 'pull', '--date', today, 'C2').stdout).toMatch(/^pulled C2/);
    // The runner takes Clinic B's charts: the requests are filled.
    const taken = run('scan', 'RUNNER1', 'CLIN-B', 'C2', 'C1V2');
    expect(taken.stdout.match(/request filled for CLIN-B/g)).toHaveLength(2);

    // C1 cannot be found: mark it missing, look at the misfile positions.
    expect(
      run('missing', 'mark', 'C1', '--note', 'not on the shelf', '--by', 'CLERK1').stdout,
    ).toMatch(/^marked missing: C1 \(45 \| 23 \| 01\)/);
    const find = run('missing', 'find', 'C1');
    expect(find.stdout).toContain('flag: MISSING since');
    // 45|23|01 with its pairs swapped is 23|45|01, where C4 (0014523) sits.
    expect(find.stdout).toMatch(/^ {2}23 \| 45 \| 01 +pairs swapped +.*C4 \(23 \| 45 \| 01\)/m);
    expect(find.stdout).not.toMatch(/Testwood|Fixture/);

    // Found there: pending until the supervisor approves with badge and PIN.
    expect(run('missing', 'found', 'C1', '--note', 'found at 23|45|01').stdout).toMatch(
      /^found: C1, pending supervisor approval/,
    );
    expect(
      runCli(['missing', 'approve', 'C1', '--badge', 'CLERK1'], { cwd: dir, input: '1234\n' })
        .stderr,
    ).toBe('chartdesk missing: not approved: not_supervisor\n');
    const approved = runCli(['missing', 'approve', 'C1', '--badge', 'SUP1'], {
      cwd: dir,
      input: '4321\n',
    });
    expect(approved.stdout).toMatch(/^approved: C1 is no longer missing/);
    expect(run('missing', 'list').stdout).toBe('0 chart(s) flagged missing\n');

    // End of shift.
    const report = run('report', 'shift');
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Charts still out: 4, by custodian');
    expect(report.stdout).toMatch(/^ {2}CLIN-B +2 █+ +oldest 0\.0 d$/m);
    expect(report.stdout).toMatch(/^ {2}HOLD +2 █+/m);
    expect(report.stdout).toMatch(
      /Request to fill \(2 filled\): mean [\d.]+ min, median [\d.]+ min, max [\d.]+ min/,
    );
    expect(report.stdout).toContain('Pull-list retrieval: 4 of 4 (100.0%)');
    expect(run('verify').code).toBe(0);
  });
});
