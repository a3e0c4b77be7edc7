import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { AppServices } from '../../app/services.js';
import type { KeyPress } from '../../input/keys.js';
import { useKeypress } from '../../input/use-keypress.js';
import type { WorkspaceActor } from '../../services/charts-admin.js';
import { signOut, type Clerk } from '../../services/clerk.js';
import type { Route } from './routes.js';
import {
  CLERK_AREA_START,
  clerkAreaReducer,
  escapeLeaves,
  type ClerkAreaState,
} from './workspace-state.js';

/** Above every screen and dialog: the lock key and the idle timer see each key first. */
const AREA_PRIORITY = 100;

/** True for the lock keys: Ctrl-L and F12. */
export function isLockKey(key: KeyPress): boolean {
  return (key.kind === 'ctrl' && key.key === 'l') || (key.kind === 'function' && key.n === 12);
}

/** What the clerk area's view needs. */
export interface ClerkArea {
  readonly state: ClerkAreaState;
  readonly actor: WorkspaceActor | null;
  readonly signedIn: (clerk: Clerk) => void;
  readonly go: (route: Route) => void;
  readonly back: () => void;
  readonly lock: (why: string) => void;
}

/**
 * Wires the clerk area: sign-in, the screen stack, and locking back to the counter on the lock
 * key, on Esc from the main menu, and after `clerk.idleLockSeconds` without a key.
 */
export function useClerkArea(services: AppServices, onExit: () => void): ClerkArea {
  const [state, dispatch] = useReducer(clerkAreaReducer, CLERK_AREA_START);
  const { store, config, clock } = services;
  const latest = useRef(state);
  latest.current = state;

  const lock = useCallback(
    (why: string) => {
      const s = latest.current;
      if (s.phase === 'workspace') signOut(store, s.clerk, clock.now(), config.counter.name, why);
      onExit();
    },
    [store, clock, config, onExit],
  );

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const restartIdle = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => lock('idle'), config.clerk.idleLockSeconds * 1000);
  }, [config, lock]);
  useEffect(() => {
    restartIdle();
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [restartIdle]);

  useKeypress(
    (key) => {
      restartIdle();
      if (isLockKey(key)) {
        lock('lock key');
        return true;
      }
      return false;
    },
    { priority: AREA_PRIORITY },
  );

  const back = useCallback(() => {
    if (escapeLeaves(latest.current)) lock('esc');
    else dispatch({ type: 'back' });
  }, [lock]);
  const go = useCallback((route: Route) => dispatch({ type: 'go', route }), []);
  const signedIn = useCallback((clerk: Clerk) => dispatch({ type: 'signed_in', clerk }), []);
  const clerk = state.phase === 'workspace' ? state.clerk : null;
  const actor = useMemo(
    () => clerk && { clerk, counter: config.counter.name, loanHours: config.loanHours },
    [clerk, config],
  );
  return { state, actor, signedIn, go, back, lock };
}
