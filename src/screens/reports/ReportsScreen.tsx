import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { BarChart } from '../../components/BarChart.js';
import { HintBar } from '../../components/HintBar.js';
import { Sparkline } from '../../components/Sparkline.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import { movesPerHourToday, outByDepartment, overdueByBucket } from '../../services/lists.js';
import { BUCKET_LABELS, WS, WS_HINTS } from '../../theme/workspace-text.js';
import type { ScreenProps } from '../workspace/routes.js';

/** How many departments the chart shows (the rest are summed in the last line). */
const TOP_DEPARTMENTS = 8;

/** Reports to look at: moves per hour today, overdue by age bucket, out by department. */
export function ReportsScreen({ services, actor, width, back }: ScreenProps) {
  const { store, clock } = services;
  const data = useMemo(() => {
    const now = clock.now();
    store.audit.access(now, actor.clerk.id, actor.counter, 'view_report', 'list', 'reports');
    const hours = movesPerHourToday(store, now);
    const buckets = overdueByBucket(store, now).map((b) => ({
      label: BUCKET_LABELS[b.key] ?? b.key,
      value: b.n,
    }));
    const depts = outByDepartment(store);
    const top = depts.slice(0, TOP_DEPARTMENTS).map((d) => ({ label: d.label, value: d.n }));
    const rest = depts.slice(TOP_DEPARTMENTS).reduce((sum, d) => sum + d.n, 0);
    if (rest > 0) top.push({ label: 'others', value: rest });
    return { hours, buckets, departments: top };
  }, [store, clock, actor]);
  useKeypress(
    (key) => {
      if (key.kind === 'escape') {
        back();
        return true;
      }
      return false;
    },
    { priority: KEY_PRIORITY.screen },
  );
  const barWidth = Math.max(10, Math.min(50, width - 40));
  const total = data.hours.reduce((a, b) => a + b, 0);
  return (
    <Box flexDirection="column" flexGrow={1} justifyContent="space-between">
      <Box flexDirection="column">
        <Text bold>
          {WS.movesPerHour} · {total}
        </Text>
        <Sparkline values={data.hours} />
        <Text dimColor>{WS.hourAxis}</Text>
        <Text bold>{WS.overdueByAge}</Text>
        <BarChart bars={data.buckets} width={barWidth} tone="warn" />
        <Text bold>{WS.outByDepartment}</Text>
        <BarChart bars={data.departments} width={barWidth} />
      </Box>
      <HintBar hints={WS_HINTS.reports} />
    </Box>
  );
}
