import { Text } from 'ink';
import { useEffect, useState } from 'react';
import { clockText } from '../theme/text.js';

/** Props of the clock. */
export interface ClockProps {
  /** The time source. */
  readonly now: () => number;
}

/**
 * The counter's clock. It keeps its own minute timer so only this text re-renders when the
 * minute turns, not the screen around it.
 */
export function Clock({ now }: ClockProps) {
  const [at, setAt] = useState(now);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const arm = (): void => {
      const t = now();
      timer = setTimeout(
        () => {
          setAt(now());
          arm();
        },
        60_000 - (t % 60_000) + 5,
      );
    };
    arm();
    return () => clearTimeout(timer);
  }, [now]);
  return <Text bold>{clockText(at)}</Text>;
}
