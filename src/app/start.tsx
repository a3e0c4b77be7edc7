import { Box, render, Text, useApp, useInput } from 'ink';
import { useState } from 'react';
import type { Config } from '../config/schema.js';
import type { Store } from '../db/store.js';
import { Desk } from '../engine/desk.js';
import type { Io } from '../cli/context.js';

/** What the kiosk needs to run. */
export interface KioskDeps {
  readonly config: Config;
  readonly baseDir: string;
  readonly store: Store;
  readonly io: Io;
}

function Minimal({ desk }: { readonly desk: Desk }) {
  const { exit } = useApp();
  const [line, setLine] = useState('');
  const [last, setLast] = useState('Scan your badge, then your charts.');
  useInput((input, key) => {
    if (key.escape) exit();
    else if (key.return || input.includes('\r')) {
      const code = (line + input).replace(/[\r\n]/g, '');
      setLast(desk.scan({ code, source: 'keyboard', at: Date.now() }).kind);
      setLine('');
    } else setLine(line + input);
  });
  return (
    <Box flexDirection="column">
      <Text>{last}</Text>
      <Text>&gt; {line}</Text>
    </Box>
  );
}

/** Renders the kiosk until it exits; resolves to the exit code. */
export async function startKiosk(deps: KioskDeps): Promise<number> {
  const desk = new Desk(deps.store, {
    counter: deps.config.counter.name,
    rules: { loanHours: deps.config.loanHours },
    undoWindowMs: deps.config.undo.windowSeconds * 1000,
    undoBarcode: deps.config.undo.barcode,
  });
  const app = render(<Minimal desk={desk} />, { exitOnCtrlC: false, patchConsole: false });
  await app.waitUntilExit();
  return 0;
}
