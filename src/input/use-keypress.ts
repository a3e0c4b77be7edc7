/**
 * Subscribes a component to keys from the KeypressProvider, at a priority. The handler may
 * change every render; the subscription does not.
 */
import { useContext, useEffect, useRef } from 'react';
import { KeypressContext, type KeyHandler } from './KeypressProvider.js';

/** Options of `useKeypress`. */
export interface KeypressOptions {
  /** Higher runs first (dialogs above screens above the shell). Default 0. */
  readonly priority?: number;
  /** When false, the handler gets nothing. Default true. */
  readonly isActive?: boolean;
}

/** Priorities used by the kiosk's layers. */
export const KEY_PRIORITY = { shell: -10, screen: 0, dialog: 10 } as const;

/** Calls `handler` for each key; it returns true to keep the key from lower handlers. */
export function useKeypress(handler: KeyHandler, options: KeypressOptions = {}): void {
  const bus = useContext(KeypressContext);
  if (bus === null) throw new Error('useKeypress must be used inside <KeypressProvider>');
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  const { priority = 0, isActive = true } = options;
  useEffect(() => {
    if (!isActive) return;
    return bus.subscribe(ref, priority);
  }, [bus, priority, isActive]);
}
