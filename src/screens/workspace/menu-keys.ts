import type { KeyPress } from '../../input/keys.js';

/** What a key does on a menu. */
export type MenuKeyResult =
  | { readonly kind: 'move'; readonly selected: number }
  | { readonly kind: 'pick'; readonly index: number }
  | { readonly kind: 'back' }
  | { readonly kind: 'ignored' };

/**
 * Menu keys as a pure function: arrows/Home/End move, Enter picks the highlighted entry, a
 * hotkey picks its entry, Esc goes back.
 */
export function menuKey(
  key: KeyPress,
  selected: number,
  count: number,
  hotkey: (text: string) => number,
): MenuKeyResult {
  switch (key.kind) {
    case 'escape':
      return { kind: 'back' };
    case 'nav': {
      const last = Math.max(0, count - 1);
      if (key.name === 'up') return { kind: 'move', selected: Math.max(0, selected - 1) };
      if (key.name === 'down') return { kind: 'move', selected: Math.min(last, selected + 1) };
      if (key.name === 'home' || key.name === 'pageup') return { kind: 'move', selected: 0 };
      if (key.name === 'end' || key.name === 'pagedown') return { kind: 'move', selected: last };
      return { kind: 'ignored' };
    }
    case 'text': {
      if (key.text === '\r' || key.text === '\n') return { kind: 'pick', index: selected };
      const index = [...key.text].length === 1 ? hotkey(key.text) : -1;
      return index >= 0 ? { kind: 'pick', index } : { kind: 'ignored' };
    }
    case 'function':
    case 'ctrl':
    case 'other':
      return { kind: 'ignored' };
    default: {
      const never: never = key;
      throw new Error(`unhandled key ${JSON.stringify(never)}`);
    }
  }
}
