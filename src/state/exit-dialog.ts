/**
 * The "exit kiosk" dialog as a pure reducer: a supervisor scans or types their badge, then
 * types their PIN. Checking the PIN is the wiring hook's job; this holds the steps.
 */

/** Most wrong tries before the dialog closes by itself. */
export const MAX_EXIT_TRIES = 3;

/** Why a try failed, as the dialog says it. */
export type ExitFailure = 'not_supervisor' | 'wrong_pin';

/** The dialog's state. */
export type ExitDialogState =
  | { readonly step: 'closed' }
  | {
      readonly step: 'badge';
      readonly badge: string;
      readonly failure: ExitFailure | null;
      readonly tries: number;
    }
  | {
      readonly step: 'pin';
      readonly badge: string;
      readonly pin: string;
      readonly tries: number;
    }
  /** The PIN is kept only until the check answers. */
  | {
      readonly step: 'checking';
      readonly badge: string;
      readonly pin: string;
      readonly tries: number;
    };

/** Dialog actions. */
export type ExitDialogAction =
  | { readonly type: 'open' }
  | { readonly type: 'close' }
  | { readonly type: 'type'; readonly text: string }
  | { readonly type: 'backspace' }
  | { readonly type: 'submit' }
  | { readonly type: 'failed'; readonly failure: ExitFailure };

/** The dialog, closed. */
export const CLOSED_EXIT_DIALOG: ExitDialogState = { step: 'closed' };

const MAX_FIELD = 64;

/** The exit dialog's reducer. */
export function exitDialogReducer(
  state: ExitDialogState,
  action: ExitDialogAction,
): ExitDialogState {
  switch (action.type) {
    case 'open':
      return state.step === 'closed'
        ? ({ step: 'badge', badge: '', failure: null, tries: 0 } as const)
        : state;
    case 'close':
      return CLOSED_EXIT_DIALOG;
    case 'type':
      if (state.step === 'badge')
        return { ...state, badge: (state.badge + action.text).slice(0, MAX_FIELD) };
      if (state.step === 'pin')
        return { ...state, pin: (state.pin + action.text.replace(/\D/g, '')).slice(0, 12) };
      return state;
    case 'backspace':
      if (state.step === 'badge')
        return { ...state, badge: [...state.badge].slice(0, -1).join('') };
      if (state.step === 'pin') return { ...state, pin: state.pin.slice(0, -1) };
      return state;
    case 'submit':
      if (state.step === 'badge' && state.badge.trim() !== '')
        return { step: 'pin', badge: state.badge.trim(), pin: '', tries: state.tries } as const;
      if (state.step === 'pin' && state.pin !== '')
        return {
          step: 'checking',
          badge: state.badge,
          pin: state.pin,
          tries: state.tries,
        } as const;
      return state;
    case 'failed': {
      if (state.step === 'closed') return state;
      const tries = state.tries + 1;
      if (tries >= MAX_EXIT_TRIES) return CLOSED_EXIT_DIALOG;
      return { step: 'badge', badge: '', failure: action.failure, tries } as const;
    }
    default: {
      const never: never = action;
      throw new Error(`unhandled exit dialog action ${JSON.stringify(never)}`);
    }
  }
}
