import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../src/db/store.js';
import { runCli, writeConfig } from '../helpers/cli.js';
import { seedSmall, tempDir } from '../helpers/temp-db.js';

// Run `npm run build` first: these run the built command line as a subprocess.

function hospital(): string {
  const dir = tempDir();
  writeConfig(dir);
  const store = openStore(path.join(dir, 'db.sqlite'));
  seedSmall(store);
  store.db
    .prepare(
      "INSERT INTO patients (mrn, family_name, given_name, birth_date, td_key) VALUES ('0000777', ?, 'Evil', '1970-01-01', 'x')",
    )
    .run('Bad\u001b[2JName');
  store.close();
  return dir;
}

function accessLog(dir: string) {
  const store = openStore(path.join(dir, 'db.sqlite'), { readonly: true });
  try {
    return store.db
      .prepare('SELECT staff_id, counter, action, subject_kind, subject FROM access_log')
      .all();
  } finally {
    store.close();
  }
}

describe('chartdesk find', () => {
  test('finds by family-name prefix with accents folded, shows state, logs the search as cli', () => {
    const dir = hospital();
    const r = runCli(['find', 'demou'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'in            C3 vol 1 · Démoulin, Zoë · MRN 0000042 (42 | 00 | 00) · in file at FILE\n',
    );
    expect(accessLog(dir)).toEqual([
      { staff_id: null, counter: 'cli', action: 'find', subject_kind: 'search', subject: 'demou' },
    ]);
  });

  test('MRN prefix and barcode, as JSON', () => {
    const dir = hospital();
    const r = runCli(['find', '00123', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      results: { barcode: string; state: string }[];
      more: boolean;
    };
    expect(out.results.map((x) => [x.barcode, x.state])).toEqual([
      ['C1', 'in'],
      ['C1V2', 'in'],
    ]);
    const barcode = JSON.parse(runCli(['find', 'C2', '--json'], { cwd: dir }).stdout) as {
      results: { kind: string; barcode: string; mrn: string }[];
    };
    expect(barcode.results).toMatchObject([{ kind: 'chart', barcode: 'C2', mrn: '0067890' }]);
  });

  test('names from data are sanitised before they reach the terminal', () => {
    const dir = hospital();
    const r = runCli(['find', '0000777'], { cwd: dir });
    expect(r.stdout).toBe('no-chart      BadName, Evil · MRN 0000777\n');
    expect(r.stdout).not.toContain('\u001b');
  });

  test('nothing found is exit 1; no TEXT is exit 2', () => {
    const dir = hospital();
    const none = runCli(['find', 'zzzz'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('chartdesk find: nothing found for "zzzz"\n');
    expect(runCli(['find'], { cwd: dir }).code).toBe(2);
  });
});
