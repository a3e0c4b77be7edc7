import { Box, Text } from 'ink';
import type { AppServices } from '../../app/services.js';
import { HintBar } from '../../components/HintBar.js';
import { VirtualList } from '../../components/VirtualList.js';
import { safeText } from '../../domain/safe-text.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import { colourOf } from '../../theme/colours.js';
import { FieldsView } from './FieldsView.js';
import { REQUESTS_TEXT as T, requestRow } from './text.js';
import { useRequests } from './use-requests.js';

/** Props of the requests screen (the same shape as PullListScreen's). */
export interface RequestsScreenProps {
  /** The kiosk's services. */
  readonly services: AppServices;
  /** Leaves the screen (Esc from the list). */
  readonly onBack: () => void;
  /** Columns available. */
  readonly width: number;
  /** Rows available. */
  readonly height: number;
  /** The signed-in clerk: creator of new requests and the access log's staff. */
  readonly clerkId?: number | null;
}

/** Open chart requests by time needed: create, cancel, mark not fillable; filter by clinic and status. */
export function RequestsScreen({
  services,
  onBack,
  width,
  height,
  clerkId = null,
}: RequestsScreenProps) {
  // Title, filters, message, prompt line and hint bar take five rows.
  const rows = Math.max(3, height - 5);
  const model = useRequests(services, onBack, rows, clerkId);
  useKeypress(model.onKey, { priority: KEY_PRIORITY.screen });
  const { mode, message } = model;
  const order = services.config.filingOrder;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>{T.title(model.lines.length, model.open)}</Text>
      <Text>{T.filters(model.clinic, model.status)}</Text>
      {mode.kind === 'form' ? (
        <FieldsView title={T.formTitle} labels={T.labels} form={mode.form} help={T.formHelp} />
      ) : (
        <VirtualList
          items={model.lines}
          selected={model.nav.selected}
          top={model.nav.top}
          height={rows}
          keyOf={(r) => String(r.id)}
          render={(r) => requestRow(r, order)}
          empty={T.empty}
        />
      )}
      <Box flexGrow={1} />
      {message ? <Text color={colourOf(message.tone)}>{message.text}</Text> : <Text> </Text>}
      {mode.kind === 'confirm_cancel' ? (
        <Text bold>{T.confirmCancel(mode.id)}</Text>
      ) : mode.kind === 'reason' ? (
        <Text>
          {T.reasonPrompt(mode.id)}
          {safeText(mode.text)}_
        </Text>
      ) : (
        <Text> </Text>
      )}
      <HintBar hints={T.hints[mode.kind === 'confirm_cancel' ? 'confirm' : mode.kind]} />
    </Box>
  );
}
