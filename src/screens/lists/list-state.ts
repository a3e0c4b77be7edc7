import type { ChartKey } from '../../db/lists.js';
import type { ListRow } from '../../services/lists.js';
import { clampNav, LIST_START, type ListNav } from '../workspace/list-nav.js';

/** The list screen's mode: browsing, typing an export path, or exporting. */
export type ListMode =
  | { readonly kind: 'browse' }
  | { readonly kind: 'export_path'; readonly path: string }
  | { readonly kind: 'exporting'; readonly done: number; readonly total: number };

/** The list screen's state. */
export interface ListState {
  /** Rows loaded so far (pages are appended as the cursor nears the end). */
  readonly rows: readonly ListRow[];
  readonly next: ChartKey | null;
  readonly loaded: boolean;
  readonly filter: string;
  readonly nav: ListNav;
  readonly mode: ListMode;
  readonly status: string | null;
}

/** Before the first page. */
export const LIST_STATE_START: ListState = {
  rows: [],
  next: null,
  loaded: false,
  filter: '',
  nav: LIST_START,
  mode: { kind: 'browse' },
  status: null,
};

/** The list screen's actions. */
export type ListAction =
  | { readonly type: 'page'; readonly rows: readonly ListRow[]; readonly next: ChartKey | null }
  | { readonly type: 'nav'; readonly nav: ListNav; readonly count: number; readonly height: number }
  | { readonly type: 'filter'; readonly filter: string }
  | { readonly type: 'mode'; readonly mode: ListMode }
  | { readonly type: 'status'; readonly status: string | null };

/** The list reducer. */
export function listReducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case 'page':
      return { ...state, rows: [...state.rows, ...action.rows], next: action.next, loaded: true };
    case 'nav':
      return { ...state, nav: clampNav(action.nav, action.count, action.height) };
    case 'filter':
      return { ...state, filter: action.filter, nav: LIST_START };
    case 'mode':
      return { ...state, mode: action.mode };
    case 'status':
      return { ...state, status: action.status };
    default: {
      const never: never = action;
      throw new Error(`unhandled list action ${JSON.stringify(never)}`);
    }
  }
}
