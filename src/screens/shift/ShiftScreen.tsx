import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import type { AppServices } from '../../app/services.js';
import { HintBar } from '../../components/HintBar.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import { dayWindow, localDate } from '../../workflows/day.js';
import { printText } from '../../workflows/printing.js';
import { shiftReport, shiftReportText } from '../../workflows/shift-report.js';
import { printedText } from '../pull-list/text.js';

/** Props of the end-of-shift screen. */
export interface ShiftScreenProps {
  /** The kiosk's services. */
  readonly services: AppServices;
  /** Leaves the screen (Esc). */
  readonly onBack: () => void;
  /** Columns available. */
  readonly width: number;
  /** Rows available. */
  readonly height: number;
}

const HINTS = [
  ['←→', 'day'],
  ['↑↓', 'scroll'],
  ['Ctrl+P', 'print'],
  ['Esc', 'back'],
] as const;

/** The end-of-shift report with terminal bar charts; ←/→ change the day, Ctrl+P prints. */
export function ShiftScreen({ services, onBack, width, height }: ShiftScreenProps) {
  const { store, clock, config } = services;
  const [offset, setOffset] = useState(0);
  const [top, setTop] = useState(0);
  const [message, setMessage] = useState('');
  const text = useMemo(() => {
    const now = clock.now();
    const day = dayWindow(localDate(now + offset * 86_400_000));
    return day ? shiftReportText(shiftReport(store, day, now), Math.max(50, width - 2)) : '';
  }, [store, clock, offset, width]);
  const lines = text.split('\n');
  const visible = Math.max(3, height - 3);
  useKeypress(
    (key) => {
      if (key.kind === 'escape') {
        onBack();
        return true;
      }
      if (key.kind === 'nav') {
        if (key.name === 'left') setOffset((o) => o - 1);
        if (key.name === 'right') setOffset((o) => Math.min(0, o + 1));
        if (key.name === 'up') setTop((t) => Math.max(0, t - 1));
        if (key.name === 'down')
          setTop((t) => Math.max(0, Math.min(lines.length - visible, t + 1)));
        return true;
      }
      if (key.kind === 'ctrl' && key.key === 'p') {
        void printText(config.printing, process.cwd(), text).then((r) =>
          setMessage(printedText(r)),
        );
        return true;
      }
      return false;
    },
    { priority: KEY_PRIORITY.screen },
  );
  return (
    <Box flexDirection="column" width={width} height={height}>
      {lines.slice(top, top + visible).map((line, i) => (
        <Text key={top + i} bold={i + top === 0} wrap="truncate">
          {line || ' '}
        </Text>
      ))}
      <Box flexGrow={1} />
      <Text>{message || ' '}</Text>
      <HintBar hints={HINTS} />
    </Box>
  );
}
