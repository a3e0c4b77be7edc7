import { describe, expect, it } from 'vitest';
import {
  CLOSED_EXIT_DIALOG,
  exitDialogReducer,
  MAX_EXIT_TRIES,
  type ExitDialogAction,
  type ExitDialogState,
} from '../../src/state/exit-dialog.js';

function run(...actions: ExitDialogAction[]): ExitDialogState {
  return actions.reduce(exitDialogReducer, CLOSED_EXIT_DIALOG);
}

describe('exit dialog reducer', () => {
  it('goes badge → PIN (digits only) → checking', () => {
    expect(
      run(
        { type: 'open' },
        { type: 'type', text: 'SUP1' },
        { type: 'submit' },
        { type: 'type', text: '4a3' },
        { type: 'backspace' },
        { type: 'type', text: '21' },
        { type: 'submit' },
      ),
    ).toEqual({ step: 'checking', badge: 'SUP1', pin: '421', tries: 0 });
  });

  it('does not submit an empty field', () => {
    expect(run({ type: 'open' }, { type: 'submit' })).toMatchObject({ step: 'badge' });
  });

  it('counts failures and closes after the last try', () => {
    const once = run({ type: 'open' }, { type: 'failed', failure: 'wrong_pin' });
    expect(once).toEqual({ step: 'badge', badge: '', failure: 'wrong_pin', tries: 1 });
    let state = once;
    for (let i = 1; i < MAX_EXIT_TRIES; i++) {
      state = exitDialogReducer(state, { type: 'failed', failure: 'wrong_pin' });
    }
    expect(state).toBe(CLOSED_EXIT_DIALOG);
  });
});
