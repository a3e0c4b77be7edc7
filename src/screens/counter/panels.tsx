/**
 * The counter screen's panels. Each is a plain view of props, wrapped by the screen in its
 * own error boundary so one failing panel never takes the others (or scanning) down.
 */
import { Box, Text } from 'ink';
import { Banner } from '../../components/Banner.js';
import { BigPrompt } from '../../components/BigPrompt.js';
import { Clock } from '../../components/Clock.js';
import { Countdown } from '../../components/Countdown.js';
import { NoticeList } from '../../components/NoticeList.js';
import { ScanLog } from '../../components/ScanLog.js';
import { Spinner } from '../../components/Spinner.js';
import { StatusLine } from '../../components/StatusLine.js';
import { colourOf } from '../../theme/colours.js';
import {
  IDLE_PROMPT,
  LABELS,
  WALK_UP_HEADING,
  endedText,
  scannerStatusText,
  sessionHeading,
  todayText,
} from '../../theme/text.js';
import type { CounterState, Session } from '../../state/counter.js';
import { useScannerStatus, useTodayCounts } from './use-status.js';

/** Props of the header. */
export interface HeaderProps {
  /** The counter's name from config. */
  readonly counter: string;
  /** The time source for the clock. */
  readonly now: () => number;
}

/** App name, counter name and clock. */
export function Header({ counter, now }: HeaderProps) {
  return (
    <Box justifyContent="space-between">
      <Text bold color={colourOf('accent')}>
        {`${LABELS.appName} · ${counter}`}
      </Text>
      <Clock now={now} />
    </Box>
  );
}

/** Props of the status panel. */
export interface StatusPanelProps {
  /** Changes when today's counts should be read again. */
  readonly refreshKey: string | number;
}

/** Scanner status, keyboard input, today's counts. */
export function StatusPanel({ refreshKey }: StatusPanelProps) {
  const hid = useScannerStatus();
  const status = scannerStatusText(hid);
  const counts = useTodayCounts(refreshKey);
  if (hid?.state === 'disconnected') {
    // Reconnecting is a wait the person should see move, like a busy database.
    return (
      <Box>
        <Spinner label={status.text} />
        <Text>{`   ${LABELS.keyboardOn}`}</Text>
      </Box>
    );
  }
  return (
    <StatusLine
      items={[
        status,
        { text: LABELS.keyboardOn, tone: 'ok' },
        ...(counts ? [{ text: todayText(counts.out, counts.back), tone: 'info' as const }] : []),
      ]}
    />
  );
}

/** Props of the idle panel. */
export interface IdlePanelProps {
  /** How the last visit ended, if it just did. */
  readonly ended: CounterState['ended'];
}

/** Nobody at the counter: the big prompt. No patient data, ever. */
export function IdlePanel({ ended }: IdlePanelProps) {
  return (
    <Box flexDirection="column" alignItems="center" justifyContent="center" flexGrow={1}>
      <BigPrompt lines={IDLE_PROMPT} />
      {ended ? <Text color={colourOf('ok')}>{endedText(ended)}</Text> : null}
    </Box>
  );
}

function heading(session: Session): string {
  switch (session.kind) {
    case 'badge':
      return `▶ ${sessionHeading(session.name, session.department)}`;
    case 'walk_up':
      return `▶ ${WALK_UP_HEADING}`;
    case 'none':
      return '';
    default: {
      const never: never = session;
      throw new Error(`unhandled session ${JSON.stringify(never)}`);
    }
  }
}

/** Props of the visit heading. */
export interface VisitHeadingProps {
  /** Who is at the counter. */
  readonly session: Session;
}

/** The badge holder's name and department, and where charts go. */
export function VisitHeading({ session }: VisitHeadingProps) {
  return (
    <Box justifyContent="space-between">
      <Text bold wrap="truncate">
        {heading(session)}
      </Text>
      {session.kind === 'badge' ? (
        <Text color={colourOf('info')} wrap="truncate">
          {`${LABELS.sessionFor}: ${session.place ?? session.name}`}
        </Text>
      ) : null}
    </Box>
  );
}

/** Props of the result panel. */
export interface ResultPanelProps {
  readonly state: CounterState;
  /** Now, for due times. */
  readonly now: number;
}

/** The latest result as a banner, and its notices. */
export function ResultPanel({ state, now }: ResultPanelProps) {
  const latest = state.entries.at(-1);
  if (!latest) return <Text>{LABELS.noScansYet}</Text>;
  const notices = 'notices' in latest ? latest.notices : [];
  return (
    <Box flexDirection="column">
      <Banner entry={latest} now={now} />
      <NoticeList notices={notices} />
    </Box>
  );
}

/** Props of the log panel. */
export interface LogPanelProps {
  readonly state: CounterState;
  /** Now, for due times. */
  readonly now: number;
  /** Lines available. */
  readonly lines: number;
  /** Width available. */
  readonly width: number;
}

/** The visit's earlier scans, newest last. */
export function LogPanel({ state, now, lines, width }: LogPanelProps) {
  if (lines <= 1) return null;
  return (
    <Box flexDirection="column">
      <Text color={colourOf('muted')}>{LABELS.visitLog}</Text>
      <ScanLog entries={state.entries} now={now} maxLines={lines - 1} width={width} />
    </Box>
  );
}

/** Props of the countdown panel. */
export interface CountdownPanelProps {
  /** When the visit ends by itself. */
  readonly deadline: number | null;
  /** The time source. */
  readonly now: () => number;
}

/** The visible countdown to the end of an idle visit. */
export function CountdownPanel({ deadline, now }: CountdownPanelProps) {
  return deadline === null ? null : <Countdown deadline={deadline} now={now} />;
}
