import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import type { AppServices } from '../../app/services.js';
import { HintBar } from '../../components/HintBar.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import { colourOf } from '../../theme/colours.js';
import { bar } from '../../workflows/bars.js';
import { localDate } from '../../workflows/day.js';
import { printText } from '../../workflows/printing.js';
import { buildPullList, type PullList } from '../../workflows/pull-list.js';
import { mark, pullListText, stateText, wantedText } from '../../workflows/pull-list-text.js';
import { ensureHolding, pullChart } from '../../workflows/pulling.js';
import { outcomeText, printedText, PULL_TEXT } from './text.js';

/** Props of the pull-list screen. */
export interface PullListScreenProps {
  /** The kiosk's services. */
  readonly services: AppServices;
  /** Leaves the screen (Esc). */
  readonly onBack: () => void;
  /** Columns available. */
  readonly width: number;
  /** Rows available. */
  readonly height: number;
  /** The signed-in clerk, stamped as operator on each pull. */
  readonly clerkId?: number | null;
  /** The day (YYYY-MM-DD); today when absent. */
  readonly date?: string;
}

type Row =
  | { readonly kind: 'section'; readonly text: string }
  | { readonly kind: 'line'; readonly text: string; readonly blocked: boolean };

function rowsOf(list: PullList): Row[] {
  return list.sections.flatMap((s): Row[] => [
    { kind: 'section', text: `── ${s.section}` },
    ...s.items.map((l) => ({
      kind: 'line' as const,
      blocked: mark(l.state) === '[!]',
      text: `${mark(l.state)} ${l.shelf.padEnd(14)} v${l.chart.volume} ${l.chart.barcode.padEnd(12)} ${wantedText(l)}  ${stateText(l.state, list.holding)}`,
    })),
  ]);
}

/** The day's pull list: scan charts to pull them to the holding shelf, with progress. */
export function PullListScreen({
  services,
  onBack,
  width,
  height,
  clerkId = null,
  date,
}: PullListScreenProps) {
  const { store, config, clock } = services;
  const day = date ?? localDate(clock.now());
  const [version, setVersion] = useState(0);
  const [typed, setTyped] = useState('');
  const [top, setTop] = useState(0);
  const [message, setMessage] = useState<{
    tone: 'ok' | 'warn' | 'refused' | 'info';
    text: string;
  } | null>(null);
  const list = useMemo(() => {
    void version;
    const made = buildPullList(store, {
      date: day,
      clinicCode: null,
      order: config.filingOrder,
      holdingCode: config.holdingLocation,
    });
    return made.ok ? made.list : null;
  }, [store, config, day, version]);
  const rows = useMemo(() => (list ? rowsOf(list) : []), [list]);
  const visible = Math.max(3, height - 6);

  const pull = (code: string) => {
    const outcome = pullChart(store, {
      code,
      date: day,
      clinicCode: null,
      holding: ensureHolding(store, config.holdingLocation),
      loanHours: config.loanHours,
      counter: config.counter.name,
      operatorId: clerkId,
      source: 'workspace',
      at: clock.now(),
    });
    setMessage(outcomeText(outcome, config.holdingLocation));
    setVersion((v) => v + 1);
  };

  useKeypress(
    (key) => {
      switch (key.kind) {
        case 'escape':
          onBack();
          return true;
        case 'text': {
          let buffer = typed;
          for (const ch of key.text) {
            if (ch === '\r' || ch === '\n') {
              if (buffer.trim() !== '') pull(buffer.trim());
              buffer = '';
            } else if (ch === '\u007f' || ch === '\b') buffer = buffer.slice(0, -1);
            else if (ch >= ' ') buffer += ch;
          }
          setTyped(buffer);
          return true;
        }
        case 'nav':
          if (key.name === 'up') setTop((t) => Math.max(0, t - 1));
          if (key.name === 'down')
            setTop((t) => Math.max(0, Math.min(rows.length - visible, t + 1)));
          return true;
        case 'ctrl':
          if (key.key === 'p' && list) {
            void printText(config.printing, process.cwd(), pullListText(list)).then((r) =>
              setMessage({ tone: 'info', text: printedText(r) }),
            );
            return true;
          }
          return false;
        default:
          return false;
      }
    },
    { priority: KEY_PRIORITY.screen },
  );

  const p = list?.progress ?? { total: 0, done: 0, toPull: 0, blocked: 0 };
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>
        {PULL_TEXT.title(day)} · {PULL_TEXT.progress(p.done, p.total, p.blocked)}
      </Text>
      <Text color={colourOf('ok')}>
        {bar(p.done, Math.max(1, p.total), Math.max(10, width - 4)) || ' '}
      </Text>
      {rows.length === 0 ? <Text>{PULL_TEXT.empty}</Text> : null}
      {rows.slice(top, top + visible).map((r, i) => (
        <Text
          key={top + i}
          bold={r.kind === 'section'}
          color={r.kind === 'line' && r.blocked ? colourOf('warn') : undefined}
          wrap="truncate"
        >
          {r.text}
        </Text>
      ))}
      <Box flexGrow={1} />
      {message ? <Text color={colourOf(message.tone)}>{message.text}</Text> : <Text> </Text>}
      <Text>
        {PULL_TEXT.field}
        {typed}
      </Text>
      <HintBar hints={PULL_TEXT.hints} />
    </Box>
  );
}
