import type { FormState } from './form-state.js';
import type { PickerState } from '../workspace/picker-state.js';

/** The forms of records admin. */
export type FormKind =
  | 'patient_new'
  | 'patient_find'
  | 'patient_edit'
  | 'chart_new'
  | 'staff_new'
  | 'staff_edit'
  | 'location_new'
  | 'location_edit'
  | 'import'
  | 'pin';

/** Fields of each form, in order. */
export const FORM_FIELDS: Readonly<Record<FormKind, readonly string[]>> = {
  patient_new: ['mrn', 'family_name', 'given_name', 'birth_date'],
  patient_find: ['mrn'],
  patient_edit: ['family_name', 'given_name', 'birth_date'],
  chart_new: ['mrn', 'barcode', 'home'],
  staff_new: ['badge', 'name', 'department', 'role', 'active'],
  staff_edit: ['badge', 'name', 'department', 'role', 'active'],
  location_new: ['code', 'name', 'kind', 'active'],
  location_edit: ['code', 'name', 'kind', 'active'],
  import: ['import_kind', 'file'],
  pin: ['pin', 'pin_again'],
};

/** Where records admin is. */
export type AdminMode =
  | { readonly kind: 'menu' }
  | {
      readonly kind: 'form';
      readonly form: FormKind;
      /** The record being edited (null: a new one). */
      readonly id: number | null;
      /** What the form is about, shown in its title (an MRN or a badge). */
      readonly subject: string;
      readonly state: FormState;
      readonly error: string | null;
    }
  | {
      readonly kind: 'registry';
      readonly which: 'staff' | 'locations';
      readonly picker: PickerState;
    }
  | { readonly kind: 'importing'; readonly done: number; readonly total: number }
  | { readonly kind: 'report'; readonly lines: readonly string[] };
