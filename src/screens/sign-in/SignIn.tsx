import { Box, Text } from 'ink';
import { colourOf } from '../../theme/colours.js';
import { WS } from '../../theme/workspace-text.js';
import { safeText } from '../../domain/safe-text.js';
import type { SignInState } from './sign-in-state.js';

/** Props of the badge + PIN view. */
export interface SignInViewProps {
  /** Title above the fields. */
  readonly title: string;
  /** The dialog's state. */
  readonly state: SignInState;
  /** Label of the badge field. */
  readonly badgeLabel?: string;
  /** Label of the PIN field. */
  readonly pinLabel?: string;
}

/** The badge then PIN dialog: the PIN is shown as dots, never as digits. */
export function SignInView({
  title,
  state,
  badgeLabel = WS.badgePrompt,
  pinLabel = WS.pinPrompt,
}: SignInViewProps) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>{title}</Text>
      {state.step === 'badge' ? (
        <Text>
          {badgeLabel} {safeText(state.badge)}_
        </Text>
      ) : null}
      {state.step === 'pin' ? (
        <>
          <Text>{safeText(state.name)}</Text>
          <Text>
            {pinLabel} {'•'.repeat(state.pin.length)}_
          </Text>
        </>
      ) : null}
      {state.step === 'done' ? <Text>{WS.checking}</Text> : null}
      {state.step !== 'done' && state.message ? (
        <Text color={colourOf('refused')}>{state.message}</Text>
      ) : null}
    </Box>
  );
}
