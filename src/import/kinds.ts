import { hasControlCharacters } from '../domain/safe-text.js';
import { isValidMrn } from '../domain/filing.js';

/** What `chartdesk import` can load. */
export type ImportKind = 'patients' | 'charts' | 'staff' | 'locations' | 'appointments';

/** The header each kind expects, in this order; `optional` columns may be left out. */
export const COLUMNS: Record<
  ImportKind,
  { required: readonly string[]; optional: readonly string[] }
> = {
  patients: { required: ['mrn', 'family_name', 'given_name', 'birth_date'], optional: [] },
  charts: { required: ['chart_barcode', 'mrn'], optional: ['volume', 'home_location'] },
  staff: { required: ['badge', 'name', 'department', 'role'], optional: [] },
  locations: { required: ['code', 'name', 'kind'], optional: [] },
  appointments: { required: ['clinic', 'date', 'time', 'mrn'], optional: [] },
};

/** A row checked on its own, before the database is consulted. */
export type RowCheck<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** A patient row, checked. */
export interface PatientRow {
  readonly mrn: string;
  readonly family_name: string;
  readonly given_name: string;
  readonly birth_date: string;
}
/** A chart row, checked. */
export interface ChartRow {
  readonly chart_barcode: string;
  readonly mrn: string;
  readonly volume: number;
  readonly home_location: string | null;
}
/** A staff row, checked. */
export interface StaffRow {
  readonly badge: string;
  readonly name: string;
  readonly department: string;
  readonly role: 'staff' | 'clerk' | 'supervisor';
}
/** A location row, checked. */
export interface LocationRow {
  readonly code: string;
  readonly name: string;
  readonly kind: 'file_room' | 'clinic' | 'ward' | 'department' | 'other';
}
/** An appointment row, checked. */
export interface AppointmentRow {
  readonly clinic: string;
  readonly date: string;
  readonly time: string;
  readonly mrn: string;
}

type Fields = Readonly<Record<string, string | undefined>>;

function text(fields: Fields, name: string, max = 100): RowCheck<string> {
  const value = (fields[name] ?? '').trim();
  if (value === '') return { ok: false, reason: `${name} is empty` };
  if (value.length > max) return { ok: false, reason: `${name} is longer than ${max} characters` };
  if (hasControlCharacters(value))
    return { ok: false, reason: `${name} contains control characters` };
  return { ok: true, value };
}

/** A scannable code: 1–128 printable characters, no spaces. */
export function checkCode(fields: Fields, name: string): RowCheck<string> {
  const t = text(fields, name, 128);
  if (!t.ok) return t;
  if (!/^[\x21-\x7e]+$/.test(t.value)) {
    return { ok: false, reason: `${name} "${t.value}" must be printable ASCII without spaces` };
  }
  return t;
}

/** A calendar date YYYY-MM-DD that exists. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function mrn(fields: Fields): RowCheck<string> {
  const t = text(fields, 'mrn', 12);
  if (!t.ok) return t;
  if (!isValidMrn(t.value)) return { ok: false, reason: `mrn "${t.value}" must be 1 to 12 digits` };
  return t;
}

/** Checks a patients.csv row. */
export function checkPatient(fields: Fields, today: string): RowCheck<PatientRow> {
  const m = mrn(fields);
  if (!m.ok) return m;
  const family = text(fields, 'family_name');
  if (!family.ok) return family;
  const given = text(fields, 'given_name');
  if (!given.ok) return given;
  const birth = (fields.birth_date ?? '').trim();
  if (!isRealDate(birth))
    return { ok: false, reason: `birth_date "${birth}" is not a date (YYYY-MM-DD)` };
  if (birth > today) return { ok: false, reason: `birth_date ${birth} is in the future` };
  if (birth < '1880-01-01') return { ok: false, reason: `birth_date ${birth} is before 1880` };
  return {
    ok: true,
    value: { mrn: m.value, family_name: family.value, given_name: given.value, birth_date: birth },
  };
}

/** Checks a charts.csv row. */
export function checkChart(fields: Fields): RowCheck<ChartRow> {
  const code = checkCode(fields, 'chart_barcode');
  if (!code.ok) return code;
  const m = mrn(fields);
  if (!m.ok) return m;
  const rawVolume = (fields.volume ?? '').trim();
  const volume = rawVolume === '' ? 1 : Number(rawVolume);
  if (!Number.isInteger(volume) || volume < 1 || volume > 99) {
    return { ok: false, reason: `volume "${rawVolume}" must be a whole number from 1 to 99` };
  }
  const home = (fields.home_location ?? '').trim();
  return {
    ok: true,
    value: {
      chart_barcode: code.value,
      mrn: m.value,
      volume,
      home_location: home === '' ? null : home,
    },
  };
}

const ROLES = ['staff', 'clerk', 'supervisor'] as const;
const LOCATION_KINDS = ['file_room', 'clinic', 'ward', 'department', 'other'] as const;

/** Checks a staff.csv row. */
export function checkStaff(fields: Fields): RowCheck<StaffRow> {
  const badge = checkCode(fields, 'badge');
  if (!badge.ok) return badge;
  const name = text(fields, 'name');
  if (!name.ok) return name;
  const department = text(fields, 'department');
  if (!department.ok) return department;
  const role = (fields.role ?? '').trim().toLowerCase();
  const found = ROLES.find((r) => r === role);
  if (!found) return { ok: false, reason: `role "${role}" must be one of ${ROLES.join(', ')}` };
  return {
    ok: true,
    value: { badge: badge.value, name: name.value, department: department.value, role: found },
  };
}

/** Checks a locations.csv row. */
export function checkLocation(fields: Fields): RowCheck<LocationRow> {
  const code = checkCode(fields, 'code');
  if (!code.ok) return code;
  const name = text(fields, 'name');
  if (!name.ok) return name;
  const kind = (fields.kind ?? '').trim().toLowerCase();
  const found = LOCATION_KINDS.find((k) => k === kind);
  if (!found)
    return { ok: false, reason: `kind "${kind}" must be one of ${LOCATION_KINDS.join(', ')}` };
  return { ok: true, value: { code: code.value, name: name.value, kind: found } };
}

/** Checks an appointments.csv row. */
export function checkAppointment(fields: Fields): RowCheck<AppointmentRow> {
  const clinic = checkCode(fields, 'clinic');
  if (!clinic.ok) return clinic;
  const date = (fields.date ?? '').trim();
  if (!isRealDate(date)) return { ok: false, reason: `date "${date}" is not a date (YYYY-MM-DD)` };
  const time = (fields.time ?? '').trim();
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!t) return { ok: false, reason: `time "${time}" is not a time (HH:MM, 24-hour)` };
  const m = mrn(fields);
  if (!m.ok) return m;
  return { ok: true, value: { clinic: clinic.value, date, time, mrn: m.value } };
}
