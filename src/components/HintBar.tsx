import { Box, Text } from 'ink';
import { colourOf } from '../theme/colours.js';

/** Props of the hint bar. */
export interface HintBarProps {
  /** Key and what it does, in order. */
  readonly hints: readonly (readonly [string, string])[];
}

/** The keys that work right now. */
export function HintBar({ hints }: HintBarProps) {
  return (
    <Box>
      {hints.map(([key, label]) => (
        <Box key={key} marginRight={2}>
          <Text inverse bold>{` ${key} `}</Text>
          <Text color={colourOf('muted')}>{` ${label}`}</Text>
        </Box>
      ))}
    </Box>
  );
}
