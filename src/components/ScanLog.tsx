import { Box, Text } from 'ink';
import { colourOf } from '../theme/colours.js';
import { lineColumns, markOf } from '../theme/text.js';
import type { LogEntry } from '../state/entries.js';

/** Props of the scan log. */
export interface ScanLogProps {
  /** The visit's entries, oldest first. */
  readonly entries: readonly LogEntry[];
  /** Now, for due times. */
  readonly now: number;
  /** Most lines that fit; the newest are kept. */
  readonly maxLines: number;
  /** Width available, to size the columns. */
  readonly width: number;
}

/** One line per scan: result, chart and volume, patient (masked), custodian, due time. */
export function ScanLog({ entries, now, maxLines, width }: ScanLogProps) {
  if (maxLines <= 0) return null;
  const shown = entries.slice(-maxLines);
  const wide = width >= 100;
  return (
    <Box flexDirection="column">
      {shown.map((entry) => {
        const mark = markOf(entry);
        const columns = lineColumns(entry, now);
        return (
          <Box key={entry.id}>
            <Box width={14} flexShrink={0}>
              <Text color={colourOf(mark.tone)} bold wrap="truncate">
                {`${mark.symbol} ${mark.word}`}
              </Text>
            </Box>
            <Box width={wide ? 18 : 15} flexShrink={0} paddingRight={1}>
              <Text wrap="truncate">{columns.code}</Text>
            </Box>
            <Box width={wide ? 24 : 18} flexShrink={0} paddingRight={1}>
              <Text wrap="truncate">{columns.patient}</Text>
            </Box>
            <Box flexGrow={1} flexShrink={1}>
              <Text wrap="truncate">{columns.holder}</Text>
            </Box>
            <Box width={wide ? 16 : 14} flexShrink={0} justifyContent="flex-end" paddingLeft={1}>
              <Text wrap="truncate">{columns.due}</Text>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
