import { useEffect, useRef } from 'react';
import type { AppServices } from '../../app/services.js';

/** The typed field after a run of text: what is still typed, and the codes Enter completed. */
export interface TypedCodes {
  readonly typed: string;
  readonly codes: readonly string[];
}

/**
 * Applies a run of typed text (keys, a paste, or a keyboard-wedge burst ending in Enter) to
 * the scan field. Every Enter completes a code, so a burst of several codes adds them all;
 * control characters other than Enter and backspace are dropped.
 */
export function typeCodes(typed: string, text: string, maxLength = 128): TypedCodes {
  let buffer = typed;
  const codes: string[] = [];
  for (const ch of text) {
    if (ch === '\r' || ch === '\n') {
      if (buffer.trim() !== '') codes.push(buffer.trim());
      buffer = '';
    } else if (ch === '\u007f' || ch === '\b') buffer = [...buffer].slice(0, -1).join('');
    else if (ch >= ' ' && ch !== '\u007f' && [...buffer].length < maxLength) buffer += ch;
  }
  return { typed: buffer, codes };
}

/**
 * Calls `onCode` for each code the HID scanner reads while `active` (wedge scanners type, and
 * reach the screen as keys). The handler may change every render.
 */
export function useHidCodes(
  services: AppServices,
  active: boolean,
  onCode: (code: string) => void,
): void {
  const handler = useRef(onCode);
  useEffect(() => {
    handler.current = onCode;
  });
  useEffect(() => {
    if (!active) return;
    return services.scanner.subscribe((event) => {
      if (event.kind === 'scan') handler.current(event.scan.code);
    });
  }, [services.scanner, active]);
}
