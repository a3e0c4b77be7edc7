import { Box, Text } from 'ink';
import { ManualEntry } from '../../components/ManualEntry.js';
import { colourOf } from '../../theme/colours.js';
import { LABELS, exitFailureText } from '../../theme/text.js';
import { MAX_EXIT_TRIES, type ExitDialogState } from '../../state/exit-dialog.js';

/** Props of the exit dialog. */
export interface ExitDialogViewProps {
  /** The dialog's state (not closed). */
  readonly state: Exclude<ExitDialogState, { step: 'closed' }>;
}

/** The exit-kiosk dialog: supervisor badge, then PIN (shown as dots). */
export function ExitDialogView({ state }: ExitDialogViewProps) {
  return (
    <Box
      borderStyle="double"
      borderColor={colourOf('warn')}
      flexDirection="column"
      paddingX={2}
      paddingY={1}
    >
      <Text bold>{`⚿ ${LABELS.exitTitle}`}</Text>
      {state.step === 'badge' ? (
        <>
          {state.failure ? (
            <Text color={colourOf('refused')} bold>
              {exitFailureText(state.failure, MAX_EXIT_TRIES - state.tries)}
            </Text>
          ) : null}
          <ManualEntry label={LABELS.exitBadge} text={state.badge} />
        </>
      ) : null}
      {state.step === 'pin' ? <ManualEntry label={LABELS.exitPin} text={state.pin} secret /> : null}
      {state.step === 'checking' ? <Text>{LABELS.exitChecking}</Text> : null}
      <Text color={colourOf('muted')}>{LABELS.exitHint}</Text>
    </Box>
  );
}
