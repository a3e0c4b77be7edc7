import { useCallback, useRef, useState } from 'react';

/**
 * Screen state that key handlers read fresh. `useKeypress` hands a handler the closure of the
 * last render whose effects have run; a wedge burst right after a mode change can arrive
 * before that, and would be read by the old mode. Here every update lands in a ref at once
 * (the handler reads `current()`), and React re-renders from the same value.
 */
export function useLiveState<S>(
  initial: () => S,
): readonly [S, () => S, (change: (s: S) => S) => void] {
  const [state, setState] = useState(initial);
  const ref = useRef(state);
  const current = useCallback(() => ref.current, []);
  const update = useCallback((change: (s: S) => S) => {
    ref.current = change(ref.current);
    setState(ref.current);
  }, []);
  return [state, current, update] as const;
}
