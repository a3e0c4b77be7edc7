/**
 * The chart screen's modes and keys as pure functions: viewing, picking a custodian or a home
 * location, typing a reason, and supervisor approval. Keys come in; the new mode and at most
 * one effect for the wiring hook come out.
 */
import type { KeyPress } from '../../input/keys.js';
import { editLine } from '../workspace/line-edit.js';
import { navKey, LIST_START, type ListNav } from '../workspace/list-nav.js';
import { PICKER_START, pickerKey, type PickerState } from '../workspace/picker-state.js';

/** What a typed line is for. */
export type PromptPurpose = 'missing' | 'found' | 'volume' | 'home_reason';

/** The chart screen's mode. */
export type ChartMode =
  | { readonly kind: 'view'; readonly history: ListNav }
  | { readonly kind: 'pick'; readonly purpose: 'custodian' | 'home'; readonly picker: PickerState }
  | {
      readonly kind: 'prompt';
      readonly purpose: PromptPurpose;
      readonly value: string;
      /** The home location picked before the reason (home_reason only). */
      readonly homeId: number | null;
    }
  | { readonly kind: 'approve' };

/** The chart screen opens on the view. */
export const CHART_VIEW: ChartMode = { kind: 'view', history: LIST_START };

/** What the wiring hook must do after a key. */
export type ChartEffect =
  | { readonly kind: 'back' }
  | { readonly kind: 'return' }
  | { readonly kind: 'open_volume'; readonly volume: number }
  | { readonly kind: 'picked_custodian'; readonly index: number }
  | { readonly kind: 'mark_missing'; readonly reason: string }
  | { readonly kind: 'mark_found'; readonly note: string }
  | { readonly kind: 'add_volume'; readonly barcode: string }
  | { readonly kind: 'change_home'; readonly homeId: number; readonly reason: string };

/** Sizes the key handler needs. */
export interface ChartKeyContext {
  /** Rows in the history list. */
  readonly historyCount: number;
  /** History rows on screen. */
  readonly historyHeight: number;
  /** Rows in the open picker after filtering. */
  readonly pickCount: number;
  /** Picker rows on screen. */
  readonly pickHeight: number;
  /** The id of the home picker's row at an index (filtered). */
  readonly homeIdAt: (index: number) => number | null;
}

/** The result of one key. */
export interface ChartKeyResult {
  readonly mode: ChartMode;
  readonly effect: ChartEffect | null;
  /** False when the key meant nothing here. */
  readonly used: boolean;
}

const VIEW_KEYS: Readonly<Record<string, ChartMode>> = {
  o: { kind: 'pick', purpose: 'custodian', picker: PICKER_START },
  h: { kind: 'pick', purpose: 'home', picker: PICKER_START },
  m: { kind: 'prompt', purpose: 'missing', value: '', homeId: null },
  f: { kind: 'prompt', purpose: 'found', value: '', homeId: null },
  v: { kind: 'prompt', purpose: 'volume', value: '', homeId: null },
  a: { kind: 'approve' },
};

function result(mode: ChartMode, effect: ChartEffect | null = null, used = true): ChartKeyResult {
  return { mode, effect, used };
}

function promptEffect(purpose: PromptPurpose, value: string, homeId: number | null): ChartEffect {
  switch (purpose) {
    case 'missing':
      return { kind: 'mark_missing', reason: value };
    case 'found':
      return { kind: 'mark_found', note: value };
    case 'volume':
      return { kind: 'add_volume', barcode: value };
    case 'home_reason':
      return { kind: 'change_home', homeId: homeId ?? -1, reason: value };
    default: {
      const never: never = purpose;
      throw new Error(`unhandled prompt ${String(never)}`);
    }
  }
}

/** Handles one key on the chart screen. */
export function chartKey(mode: ChartMode, key: KeyPress, ctx: ChartKeyContext): ChartKeyResult {
  switch (mode.kind) {
    case 'view': {
      if (key.kind === 'escape') return result(mode, { kind: 'back' });
      const nav = navKey(mode.history, key, ctx.historyCount, ctx.historyHeight);
      if (nav) return result({ kind: 'view', history: nav });
      if (key.kind !== 'text' || [...key.text].length !== 1) return result(mode, null, false);
      const k = key.text.toLowerCase();
      if (k === 'r') return result(mode, { kind: 'return' });
      if (/^[1-9]$/.test(k)) return result(mode, { kind: 'open_volume', volume: Number(k) });
      const next = VIEW_KEYS[k];
      return next ? result(next) : result(mode, null, false);
    }
    case 'pick': {
      const r = pickerKey(mode.picker, key, ctx.pickCount, ctx.pickHeight);
      switch (r.kind) {
        case 'state':
          return result({ ...mode, picker: r.state });
        case 'cancel':
          return result(CHART_VIEW);
        case 'pick':
          if (mode.purpose === 'custodian') {
            return result(CHART_VIEW, { kind: 'picked_custodian', index: r.index });
          }
          return result({
            kind: 'prompt',
            purpose: 'home_reason',
            value: '',
            homeId: ctx.homeIdAt(r.index),
          });
        case 'ignored':
          return result(mode, null, false);
        default: {
          const never: never = r;
          throw new Error(`unhandled picker result ${JSON.stringify(never)}`);
        }
      }
    }
    case 'prompt': {
      if (key.kind === 'escape') return result(CHART_VIEW);
      if (key.kind !== 'text') return result(mode, null, false);
      const edit = editLine(mode.value, key.text, 120);
      if (!edit.submitted) return result({ ...mode, value: edit.value });
      return result(CHART_VIEW, promptEffect(mode.purpose, edit.value, mode.homeId));
    }
    case 'approve':
      // The approval dialog owns the keys; Esc there returns here through its own cancel.
      return result(mode, null, false);
    default: {
      const never: never = mode;
      throw new Error(`unhandled chart mode ${JSON.stringify(never)}`);
    }
  }
}
