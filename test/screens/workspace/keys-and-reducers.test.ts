import { describe, expect, test } from 'vitest';
import { parseKey, type KeyPress } from '../../../src/input/keys.js';
import {
  chartKey,
  CHART_VIEW,
  type ChartKeyContext,
} from '../../../src/screens/chart/chart-state.js';
import { formKey, newForm } from '../../../src/screens/admin/form-state.js';
import { editLine } from '../../../src/screens/workspace/line-edit.js';
import { clampNav, navKey, LIST_START } from '../../../src/screens/workspace/list-nav.js';
import { menuKey } from '../../../src/screens/workspace/menu-keys.js';
import {
  filterItems,
  fold,
  PICKER_START,
  pickerKey,
} from '../../../src/screens/workspace/picker-state.js';
import { isLockKey } from '../../../src/screens/workspace/use-clerk-area.js';
import {
  clerkAreaReducer,
  CLERK_AREA_START,
  currentRoute,
  escapeLeaves,
} from '../../../src/screens/workspace/workspace-state.js';
import {
  signInReducer,
  SIGN_IN_START,
  typeInto,
} from '../../../src/screens/sign-in/sign-in-state.js';
import {
  searchReducer,
  SEARCH_START,
  wantsMore,
} from '../../../src/screens/search/search-state.js';
import { listReducer, LIST_STATE_START } from '../../../src/screens/lists/list-state.js';
import { WS_KEYS } from './harness.js';

const key = (raw: string): KeyPress => parseKey(raw);
const clerk = { id: 3, badge: 'CLERK1', name: 'Clerk One', role: 'clerk' as const };

describe('line edit', () => {
  test('types, deletes, stops at Enter, drops control characters', () => {
    expect(editLine('ab', 'c')).toEqual({ value: 'abc', submitted: false });
    expect(editLine('abc', '\x7f\x7f')).toEqual({ value: 'a', submitted: false });
    expect(editLine('', 'CLERK1\rignored')).toEqual({ value: 'CLERK1', submitted: true });
    expect(editLine('', 'a\u0007b\u001b')).toEqual({ value: 'ab', submitted: false });
    expect(editLine('Zoë', '\x7f')).toEqual({ value: 'Zo', submitted: false });
    expect(editLine('abcd', 'e', 4)).toEqual({ value: 'abcd', submitted: false });
  });
});

describe('list navigation', () => {
  test.each([
    ['down', WS_KEYS.DOWN, { selected: 1, top: 0 }],
    ['up at the top stays', WS_KEYS.UP, { selected: 0, top: 0 }],
    ['PgDn moves a page less one', WS_KEYS.PGDN, { selected: 9, top: 0 }],
    ['End goes to the last row and scrolls', WS_KEYS.END, { selected: 99, top: 90 }],
  ])('%s', (_name, raw, expected) => {
    expect(navKey(LIST_START, key(raw), 100, 10)).toEqual(expected);
  });
  test('Home, PgUp and scrolling back', () => {
    const bottom = { selected: 99, top: 90 };
    expect(navKey(bottom, key(WS_KEYS.HOME), 100, 10)).toEqual({ selected: 0, top: 0 });
    expect(navKey(bottom, key(WS_KEYS.PGUP), 100, 10)).toEqual({ selected: 90, top: 90 });
    expect(navKey({ selected: 90, top: 90 }, key(WS_KEYS.UP), 100, 10)).toEqual({
      selected: 89,
      top: 89,
    });
  });
  test('other keys are left to the screen', () => {
    expect(navKey(LIST_START, key('a'), 100, 10)).toBeNull();
    expect(navKey(LIST_START, key(WS_KEYS.ENTER), 100, 10)).toBeNull();
  });
  test('clamp keeps the cursor in a shrunk list', () => {
    expect(clampNav({ selected: 50, top: 45 }, 3, 10)).toEqual({ selected: 2, top: 0 });
    expect(clampNav({ selected: 5, top: 0 }, 0, 10)).toEqual({ selected: 0, top: 0 });
  });
});

describe('menu keys', () => {
  const hotkey = (t: string) => ['s', 'w', 'q'].indexOf(t.toLowerCase());
  test('hotkeys, arrows, Enter, Esc', () => {
    expect(menuKey(key('w'), 0, 3, hotkey)).toEqual({ kind: 'pick', index: 1 });
    expect(menuKey(key('W'), 0, 3, hotkey)).toEqual({ kind: 'pick', index: 1 });
    expect(menuKey(key(WS_KEYS.DOWN), 2, 3, hotkey)).toEqual({ kind: 'move', selected: 2 });
    expect(menuKey(key(WS_KEYS.ENTER), 2, 3, hotkey)).toEqual({ kind: 'pick', index: 2 });
    expect(menuKey(key(WS_KEYS.ESC), 2, 3, hotkey)).toEqual({ kind: 'back' });
    expect(menuKey(key('x'), 0, 3, hotkey)).toEqual({ kind: 'ignored' });
    expect(menuKey(key(WS_KEYS.F2), 0, 3, hotkey)).toEqual({ kind: 'ignored' });
  });
});

