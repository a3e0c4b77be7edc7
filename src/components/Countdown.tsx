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
  // The state only makes the text redraw each second; the time is read while rendering, so a
  // new deadline shows its full count at once.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  const seconds = Math.max(0, Math.ceil((deadline - now()) / 1000));
  return <Text color={colourOf(seconds <= 10 ? 'warn' : 'muted')}>{countdownText(seconds)}</Text>;
}
