/**
 * The scan field: feeds typed text to the scanner layer's wedge detector and keeps its timer,
 * so fast bursts become scans (source 'wedge'), slow typing becomes manual text, and Enter on
 * manual text becomes a scan (source 'keyboard'). The detector owns no timers; this hook
 * ticks it at its deadline.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scan } from '../scanner/types.js';
import { WedgeDetector, type WedgeEvent } from '../scanner/wedge.js';
import type { WedgeConfig } from '../scanner/wedge-config.js';

/** What the scan field reports. */
export interface ScanFieldHandlers {
  /** A completed scan, burst or typed. */
  readonly onScan: (scan: Scan) => void;
  /** The hand-typed text changed. */
  readonly onManual: (text: string) => void;
  /** Input that could not become a scan. */
  readonly onError: (reason: string) => void;
}

/** Controls of the scan field. */
export interface ScanField {
  /** Feeds a run of typed text (may contain Enter, Tab, backspace). */
  push(text: string): void;
  /** Empties the hand-typed text. */
  clear(): void;
}

/** Runs a wedge detector with the given timings and clock. */
export function useScanField(
  config: WedgeConfig,
  now: () => number,
  handlers: ScanFieldHandlers,
): ScanField {
  const [detector] = useState(() => new WedgeDetector(config));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  const emit = useCallback((events: readonly WedgeEvent[]) => {
    for (const event of events) {
      switch (event.kind) {
        case 'scan':
          latest.current.onScan({
            code: event.code,
            source: event.source,
            symbology: event.symbology,
            at: event.at,
          });
          break;
        case 'manual':
          latest.current.onManual(event.text);
          break;
        case 'error':
          latest.current.onError(event.reason);
          break;
        default: {
          const never: never = event;
          throw new Error(`unhandled wedge event ${JSON.stringify(never)}`);
        }
      }
    }
  }, []);

  const schedule = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const deadline = detector.deadline();
    if (deadline === null) return;
    timer.current = setTimeout(
      () => {
        timer.current = null;
        emit(detector.tick(now()));
        schedule();
      },
      Math.max(0, deadline - now()),
    );
  }, [detector, emit, now]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  return {
    push: (text) => {
      emit(detector.push(text, now()));
      schedule();
    },
    clear: () => emit(detector.clearManual()),
  };
}
