/**
 * Names what one terminal input event is. Ink's input parser hands its listeners one string
 * per key or per run of text; Ink's own `useInput` drops function-key names (F2 and F10 both
 * arrive as an empty string), so the kiosk reads the raw strings and names them here.
 */

/** One key, or a run of text (typed, pasted or sent by a keyboard-wedge scanner). */
export type KeyPress =
  /** Printable text, possibly with Enter (\r), Tab or backspace inside: the scan field's food. */
  | { readonly kind: 'text'; readonly text: string }
  /** F1…F12. */
  | { readonly kind: 'function'; readonly n: number }
  | { readonly kind: 'escape' }
  /** A lone control character: Ctrl+C is `c`, Ctrl+Z `z`, Ctrl+\ `\`. */
  | { readonly kind: 'ctrl'; readonly key: string }
  | {
      readonly kind: 'nav';
      readonly name:
        | 'up'
        | 'down'
        | 'left'
        | 'right'
        | 'home'
        | 'end'
        | 'pageup'
        | 'pagedown'
        | 'insert'
        | 'delete';
    }
  /** Any other escape sequence (Alt+key, mouse, unknown): types nothing. */
  | { readonly kind: 'other'; readonly sequence: string };

const ESC = '\x1b';

const FUNCTION_KEYS: Readonly<Record<string, number>> = {
  OP: 1,
  OQ: 2,
  OR: 3,
  OS: 4,
  '[11~': 1,
  '[12~': 2,
  '[13~': 3,
  '[14~': 4,
  '[[A': 1,
  '[[B': 2,
  '[[C': 3,
  '[[D': 4,
  '[[E': 5,
  '[15~': 5,
  '[17~': 6,
  '[18~': 7,
  '[19~': 8,
  '[20~': 9,
  '[21~': 10,
  '[23~': 11,
  '[24~': 12,
};

const NAV_KEYS: Readonly<Record<string, Extract<KeyPress, { kind: 'nav' }>['name']>> = {
  '[A': 'up',
  '[B': 'down',
  '[C': 'right',
  '[D': 'left',
  OA: 'up',
  OB: 'down',
  OC: 'right',
  OD: 'left',
  '[H': 'home',
  '[F': 'end',
  OH: 'home',
  OF: 'end',
  '[1~': 'home',
  '[4~': 'end',
  '[7~': 'home',
  '[8~': 'end',
  '[2~': 'insert',
  '[3~': 'delete',
  '[5~': 'pageup',
  '[6~': 'pagedown',
};

// Characters that are keys of the scan field, not commands: Enter, LF, Tab, backspace.
const FIELD_CONTROLS = new Set(['\r', '\n', '\t', '\x7f', '\b']);

/** Names one input event as Ink's parser emitted it. */
export function parseKey(raw: string): KeyPress {
  if (raw === ESC || raw === ESC + ESC) return { kind: 'escape' };
  if (raw.startsWith(ESC)) {
    const body = raw.slice(1);
    const fn = FUNCTION_KEYS[body];
    if (fn !== undefined) return { kind: 'function', n: fn };
    const nav = NAV_KEYS[body];
    if (nav !== undefined) return { kind: 'nav', name: nav };
    return { kind: 'other', sequence: raw };
  }
  if (raw.length === 1 && !FIELD_CONTROLS.has(raw)) {
    const code = raw.charCodeAt(0);
    // Ctrl+A…Ctrl+Z are 0x01–0x1a; Ctrl+\ ] ^ _ are 0x1c–0x1f; Ctrl+Space is 0x00.
    if (code >= 0x01 && code <= 0x1a)
      return { kind: 'ctrl', key: String.fromCharCode(code + 0x60) };
    if (code < 0x20) return { kind: 'ctrl', key: String.fromCharCode(code + 0x40) };
  }
  return { kind: 'text', text: raw };
}
