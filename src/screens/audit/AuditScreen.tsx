import { Box, Text } from 'ink';
import type { AppServices } from '../../app/services.js';
import { HintBar } from '../../components/HintBar.js';
import { VirtualList } from '../../components/VirtualList.js';
import { safeText } from '../../domain/safe-text.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import { colourOf } from '../../theme/colours.js';
import { FieldsView } from '../requests/FieldsView.js';
import { AUDIT_TEXT as T, findingRow, fixedRow } from './text.js';
import { useAudit } from './use-audit.js';

/** Props of the shelf-audit screen (the same shape as PullListScreen's). */
export interface AuditScreenProps {
  /** The kiosk's services. */
  readonly services: AppServices;
  /** Leaves the screen (Esc at the section step). */
  readonly onBack: () => void;
  /** Columns available. */
  readonly width: number;
  /** Rows available. */
  readonly height: number;
  /** The signed-in clerk: operator of the fixes and the access log's staff. */
  readonly clerkId?: number | null;
}

/**
 * Shelf audit: pick a section of the file room, scan the charts on the shelf, then see the
 * charts expected there but not scanned and the scanned ones the log puts elsewhere; Enter
 * fixes the selected finding.
 */
export function AuditScreen({ services, onBack, width, height, clerkId = null }: AuditScreenProps) {
  const rows = Math.max(3, height - 4);
  const { mode, message, onKey } = useAudit(services, onBack, rows, clerkId);
  useKeypress(onKey, { priority: KEY_PRIORITY.screen });
  const order = services.config.filingOrder;
  return (
    <Box flexDirection="column" width={width} height={height}>
      {mode.kind === 'pick' ? (
        <FieldsView
          title={T.pickTitle(services.config.fileRoom)}
          labels={T.labels}
          form={mode.form}
          help={T.pickHelp}
        />
      ) : mode.kind === 'scan' ? (
        <Box flexDirection="column">
          <Text bold>{T.scanTitle(T.section(mode.section), mode.scanned.length)}</Text>
          {mode.scanned.length === 0 ? <Text dimColor>{T.nothingScanned}</Text> : null}
          {[...mode.scanned]
            .reverse()
            .slice(0, Math.max(1, rows - 1))
            .map((code, i) => (
              <Text key={`${mode.scanned.length - i}`} wrap="truncate">
                {`  ${mode.scanned.length - i}. ${safeText(code)}`}
              </Text>
            ))}
        </Box>
      ) : (
        <Box flexDirection="column">
          <Text bold>{T.resultTitle(T.section(mode.section), mode.result)}</Text>
          <VirtualList
            items={mode.result.findings}
            selected={mode.nav.selected}
            top={mode.nav.top}
            height={rows - 1}
            keyOf={(_, i) => String(i)}
            render={(f, _, i) => {
              const fixed = mode.fixed.get(i);
              return fixed ? fixedRow(f, fixed, order) : findingRow(f, order);
            }}
            empty={T.allGood}
          />
        </Box>
      )}
      <Box flexGrow={1} />
      {message ? <Text color={colourOf(message.tone)}>{message.text}</Text> : <Text> </Text>}
      {mode.kind === 'scan' ? (
        <Text>
          {T.scanPrompt}
          {safeText(mode.typed)}_
        </Text>
      ) : null}
      <HintBar hints={T.hints[mode.kind]} />
    </Box>
  );
}
