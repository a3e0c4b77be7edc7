/**
 * Small hooks for the counter's status line: the HID scanner's status and today's counts.
 * Each lives in the panel that shows it, so a status change re-renders only that panel.
 */
import { useEffect, useState } from 'react';
import { useServices } from '../../app/services.js';
import type { TodayCounts } from '../../db/today.js';
import type { ScannerStatus } from '../../scanner/scanner-status.js';

/** The HID scanner's status, live (null when HID input is off). */
export function useScannerStatus(): ScannerStatus | null {
  const { scanner } = useServices();
  const [status, setStatus] = useState(scanner.status);
  useEffect(
    () =>
      scanner.subscribe((event) => {
        if (event.kind === 'status') setStatus(event.status);
      }),
    [scanner],
  );
  return status;
}

const REFRESH_MS = 60_000;

/** Today's counts, read when `refreshKey` changes and once a minute. */
export function useTodayCounts(refreshKey: string | number): TodayCounts | null {
  const { today, clock, log } = useServices();
  const [counts, setCounts] = useState<TodayCounts | null>(null);
  useEffect(() => {
    const read = (): void => {
      try {
        setCounts(today(clock.now()));
      } catch (error) {
        // A busy database can wait a minute; the counts are not worth blocking a scan.
        log({ kind: 'input_error', reason: `today counts: ${String(error)}` });
      }
    };
    read();
    const timer = setInterval(read, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refreshKey, today, clock, log]);
  return counts;
}
