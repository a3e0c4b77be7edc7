import { Text } from 'ink';
import { useEffect, useState } from 'react';
import { colourOf } from '../theme/colours.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'] as const;

/** Props of the spinner. */
export interface SpinnerProps {
  /** What is being waited for. */
  readonly label: string;
}

/** A spinner with a label, for waits the person should see (database busy, reconnecting). */
export function Spinner({ label }: SpinnerProps) {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setFrame((f) => (f + 1) % FRAMES.length), 120);
    return () => clearInterval(timer);
  }, []);
  return (
    <Text color={colourOf('warn')} bold>
      {`${FRAMES[frame] ?? ''} ${label}`}
    </Text>
  );
}
