/**
 * Which screen the kiosk shows: the walk-up counter, or the clerk area (sign-in, then the
 * workspace). A pure reducer; the app shell renders from it.
 */

/** The screens the shell switches between. */
export type Screen = 'counter' | 'clerk';

/** Navigation state. */
export interface NavigationState {
  readonly screen: Screen;
}

/** Navigation actions. */
export type NavigationAction =
  /** F2 on the counter: open clerk sign-in. */
  | { readonly type: 'open_clerk' }
  /** The clerk area is done (signed out, locked, Esc at sign-in). */
  | { readonly type: 'back_to_counter' };

/** The kiosk starts at the counter. */
export const INITIAL_NAVIGATION: NavigationState = { screen: 'counter' };

/** The navigation reducer. */
export function navigationReducer(
  state: NavigationState,
  action: NavigationAction,
): NavigationState {
  switch (action.type) {
    case 'open_clerk':
      return state.screen === 'clerk' ? state : { screen: 'clerk' };
    case 'back_to_counter':
      return state.screen === 'counter' ? state : { screen: 'counter' };
    default: {
      const never: never = action;
      throw new Error(`unhandled navigation action ${JSON.stringify(never)}`);
    }
  }
}
