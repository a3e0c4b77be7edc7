import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/state/entries.js';
import { soundFor } from '../../src/state/sounds.js';
import { BELL_PATTERNS } from '../../src/theme/sounds.js';

const chart = { barcode: 'C1', volume: 1, patient: 'A.T. · MRN …2345' };
const base = { id: 1, at: 0 };

describe('sounds', () => {
  it('rings once for success, twice for a warning, three times for an error', () => {
    const out: LogEntry = { ...base, kind: 'check_out', chart, holder: 'N', dueAt: 1, notices: [] };
    expect(soundFor(out)).toBe('success');
    expect(soundFor({ ...out, kind: 'transfer' })).toBe('warning');
    expect(soundFor({ ...base, kind: 'refused', reason: 'unknown_code', code: 'X' })).toBe('error');
    expect(BELL_PATTERNS.success).toHaveLength(1);
    expect(BELL_PATTERNS.warning).toHaveLength(2);
    expect(BELL_PATTERNS.error).toHaveLength(3);
  });

  it('gives the most urgent notice its own sound', () => {
    const entry: LogEntry = {
      ...base,
      kind: 'return',
      chart,
      holder: 'File',
      dueAt: null,
      notices: [
        { kind: 'loose_reports', count: 2 },
        { kind: 'requested_elsewhere', place: 'Clinic B', neededAt: 0 },
      ],
    };
    expect(soundFor(entry)).toBe('requested');
    expect(soundFor({ ...entry, notices: [{ kind: 'loose_reports', count: 1 }] })).toBe('loose');
    expect(soundFor({ ...entry, notices: [{ kind: 'found_pending' }] })).toBe('found');
  });

  it('every sound has a distinct pattern', () => {
    const patterns = Object.values(BELL_PATTERNS).map((p) => p.join(','));
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});
