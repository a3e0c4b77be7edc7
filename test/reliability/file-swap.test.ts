// The database file removed or replaced under a running chartdesk. SQLite would go on writing
// to the old, unlinked file: every "saved" scan would vanish at the next start. The store
// notices the swap on the next write and the scan is refused instead.
import { copyFileSync, renameSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/store.js';
import { seedSmall, T0, tempDir, testDesk } from '../helpers/temp-db.js';

function seeded(dir: string) {
  const file = path.join(dir, 'c.db');
  const store = openStore(file);
  seedSmall(store);
  return { file, store };
}

describe('the database file removed or replaced while running', () => {
  it('refuses the next scan when the file was deleted, and writes nowhere', () => {
    const dir = tempDir();
    const { file, store } = seeded(dir);
    try {
      const desk = testDesk(store);
      expect(desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 }).kind).toBe('session_start');
      expect(desk.scan({ code: 'C1', source: 'wedge', at: T0 + 1 }).kind).toBe('check_out');
      unlinkSync(file);
      const outcome = desk.scan({ code: 'C2', source: 'wedge', at: T0 + 2 });
      expect(outcome).toMatchObject({
        kind: 'rejected',
        reason: 'db_fault',
        detail: expect.stringMatching(/removed or replaced/),
      });
    } finally {
      store.close();
    }
  });

  it('refuses the next scan when another file was moved into its place', () => {
    const dir = tempDir();
    const { file, store } = seeded(dir);
    try {
      const desk = testDesk(store);
      desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 });
      expect(desk.scan({ code: 'C1', source: 'wedge', at: T0 + 1 }).kind).toBe('check_out');
      // A restore done the usual way: copy a backup beside it, then rename over the live file.
      copyFileSync(file, path.join(dir, 'restored.db'));
      renameSync(path.join(dir, 'restored.db'), file);
      expect(desk.scan({ code: 'C2', source: 'wedge', at: T0 + 2 })).toMatchObject({
        kind: 'rejected',
        reason: 'db_fault',
      });
      expect(desk.undo(T0 + 3)).toMatchObject({ kind: 'rejected', reason: 'db_fault' });
    } finally {
      store.close();
    }
  });

  it('keeps working while the file stays where it was', () => {
    const dir = tempDir();
    const { store } = seeded(dir);
    try {
      const desk = testDesk(store);
      desk.scan({ code: 'NURSE1', source: 'wedge', at: T0 });
      for (const [i, code] of ['C1', 'C2', 'C3'].entries())
        expect(desk.scan({ code, source: 'wedge', at: T0 + 1 + i }).kind).toBe('check_out');
    } finally {
      store.close();
    }
  });
});
