import { useCallback, useReducer, useRef } from 'react';
import type { AppServices } from '../../app/services.js';
import type { Gate } from '../../domain/sign-in.js';
import type { KeyPress } from '../../input/keys.js';
import { lookUpBadge, tryPin, type Clerk } from '../../services/clerk.js';
import { useHidScans } from '../workspace/use-hid-scans.js';
import {
  signInReducer,
  SIGN_IN_START,
  typeInto,
  type SignInAction,
  type SignInState,
} from './sign-in-state.js';

/** What the badge + PIN dialog gives its view. */
export interface BadgePin {
  /** The dialog's state. */
  readonly state: SignInState;
  /** Handles one key; returns true when it used it. Esc calls `onCancel` at the badge step. */
  readonly onKey: (key: KeyPress) => boolean;
}

/**
 * Wires the badge-then-PIN dialog to the store: the badge look-up, the PIN check with its
 * lockout and event log. `onAccepted` gets the person once the PIN is right.
 */
export function useBadgePin(
  services: AppServices,
  gate: Gate,
  onAccepted: (clerk: Clerk) => void,
  onCancel: () => void,
): BadgePin {
  const [state, dispatch] = useReducer(signInReducer, SIGN_IN_START);
  // Keys can arrive faster than renders (a pasted badge + Enter): read the latest state.
  const latest = useRef(state);
  latest.current = state;
  const { store, config, clock } = services;
  const send = useCallback((action: SignInAction) => {
    latest.current = signInReducer(latest.current, action);
    dispatch(action);
  }, []);

  const onKey = useCallback(
    (key: KeyPress): boolean => {
      if (key.kind === 'escape') {
        if (latest.current.step === 'pin') send({ type: 'back' });
        else onCancel();
        return true;
      }
      if (key.kind !== 'text') return false;
      const { submit } = typeInto(latest.current, key.text);
      send({ type: 'typed', text: key.text });
      if (!submit) return true;
      const now = clock.now();
      if (submit.kind === 'badge') {
        const { check, staff } = lookUpBadge(store, submit.badge, now, gate);
        dispatch({
          type: 'badge_checked',
          check,
          staff: staff && { id: staff.id, name: staff.name },
        });
        return true;
      }
      const result = tryPin(store, submit.staffId, submit.pin, now, {
        counter: config.counter.name,
        gate,
        policy: {
          maxTries: config.clerk.maxPinTries,
          lockoutMs: config.clerk.lockoutMinutes * 60_000,
        },
      });
      send({ type: 'pin_checked', result });
      if (result.kind === 'signed_in') onAccepted(result.clerk);
      return true;
    },
    [store, config, clock, gate, onAccepted, onCancel, send],
  );

  // A badge read by the HID scanner counts as typed + Enter, at the badge step only.
  useHidScans(services, (code) => {
    if (latest.current.step === 'badge') onKey({ kind: 'text', text: `${code}\r` });
  });

  return { state, onKey };
}
