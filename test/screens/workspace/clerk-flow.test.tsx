import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { T0 } from '../../helpers/temp-db.js';
import { press, renderClerkArea, rows, signIn, WS_KEYS, type ClerkHarness } from './harness.js';

describe('clerk workspace: find, open, check out, see it in the lists', () => {
  let h: ClerkHarness;
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    h?.unmount();
    vi.useRealTimers();
  });

  it('searches as you type: family-name prefix, accents folded, MRN prefix, barcode', async () => {
    h = renderClerkArea();
    await signIn(h);
    let frame = await press(h, 's', 'Demou');
    expect(frame).toContain('Name, MRN, barcode, badge or place: Demou_');
    expect(frame).toContain(
      '› ● IN FILE  Démoulin, Zoë · 42 | 00 | 00 · vol 1 · C3 · in file at FILE',
    );
    frame = await press(h, WS_KEYS.BACKSPACE.repeat(5), '00123');
    expect(frame).toContain('Testwood, Alpha · 45 | 23 | 01 · vol 1 · C1');
    expect(frame).toContain('Testwood, Alpha · 45 | 23 | 01 · vol 2 · C1V2');
    frame = await press(h, WS_KEYS.BACKSPACE.repeat(5), 'C2');
    expect(frame).toContain('Sampleton, Bravo · 90 | 78 | 06 · vol 1 · C2');
    // The search text is logged once it settles, not once per keystroke.
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(rows(h.store, 'SELECT action, subject_kind, subject FROM access_log')).toEqual([
      { action: 'search', subject_kind: 'search', subject: 'C2' },
    ]);
  });

  it('opens a chart, checks it out to a clinic picked from a list, and shows it in the lists', async () => {
    h = renderClerkArea();
    await signIn(h);
    await press(h, 's', 'Demou');
    let frame = await press(h, WS_KEYS.ENTER);
    expect(frame).toContain('Chart C3 · vol 1 · Démoulin, Zoë · 42 | 00 | 00 · born 1990-03-03');
    expect(frame).toContain('● IN FILE in file at FILE · home FILE');
    expect(frame).toContain('Never moved.');
    frame = await press(h, 'o');
    expect(frame).toContain('Check out to (type to filter, Enter to pick):');
    frame = await press(h, 'clin');
    expect(frame).toContain('› CLIN-B  Clinic B (clinic)');
    frame = await press(h, WS_KEYS.ENTER);
    expect(frame).toContain('✔ CHECKED OUT');
    expect(frame).toContain(
      '→ OUT out to CLIN-B Clinic B since 2026-01-05 09:00 (0.0 d), due 2026-01-05 21:00',
    );
    expect(frame).toContain(
      '2026-01-05 09:00  out        → CLIN-B Clinic B · held 0.0 d · by CLERK1',
    );
    const clerk = rows<{ id: number }>(h.store, "SELECT id FROM staff WHERE badge = 'CLERK1'")[0];
    expect(rows(h.store, 'SELECT action, operator_id, source, counter FROM movements')).toEqual([
      { action: 'check_out', operator_id: clerk?.id, source: 'workspace', counter: 'Test Counter' },
    ]);

    // Who has what, from the main menu.
    await press(h, WS_KEYS.ESC, WS_KEYS.ESC);
    frame = await press(h, 'w');
    expect(frame).toContain('Who has what · 1');
    expect(frame).toContain(
      '› CLIN-B Clinic B          │ C3 vol 1 · Démoulin, Zoë · 42 | 00 | 00 · out 0.0 d · due 2026-01-05',
    );
    // Today's movements, from the lists menu.
    await press(h, WS_KEYS.ESC);
    frame = await press(h, 'l', 'd');
    expect(frame).toContain("Today's movements · 1");
    expect(frame).toContain(
      '09:00  out        C3 vol 1 · Démoulin, Zoë → CLIN-B Clinic B · by CLERK1',
    );
    // Enter on a list row opens its chart.
    frame = await press(h, WS_KEYS.ENTER);
    expect(frame).toContain('Chart C3');

    expect(
      rows(h.store, 'SELECT action, subject_kind, subject FROM access_log ORDER BY id'),
    ).toEqual([
      { action: 'search', subject_kind: 'search', subject: 'Demou' },
      { action: 'open_chart', subject_kind: 'chart', subject: 'C3' },
      { action: 'view_list', subject_kind: 'list', subject: 'who_has_what' },
      { action: 'view_list', subject_kind: 'list', subject: 'today' },
      { action: 'open_chart', subject_kind: 'chart', subject: 'C3' },
    ]);
  });

  it('marks a chart missing with a reason, found, and a supervisor approves with badge + PIN', async () => {
    h = renderClerkArea();
    await signIn(h);
    await press(h, 's', 'C2', WS_KEYS.ENTER);
    let frame = await press(h, 'm');
    expect(frame).toContain('Why is it missing? (where it was looked for), then Enter:');
    frame = await press(h, 'shelf 90|78 empty\r');
    expect(frame).toContain('✔ MARKED MISSING');
    expect(frame).toContain('✖ MISSING since 2026-01-05 09:00');
    frame = await press(h, 'f', 'on 78|90\r');
    expect(frame).toContain('◆ FOUND: pending supervisor approval');
    frame = await press(h, 'a', 'CLERK1\r');
    expect(frame).toContain('✖ NOT A CLERK');
    frame = await press(h, 'SUP1\r', '4321\r');
    expect(frame).toContain('✔ FOUND APPROVED');
    expect(rows(h.store, 'SELECT action, note FROM movements ORDER BY seq')).toEqual([
      { action: 'mark_missing', note: 'shelf 90|78 empty' },
      { action: 'found', note: 'on 78|90' },
      { action: 'found_approved', note: 'approved by SUP1' },
    ]);
  });

  it('lists scroll with PgDn/End/Home and render only the visible rows', async () => {
    h = renderClerkArea();
    const { store } = h;
    const patient = store.db.prepare(
      'INSERT INTO patients (mrn, family_name, given_name, birth_date, td_key) VALUES (?, ?, ?, ?, ?)',
    );
    const chart = store.db.prepare(
      "INSERT INTO charts (barcode, patient_id, volume, home_location_id, state, custodian_kind, custodian_id, out_since, due_at) VALUES (?, ?, 1, 1, 'out', 'location', 3, ?, ?)",
    );
    for (let i = 0; i < 300; i += 1) {
      const id = Number(
        patient.run(`5${String(i).padStart(5, '0')}`, `Bulk${i}`, 'Row', '2000-01-01', 'k')
          .lastInsertRowid,
      );
      chart.run(`B${String(i).padStart(4, '0')}`, id, T0 - (300 - i) * 60_000, T0 + 3_600_000);
    }
    await signIn(h);
    let frame = await press(h, 'w');
    expect(frame).toContain('Who has what · 100+');
    expect(frame).toContain('› CLIN-B Clinic B          │ B0000 vol 1');
    expect(frame).not.toContain('B0030');
    // PgDn moves a page less one row, so the last row stays in sight.
    frame = await press(h, WS_KEYS.PGDN);
    expect(frame).toMatch(/› +│ B0023 vol 1/);
    frame = await press(h, WS_KEYS.END);
    // The cursor's nearing the end loaded the next pages (keyset), until all 300 were in.
    frame = await press(h, WS_KEYS.END, WS_KEYS.END, WS_KEYS.END);
    expect(frame).toContain('Who has what · 300');
    expect(frame).toMatch(/› +│ B0299 vol 1/);
    frame = await press(h, WS_KEYS.HOME);
    expect(frame).toContain('› CLIN-B Clinic B          │ B0000 vol 1');
    frame = await press(h, 'B0123');
    expect(frame).toContain('Who has what · 1 matching of 300 read');
  });

  it('a filter reads on through pages the screen has not loaded yet', async () => {
    h = renderClerkArea();
    const { store } = h;
    const patient = store.db.prepare(
      'INSERT INTO patients (mrn, family_name, given_name, birth_date, td_key) VALUES (?, ?, ?, ?, ?)',
    );
    const chart = store.db.prepare(
      "INSERT INTO charts (barcode, patient_id, volume, home_location_id, state, custodian_kind, custodian_id, out_since, due_at) VALUES (?, ?, 1, 1, 'out', 'location', 3, ?, ?)",
    );
    for (let i = 0; i < 250; i += 1) {
      const id = Number(
        patient.run(`6${String(i).padStart(5, '0')}`, `Late${i}`, 'Row', '2000-01-01', 'k')
          .lastInsertRowid,
      );
      chart.run(`L${String(i).padStart(4, '0')}`, id, T0 - (250 - i) * 60_000, T0 + 3_600_000);
    }
    await signIn(h);
    expect(await press(h, 'w')).toContain('Who has what · 100+');
    const frame = await press(h, 'L0240');
    expect(frame).toContain('Who has what · 1 matching of 250 read');
    expect(frame).toContain('› CLIN-B Clinic B          │ L0240 vol 1 · Late240, Row');
  });
});

