/**
 * The counter screen's wiring: scans from the keyboard (wedge bursts and typed codes) and
 * from the HID scanner go through the scanner layer's intake (double reads dropped, check
 * characters verified) into the work queue, whose results drive the pure counter reducer.
 * Keys: Esc ends the visit, U undoes, F2 opens clerk sign-in, F10 the exit dialog. The visit
 * ends by itself after `session.idleSeconds` without a scan or key.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useServices } from '../../app/services.js';
import { useKeypress, KEY_PRIORITY } from '../../input/use-keypress.js';
import { useScanField } from '../../input/use-scan-field.js';
import type { KeyPress } from '../../input/keys.js';
import { ScanIntake, type ScanRefusal } from '../../scanner/scan-intake.js';
import type { Scan } from '../../scanner/types.js';
import { resolveWedgeConfig } from '../../scanner/wedge-config.js';
import {
  counterReducer,
  idleDeadline,
  initialCounterState,
  type CounterState,
  type EndReason,
} from '../../state/counter.js';
import { entryFromOutcome } from '../../state/entries.js';
import { soundFor } from '../../state/sounds.js';
import { needsSlip, printOutGuide, wantsOutGuide, type SlipOutcome } from './out-guide.js';
import { ScanQueue, type CounterJob, type JobResult } from './scan-queue.js';

/** What the counter screen's wiring needs from the screen around it. */
export interface CounterWiring {
  /** F2: the visit has ended; open clerk sign-in. */
  readonly onOpenClerk: () => void;
  /** F10: open the exit-kiosk dialog. */
  readonly onOpenExit: () => void;
  /** Whether a dialog is open right now (it then takes keys and HID scans). */
  readonly dialogOpen: () => boolean;
  /** Where HID scans go while a dialog is open. */
  readonly dialogScan: (scan: Scan) => void;
}

/** What the counter view renders. */
export interface CounterModel {
  readonly state: CounterState;
  /** When the visit ends by itself, or null. */
  readonly deadline: number | null;
  /** Why the last out-guide slip did not print, until the next slip prints or the visit ends. */
  readonly slipFailed: string | null;
}

const UNDO_KEYS = new Set(['u', 'U']);

