import type { KeyPress } from '../../input/keys.js';

/** Where a list's cursor is, and the first row on screen. */
export interface ListNav {
  readonly selected: number;
  readonly top: number;
}

/** A list at its first row. */
export const LIST_START: ListNav = { selected: 0, top: 0 };

/** Keeps the cursor inside the list and on screen. */
export function clampNav(nav: ListNav, count: number, height: number): ListNav {
  const rows = Math.max(1, height);
  const selected = count === 0 ? 0 : Math.min(Math.max(0, nav.selected), count - 1);
  let top = Math.min(nav.top, selected);
  if (selected >= top + rows) top = selected - rows + 1;
  top = Math.max(0, Math.min(top, Math.max(0, count - rows)));
  return selected === nav.selected && top === nav.top ? nav : { selected, top };
}

/**
 * Moves a list's cursor for arrows, PgUp/PgDn and Home/End. Returns null for any other key so
 * the caller can use it (typing filters, Enter opens).
 */
export function navKey(nav: ListNav, key: KeyPress, count: number, height: number): ListNav | null {
  if (key.kind !== 'nav') return null;
  const page = Math.max(1, height - 1);
  let selected: number;
  switch (key.name) {
    case 'up':
      selected = nav.selected - 1;
      break;
    case 'down':
      selected = nav.selected + 1;
      break;
    case 'pageup':
      selected = nav.selected - page;
      break;
    case 'pagedown':
      selected = nav.selected + page;
      break;
    case 'home':
      selected = 0;
      break;
    case 'end':
      selected = count - 1;
      break;
    case 'left':
    case 'right':
    case 'insert':
    case 'delete':
      return null;
    default: {
      const never: never = key.name;
      throw new Error(`unhandled nav key ${String(never)}`);
    }
  }
  return clampNav({ selected, top: nav.top }, count, height);
}

/** What a key did to a list: left it (Esc), moved its cursor, or is the screen's to handle. */
export type ListStep =
  | { readonly kind: 'back' }
  | { readonly kind: 'moved'; readonly nav: ListNav }
  | { readonly kind: 'other'; readonly nav: ListNav };

/** The keys every list screen shares: Esc leaves, arrows, pages and Home/End move the cursor. */
export function listStep(nav: ListNav, key: KeyPress, count: number, height: number): ListStep {
  if (key.kind === 'escape') return { kind: 'back' };
  const clamped = clampNav(nav, count, height);
  const moved = navKey(clamped, key, count, height);
  return moved ? { kind: 'moved', nav: moved } : { kind: 'other', nav: clamped };
}
