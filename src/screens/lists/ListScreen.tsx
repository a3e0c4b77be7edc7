import { Box, Text } from 'ink';
import { HintBar } from '../../components/HintBar.js';
import { VirtualList } from '../../components/VirtualList.js';
import { safeText } from '../../domain/safe-text.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import type { ListSpec } from '../../services/lists.js';
import { colourOf } from '../../theme/colours.js';
import {
  filterCountText,
  LIST_TITLES,
  progressText,
  WS,
  WS_HINTS,
} from '../../theme/workspace-text.js';
import type { ScreenProps } from '../workspace/routes.js';
import { rowKey, rowLine } from './list-line.js';
import { useList } from './use-list.js';

/** Props of a list screen. */
export interface ListScreenProps extends ScreenProps {
  /** Which list. */
  readonly spec: ListSpec;
}

/** A progress bar of `width` cells. */
export function progressBarText(done: number, total: number, width: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(fraction * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%`;
}

/** One of the clerk's lists, virtualised, with filtering and CSV export. */
export function ListScreen(props: ListScreenProps) {
  const { spec, services, height } = props;
  const listHeight = Math.max(1, height - 5);
  const { state, visible, onKey } = useList(props, listHeight);
  useKeypress(onKey, { priority: KEY_PRIORITY.screen });
  const now = services.clock.now();
  const order = services.config.filingOrder;
  const title =
    spec.kind === 'out_at'
      ? `${LIST_TITLES.out_at} ${safeText(spec.custodian.code)}`
      : LIST_TITLES[spec.kind];
  return (
    <Box flexDirection="column" flexGrow={1} justifyContent="space-between">
      <Box flexDirection="column">
        <Text bold>
          {title} ·{' '}
          {state.filter === ''
            ? `${visible.length}${state.next !== null ? '+' : ''}`
            : filterCountText(visible.length, state.rows.length, state.next !== null)}
        </Text>
        <Text>
          {WS.filter} {safeText(state.filter)}_
        </Text>
        {state.loaded ? (
          <VirtualList
            items={visible}
            selected={state.nav.selected}
            top={state.nav.top}
            height={listHeight}
            keyOf={rowKey}
            render={(_row, _selected, i) => rowLine(visible, i, spec, now, order)}
            empty={WS.noResults}
          />
        ) : (
          <Text>{WS.loading}</Text>
        )}
        {state.mode.kind === 'export_path' ? (
          <Text>
            {WS.exportPath} {safeText(state.mode.path)}_
          </Text>
        ) : null}
        {state.mode.kind === 'exporting' ? (
          <Text color={colourOf('info')}>
            {progressText(WS.exporting, state.mode.done, state.mode.total)}{' '}
            {progressBarText(state.mode.done, state.mode.total, 30)}
          </Text>
        ) : null}
        {state.status ? <Text bold>{state.status}</Text> : null}
      </Box>
      <HintBar hints={state.mode.kind === 'browse' ? WS_HINTS.list : WS_HINTS.prompt} />
    </Box>
  );
}
