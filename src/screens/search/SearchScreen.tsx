import { Box, Text } from 'ink';
import { HintBar } from '../../components/HintBar.js';
import { VirtualList } from '../../components/VirtualList.js';
import { safeText } from '../../domain/safe-text.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import { WS, WS_HINTS } from '../../theme/workspace-text.js';
import type { ScreenProps } from '../workspace/routes.js';
import { hitKey, hitLine } from './hit-line.js';
import { useSearch } from './use-search.js';

/** Find a chart: one box, searched as you type. */
export function SearchScreen(props: ScreenProps) {
  const { services, height } = props;
  // Title, prompt, help and hint bar take four rows; the rest is results.
  const listHeight = Math.max(1, height - 5);
  const { state, onKey } = useSearch(props, listHeight);
  useKeypress(onKey, { priority: KEY_PRIORITY.screen });
  const now = services.clock.now();
  const order = services.config.filingOrder;
  return (
    <Box flexDirection="column" flexGrow={1} justifyContent="space-between">
      <Box flexDirection="column">
        <Text bold>{WS.searchTitle}</Text>
        <Text>
          {WS.searchPrompt} {safeText(state.text)}_
        </Text>
        <VirtualList
          items={state.hits}
          selected={state.nav.selected}
          top={state.nav.top}
          height={listHeight}
          keyOf={hitKey}
          render={(hit) => hitLine(hit, now, order)}
          empty={state.text.trim() === '' ? WS.searchHelp : WS.noResults}
        />
        {state.next !== null ? <Text dimColor>{WS.moreBelow}</Text> : null}
      </Box>
      <HintBar hints={WS_HINTS.search} />
    </Box>
  );
}
