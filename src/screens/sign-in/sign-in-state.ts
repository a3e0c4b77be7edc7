/**
 * The badge-then-PIN dialog as a pure reducer: typing, the badge verdict and the PIN verdict
 * come in as actions; the wiring hook does the look-ups.
 */
import type { BadgeCheck } from '../../domain/sign-in.js';
import type { PinResult } from '../../services/clerk.js';
import { badgeRefusal, lockedOutText, wrongPinText } from '../../theme/workspace-text.js';
import { editLine } from '../workspace/line-edit.js';

/** Where the dialog is. */
export type SignInState =
  | { readonly step: 'badge'; readonly badge: string; readonly message: string | null }
  | {
      readonly step: 'pin';
      readonly staffId: number;
      readonly name: string;
      readonly pin: string;
      readonly message: string | null;
    }
  | { readonly step: 'done' };

/** The dialog's actions. */
export type SignInAction =
  | { readonly type: 'typed'; readonly text: string }
  | {
      readonly type: 'badge_checked';
      readonly check: BadgeCheck;
      readonly staff: { readonly id: number; readonly name: string } | null;
    }
  | { readonly type: 'pin_checked'; readonly result: PinResult }
  | { readonly type: 'back' };

/** A fresh dialog, at the badge step. */
export const SIGN_IN_START: SignInState = { step: 'badge', badge: '', message: null };

/** What Enter asks the hook to check, if anything. */
export type SignInSubmit =
  | { readonly kind: 'badge'; readonly badge: string }
  | { readonly kind: 'pin'; readonly staffId: number; readonly pin: string };

/** Longest PIN accepted by the field (the domain accepts 4–12 digits). */
const PIN_MAX = 12;

/** Applies typed text; returns the new state and what to check when Enter was pressed. */
export function typeInto(
  state: SignInState,
  text: string,
): { readonly state: SignInState; readonly submit: SignInSubmit | null } {
  switch (state.step) {
    case 'badge': {
      const edit = editLine(state.badge, text, 64);
      const next = { ...state, badge: edit.value };
      const badge = edit.value.trim();
      return {
        state: next,
        submit: edit.submitted && badge !== '' ? { kind: 'badge', badge } : null,
      };
    }
    case 'pin': {
      const edit = editLine(state.pin, text, PIN_MAX);
      const next = { ...state, pin: edit.value.replace(/\D/g, '') };
      return {
        state: next,
        submit:
          edit.submitted && next.pin !== ''
            ? { kind: 'pin', staffId: state.staffId, pin: next.pin }
            : null,
      };
    }
    case 'done':
      return { state, submit: null };
    default: {
      const never: never = state;
      throw new Error(`unhandled sign-in step ${JSON.stringify(never)}`);
    }
  }
}

/** The sign-in reducer. */
export function signInReducer(state: SignInState, action: SignInAction): SignInState {
  switch (action.type) {
    case 'typed':
      return typeInto(state, action.text).state;
    case 'badge_checked':
      if (action.check.kind === 'ok' && action.staff) {
        return {
          step: 'pin',
          staffId: action.staff.id,
          name: action.staff.name,
          pin: '',
          message: null,
        };
      }
      return {
        step: 'badge',
        badge: '',
        message: action.check.kind === 'ok' ? null : badgeRefusal(action.check),
      };
    case 'pin_checked': {
      const r = action.result;
      switch (r.kind) {
        case 'signed_in':
          return { step: 'done' };
        case 'wrong':
          return state.step === 'pin'
            ? { ...state, pin: '', message: wrongPinText(r.triesLeft) }
            : state;
        case 'locked_out':
        case 'still_locked':
          return { step: 'badge', badge: '', message: lockedOutText(r.lockedUntil) };
        case 'refused':
          return {
            step: 'badge',
            badge: '',
            message: r.check.kind === 'ok' ? null : badgeRefusal(r.check),
          };
        default: {
          const never: never = r;
          throw new Error(`unhandled PIN result ${JSON.stringify(never)}`);
        }
      }
    }
    case 'back':
      return state.step === 'pin' ? { step: 'badge', badge: '', message: null } : state;
    default: {
      const never: never = action;
      throw new Error(`unhandled sign-in action ${JSON.stringify(never)}`);
    }
  }
}