describe('clerk workspace: export', () => {
  let h: ClerkHarness;
  afterEach(() => {
    h?.unmount();
  });

  it('exports the overdue list to a CSV file under data/exports beside the database', async () => {
    h = renderClerkArea();
    h.store.db
      .prepare(
        "UPDATE charts SET state = 'out', custodian_kind = 'location', custodian_id = 3, out_since = ?, due_at = ? WHERE barcode IN ('C1', 'C2')",
      )
      .run(Date.now() - 86_400_000, Date.now() - 3_600_000);
    const waitFor = async (text: string) => {
      for (let i = 0; i < 300 && !h.lastFrame().includes(text); i += 1) {
        await new Promise((r) => setTimeout(r, 10));
      }
      // The new screen subscribes to keys in an effect, just after its first frame.
      await new Promise((r) => setTimeout(r, 30));
      return h.lastFrame();
    };
    await waitFor('badge');
    h.write('CLERK1\r');
    await waitFor('PIN');
    h.write('1234\r');
    await waitFor('Main menu');
    h.write('o');
    await waitFor('Overdue by age');
    h.write('a');
    await waitFor('Overdue by age · 2');
    h.write(WS_KEYS.F5);
    const prompt = (await waitFor('Export to file')).replace(/\s+/g, '');
    const dir = path.join(path.dirname(h.store.file), 'exports');
    expect(prompt).toContain(`Enter:${dir}/overdue_age-`);
    h.write(WS_KEYS.ENTER);
    const done = (await waitFor('EXPORTED')).replace(/\s+/g, '');
    const [name] = readdirSync(dir);
    const file = path.join(dir, name ?? '');
    expect(done).toContain(`✔EXPORTED2rowsto${file}`);
    expect(readFileSync(file, 'utf8').split('\r\n')).toHaveLength(4);
  });
});
