/**
 * The clerk area as a pure reducer: signing in, then a stack of workspace screens. Locking
 * (idle, lock key, Esc on the main menu) is the shell's business: it leaves the area.
 */
import type { Clerk } from '../../services/clerk.js';
import type { Route } from './routes.js';

/** The clerk area's state. */
export type ClerkAreaState =
  | { readonly phase: 'sign_in' }
  | { readonly phase: 'workspace'; readonly clerk: Clerk; readonly stack: readonly Route[] };

/** The clerk area's actions. */
export type ClerkAreaAction =
  | { readonly type: 'signed_in'; readonly clerk: Clerk }
  | { readonly type: 'go'; readonly route: Route }
  | { readonly type: 'back' };

/** The area opens at sign-in. */
export const CLERK_AREA_START: ClerkAreaState = { phase: 'sign_in' };

/** The clerk area reducer. `back` on the last screen is left to the caller (it locks). */
export function clerkAreaReducer(state: ClerkAreaState, action: ClerkAreaAction): ClerkAreaState {
  switch (action.type) {
    case 'signed_in':
      return { phase: 'workspace', clerk: action.clerk, stack: [{ name: 'menu' }] };
    case 'go':
      return state.phase === 'workspace'
        ? { ...state, stack: [...state.stack, action.route] }
        : state;
    case 'back':
      return state.phase === 'workspace' && state.stack.length > 1
        ? { ...state, stack: state.stack.slice(0, -1) }
        : state;
    default: {
      const never: never = action;
      throw new Error(`unhandled clerk-area action ${JSON.stringify(never)}`);
    }
  }
}

/** The screen on top of the stack. */
export function currentRoute(state: ClerkAreaState): Route | null {
  return state.phase === 'workspace' ? (state.stack.at(-1) ?? null) : null;
}

/** True when Esc on this state leaves the area (sign-in or the main menu). */
export function escapeLeaves(state: ClerkAreaState): boolean {
  return state.phase === 'sign_in' || state.stack.length <= 1;
}
