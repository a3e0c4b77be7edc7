import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outGuideSlip } from '../../src/workflows/out-guide.js';
import { printText, splitCommand } from '../../src/workflows/printing.js';
import { T0, tempDir, tempFile, tempStore, testConfig } from '../helpers/temp-db.js';
import { seedWorkflows } from './helpers.js';

const printing = testConfig().printing;

describe('print command splitting', () => {
  it.each([
    ['lp -d counter', ['lp', '-d', 'counter']],
    ['  lp   -d  counter ', ['lp', '-d', 'counter']],
    ['lp -d \'Front Desk\' -t "pull list"', ['lp', '-d', 'Front Desk', '-t', 'pull list']],
    ['/opt/my\\ printer/print --x=""', ['/opt/my printer/print', '--x=']],
    [
      'lp; rm -rf / $(id) `id` | cat > x',
      ['lp;', 'rm', '-rf', '/', '$(id)', '`id`', '|', 'cat', '>', 'x'],
    ],
  ])('%s', (command, argv) => {
    expect(splitCommand(command)).toEqual({ ok: true, argv });
  });
  it('refuses an unclosed quote or an empty command', () => {
    expect(splitCommand("lp -t 'x")).toEqual({
      ok: false,
      message: "unclosed ' quote in the print command",
    });
    expect(splitCommand('   ')).toEqual({ ok: false, message: 'the print command is empty' });
  });
});

describe('printing', () => {
  it('off prints nothing; file appends each job with a form feed', async () => {
    const dir = tempDir();
    expect(await printText(printing, dir, 'x')).toEqual({ kind: 'off' });
    const filePrinting = { ...printing, mode: 'file' as const, file: 'out/print.txt' };
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(dir, 'out'));
    expect(await printText(filePrinting, dir, 'first job\n')).toEqual({
      kind: 'printed',
      via: 'file',
      file: path.join(dir, 'out/print.txt'),
    });
    await printText(filePrinting, dir, 'second job');
    expect(readFileSync(path.join(dir, 'out/print.txt'), 'utf8')).toBe(
      'first job\n\f\nsecond job\n\f\n',
    );
  });

  it('pipes the text on stdin to the spooler command, without a shell', async () => {
    const dir = tempDir();
    const captured = path.join(dir, 'spooled.txt');
    const script = tempFile(
      'fake-lp.sh',
      `#!/bin/sh\n# fake spooler: records its arguments and stdin\necho "$@" > "${captured}.args"\ncat > "${captured}"\n`,
      dir,
    );
    chmodSync(script, 0o755);
    const result = await printText(
      { ...printing, mode: 'spooler', command: `${script} -d 'counter one'` },
      dir,
      'PULL LIST\n',
    );
    expect(result).toMatchObject({ kind: 'printed', via: 'spooler' });
    expect(readFileSync(captured, 'utf8')).toBe('PULL LIST\n');
    expect(readFileSync(`${captured}.args`, 'utf8')).toBe('-d counter one\n');
  });

  it('reports a spooler that fails or does not exist', async () => {
    const dir = tempDir();
    const script = tempFile(
      'broken-lp.sh',
      '#!/bin/sh\ncat > /dev/null\necho "lp: printer not found" >&2\nexit 3\n',
      dir,
    );
    chmodSync(script, 0o755);
    expect(await printText({ ...printing, mode: 'spooler', command: script }, dir, 'x')).toEqual({
      kind: 'failed',
      message: `${script} exited with 3: lp: printer not found`,
    });
    expect(
      await printText({ ...printing, mode: 'spooler', command: '/nonexistent/lp' }, dir, 'x'),
    ).toEqual({
      kind: 'failed',
      message: 'cannot run /nonexistent/lp: ENOENT',
    });
  });
});

describe('out-guide slip', () => {
  it('shows the chart number in shelf blocks, initials only, custodian, date and due', () => {
    const store = tempStore();
    seedWorkflows(store);
    const chart = store.charts.byBarcode('C1V2')!;
    const clinic = {
      kind: 'location',
      id: 3,
      code: 'CLIN-B',
      name: 'Clinic B',
      locationKind: 'clinic',
    } as const;
    expect(outGuideSlip(chart, clinic, T0, T0 + 12 * 3_600_000)).toBe(
      [
        '================================',
        '           OUT GUIDE',
        '================================',
        '          45 | 23 | 01',
        'Patient: A.T.   Vol 2',
        'Chart:   C1V2',
        'Out to:  CLIN-B',
        '         Clinic B',
        'Date:    2026-01-05 09:00',
        'Due:     2026-01-05 21:00',
        '================================',
        '',
      ].join('\n'),
    );
  });
});
