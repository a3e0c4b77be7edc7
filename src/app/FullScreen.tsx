/**
 * The terminal's size, live. Ink 6 has no full-screen mode: the alternate screen is entered
 * by the composition root (terminal.ts), and this component gives its child the size from
 * `useStdout()` (80×24 when the stream does not say) and lays out again on every resize.
 */
import { useStdout } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';

/** A terminal size in cells. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Used when the output stream does not report its size. */
export const FALLBACK_SIZE: Size = { width: 80, height: 24 };

/** Props of the full-screen frame. */
export interface FullScreenProps {
  /** Renders the screen for a size. */
  readonly children: (size: Size) => ReactNode;
}

function sizeOf(stdout: NodeJS.WriteStream): Size {
  return {
    width: stdout.columns > 0 ? stdout.columns : FALLBACK_SIZE.width,
    height: stdout.rows > 0 ? stdout.rows : FALLBACK_SIZE.height,
  };
}

/**
 * Renders the child at the terminal's size, one row short: a frame as tall as the terminal
 * makes Ink clear and repaint the whole screen on every update (flicker), so the last row
 * stays empty.
 */
export function FullScreen({ children }: FullScreenProps) {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const onResize = (): void => setSize(sizeOf(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return children({ width: size.width, height: Math.max(1, size.height - 1) });
}
