import { Box, Text } from 'ink';
import { colourOf, onColourOf } from '../theme/colours.js';
import { noticeMark, noticeText } from '../theme/text.js';
import type { NoticeView } from '../state/entries.js';

/** Props of the notice list. */
export interface NoticeListProps {
  /** The notices of the latest scan, most urgent first. */
  readonly notices: readonly NoticeView[];
}

/** Notices that must not be missed: each with its own colour band, symbol and word. */
export function NoticeList({ notices }: NoticeListProps) {
  if (notices.length === 0) return null;
  return (
    <Box flexDirection="column">
      {notices.map((notice, index) => {
        const mark = noticeMark(notice);
        return (
          <Box key={`${notice.kind}-${index}`}>
            <Text bold backgroundColor={colourOf(mark.tone)} color={onColourOf(mark.tone)}>
              {` ${mark.symbol} ${mark.word} `}
            </Text>
            <Text bold color={colourOf(mark.tone)} wrap="truncate">
              {` ${noticeText(notice)}`}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
