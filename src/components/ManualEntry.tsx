import { Box, Text } from 'ink';
import { colourOf } from '../theme/colours.js';

/** Props of the manual-entry field. */
export interface ManualEntryProps {
  /** The field's label. */
  readonly label: string;
  /** The text typed so far. */
  readonly text: string;
  /** Show the text as dots (a PIN). */
  readonly secret?: boolean;
}

/** A visible one-line field for typing a code by hand. */
export function ManualEntry({ label, text, secret = false }: ManualEntryProps) {
  return (
    <Box>
      <Text color={colourOf('accent')}>{`${label} `}</Text>
      <Text bold wrap="truncate-start">
        {secret ? '•'.repeat(text.length) : text}
      </Text>
      <Text inverse> </Text>
    </Box>
  );
}
