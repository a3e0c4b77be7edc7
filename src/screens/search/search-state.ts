import type { SearchCursor, SearchHit } from '../../services/search.js';
import { clampNav, LIST_START, type ListNav } from '../workspace/list-nav.js';

/** The search screen's state: the box, the results so far and the cursor. */
export interface SearchState {
  readonly text: string;
  readonly hits: readonly SearchHit[];
  readonly next: SearchCursor | null;
  readonly nav: ListNav;
}

/** An empty search. */
export const SEARCH_START: SearchState = { text: '', hits: [], next: null, nav: LIST_START };

/** The search screen's actions. */
export type SearchAction =
  /** The box changed and its first page came back. */
  | {
      readonly type: 'results';
      readonly text: string;
      readonly hits: readonly SearchHit[];
      readonly next: SearchCursor | null;
    }
  /** The next page for the same text. */
  | {
      readonly type: 'more';
      readonly text: string;
      readonly hits: readonly SearchHit[];
      readonly next: SearchCursor | null;
    }
  | { readonly type: 'nav'; readonly nav: ListNav; readonly height: number };

/** The search reducer. A late page for older text is dropped. */
export function searchReducer(state: SearchState, action: SearchAction): SearchState {
  switch (action.type) {
    case 'results':
      return { text: action.text, hits: action.hits, next: action.next, nav: LIST_START };
    case 'more':
      if (action.text !== state.text) return state;
      return { ...state, hits: [...state.hits, ...action.hits], next: action.next };
    case 'nav':
      return { ...state, nav: clampNav(action.nav, state.hits.length, action.height) };
    default: {
      const never: never = action;
      throw new Error(`unhandled search action ${JSON.stringify(never)}`);
    }
  }
}

/** True when the cursor is near enough the end that the next page should load. */
export function wantsMore(state: SearchState, height: number): boolean {
  return state.next !== null && state.nav.selected + height >= state.hits.length;
}
