import { Box, Text } from 'ink';
import { colourOf, type Tone } from '../theme/colours.js';

/** One bar: a label and a value. */
export interface Bar {
  readonly label: string;
  readonly value: number;
}

/** Props of a horizontal bar chart. */
export interface BarChartProps {
  /** The bars, top to bottom. */
  readonly bars: readonly Bar[];
  /** Columns for the longest bar. */
  readonly width: number;
  /** Colour of the bars. */
  readonly tone?: Tone;
}

/** Bar length in whole cells for a value, so the largest bar fills `width`. */
export function barLength(value: number, max: number, width: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(1, Math.round((value / max) * width));
}

/** A horizontal bar chart drawn with block characters, each bar labelled with its value. */
export function BarChart({ bars, width, tone = 'accent' }: BarChartProps) {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const labelWidth = Math.min(24, Math.max(0, ...bars.map((b) => b.label.length)));
  return (
    <Box flexDirection="column">
      {bars.map((b) => (
        <Box key={b.label}>
          <Text>{b.label.slice(0, labelWidth).padEnd(labelWidth)} </Text>
          <Text color={colourOf(tone)}>{'█'.repeat(barLength(b.value, max, width))}</Text>
          <Text> {b.value}</Text>
        </Box>
      ))}
    </Box>
  );
}
