import { Text } from 'ink';
import { colourOf, type Tone } from '../theme/colours.js';

const TICKS = '▁▂▃▄▅▆▇█';

/** One character per value, from ▁ (lowest) to █ (highest); zero is a space-like ▁. */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values
    .map((v) => {
      if (max === 0 || v <= 0) return ' ';
      const i = Math.min(TICKS.length - 1, Math.floor((v / max) * (TICKS.length - 1) + 0.5));
      return TICKS[Math.max(0, i)] ?? ' ';
    })
    .join('');
}

/** Props of a sparkline. */
export interface SparklineProps {
  /** The values, left to right. */
  readonly values: readonly number[];
  /** Colour of the ticks. */
  readonly tone?: Tone;
}

/** A one-line chart of a series. */
export function Sparkline({ values, tone = 'accent' }: SparklineProps) {
  return <Text color={colourOf(tone)}>{sparkline(values)}</Text>;
}
