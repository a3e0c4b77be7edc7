/**
 * Check-character arithmetic for the linear symbologies chart labels use. Pure functions:
 * `compute*` returns the check character for data without one (null when the data holds a
 * character the symbology cannot encode), `has*` says whether the last data character is a
 * correct check character.
 */

const CODE39_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%';

/** Code 39 mod 43 check character for `data`, or null if `data` is not Code 39 text. */
export function computeCode39Check(data: string): string | null {
  let sum = 0;
  for (const ch of data) {
    const value = CODE39_CHARSET.indexOf(ch);
    if (value < 0) return null;
    sum += value;
  }
  return CODE39_CHARSET.charAt(sum % 43);
}

/** True when the last character of `symbolText` is its correct Code 39 mod 43 check. */
export function hasValidCode39Check(symbolText: string): boolean {
  if (symbolText.length < 2) return false;
  return computeCode39Check(symbolText.slice(0, -1)) === symbolText.slice(-1);
}

/** Interleaved 2 of 5 mod 10 check digit (weights 3,1,3… from the right), or null. */
export function computeI2of5Check(digits: string): string | null {
  if (!/^[0-9]+$/.test(digits)) return null;
  let sum = 0;
  let weight = 3;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    sum += Number(digits.charAt(i)) * weight;
    weight = weight === 3 ? 1 : 3;
  }
  return String((10 - (sum % 10)) % 10);
}

/** True when the last digit of `symbolText` is its correct I2of5 mod 10 check digit. */
export function hasValidI2of5Check(symbolText: string): boolean {
  if (symbolText.length < 2) return false;
  return computeI2of5Check(symbolText.slice(0, -1)) === symbolText.slice(-1);
}

// Values 0–15 are data characters; start/stop A–D (alias T N * E) are 16–19.
const CODABAR_DATA = '0123456789-$:/.+';
const CODABAR_STOPS = 'ABCD';
const CODABAR_STOP_ALIASES = 'TN*E';

function codabarValue(ch: string): number {
  const data = CODABAR_DATA.indexOf(ch);
  if (data >= 0) return data;
  const upper = ch.toUpperCase();
  const stop = CODABAR_STOPS.indexOf(upper);
  if (stop >= 0) return 16 + stop;
  const alias = CODABAR_STOP_ALIASES.indexOf(upper);
  return alias >= 0 ? 16 + alias : -1;
}

function isCodabarStartStop(ch: string): boolean {
  return codabarValue(ch) >= 16;
}

/**
 * Codabar mod 16 check character for a symbol given with its start and stop characters
 * (e.g. `A789A` → `8`). The check goes just before the stop character. Null when the text
 * lacks start/stop characters or holds a character Codabar cannot encode.
 */
export function computeCodabarCheck(symbolWithoutCheck: string): string | null {
  if (symbolWithoutCheck.length < 2) return null;
  const chars = [...symbolWithoutCheck];
  if (!isCodabarStartStop(chars[0] ?? '') || !isCodabarStartStop(chars[chars.length - 1] ?? '')) {
    return null;
  }
  let sum = 0;
  for (const [index, ch] of chars.entries()) {
    const value = codabarValue(ch);
    // Start/stop characters are only legal at the two ends.
    if (value < 0 || (value >= 16 && index > 0 && index < chars.length - 1)) return null;
    sum += value;
  }
  return CODABAR_DATA.charAt((16 - (sum % 16)) % 16);
}

/** True when a Codabar symbol (start, data, check, stop) carries a correct mod 16 check. */
export function hasValidCodabarCheck(symbolText: string): boolean {
  if (symbolText.length < 4) return false;
  const check = symbolText.charAt(symbolText.length - 2);
  const without = symbolText.slice(0, -2) + symbolText.slice(-1);
  return computeCodabarCheck(without) === check;
}
