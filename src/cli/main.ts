#!/usr/bin/env node
import { runBackup } from './backup.js';
import { CommandError, EXIT, type Io } from './context.js';
import { runDemo } from './demo.js';
import { runExport } from './export.js';
import { HELP } from './help.js';
import { runImport } from './import.js';
import { runKioskCommand } from './kiosk.js';
import { runScan } from './scan.js';
import { runVerify } from './verify.js';
import { runWhere } from './where.js';
import { extraCommands } from './registry.js';

type Command = (args: readonly string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  import: runImport,
  scan: runScan,
  where: runWhere,
  export: runExport,
  verify: runVerify,
  backup: runBackup,
  demo: runDemo,
  ...extraCommands,
};

/** Runs one chartdesk command line and returns its exit code; never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const { command: first, rest } = splitCommand(argv);
  try {
    if (first === undefined || first === 'kiosk') {
      if (rest.includes('--help') || rest.includes('-h')) return help(io);
      return await runKioskCommand(rest, io);
    }
    if (first === 'help') return help(io);
    const command = COMMANDS[first];
    if (!command) {
      io.stderr.write(`chartdesk: unknown command "${first}"\n\n${HELP.main}\n`);
      return EXIT.usage;
    }
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CommandError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`chartdesk: unexpected error: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
}

/** Finds the command word; a leading `--config FILE` may stand before it. */
export function splitCommand(argv: readonly string[]): {
  command: string | undefined;
  rest: string[];
} {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i] ?? '';
    if (arg === '--config') {
      leading.push(arg, argv[i + 1] ?? '');
      i += 2;
    } else if (arg.startsWith('--config=')) {
      leading.push(arg);
      i += 1;
    } else break;
  }
  const command = argv[i];
  if (command === '--help' || command === '-h' || command === 'help')
    return { command: 'help', rest: [] };
  return { command, rest: [...argv.slice(i + 1), ...leading] };
}

function help(io: Io): number {
  io.stdout.write(`${HELP.main}\n`);
  return EXIT.ok;
}

// A reader that closes the pipe early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`chartdesk: ${(error as Error).message}\n`);
    process.exitCode = EXIT.failed;
  },
);
