/**
 * The one owner of the terminal's input. It turns raw mode on once, reads Ink's parsed input
 * events, names each one (keys.ts) and offers it to subscribers from the highest priority
 * down; a subscriber that returns true stops it there. A dialog above the counter therefore
 * takes the keys it needs without the scan field seeing them.
 */
import { useStdin } from 'ink';
import { createContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { parseKey, type KeyPress } from './keys.js';

/** A key handler: return true when the key was used and must go no further. */
export type KeyHandler = (key: KeyPress) => boolean | void;

interface Subscription {
  readonly priority: number;
  readonly order: number;
  readonly handler: { current: KeyHandler };
}

/** What subscribers get from the provider. */
export interface KeypressBus {
  /** Adds a handler at `priority` (higher first); returns its removal. */
  subscribe(handler: { current: KeyHandler }, priority: number): () => void;
}

/** The bus context; `useKeypress` reads it. */
export const KeypressContext = createContext<KeypressBus | null>(null);

/** Props of the provider. */
export interface KeypressProviderProps {
  /** The tree that reads keys. */
  readonly children: ReactNode;
}

/** Owns stdin for the whole kiosk. Mount once, near the root. */
export function KeypressProvider({ children }: KeypressProviderProps) {
  const { setRawMode, isRawModeSupported, internal_eventEmitter: events } = useStdin();
  const subscriptions = useRef<Subscription[]>([]);
  const bus = useMemo<KeypressBus>(() => {
    let order = 0;
    return {
      subscribe(handler, priority) {
        const entry: Subscription = { priority, order: order++, handler };
        // Highest priority first; among equals, the newest first (the innermost screen).
        subscriptions.current = [...subscriptions.current, entry].sort(
          (a, b) => b.priority - a.priority || b.order - a.order,
        );
        return () => {
          subscriptions.current = subscriptions.current.filter((s) => s !== entry);
        };
      },
    };
  }, []);

  useEffect(() => {
    if (!isRawModeSupported) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [isRawModeSupported, setRawMode]);

  useEffect(() => {
    const onInput = (raw: unknown): void => {
      if (typeof raw !== 'string' || raw === '') return;
      const key = parseKey(raw);
      for (const subscription of subscriptions.current) {
        if (subscription.handler.current(key) === true) return;
      }
    };
    events.on('input', onInput);
    return () => {
      events.off('input', onInput);
    };
  }, [events]);

  return <KeypressContext.Provider value={bus}>{children}</KeypressContext.Provider>;
}
