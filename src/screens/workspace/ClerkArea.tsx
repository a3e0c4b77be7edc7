/**
 * The clerk area the shell opens with F2 on the counter: sign-in with badge and PIN, then the
 * workspace (search, chart detail, lists, reports, records admin). It locks back to the counter
 * on Ctrl-L / F12, on Esc from the main menu, and after the configured idle time.
 */
import { Box, Text } from 'ink';
import type { AppServices } from '../../app/services.js';
import { safeText } from '../../domain/safe-text.js';
import { colourOf } from '../../theme/colours.js';
import { WS } from '../../theme/workspace-text.js';
import { SignInScreen } from '../sign-in/SignInScreen.js';
import { RouteView } from './RouteView.js';
import { useClerkArea } from './use-clerk-area.js';
import { currentRoute } from './workspace-state.js';

/** Props of the clerk area. */
export interface ClerkAreaProps {
  /** The kiosk's services. */
  readonly services: AppServices;
  /** Back to the counter (Esc at sign-in, sign-out, idle lock). */
  readonly onExit: () => void;
  /** Columns available. */
  readonly width: number;
  /** Rows available. */
  readonly height: number;
}

/** The clerk area: sign-in, then the workspace. */
export function ClerkArea({ services, onExit, width, height }: ClerkAreaProps) {
  const area = useClerkArea(services, onExit);
  const route = currentRoute(area.state);
  const title =
    area.state.phase === 'workspace'
      ? `${WS.workspaceTitle} · ${services.config.counter.name} · ${WS.signedInAs} ${safeText(area.state.clerk.name)} (${area.state.clerk.role})`
      : `${WS.signInTitle} · ${services.config.counter.name}`;
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1}>
      <Text bold color={colourOf('accent')} wrap="truncate-end">
        {title}
      </Text>
      {area.state.phase === 'sign_in' || !area.actor || !route ? (
        <SignInScreen services={services} onSignedIn={area.signedIn} onCancel={area.back} />
      ) : (
        <RouteView
          route={route}
          services={services}
          actor={area.actor}
          width={width - 2}
          height={height - 1}
          go={area.go}
          back={area.back}
        />
      )}
    </Box>
  );
}
