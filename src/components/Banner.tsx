import { Box, Text } from 'ink';
import { colourOf, onColourOf } from '../theme/colours.js';
import { bannerDetail, markOf } from '../theme/text.js';
import type { LogEntry } from '../state/entries.js';

/** Props of the result banner. */
export interface BannerProps {
  /** The latest scan-log entry. */
  readonly entry: LogEntry;
  /** Now, for due times ("09:30" today, "Tue 09:30" later). */
  readonly now: number;
}

/**
 * The latest result, large: a heavy frame in the result's colour, the symbol and word on a
 * filled band, and one plain sentence. Reads the same without colour.
 */
export function Banner({ entry, now }: BannerProps) {
  const mark = markOf(entry);
  return (
    <Box borderStyle="bold" borderColor={colourOf(mark.tone)} flexDirection="column" paddingX={1}>
      <Text
        bold
        backgroundColor={colourOf(mark.tone)}
        color={onColourOf(mark.tone)}
        wrap="truncate"
      >
        {` ${mark.symbol} ${mark.word} `}
      </Text>
      <Text bold wrap="wrap">
        {bannerDetail(entry, now)}
      </Text>
    </Box>
  );
}
