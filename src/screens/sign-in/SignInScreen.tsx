import { Box } from 'ink';
import type { AppServices } from '../../app/services.js';
import { HintBar } from '../../components/HintBar.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import type { Clerk } from '../../services/clerk.js';
import { WS, WS_HINTS } from '../../theme/workspace-text.js';
import { SignInView } from './SignIn.js';
import { useBadgePin } from './use-badge-pin.js';

/** Props of the sign-in screen. */
export interface SignInScreenProps {
  /** The kiosk's services. */
  readonly services: AppServices;
  /** Called with the clerk once badge and PIN are right. */
  readonly onSignedIn: (clerk: Clerk) => void;
  /** Esc at the badge step: back to the counter. */
  readonly onCancel: () => void;
}

/** Clerk sign-in: badge (scanned or typed), then the PIN, masked. */
export function SignInScreen({ services, onSignedIn, onCancel }: SignInScreenProps) {
  const dialog = useBadgePin(services, 'workspace', onSignedIn, onCancel);
  useKeypress(dialog.onKey, { priority: KEY_PRIORITY.screen });
  return (
    <Box flexDirection="column" flexGrow={1} justifyContent="space-between">
      <SignInView title={WS.signInTitle} state={dialog.state} />
      <HintBar hints={WS_HINTS.signIn} />
    </Box>
  );
}
