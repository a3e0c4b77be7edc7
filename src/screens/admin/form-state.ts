import type { KeyPress } from '../../input/keys.js';
import { editLine } from '../workspace/line-edit.js';

/** A form: named fields edited one at a time. */
export interface FormState {
  readonly fields: readonly string[];
  readonly values: Readonly<Record<string, string>>;
  readonly index: number;
  /** Fields shown as dots (PINs). */
  readonly masked: readonly string[];
}

/** A form over `fields`, starting from `values`. */
export function newForm(
  fields: readonly string[],
  values: Readonly<Record<string, string>> = {},
  masked: readonly string[] = [],
): FormState {
  return { fields, values, index: 0, masked };
}

/** What a key did to a form. */
export type FormKeyResult =
  | { readonly kind: 'state'; readonly state: FormState }
  | { readonly kind: 'submit'; readonly state: FormState }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'ignored' };

/**
 * Form keys as a pure function: typing edits the current field; Tab, ↓ or Enter move to the
 * next field; ↑ goes back; Enter on the last field submits; Esc cancels.
 */
export function formKey(state: FormState, key: KeyPress): FormKeyResult {
  const last = state.fields.length - 1;
  if (key.kind === 'escape') return { kind: 'cancel' };
  if (key.kind === 'nav') {
    if (key.name === 'up')
      return { kind: 'state', state: { ...state, index: Math.max(0, state.index - 1) } };
    if (key.name === 'down')
      return { kind: 'state', state: { ...state, index: Math.min(last, state.index + 1) } };
    return { kind: 'ignored' };
  }
  if (key.kind !== 'text') return { kind: 'ignored' };
  if (key.text === '\t')
    return { kind: 'state', state: { ...state, index: Math.min(last, state.index + 1) } };
  const field = state.fields[state.index];
  if (field === undefined) return { kind: 'ignored' };
  const edit = editLine(state.values[field] ?? '', key.text, 120);
  const next = { ...state, values: { ...state.values, [field]: edit.value } };
  if (!edit.submitted) return { kind: 'state', state: next };
  if (state.index >= last) return { kind: 'submit', state: next };
  return { kind: 'state', state: { ...next, index: state.index + 1 } };
}