/** Wires the counter screen. */
export function useCounter(wiring: CounterWiring): CounterModel {
  const services = useServices();
  const { config, clock, log, sound, inputs } = services;
  const idleMs = config.session.idleSeconds * 1000;
  const [state, dispatch] = useReducer(counterReducer, clock.now(), initialCounterState);
  const latest = useRef({ wiring });
  latest.current = { wiring };
  // The hand-typed text as of the last wedge event (ahead of React's next render).
  const manual = useRef('');
  const [slipFailed, setSlipFailed] = useState<string | null>(null);
  const slips = wantsOutGuide(config);

  // After the commit, off the queue's turn: a slow or failing printer never holds up scans.
  const printSlip = useCallback(
    (outcome: SlipOutcome, at: number) => {
      void printOutGuide(config, services.baseDir, outcome, at).then((printed) => {
        if (printed.ok) return setSlipFailed(null);
        log({ kind: 'print_failed', what: 'out_guide_slip', message: printed.message });
        setSlipFailed(printed.message);
      });
    },
    [config, services.baseDir, log],
  );

  const onResult = useCallback(
    (job: CounterJob, result: JobResult, ms: number) => {
      const at = clock.now();
      switch (result.kind) {
        case 'ended':
          // The next person may scan the chart the last one just handled.
          latestIntake.current?.resetRepeats();
          latestField.current?.clear();
          dispatch({ type: 'end', reason: result.reason });
          setSlipFailed(null);
          log({ kind: 'visit_end', reason: result.reason });
          if (result.reason === 'clerk') latest.current.wiring.onOpenClerk();
          return;
        case 'failed':
          dispatch({ type: 'refused', reason: 'internal', code: '', at });
          log({ kind: 'crash', message: String(result.error) });
          sound('error');
          return;
        case 'outcome': {
          const { outcome } = result;
          // After an undo the same label may rightly be scanned again at once. (Not after a
          // badge: a double read of a badge must not end the visit it just started.)
          if (outcome.kind === 'undo') {
            latestIntake.current?.resetRepeats();
          }
          dispatch({ type: 'outcome', outcome, at, privacy: config.privacy.walkUp });
          // A slip notice belongs to the visit it came from.
          if (outcome.kind === 'session_start' || outcome.kind === 'session_end')
            setSlipFailed(null);
          log({
            kind: 'scan',
            source: job.kind === 'scan' ? job.scan.source : 'keyboard',
            outcome: outcome.kind,
            ...(outcome.kind === 'rejected' ? { reason: outcome.reason } : {}),
            ...('seq' in outcome ? { seq: outcome.seq } : {}),
            ms,
          });
          const body = entryFromOutcome(outcome, config.privacy.walkUp);
          sound(body === null ? 'success' : soundFor({ ...body, id: 0, at }));
          if (slips && needsSlip(outcome)) printSlip(outcome, at);
          return;
        }
        default: {
          const never: never = result;
          throw new Error(`unhandled job result ${JSON.stringify(never)}`);
        }
      }
    },
    [clock, config.privacy.walkUp, log, sound, slips, printSlip],
  );

  const [queue] = useState(
    () =>
      new ScanQueue({
        desk: services.desk,
        now: () => clock.now(),
        onResult: (job, result, ms) => latestResult.current(job, result, ms),
        onWaiting: (attempts) => {
          dispatch({ type: 'waiting', at: clock.now(), attempts });
          if (attempts === 1 || attempts % 10 === 0) log({ kind: 'db_busy', attempts });
        },
        onPending: (pending) => dispatch({ type: 'queue', pending }),
      }),
  );
  const latestResult = useRef(onResult);
  latestResult.current = onResult;
  useEffect(() => () => queue.dispose(), [queue]);

  const [intake] = useState(
    () =>
      new ScanIntake({
        deliver: (scan) => queue.enqueue({ kind: 'scan', scan }),
        onRefused: (refusal: ScanRefusal) => {
          log({ kind: 'scan_dropped', why: refusal.kind });
          if (refusal.kind === 'repeat') return;
          dispatch({
            type: 'refused',
            reason: refusal.kind === 'check' ? 'check_character' : 'internal',
            code: refusal.scan.code,
            at: clock.now(),
          });
          sound('error');
        },
        debounceMs: config.scanner.debounceMs,
        checkPolicy: config.scanner.checkCharacters,
      }),
  );

  const latestIntake = useRef<ScanIntake | null>(intake);

  const wedgeConfig = useMemo(
    () => resolveWedgeConfig(config.scanner.wedge).config,
    [config.scanner.wedge],
  );
  const now = useCallback(() => clock.now(), [clock]);
  const field = useScanField(wedgeConfig, now, {
    onScan: (scan) => {
      // With `scanner.mode: hid` keyboard bursts are not scanner input: treat them as typed.
      intake.offer(
        inputs.wedge || scan.source !== 'wedge' ? scan : { ...scan, source: 'keyboard' },
      );
    },
    onManual: (text) => {
      // U typed alone in an empty field (not part of a burst) is the undo key.
      if (manual.current === '' && UNDO_KEYS.has(text)) {
        field.clear();
        queue.enqueue({ kind: 'undo', at: clock.now() });
        return;
      }
      manual.current = text;
      dispatch({ type: 'manual', text });
    },
    onError: (reason) => {
      log({ kind: 'input_error', reason });
      dispatch({ type: 'refused', reason: 'unreadable', code: '', at: clock.now() });
      sound('error');
    },
  });

  const latestField = useRef<typeof field | null>(null);
  latestField.current = field;

  // HID scans: to the counter, or to the dialog that is open.
  useEffect(
    () =>
      services.scanner.subscribe((event) => {
        if (event.kind !== 'scan') return;
        const { wiring: w } = latest.current;
        if (w.dialogOpen()) w.dialogScan(event.scan);
        else intake.offer(event.scan);
      }),
    [intake, services.scanner],
  );

  const end = useCallback((reason: EndReason) => queue.enqueue({ kind: 'end', reason }), [queue]);

  useKeypress(
    (key: KeyPress) => {
      dispatch({ type: 'activity', at: clock.now() });
      switch (key.kind) {
        case 'text':
          field.push(key.text);
          return true;
        case 'escape':
          if (manual.current !== '') field.clear();
          else end('escape');
          return true;
        case 'function':
          if (key.n === 2) end('clerk');
          else if (key.n === 10) latest.current.wiring.onOpenExit();
          return true;
        case 'ctrl':
          // Kiosk lockdown: Ctrl+C, Ctrl+Z, Ctrl+\ do nothing. Raw mode already keeps the
          // terminal from turning them into signals.
          if (key.key === 'c' && !config.kiosk.lockdown) services.quit('ctrl_c');
          return true;
        case 'nav':
        case 'other':
          return false;
        default: {
          const never: never = key;
          throw new Error(`unhandled key ${JSON.stringify(never)}`);
        }
      }
    },
    { priority: KEY_PRIORITY.screen },
  );

  // The idle timeout: the visit ends on its own; never while a scan is still being written.
  const deadline = idleDeadline(state, idleMs);
  useEffect(() => {
    if (deadline === null) return;
    const timer = setTimeout(
      () => {
        if (queue.busy) dispatch({ type: 'activity', at: clock.now() });
        else end('timeout');
      },
      Math.max(0, deadline - clock.now()),
    );
    return () => clearTimeout(timer);
  }, [deadline, queue, clock, end]);

  return { state, deadline, slipFailed };
}
