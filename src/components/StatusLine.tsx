import { Box, Text } from 'ink';
import { colourOf, type Tone } from '../theme/colours.js';

/** Props of the status line. */
export interface StatusLineProps {
  /** Status pieces, left to right, each with its tone. */
  readonly items: readonly { readonly text: string; readonly tone: Tone }[];
}

/** A line of status pieces (scanner, keyboard input, today's counts). */
export function StatusLine({ items }: StatusLineProps) {
  return (
    <Box flexWrap="wrap">
      {items.map((item) => (
        <Box key={item.text} marginRight={3}>
          <Text color={colourOf(item.tone)} wrap="truncate">
            {item.text}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
