import type { KeyPress } from '../../input/keys.js';
import { editLine } from './line-edit.js';
import { clampNav, LIST_START, navKey, type ListNav } from './list-nav.js';

/** A filterable list's state: what was typed and where the cursor is. */
export interface PickerState {
  readonly filter: string;
  readonly nav: ListNav;
}

/** A picker with nothing typed. */
export const PICKER_START: PickerState = { filter: '', nav: LIST_START };

/** What a key did to a picker. */
export type PickerKeyResult =
  | { readonly kind: 'state'; readonly state: PickerState }
  | { readonly kind: 'pick'; readonly index: number }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'ignored' };

/** Lower case without accents, for matching what clerks type. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The items whose text holds every typed word. */
export function filterItems<T>(
  items: readonly T[],
  filter: string,
  text: (item: T) => string,
): readonly T[] {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return items;
  return items.filter((item) => {
    const t = fold(text(item));
    return words.every((w) => t.includes(w));
  });
}

/**
 * Picker keys as a pure function: navigation keys move over the filtered rows, typing edits
 * the filter, Enter picks (the index is into the filtered rows), Esc cancels.
 */
export function pickerKey(
  state: PickerState,
  key: KeyPress,
  count: number,
  height: number,
): PickerKeyResult {
  if (key.kind === 'escape') return { kind: 'cancel' };
  const moved = navKey(state.nav, key, count, height);
  if (moved) return { kind: 'state', state: { ...state, nav: moved } };
  if (key.kind !== 'text') return { kind: 'ignored' };
  const edit = editLine(state.filter, key.text, 60);
  if (edit.submitted && edit.value === state.filter) {
    return count > 0 ? { kind: 'pick', index: state.nav.selected } : { kind: 'ignored' };
  }
  const changed = edit.value !== state.filter;
  const nav = changed ? LIST_START : clampNav(state.nav, count, height);
  return { kind: 'state', state: { filter: edit.value, nav } };
}
