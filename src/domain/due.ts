import type { Custodian } from './custodian.js';

/** Loan periods in hours by custodian kind (staff, or the kind of location). */
export type LoanHours = Readonly<
  Record<'staff' | 'clinic' | 'ward' | 'department' | 'file_room' | 'other', number>
>;

/** When a chart handed to this custodian at `now` is due back. */
export function dueAt(custodian: Custodian, now: number, loanHours: LoanHours): number {
  const hours = custodian.kind === 'staff' ? loanHours.staff : loanHours[custodian.locationKind];
  return now + Math.round(hours * 3_600_000);
}
