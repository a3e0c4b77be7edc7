import type { LocationKind } from '../domain/custodian.js';
import type { BenchSize } from './sizes.js';

/** Row ids of the synthetic hospital's registry, decided before anything is written. */
export interface Layout {
  readonly patients: number;
  readonly charts: number;
  readonly staff: number;
  /** Location kind by id (index 0 unused): ids 1 and 2 are the file room and holding shelf. */
  readonly locationKinds: readonly LocationKind[];
  /** Location code by id (index 0 unused). */
  readonly locationCodes: readonly string[];
  /** Ids of clinics, wards, departments and other places, in that order of kind. */
  readonly clinics: readonly number[];
  readonly wards: readonly number[];
  readonly departments: readonly number[];
  readonly others: readonly number[];
  /** The one chart whose long history the history figure reads. */
  readonly hotChart: number;
}

/** The file room every chart calls home. */
export const FILE_ROOM = { id: 1, code: 'FILE', name: 'Main File Room' } as const;
/** The holding shelf the pull list fills. */
export const HOLDING = { id: 2, code: 'HOLD', name: 'Pull Holding Shelf' } as const;

/** MRN of patient `i` (1-based): a scrambled 7-digit number, spread over every shelf section. */
export function mrnOf(i: number): string {
  // 7919 is coprime with 10^7, so distinct patients always get distinct MRNs.
  return String((1_000_003 + i * 7_919) % 10_000_000).padStart(7, '0');
}

/** How many volumes patient `i` has: 3 for one in 25, 2 for three in 25, else 1 (×1.2). */
export function volumesOf(i: number): number {
  const r = i % 25;
  if (r === 0) return 3;
  if (r === 5 || r === 10 || r === 15) return 2;
  return 1;
}

/** Badge of staff member `i` (1-based). */
export function badgeOf(i: number): string {
  return `EMP-${String(i).padStart(6, '0')}`;
}

/** The ids and kinds of the registry for a size. */
export function layoutFor(size: BenchSize): Layout {
  const n = size.locations;
  const clinicsN = Math.round(n * 0.4);
  const wardsN = Math.round(n * 0.2);
  const deptsN = Math.round(n * 0.27);
  const othersN = n - 2 - clinicsN - wardsN - deptsN;
  const kinds: LocationKind[] = ['other', 'file_room', 'file_room'];
  const codes: string[] = ['', FILE_ROOM.code, HOLDING.code];
  const take = (count: number, kind: LocationKind, prefix: string): number[] => {
    const ids: number[] = [];
    for (let k = 1; k <= count; k += 1) {
      ids.push(kinds.length);
      kinds.push(kind);
      codes.push(`${prefix}-${String(k).padStart(3, '0')}`);
    }
    return ids;
  };
  const clinics = take(clinicsN, 'clinic', 'CLIN');
  const wards = take(wardsN, 'ward', 'WARD');
  const departments = take(deptsN, 'department', 'DEPT');
  const others = take(othersN, 'other', 'OTHER');
  let charts = 0;
  for (let i = 1; i <= size.patients; i += 1) charts += volumesOf(i);
  return {
    patients: size.patients,
    charts,
    staff: size.staff,
    locationKinds: kinds,
    locationCodes: codes,
    clinics,
    wards,
    departments,
    others,
    // A patient with one volume, in the middle of the register.
    hotChart: Math.floor(charts / 2) | 1,
  };
}
