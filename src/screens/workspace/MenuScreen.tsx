import { Box, Text } from 'ink';
import { useState } from 'react';
import { HintBar } from '../../components/HintBar.js';
import { Menu, menuHotkey, type MenuItem } from '../../components/Menu.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import { WS_HINTS } from '../../theme/workspace-text.js';
import { menuKey } from './menu-keys.js';

/** Props of a menu screen. */
export interface MenuScreenProps {
  /** Heading. */
  readonly title: string;
  /** Entries with their hotkeys. */
  readonly items: readonly MenuItem[];
  /** Called with the picked entry's hotkey. */
  readonly onPick: (hotkey: string) => void;
  /** Esc. */
  readonly onBack: () => void;
  /** A status line under the menu (e.g. what the last action did). */
  readonly status?: string | null;
}

/** A full-screen menu: single-key hotkeys, or arrows and Enter; Esc goes back. */
export function MenuScreen({ title, items, onPick, onBack, status = null }: MenuScreenProps) {
  const [selected, setSelected] = useState(0);
  useKeypress(
    (key) => {
      const result = menuKey(key, selected, items.length, (t) => menuHotkey(items, t));
      switch (result.kind) {
        case 'move':
          setSelected(result.selected);
          return true;
        case 'pick': {
          const item = items[result.index];
          if (item) onPick(item.hotkey);
          return true;
        }
        case 'back':
          onBack();
          return true;
        case 'ignored':
          return false;
        default: {
          const never: never = result;
          throw new Error(`unhandled menu key ${JSON.stringify(never)}`);
        }
      }
    },
    { priority: KEY_PRIORITY.screen },
  );
  return (
    <Box flexDirection="column" flexGrow={1} justifyContent="space-between">
      <Box flexDirection="column">
        <Text bold>{title}</Text>
        <Menu items={items} selected={selected} />
        {status ? <Text>{status}</Text> : null}
      </Box>
      <HintBar hints={WS_HINTS.menu} />
    </Box>
  );
}
