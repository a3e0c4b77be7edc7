/** How much of a patient the walk-up screen may show. */
export type PrivacyLevel = 'full' | 'initials' | 'masked';

/** A patient as shown on a screen facing a queue. */
export function maskPatient(
  patient: { readonly family: string; readonly given: string; readonly mrn: string },
  level: PrivacyLevel,
): string {
  const last4 = patient.mrn.slice(-4);
  switch (level) {
    case 'full':
      return `${patient.family}, ${patient.given} · MRN ${patient.mrn}`;
    case 'initials':
      return `${initial(patient.given)}.${initial(patient.family)}. · MRN …${last4}`;
    case 'masked':
      return `MRN …${last4}`;
    default: {
      const never: never = level;
      throw new Error(`unknown privacy level ${String(never)}`);
    }
  }
}

function initial(name: string): string {
  const first = [...name.trim()][0];
  return first ? first.toUpperCase() : '?';
}
