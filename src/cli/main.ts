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
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first.startsWith('--config') || first === 'kiosk') {
      if (first === '--help' || first === '-h') return help(io);
      return await runKioskCommand(first === 'kiosk' ? rest : argv, io);
    }
    if (first === '--help' || first === '-h' || first === 'help') return help(io);
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
