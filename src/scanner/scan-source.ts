/**
 * Which inputs may produce scans, from `scanner.mode`. In `auto` the HID supervisor runs and
 * keyboard bursts are accepted as well: a site can swap a keyboard-mode scanner for a HID POS
 * one (or run both) without a config change. Manual entry (typing + Enter) is always on: a
 * damaged label must still be enterable by hand.
 */
import { assertNever } from './types.js';

/** `scanner.mode` in kiosk.config.json. */
export type ScannerMode = 'hid' | 'wedge' | 'auto';

/** The inputs to run for a mode. */
export interface ActiveInputs {
  /** Start the HID supervisor. */
  readonly hid: boolean;
  /** Take fast keyboard bursts as wedge scans. */
  readonly wedge: boolean;
  /** Accept slowly typed text submitted with Enter (source 'keyboard'). */
  readonly manual: boolean;
}

/** Maps the configured mode to the inputs to run. */
export function activeInputs(mode: ScannerMode): ActiveInputs {
  switch (mode) {
    case 'hid':
      return { hid: true, wedge: false, manual: true };
    case 'wedge':
      return { hid: false, wedge: true, manual: true };
    case 'auto':
      return { hid: true, wedge: true, manual: true };
    default:
      return assertNever(mode);
  }
}
