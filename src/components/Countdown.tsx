import { Text } from 'ink';
import { useEffect, useState } from 'react';
import { colourOf } from '../theme/colours.js';
import { countdownText } from '../theme/text.js';

/** Props of the visit countdown. */
export interface CountdownProps {
  /** When the visit ends (ms since the epoch). */
  readonly deadline: number;
  /** The time source. */
  readonly now: () => number;
}

/** Seconds left before an idle visit ends; ticks by itself so the screen around it does not. */
export function Countdown({ deadline, now }: CountdownProps) {
  const [at, setAt] = useState(now);
  useEffect(() => {
    setAt(now());
    const timer = setInterval(() => setAt(now()), 1000);
    return () => clearInterval(timer);
  }, [deadline, now]);
  const seconds = Math.max(0, Math.ceil((deadline - at) / 1000));
  return <Text color={colourOf(seconds <= 10 ? 'warn' : 'muted')}>{countdownText(seconds)}</Text>;
}
