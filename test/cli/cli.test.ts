import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, writeConfig } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-db.js';

/** A folder with a config and a small hospital imported through the real CLI. */
function hospital(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'chartdesk-cli-'));
  writeConfig(dir);
  const files: Record<string, string> = {
    'locations.csv': 'code,name,kind\nFILE,Main File Room,file_room\nCLIN-B,Clinic B,clinic\n',
    'staff.csv':
      'badge,name,department,role\nEMP-1,Test Nurse,Ward 3,staff\nEMP-2,Test Doctor,Clinic B,staff\n',
    'patients.csv':
      'mrn,family_name,given_name,birth_date\n0012345,Testwood,Alpha,1970-01-01\n0067890,Sampleton,Bravo,1980-02-02\n',
    'charts.csv':
      'chart_barcode,mrn,volume,home_location\nCH1,0012345,1,FILE\nCH1V2,0012345,2,\nCH2,0067890,,\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  for (const kind of ['locations', 'staff', 'patients', 'charts']) {
    const r = runCli(['import', kind, `${kind}.csv`], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }
  return dir;
}

describe('chartdesk command line', () => {
  let dir: string;
  beforeAll(() => {
    dir = hospital();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports and reports added and updated rows', () => {
    const r = runCli(['import', 'patients', 'patients.csv'], { cwd: dir });
    expect(r.stdout).toBe('imported patients from patients.csv: 2 rows, 0 added, 2 updated\n');
  });

  it('refuses a bad import with line numbers, exit 1 and nothing written', () => {
    writeFileSync(
      path.join(dir, 'bad.csv'),
      'mrn,family_name,given_name,birth_date\n9,Ok,Row,1970-01-01\n8,,Empty,1970-01-01\n',
    );
    const r = runCli(['import', 'patients', 'bad.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.csv:3: family_name is empty');
    expect(r.stderr).toContain('nothing was written');
    expect(runCli(['find', '9'], { cwd: dir }).stdout).not.toContain('Ok');
  });

  it('scans a visit and prints one line per code, without patient names', () => {
    const r = runCli(
      ['scan', '--at', '2026-01-05T09:00:00Z', 'EMP-1', 'CH1', 'CLIN-B', 'CH2', 'NOPE', 'EMP-1'],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual([
      'session_start',
      'check_out',
      'location',
      'check_out',
      'rejected:',
      'session_end',
    ]);
    expect(lines[1]).toBe('check_out CH1 vol 1 file -> staff:EMP-1 due 2026-01-06T09:00Z #1');
    expect(lines[4]).toBe('rejected: unknown_code "NOPE"');
    expect(r.stdout).not.toMatch(/Testwood|Sampleton|Alpha/);

    const ret = runCli(['scan', '--json', '--at', '2026-01-05T10:00:00Z', 'CH1'], { cwd: dir });
    expect(ret.code).toBe(0);
    expect(JSON.parse(ret.stdout)).toMatchObject({
      kind: 'return',
      chart: { barcode: 'CH1' },
      from: 'staff:EMP-1',
      to: 'FILE',
    });
  });

  it('tells where a chart is and who has had it', () => {
    const r = runCli(['where', 'CH2'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('now: out to location:CLIN-B Clinic B since 2026-01-05T09:00Z');
    expect(r.stdout).toMatch(/location:CLIN-B\s+2026-01-05T09:00Z\s+now/);
    expect(runCli(['where', 'NOPE'], { cwd: dir }).code).toBe(1);
  });

  it('exports the log as CSV and JSONL, with --since', () => {
    const csv = runCli(['export', 'movements'], { cwd: dir });
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'seq,occurred_at,action,chart_barcode,mrn,volume,from_kind,from_code,to_kind,to_code,operator_badge,counter,due_at,source,note',
    );
    expect(lines[1]).toBe(
      '1,2026-01-05T09:00:00.001Z,check_out,CH1,0012345,1,location,FILE,staff,EMP-1,EMP-1,Counter 1,2026-01-06T09:00:00.001Z,cli,',
    );
    const jsonl = runCli(
      ['export', 'movements', '--format', 'jsonl', '--since', '2026-01-05T09:30:00Z'],
      { cwd: dir },
    );
    const rows = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string });
    expect(rows.map((r) => r.action)).toEqual(['return']);
    expect(runCli(['export', 'movements', '--format', 'xml'], { cwd: dir }).code).toBe(2);
  });

  it('verifies, and fails naming the first broken row after tampering', () => {
    expect(runCli(['verify'], { cwd: dir }).stdout).toMatch(
      /^ok: integrity check passed; 3 movements chained/,
    );
    const copy = tempDir();
    writeConfig(copy);
    const backup = runCli(['backup', path.join(copy, 'db.sqlite')], { cwd: dir });
    expect(backup.code).toBe(0);
    expect(statSync(path.join(copy, 'db.sqlite')).mode & 0o777).toBe(0o600);
    const raw = new Database(path.join(copy, 'db.sqlite'));
    raw.exec('DROP TRIGGER movements_no_update');
    raw.prepare('UPDATE movements SET due_at = due_at + 1 WHERE seq = 2').run();
    raw.close();
    const r = runCli(['verify'], { cwd: copy });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('first broken row is movement #2');
  });

  it('stops on an invalid config with exit 2, naming the field and unknown keys', () => {
    const bad = tempDir();
    writeFileSync(
      path.join(bad, 'kiosk.config.json'),
      JSON.stringify({ session: { idleSeconds: 'soon' }, colour: 'red' }),
    );
    const r = runCli(['verify'], { cwd: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('session.idleSeconds');
    expect(r.stderr).toContain('colour: unknown key');
    const missing = runCli(['verify', '--config', 'nope.json'], { cwd: bad });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the config file');
  });

  it('answers --help on every command and refuses unknown commands with exit 2', () => {
    for (const command of ['import', 'scan', 'where', 'export', 'verify', 'backup', 'demo']) {
      const r = runCli([command, '--help'], { cwd: dir });
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(/Usage: chartdesk/);
    }
    expect(runCli(['--help'], { cwd: dir }).stdout).toContain('chartdesk import KIND FILE.csv');
    expect(runCli(['frobnicate'], { cwd: dir }).code).toBe(2);
  });

  it('writes demo data only into an empty database', () => {
    const empty = tempDir();
    writeConfig(empty);
    const r = runCli(['demo', '--patients', '40'], { cwd: empty });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/40 patients/);
    expect(runCli(['verify'], { cwd: empty }).code).toBe(0);
    expect(runCli(['demo'], { cwd: empty }).code).toBe(1);
  });
});
