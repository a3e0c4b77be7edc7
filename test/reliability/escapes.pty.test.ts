// Text from data never writes an escape sequence to the terminal. Import refuses names and
// codes with control characters; data that got in some other way (an old database, another
// tool) is drawn through safeText(). A wedge "scan" carrying escape sequences is cleaned too.
// The payloads carry marker text right after each sequence, so a leak is unmistakable in the
// raw terminal output, apart from Ink's own styling.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { writeResult } from './harness/results.js';
import { READY, makeSite, readSite, siteCodes, startKiosk, type Site } from './harness/site.js';

/** Payloads: clear screen, retitle the window, C1 CSI, BEL, SGR, bidi override. */
const PAYLOADS = {
  family: 'Evil\u001b[2JZ9Q',
  given: 'Name\u001b]0;OWNED-TITLE\u0007',
  staff: 'Nurse\u009b31mC1X',
  department: 'Ward\u202eREV',
  place: 'Place\u0007\u001b[31mRQ7',
} as const;

/** Byte strings that would mean a payload reached the terminal. */
const LEAKS = [
  '\u001b[2JZ9Q',
  '\u001b]0;',
  'OWNED-TITLE',
  '\u009b',
  '\u202e',
  '\u0007',
  '\u001b[31mRQ7',
];

describe('escape sequences from data never reach the terminal', () => {
  let site: Site;
  beforeAll(() => {
    site = makeSite({ patients: 30, config: { privacy: { walkUp: 'full' } } });
  });
  afterAll(() => site.remove());

  it('CSV import refuses names and codes carrying control characters, writing nothing', () => {
    const files: Record<string, string> = {
      'p.csv': `mrn,family_name,given_name,birth_date\n7654321,"${PAYLOADS.family}",Ok,1970-01-01\n`,
      's.csv': `badge,name,department,role\nEMP-7,"${PAYLOADS.staff}",Ward 3,staff\n`,
      'l.csv': `code,name,kind\nEVIL,"${PAYLOADS.place}",clinic\n`,
      'c.csv': `chart_barcode,mrn,volume,home_location\n"CH\u001b[2J1",0000001,1,FILE\n`,
    };
    const kinds: Record<string, string> = {
      'p.csv': 'patients',
      's.csv': 'staff',
      'l.csv': 'locations',
      'c.csv': 'charts',
    };
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(path.join(site.dir, name), text);
      const r = site.cli(['import', kinds[name] ?? '', name]);
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toMatch(/control characters/);
      // The refusal message itself is safe to print.
      for (const leak of LEAKS) expect(r.stderr).not.toContain(leak);
    }
    readSite(site, (db) => {
      expect(db.prepare("SELECT count(*) AS n FROM patients WHERE mrn = '7654321'").get()).toEqual({
        n: 0,
      });
      expect(db.prepare("SELECT count(*) AS n FROM locations WHERE code = 'EVIL'").get()).toEqual({
        n: 0,
      });
    });
  });

  it('data written behind import’s back is drawn clean on the counter screen', async () => {
    // Plant the payloads directly (as an old database or another tool might have).
    const { badge, chart, place } = readSite(site, (db) => {
      const { badges, charts } = siteCodes(db);
      return {
        badge: badges[0]?.badge ?? '',
        chart: charts.find((c) => c.state === 'in' && !c.missing)?.barcode ?? '',
        place: 'CLIN-B',
      };
    });
    const db = openDatabase(site.dbPath);
    try {
      db.prepare(
        'UPDATE patients SET family_name = ?, given_name = ? WHERE id = (SELECT patient_id FROM charts WHERE barcode = ?)',
      ).run(PAYLOADS.family, PAYLOADS.given, chart);
      db.prepare('UPDATE staff SET name = ?, department = ? WHERE badge = ?').run(
        PAYLOADS.staff,
        PAYLOADS.department,
        badge,
      );
      db.prepare('UPDATE locations SET name = ? WHERE code = ?').run(PAYLOADS.place, place);
    } finally {
      db.close();
    }
    const kiosk = startKiosk(site);
    try {
      await kiosk.waitFor(READY);
      kiosk.write(`${badge}\r`);
      await kiosk.waitFor(/NurseC1X|Nurse31mC1X/);
      kiosk.write(`${place}\r`);
      await kiosk.waitFor(/PlaceRQ7/);
      kiosk.write(`${chart}\r`);
      await kiosk.waitFor(/EvilZ9Q/);
      // A "scan" typed with escape sequences in it, as a hostile label or a bad wedge might send.
      // (Its text after the ESC may show as plain characters; the sequence itself never does.)
      kiosk.write('AB\u001b]0;TYPED\u0007CD\r');
      kiosk.write(`X\u009b2JZ\r`);
      await new Promise((resolve) => setTimeout(resolve, 800));
      const raw = kiosk.raw();
      for (const leak of LEAKS) expect(raw.includes(leak), JSON.stringify(leak)).toBe(false);
      writeResult('escapes', { payloads: Object.keys(PAYLOADS).length + 2, leaks: 0 });
    } finally {
      kiosk.kill('SIGTERM');
      await kiosk.exited;
    }
  }, 60_000);
});
