import { Box, Text } from 'ink';
import { colourOf } from '../theme/colours.js';

/** One menu entry: its single-key hotkey and what it opens. */
export interface MenuItem {
  /** The key that picks it (one character, shown upper-case). */
  readonly hotkey: string;
  /** What it does. */
  readonly label: string;
  /** A short explanation shown beside it. */
  readonly detail?: string;
  /** Shown greyed out and not pickable (e.g. supervisor only). */
  readonly disabled?: boolean;
}

/** Props of a menu. */
export interface MenuProps {
  /** The entries, in order. */
  readonly items: readonly MenuItem[];
  /** Index of the highlighted entry. */
  readonly selected: number;
}

/** A keyboard menu: hotkeys in brackets, the highlighted entry with a pointer. */
export function Menu({ items, selected }: MenuProps) {
  return (
    <Box flexDirection="column">
      {items.map((item, i) => (
        <Box key={item.hotkey}>
          <Text inverse={i === selected} dimColor={item.disabled === true}>
            {i === selected ? '› ' : '  '}[{item.hotkey.toUpperCase()}] {item.label}
          </Text>
          {item.detail ? <Text color={colourOf('muted')}>{`  ${item.detail}`}</Text> : null}
        </Box>
      ))}
    </Box>
  );
}

/** The index of the item a typed key picks, or -1. */
export function menuHotkey(items: readonly MenuItem[], text: string): number {
  const key = text.toLowerCase();
  return items.findIndex((item) => item.hotkey.toLowerCase() === key && item.disabled !== true);
}
