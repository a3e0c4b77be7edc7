/**
 * Applies the site's check-character policy to a scan. Labels printed with a check character
 * are verified here when the scanner did not already verify it, so a misread digit is caught
 * before a chart moves. Errors are values: the screen decides how to tell the clerk.
 */
import { parseAimId } from './aim.js';
import { hasValidCodabarCheck, hasValidCode39Check, hasValidI2of5Check } from './check-chars.js';
import type { Scan } from './types.js';

/** Symbologies whose check characters chartdesk can verify. */
export type CheckedSymbology = 'code39' | 'interleaved2of5' | 'codabar';

/** Which symbologies' labels carry a check character (as the site's config says). */
export interface CheckPolicy {
  /** Code 39 labels end with a mod 43 check character. */
  readonly code39?: boolean;
  /** Interleaved 2 of 5 labels end with a mod 10 check digit. */
  readonly interleaved2of5?: boolean;
  /** Codabar labels carry a mod 16 check character before the stop character. */
  readonly codabar?: boolean;
  /**
   * Symbology assumed for scans without an AIM identifier (wedge, Newland, typed), or null to
   * leave them unchecked. Typed codes are checked too: a typo is as bad as a misread.
   */
  readonly unidentified?: CheckedSymbology | null;
}

/** Outcome of the check. */
export type CheckResult =
  { readonly kind: 'ok' } | { readonly kind: 'error'; readonly reason: string };

const OK: CheckResult = { kind: 'ok' };

// AIM modifiers saying the scanner verified the check character and stripped it: nothing is
// left to verify. (Code 39: 3, 7; I2of5: 3.)
function checkAlreadyStripped(code: string, modifier: string): boolean {
  return (
    (code === 'A' && (modifier === '3' || modifier === '7')) || (code === 'I' && modifier === '3')
  );
}

function symbologyOf(scan: Scan, policy: CheckPolicy): CheckedSymbology | null {
  if (scan.symbology === null) return policy.unidentified ?? null;
  const aim = parseAimId(scan.symbology);
  if (aim === null) return null;
  if (checkAlreadyStripped(aim.code, aim.modifier)) return null;
  switch (aim.symbology) {
    case 'code39':
    case 'interleaved2of5':
    case 'codabar':
      return aim.symbology;
    default:
      return null;
  }
}

/** Verifies the scan's check character when the policy says its symbology carries one. */
export function checkScan(scan: Scan, policy: CheckPolicy): CheckResult {
  const symbology = symbologyOf(scan, policy);
  if (symbology === null || policy[symbology] !== true) return OK;
  switch (symbology) {
    case 'code39':
      return hasValidCode39Check(scan.code)
        ? OK
        : { kind: 'error', reason: `Code 39 check character does not match in ${scan.code}` };
    case 'interleaved2of5':
      return hasValidI2of5Check(scan.code)
        ? OK
        : {
            kind: 'error',
            reason: `Interleaved 2 of 5 check digit does not match in ${scan.code}`,
          };
    case 'codabar':
      return hasValidCodabarCheck(scan.code)
        ? OK
        : {
            kind: 'error',
            reason: `Codabar check character does not match in ${scan.code} (start/stop characters must be transmitted)`,
          };
  }
}
