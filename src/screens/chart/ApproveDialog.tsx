import type { AppServices } from '../../app/services.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import type { Clerk } from '../../services/clerk.js';
import { WS } from '../../theme/workspace-text.js';
import { SignInView } from '../sign-in/SignIn.js';
import { useBadgePin } from '../sign-in/use-badge-pin.js';

/** Props of the supervisor approval dialog. */
export interface ApproveDialogProps {
  /** The kiosk's services. */
  readonly services: AppServices;
  /** Called with the supervisor once badge and PIN are right. */
  readonly onApproved: (supervisor: Clerk) => void;
  /** Esc at the badge step. */
  readonly onCancel: () => void;
}

/** Supervisor badge + PIN, over the chart screen, for approving a found chart. */
export function ApproveDialog({ services, onApproved, onCancel }: ApproveDialogProps) {
  const dialog = useBadgePin(services, 'supervisor', onApproved, onCancel);
  useKeypress(dialog.onKey, { priority: KEY_PRIORITY.dialog });
  return (
    <SignInView
      title={WS.supervisorBadge}
      state={dialog.state}
      badgeLabel={WS.badgePrompt}
      pinLabel={WS.supervisorPin}
    />
  );
}
