import { Box, Text } from 'ink';
import type { AppServices } from '../../app/services.js';
import { HintBar } from '../../components/HintBar.js';
import { VirtualList } from '../../components/VirtualList.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import { colourOf } from '../../theme/colours.js';
import { FieldsView } from '../requests/FieldsView.js';
import { LOOSE_TEXT as T, looseRow } from './text.js';
import { useLoose } from './use-loose.js';

/** Props of the loose-filing screen (the same shape as PullListScreen's). */
export interface LooseScreenProps {
  /** The kiosk's services. */
  readonly services: AppServices;
  /** Leaves the screen (Esc from the list). */
  readonly onBack: () => void;
  /** Columns available. */
  readonly width: number;
  /** Rows available. */
  readonly height: number;
  /** The signed-in clerk: who received or filed a report, and the access log's staff. */
  readonly clerkId?: number | null;
}

/** Loose reports waiting for their charts, in shelf order: record one, mark one filed. */
export function LooseScreen({ services, onBack, width, height, clerkId = null }: LooseScreenProps) {
  const rows = Math.max(3, height - 4);
  const model = useLoose(services, onBack, rows, clerkId);
  useKeypress(model.onKey, { priority: KEY_PRIORITY.screen });
  const { mode, message } = model;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>{T.title(model.reports.length)}</Text>
      {mode.kind === 'form' ? (
        <FieldsView title={T.formTitle} labels={T.labels} form={mode.form} help={T.formHelp} />
      ) : (
        <VirtualList
          items={model.reports}
          selected={model.nav.selected}
          top={model.nav.top}
          height={rows}
          keyOf={(r) => String(r.id)}
          render={(r) => looseRow(r, services.config.filingOrder)}
          empty={T.empty}
        />
      )}
      <Box flexGrow={1} />
      {mode.kind === 'confirm' ? (
        <Text bold>{T.confirmFiled(mode.id)}</Text>
      ) : message ? (
        <Text color={colourOf(message.tone)}>{message.text}</Text>
      ) : (
        <Text> </Text>
      )}
      <HintBar hints={T.hints[mode.kind]} />
    </Box>
  );
}
