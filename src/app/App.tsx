/**
 * The kiosk's root: services, the one stdin owner, the full-screen frame and the navigation
 * between the counter and the clerk area. Each screen sits inside an error boundary so a
 * render bug shows a red notice instead of a dead kiosk.
 */
import { useCallback, useReducer } from 'react';
import { CounterScreen } from '../screens/counter/CounterScreen.js';
import { ClerkArea } from '../screens/workspace/ClerkArea.js';
import { KeypressProvider } from '../input/KeypressProvider.js';
import { KEY_PRIORITY, useKeypress } from '../input/use-keypress.js';
import { PanelBoundary } from '../components/PanelBoundary.js';
import { INITIAL_NAVIGATION, navigationReducer } from '../state/navigation.js';
import { LABELS } from '../theme/text.js';
import { FullScreen } from './FullScreen.js';
import { ServicesProvider, useServices, type AppServices } from './services.js';

/** Props of the app. */
export interface AppProps {
  /** The services built by the composition root. */
  readonly services: AppServices;
}

/** The kiosk application. */
export function App({ services }: AppProps) {
  return (
    <ServicesProvider services={services}>
      <KeypressProvider>
        <FullScreen>{(size) => <Screens width={size.width} height={size.height} />}</FullScreen>
      </KeypressProvider>
    </ServicesProvider>
  );
}

/** Props of the screen switch. */
interface ScreensProps {
  readonly width: number;
  readonly height: number;
}

function Screens({ width, height }: ScreensProps) {
  const services = useServices();
  const [navigation, navigate] = useReducer(navigationReducer, INITIAL_NAVIGATION);
  const openClerk = useCallback(() => navigate({ type: 'open_clerk' }), []);
  const backToCounter = useCallback(() => navigate({ type: 'back_to_counter' }), []);
  const onError = useCallback(
    (panel: string, error: Error) =>
      services.log({ kind: 'render_error', panel, message: error.message.slice(0, 200) }),
    [services],
  );
  // Lowest priority: whatever a screen leaves unused. Ctrl+C quits only without lockdown.
  useKeypress(
    (key) => {
      if (key.kind === 'ctrl' && key.key === 'c' && !services.config.kiosk.lockdown) {
        services.quit('ctrl_c');
        return true;
      }
      return false;
    },
    { priority: KEY_PRIORITY.shell },
  );
  const screen = navigation.screen;
  return (
    <PanelBoundary name={screen} fallback={LABELS.panelFailed} onError={onError} resetKey={screen}>
      {screen === 'counter' ? (
        <CounterScreen width={width} height={height} onOpenClerk={openClerk} />
      ) : (
        <ClerkArea services={services} onExit={backToCounter} width={width} height={height} />
      )}
    </PanelBoundary>
  );
}
