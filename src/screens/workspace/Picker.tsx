import { Box, Text } from 'ink';
import { HintBar } from '../../components/HintBar.js';
import { VirtualList } from '../../components/VirtualList.js';
import { safeText } from '../../domain/safe-text.js';
import { WS, WS_HINTS } from '../../theme/workspace-text.js';
import type { PickerState } from './picker-state.js';

/** Props of a picker view. */
export interface PickerViewProps<T> {
  /** What is being picked. */
  readonly title: string;
  /** The rows after filtering. */
  readonly items: readonly T[];
  /** Filter and cursor. */
  readonly state: PickerState;
  /** Rows on screen. */
  readonly height: number;
  /** A row's label. */
  readonly label: (item: T) => string;
  /** A row's stable key. */
  readonly keyOf: (item: T) => string;
  /** The hint bar's keys (default: the picker's). */
  readonly hints?: readonly (readonly [string, string])[];
}

/** A filterable list to pick one row from: the filter line, then the visible rows. */
export function PickerView<T>({
  title,
  items,
  state,
  height,
  label,
  keyOf,
  hints = WS_HINTS.picker,
}: PickerViewProps<T>) {
  return (
    <Box flexDirection="column" flexGrow={1} justifyContent="space-between">
      <Box flexDirection="column">
        <Text bold>{title}</Text>
        <Text>
          {WS.filter} {safeText(state.filter)}_
        </Text>
        <VirtualList
          items={items}
          selected={state.nav.selected}
          top={state.nav.top}
          height={Math.max(1, height - 3)}
          keyOf={keyOf}
          render={(item) => safeText(label(item))}
          empty={WS.noResults}
        />
      </Box>
      <HintBar hints={hints} />
    </Box>
  );
}
