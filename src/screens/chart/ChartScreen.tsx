import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { HintBar } from '../../components/HintBar.js';
import { VirtualList } from '../../components/VirtualList.js';
import { formatShelf } from '../../domain/filing.js';
import { safeText } from '../../domain/safe-text.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import { colourOf } from '../../theme/colours.js';
import {
  chartStateMark,
  dateTime,
  patientLine,
  whereText,
  WS,
  WS_HINTS,
} from '../../theme/workspace-text.js';
import type { ScreenProps } from '../workspace/routes.js';
import { PickerView } from '../workspace/Picker.js';
import { ApproveDialog } from './ApproveDialog.js';
import { historyRows } from './history-rows.js';
import { chartLayout, useChart } from './use-chart.js';

/** Props of the chart screen. */
export interface ChartScreenProps extends ScreenProps {
  /** The chart (volume) to show. */
  readonly chartId: number;
}

const PROMPTS = {
  missing: WS.reasonMissing,
  found: WS.noteFound,
  volume: WS.newVolumeBarcode,
  home_reason: WS.reasonHome,
} as const;

/** One chart: the patient, every volume, custodian, history, requests and flags; and actions. */
export function ChartScreen(props: ChartScreenProps) {
  const model = useChart(props);
  const { services, height } = props;
  useKeypress(model.onKey, { priority: KEY_PRIORITY.screen });
  const now = services.clock.now();
  const order = services.config.filingOrder;
  const { detail, mode } = model;
  const history = useMemo(() => (detail ? historyRows(detail) : []), [detail]);
  if (!detail) return <Text>{WS.noResults}</Text>;
  const c = detail.chart;
  const layout = chartLayout(height, detail.volumes.length);
  if (mode.kind === 'pick') {
    return (
      <PickerView
        title={mode.purpose === 'custodian' ? WS.pickCustodian : WS.pickLocation}
        items={model.pickRows}
        state={mode.picker}
        height={layout.pickHeight + 3}
        label={(r) => r.label}
        keyOf={(r) => r.key}
      />
    );
  }
  const mark = chartStateMark(c, now);
  return (
    <Box flexDirection="column" flexGrow={1} justifyContent="space-between">
      <Box flexDirection="column">
        <Text bold wrap="truncate-end">
          {WS.chartTitle} {safeText(c.barcode)} · vol {c.volume} ·{' '}
          {patientLine(c.patient, formatShelf(c.patient.mrn, order))} · born {c.patient.birthDate}
        </Text>
        <Text wrap="truncate-end">
          <Text color={colourOf(mark.tone)}>
            {mark.symbol} {mark.word}
          </Text>{' '}
          {whereText(c, now)} · home {safeText(c.home.code)}
        </Text>
        {c.missingSince !== null ? (
          <Text color={colourOf(c.foundPending ? 'found' : 'refused')}>
            {c.foundPending ? '◆ FOUND, PENDING APPROVAL' : '✖ MISSING'} since{' '}
            {dateTime(c.missingSince)}
          </Text>
        ) : null}
        {detail.looseReports > 0 ? (
          <Text color={colourOf('loose')}>▲ LOOSE REPORTS {detail.looseReports} to file</Text>
        ) : null}
        <Text bold>{WS.volumes}</Text>
        {detail.volumes.slice(0, 4).map((v) => {
          const m = chartStateMark(v, now);
          return (
            <Text key={v.id} wrap="truncate-end">
              {v.id === c.id ? '›' : ' '} [{v.volume}] {safeText(v.barcode)}{' '}
              <Text color={colourOf(m.tone)}>
                {m.symbol} {m.word}
              </Text>{' '}
              {whereText(v, now)}
            </Text>
          );
        })}
        <Text wrap="truncate-end">
          {WS.requests}:{' '}
          {detail.requests.length === 0
            ? WS.noRequests
            : detail.requests
                .map((r) => `${safeText(r.locationCode)} ${dateTime(r.neededAt)} (${r.status})`)
                .join(', ')}
        </Text>
        <Text bold>{WS.history}</Text>
        {mode.kind === 'view' ? (
          <VirtualList
            items={history}
            selected={mode.history.selected}
            top={mode.history.top}
            height={layout.historyHeight}
            keyOf={(r) => String(r.seq)}
            render={(r) => r.text}
            empty={WS.noHistory}
          />
        ) : null}
        {mode.kind === 'prompt' ? (
          <Text>
            {PROMPTS[mode.purpose]} {safeText(mode.value)}_
          </Text>
        ) : null}
        {mode.kind === 'approve' ? (
          <ApproveDialog
            services={services}
            onApproved={model.approved}
            onCancel={model.cancelApproval}
          />
        ) : null}
        {model.status.map((line) => (
          <Text key={line} bold>
            {line}
          </Text>
        ))}
      </Box>
      <HintBar hints={mode.kind === 'view' ? WS_HINTS.chart : WS_HINTS.prompt} />
    </Box>
  );
}
