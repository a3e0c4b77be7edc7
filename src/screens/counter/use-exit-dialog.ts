/**
 * Wiring of the exit-kiosk dialog (F10): keys at dialog priority while it is open, a HID badge
 * scan fills the badge step, and the PIN is checked against an active supervisor. On success
 * the kiosk closes (the try is in the events table either way).
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useServices } from '../../app/services.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import type { Scan } from '../../scanner/types.js';
import { tokenizeTerminalInput } from '../../scanner/terminal-tokens.js';
import {
  CLOSED_EXIT_DIALOG,
  exitDialogReducer,
  type ExitDialogAction,
  type ExitDialogState,
} from '../../state/exit-dialog.js';

/** The dialog's state and controls. */
export interface ExitDialog {
  readonly state: ExitDialogState;
  readonly isOpen: boolean;
  /** Whether it is open right now (ahead of the next render). */
  readonly isOpenNow: () => boolean;
  /** Opens the dialog. */
  readonly open: () => void;
  /** A HID scan while the dialog is open. */
  readonly takeScan: (scan: Scan) => void;
}

/** Wires the exit-kiosk dialog. */
export function useExitDialog(): ExitDialog {
  const services = useServices();
  const [state, dispatchToReact] = useReducer(exitDialogReducer, CLOSED_EXIT_DIALOG);
  // A mirror updated at dispatch time: keys that arrive before React re-renders (a badge
  // burst right after F10) must already go to the dialog.
  const current = useRef<ExitDialogState>(CLOSED_EXIT_DIALOG);
  const dispatch = useCallback((action: ExitDialogAction) => {
    current.current = exitDialogReducer(current.current, action);
    dispatchToReact(action);
  }, []);
  const isOpen = state.step !== 'closed';

  useKeypress(
    (key) => {
      if (current.current.step === 'closed') return false;
      switch (key.kind) {
        case 'escape':
          dispatch({ type: 'close' });
          return true;
        case 'text':
          for (const token of tokenizeTerminalInput(key.text).tokens) {
            if (token.kind === 'char') dispatch({ type: 'type', text: token.char });
            else if (token.kind === 'backspace') dispatch({ type: 'backspace' });
            else if (token.char !== '\t') dispatch({ type: 'submit' });
          }
          return true;
        default:
          // Nothing else reaches the counter while the dialog is open.
          return true;
      }
    },
    { priority: KEY_PRIORITY.dialog },
  );

  // Check after the "Checking…" frame is drawn: scrypt takes a noticeable moment.
  useEffect(() => {
    if (state.step !== 'checking') return;
    const timer = setTimeout(() => {
      const check = services.authorizeExit(state.badge, state.pin, services.clock.now());
      if (check.ok) {
        services.log({ kind: 'kiosk_stop', why: 'supervisor' });
        services.quit('supervisor');
        dispatch({ type: 'close' });
      } else {
        services.log({ kind: 'exit_denied', failure: check.failure });
        services.sound('error');
        dispatch({ type: 'failed', failure: check.failure });
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [state, services, dispatch]);

  const open = useCallback(() => dispatch({ type: 'open' }), [dispatch]);
  const takeScan = useCallback(
    (scan: Scan) => {
      dispatch({ type: 'type', text: scan.code });
      dispatch({ type: 'submit' });
    },
    [dispatch],
  );
  const isOpenNow = useCallback(() => current.current.step !== 'closed', []);
  return { state, isOpen, isOpenNow, open, takeScan };
}
