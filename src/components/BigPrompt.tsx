import { Box, Text } from 'ink';
import { colourOf } from '../theme/colours.js';

/** Props of the idle prompt. */
export interface BigPromptProps {
  /** One sentence per line. */
  readonly lines: readonly string[];
}

/** The idle screen's prompt: framed, bold and centred, readable from a step away. */
export function BigPrompt({ lines }: BigPromptProps) {
  return (
    <Box
      borderStyle="double"
      borderColor={colourOf('accent')}
      flexDirection="column"
      alignItems="center"
      paddingX={3}
      paddingY={1}
    >
      {lines.map((line) => (
        <Text key={line} bold>
          {line}
        </Text>
      ))}
    </Box>
  );
}
