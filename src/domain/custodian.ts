/** Who holds a chart: a person by badge or a place by location code. */
export type Custodian =
  | {
      readonly kind: 'staff';
      readonly id: number;
      readonly code: string;
      readonly name: string;
      readonly department: string;
    }
  | {
      readonly kind: 'location';
      readonly id: number;
      readonly code: string;
      readonly name: string;
      readonly locationKind: LocationKind;
    };

/** The kinds of place a chart can be at. */
export type LocationKind = 'file_room' | 'clinic' | 'ward' | 'department' | 'other';

/** A staff role: walk-up staff, records clerk or supervisor. */
export type Role = 'staff' | 'clerk' | 'supervisor';

/** True when two custodians are the same person or place. */
export function sameCustodian(a: Custodian | null, b: Custodian | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.id === b.id;
}