describe('picker', () => {
  test('typing filters (accents folded), Enter picks in the filtered rows, Esc cancels', () => {
    const items = ['CLIN-B Clinic B', 'WARD-3 Ward 3', 'Démoulin'];
    expect(filterItems(items, 'clin', (s) => s)).toEqual(['CLIN-B Clinic B']);
    expect(filterItems(items, 'demou', (s) => s)).toEqual(['Démoulin']);
    expect(fold('Zoë ÅSA')).toBe('zoe asa');
    const typed = pickerKey(PICKER_START, key('wa'), 3, 5);
    expect(typed).toEqual({ kind: 'state', state: { filter: 'wa', nav: LIST_START } });
    expect(pickerKey({ filter: 'wa', nav: LIST_START }, key(WS_KEYS.ENTER), 1, 5)).toEqual({
      kind: 'pick',
      index: 0,
    });
    expect(pickerKey(PICKER_START, key(WS_KEYS.ENTER), 0, 5)).toEqual({ kind: 'ignored' });
    expect(pickerKey(PICKER_START, key(WS_KEYS.ESC), 3, 5)).toEqual({ kind: 'cancel' });
  });
});

describe('chart screen keys', () => {
  const ctx: ChartKeyContext = {
    historyCount: 5,
    historyHeight: 3,
    pickCount: 2,
    pickHeight: 5,
    homeIdAt: (i) => [10, 20][i] ?? null,
  };
  test('R returns, O opens the custodian picker and Enter picks', () => {
    expect(chartKey(CHART_VIEW, key('r'), ctx).effect).toEqual({ kind: 'return' });
    const picking = chartKey(CHART_VIEW, key('o'), ctx).mode;
    expect(picking.kind).toBe('pick');
    const down = chartKey(picking, key(WS_KEYS.DOWN), ctx).mode;
    expect(chartKey(down, key(WS_KEYS.ENTER), ctx)).toEqual({
      mode: CHART_VIEW,
      effect: { kind: 'picked_custodian', index: 1 },
      used: true,
    });
  });
  test('M asks a reason; Enter marks missing with it; Esc cancels', () => {
    const asking = chartKey(CHART_VIEW, key('m'), ctx).mode;
    const typed = chartKey(asking, key('not on shelf'), ctx).mode;
    expect(chartKey(typed, key(WS_KEYS.ENTER), ctx).effect).toEqual({
      kind: 'mark_missing',
      reason: 'not on shelf',
    });
    expect(chartKey(typed, key(WS_KEYS.ESC), ctx)).toEqual({
      mode: CHART_VIEW,
      effect: null,
      used: true,
    });
  });
  test('H picks a home location, then asks the reason', () => {
    const picking = chartKey(CHART_VIEW, key('h'), ctx).mode;
    const reason = chartKey(picking, key(WS_KEYS.ENTER), ctx).mode;
    expect(reason).toEqual({ kind: 'prompt', purpose: 'home_reason', value: '', homeId: 10 });
    const typed = chartKey(reason, key('moved\r'), ctx);
    expect(typed.effect).toEqual({ kind: 'change_home', homeId: 10, reason: 'moved' });
  });
  test('digits open a volume, Esc goes back, arrows scroll the history', () => {
    expect(chartKey(CHART_VIEW, key('2'), ctx).effect).toEqual({ kind: 'open_volume', volume: 2 });
    expect(chartKey(CHART_VIEW, key(WS_KEYS.ESC), ctx).effect).toEqual({ kind: 'back' });
    expect(chartKey(CHART_VIEW, key(WS_KEYS.END), ctx).mode).toEqual({
      kind: 'view',
      history: { selected: 4, top: 2 },
    });
    expect(chartKey(CHART_VIEW, key('z'), ctx).used).toBe(false);
  });
});

