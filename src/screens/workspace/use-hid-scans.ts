import { useEffect, useRef } from 'react';
import type { AppServices } from '../../app/services.js';

/**
 * Calls `onCode` with each code the HID scanner reads while the component is mounted (wedge
 * scanners need nothing: they type). The handler may change every render.
 */
export function useHidScans(services: AppServices, onCode: (code: string) => void): void {
  const handler = useRef(onCode);
  useEffect(() => {
    handler.current = onCode;
  });
  useEffect(
    () =>
      services.scanner.subscribe((event) => {
        if (event.kind === 'scan') handler.current(event.scan.code);
      }),
    [services.scanner],
  );
}
