import { Box, Text } from 'ink';
import type { AppServices } from '../../app/services.js';
import { HintBar } from '../../components/HintBar.js';
import { VirtualList } from '../../components/VirtualList.js';
import { safeText } from '../../domain/safe-text.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import { colourOf } from '../../theme/colours.js';
import { FieldsView } from '../requests/FieldsView.js';
import { MISSING_TEXT as T, missingRow } from './text.js';
import { useMissing } from './use-missing.js';

/** Props of the missing-chart screen (the same shape as PullListScreen's). */
export interface MissingScreenProps {
  /** The kiosk's services. */
  readonly services: AppServices;
  /** Leaves the screen (Esc from the list). */
  readonly onBack: () => void;
  /** Columns available. */
  readonly width: number;
  /** Rows available. */
  readonly height: number;
  /** The signed-in clerk: operator of the flags and the access log's staff. */
  readonly clerkId?: number | null;
}

/**
 * Missing charts: the flagged list (found-pending ones marked), mark one missing, the finder
 * (last custodians, likely misfile positions and the charts there now), mark found, and the
 * supervisor's badge + PIN approval.
 */
export function MissingScreen({
  services,
  onBack,
  width,
  height,
  clerkId = null,
}: MissingScreenProps) {
  const rows = Math.max(3, height - 4);
  const model = useMissing(services, onBack, rows, clerkId);
  useKeypress(model.onKey, { priority: KEY_PRIORITY.screen });
  const { mode, message } = model;
  const pending = model.charts.filter((c) => c.foundPending).length;
  const hints =
    mode.kind === 'approve' ? T.hints.approve : T.hints[mode.kind === 'list' ? 'list' : mode.kind];
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>{T.title(model.charts.length, pending)}</Text>
      {mode.kind === 'form' ? (
        <FieldsView title={T.formTitle} labels={T.labels} form={mode.form} help={T.formHelp} />
      ) : mode.kind === 'finder' ? (
        model.finder.slice(mode.top, mode.top + rows).map((line, i) => (
          <Text key={mode.top + i} bold={mode.top + i === 0} wrap="truncate">
            {line}
          </Text>
        ))
      ) : mode.kind === 'approve' ? (
        <Box flexDirection="column">
          <Text bold>{T.approveTitle(mode.barcode)}</Text>
          <Text>
            {mode.step === 'badge' ? '› ' : '  '}
            {T.badgePrompt}
            {safeText(mode.badge)}
            {mode.step === 'badge' ? '_' : ''}
          </Text>
          {mode.step === 'pin' ? (
            <Text>
              {'› '}
              {T.pinPrompt}
              {'•'.repeat([...mode.pin].length)}_
            </Text>
          ) : null}
        </Box>
      ) : (
        <VirtualList
          items={model.charts}
          selected={model.nav.selected}
          top={model.nav.top}
          height={rows}
          keyOf={(c) => String(c.chartId)}
          render={(c) => missingRow(c, services.config.filingOrder)}
          empty={T.empty}
        />
      )}
      <Box flexGrow={1} />
      {message ? <Text color={colourOf(message.tone)}>{message.text}</Text> : <Text> </Text>}
      <HintBar hints={hints} />
    </Box>
  );
}
