import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { colourOf } from '../theme/colours.js';

/** Props of a virtualised list. */
export interface VirtualListProps<T> {
  /** Every row (only the visible slice is rendered). */
  readonly items: readonly T[];
  /** Index of the highlighted row. */
  readonly selected: number;
  /** Index of the first row on screen. */
  readonly top: number;
  /** Rows on screen. */
  readonly height: number;
  /** A stable React key for a row. */
  readonly keyOf: (item: T, index: number) => string;
  /** One row's content (a single line, cut at the width); `index` is into `items`. */
  readonly render: (item: T, selected: boolean, index: number) => ReactNode;
  /** Shown when there are no rows. */
  readonly empty?: string;
}

/**
 * A list of any length that renders only the rows on screen: scrolling a million rows costs
 * the same frame as scrolling ten. The selected row gets a pointer and inverse video, so the
 * cursor is visible without colour.
 */
export function VirtualList<T>({
  items,
  selected,
  top,
  height,
  keyOf,
  render,
  empty = '',
}: VirtualListProps<T>) {
  if (items.length === 0) {
    return (
      <Box height={height}>
        <Text color={colourOf('muted')}>{empty}</Text>
      </Box>
    );
  }
  const visible = items.slice(top, top + height);
  return (
    <Box flexDirection="column" height={height}>
      {visible.map((item, i) => {
        const index = top + i;
        const isSelected = index === selected;
        return (
          <Box key={keyOf(item, index)}>
            <Text inverse={isSelected} wrap="truncate-end">
              {isSelected ? '› ' : '  '}
              {render(item, isSelected, index)}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