describe('form keys', () => {
  test('Enter moves to the next field and submits on the last; ↑ goes back; Esc cancels', () => {
    const form = newForm(['a', 'b']);
    const r1 = formKey(form, key('x\r'));
    expect(r1).toEqual({ kind: 'state', state: { ...form, values: { a: 'x' }, index: 1 } });
    if (r1.kind !== 'state') throw new Error('state');
    expect(formKey(r1.state, key(WS_KEYS.UP))).toEqual({
      kind: 'state',
      state: { ...r1.state, index: 0 },
    });
    expect(formKey(r1.state, key('y\r'))).toEqual({
      kind: 'submit',
      state: { ...r1.state, values: { a: 'x', b: 'y' } },
    });
    expect(formKey(form, key(WS_KEYS.ESC))).toEqual({ kind: 'cancel' });
    expect(formKey(form, key(WS_KEYS.TAB))).toEqual({
      kind: 'state',
      state: { ...form, index: 1 },
    });
  });
});

describe('sign-in reducer', () => {
  test('badge, then PIN (digits only), wrong PIN clears it, lockout goes back to the badge', () => {
    const typed = typeInto(SIGN_IN_START, 'CLERK1\r');
    expect(typed.submit).toEqual({ kind: 'badge', badge: 'CLERK1' });
    const pin = signInReducer(typed.state, {
      type: 'badge_checked',
      check: { kind: 'ok' },
      staff: { id: 3, name: 'Clerk One' },
    });
    expect(pin).toEqual({ step: 'pin', staffId: 3, name: 'Clerk One', pin: '', message: null });
    if (pin.step !== 'pin') throw new Error('pin step expected');
    expect(typeInto(pin, '12a3\r').submit).toEqual({ kind: 'pin', staffId: 3, pin: '123' });
    const wrong = signInReducer(
      { ...pin, pin: '1' },
      {
        type: 'pin_checked',
        result: { kind: 'wrong', failedPins: 1, lockedUntil: null, triesLeft: 4 },
      },
    );
    expect(wrong).toMatchObject({
      step: 'pin',
      pin: '',
      message: '✖ WRONG PIN  4 tries left before this badge locks.',
    });
    const locked = signInReducer(pin, {
      type: 'pin_checked',
      result: { kind: 'locked_out', failedPins: 5, lockedUntil: Date.UTC(2026, 0, 5, 9, 15) },
    });
    expect(locked).toMatchObject({ step: 'badge', badge: '' });
    expect(signInReducer(pin, { type: 'back' })).toEqual(SIGN_IN_START);
    expect(typeInto(SIGN_IN_START, '\r').submit).toBeNull();
  });
});

describe('clerk area reducer', () => {
  test('sign-in opens the main menu; go and back walk the stack; Esc on the menu leaves', () => {
    expect(escapeLeaves(CLERK_AREA_START)).toBe(true);
    const menu = clerkAreaReducer(CLERK_AREA_START, { type: 'signed_in', clerk });
    expect(currentRoute(menu)).toEqual({ name: 'menu' });
    expect(escapeLeaves(menu)).toBe(true);
    const search = clerkAreaReducer(menu, { type: 'go', route: { name: 'search' } });
    expect(currentRoute(search)).toEqual({ name: 'search' });
    expect(escapeLeaves(search)).toBe(false);
    expect(clerkAreaReducer(search, { type: 'back' })).toEqual(menu);
    expect(clerkAreaReducer(menu, { type: 'back' })).toBe(menu);
    expect(clerkAreaReducer(CLERK_AREA_START, { type: 'go', route: { name: 'search' } })).toBe(
      CLERK_AREA_START,
    );
  });
  test('lock keys: Ctrl-L and F12 only', () => {
    expect(isLockKey(key(WS_KEYS.CTRL_L))).toBe(true);
    expect(isLockKey(key(WS_KEYS.F12))).toBe(true);
    expect(isLockKey(key('l'))).toBe(false);
    expect(isLockKey(key(WS_KEYS.F2))).toBe(false);
  });
});

describe('search and list reducers', () => {
  test('a page for older text is dropped; more pages append', () => {
    const s = searchReducer(SEARCH_START, {
      type: 'results',
      text: 'ab',
      hits: [],
      next: { part: 1, after: 5 },
    });
    expect(wantsMore(s, 10)).toBe(true);
    expect(searchReducer(s, { type: 'more', text: 'a', hits: [], next: null })).toBe(s);
    expect(searchReducer(s, { type: 'more', text: 'ab', hits: [], next: null }).next).toBeNull();
  });
  test('filtering resets the cursor; pages append', () => {
    const moved = listReducer(LIST_STATE_START, {
      type: 'nav',
      nav: { selected: 3, top: 0 },
      count: 10,
      height: 5,
    });
    expect(moved.nav.selected).toBe(3);
    expect(listReducer(moved, { type: 'filter', filter: 'x' }).nav).toEqual(LIST_START);
    expect(listReducer(LIST_STATE_START, { type: 'page', rows: [], next: null }).loaded).toBe(true);
  });
});
