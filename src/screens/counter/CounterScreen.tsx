/**
 * The walk-up counter: idle prompt, or the visit in progress (who, the latest result as a
 * banner, notices, the visit's scan log, the countdown), with the scan field and hint bar at
 * the bottom. The wiring lives in use-counter.ts; this file only lays panels out.
 */
import { Box, Text } from 'ink';
import { useCallback } from 'react';
import { useServices } from '../../app/services.js';
import { HintBar } from '../../components/HintBar.js';
import { ManualEntry } from '../../components/ManualEntry.js';
import { PanelBoundary } from '../../components/PanelBoundary.js';
import { Spinner } from '../../components/Spinner.js';
import { hasVisit } from '../../state/counter.js';
import { colourOf } from '../../theme/colours.js';
import { bannerDetail, HINTS, LABELS, queuedText } from '../../theme/text.js';
import { ExitDialogView } from './ExitDialogView.js';
import {
  CountdownPanel,
  Header,
  IdlePanel,
  LogPanel,
  ResultPanel,
  StatusPanel,
  VisitHeading,
} from './panels.js';
import { OUT_GUIDE_TEXT } from './text.js';
import { useCounter } from './use-counter.js';
import { useExitDialog } from './use-exit-dialog.js';

/** Props of the counter screen. */
export interface CounterScreenProps {
  /** Columns available. */
  readonly width: number;
  /** Rows available. */
  readonly height: number;
  /** Opens clerk sign-in (F2), after the visit has ended. */
  readonly onOpenClerk: () => void;
}

/** The walk-up counter screen. */
export function CounterScreen({ width, height, onOpenClerk }: CounterScreenProps) {
  const services = useServices();
  const { config, clock, log } = services;
  const dialog = useExitDialog();
  const { state, deadline, slipFailed } = useCounter({
    onOpenClerk,
    onOpenExit: dialog.open,
    dialogOpen: dialog.isOpenNow,
    dialogScan: dialog.takeScan,
  });
  const now = clock.now();
  const onPanelError = useCallback(
    (panel: string, error: Error) =>
      log({ kind: 'render_error', panel, message: error.message.slice(0, 200) }),
    [log],
  );
  const latest = state.entries.at(-1);
  const resetKey = latest?.id ?? 0;
  const boundary = (name: string) => ({
    name,
    fallback: LABELS.panelFailed,
    onError: onPanelError,
    resetKey,
  });

  const visit = hasVisit(state);
  const waiting = state.waiting !== null || state.pending > 0;
  const hints = visit ? HINTS.session : config.kiosk.lockdown ? HINTS.idle : HINTS.idleUnlocked;

  // Rows: header, status, heading, banner (frame + word + wrapped sentence), notices, log
  // title, countdown, waiting line, scan field, hints.
  const inner = Math.max(20, width - 4);
  const bannerRows = latest ? 3 + Math.ceil(bannerDetail(latest, now).length / inner) : 1;
  const noticeRows = latest && 'notices' in latest ? latest.notices.length : 0;
  const fixedRows =
    2 + 1 + bannerRows + noticeRows + 1 + (waiting ? 1 : 0) + (slipFailed ? 1 : 0) + 2 + 1;
  const logRows = Math.max(0, height - fixedRows);

  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1} overflow="hidden">
      <PanelBoundary {...boundary('header')}>
        <Header counter={config.counter.name} now={clock.now} />
      </PanelBoundary>
      <PanelBoundary {...boundary('status')}>
        <StatusPanel refreshKey={visit ? 'visit' : `idle-${resetKey}-${state.ended ?? ''}`} />
      </PanelBoundary>
      {dialog.state.step !== 'closed' ? (
        <Box flexGrow={1} alignItems="center" justifyContent="center">
          <PanelBoundary {...boundary('exit-dialog')}>
            <ExitDialogView state={dialog.state} />
          </PanelBoundary>
        </Box>
      ) : visit ? (
        <Box flexDirection="column" flexGrow={1}>
          <PanelBoundary {...boundary('visit-heading')}>
            <VisitHeading session={state.session} />
          </PanelBoundary>
          <PanelBoundary {...boundary('result')}>
            <ResultPanel state={state} now={now} />
          </PanelBoundary>
          <Box flexGrow={1} flexDirection="column" overflow="hidden">
            <PanelBoundary {...boundary('log')}>
              <LogPanel state={state} now={now} lines={logRows} width={width - 2} />
            </PanelBoundary>
          </Box>
          <PanelBoundary {...boundary('countdown')}>
            <CountdownPanel deadline={deadline} now={clock.now} />
          </PanelBoundary>
        </Box>
      ) : (
        <PanelBoundary {...boundary('idle')}>
          <IdlePanel ended={state.ended} />
        </PanelBoundary>
      )}
      {waiting ? (
        <Box>
          {state.waiting ? <Spinner label={LABELS.busy} /> : null}
          {state.pending > 0 ? <Text>{`  ${queuedText(state.pending)}`}</Text> : null}
        </Box>
      ) : null}
      {slipFailed ? (
        <Text color={colourOf('warn')}>{OUT_GUIDE_TEXT.notPrinted(slipFailed, inner)}</Text>
      ) : null}
      <ManualEntry label={LABELS.manualField} text={state.manual} />
      <HintBar hints={dialog.isOpen ? HINTS.dialog : hints} />
    </Box>
  );
}
