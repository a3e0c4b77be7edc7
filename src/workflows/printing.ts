import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/schema.js';

/** What printing did. */
export type PrintResult =
  | { readonly kind: 'off' }
  | { readonly kind: 'printed'; readonly via: 'file'; readonly file: string }
  | { readonly kind: 'printed'; readonly via: 'spooler'; readonly command: string }
  | { readonly kind: 'failed'; readonly message: string };

/** Longest a spooler command may take before it is stopped. */
export const PRINT_TIMEOUT_MS = 15_000;

/**
 * Splits a configured print command into program and arguments the way a POSIX shell would
 * for plain words, single quotes, double quotes and backslashes, and nothing else: no
 * variables, globs, pipes or redirections, since the command runs without a shell.
 */
export function splitCommand(
  command: string,
): { ok: true; argv: string[] } | { ok: false; message: string } {
  const argv: string[] = [];
  let word: string | null = null;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < command.length; i += 1) {
    const ch = command.charAt(i);
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && /["\\$`]/.test(command.charAt(i + 1))) {
        word += command.charAt(i + 1);
        i += 1;
      } else word += ch;
    } else if (/\s/.test(ch)) {
      if (word !== null) argv.push(word);
      word = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word ??= '';
    } else if (ch === '\\') {
      word = (word ?? '') + command.charAt(i + 1);
      i += 1;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote !== null) return { ok: false, message: `unclosed ${quote} quote in the print command` };
  if (word !== null) argv.push(word);
  if (argv.length === 0) return { ok: false, message: 'the print command is empty' };
  return { ok: true, argv };
}

/**
 * Prints text as config.printing says: not at all (off), appended to a file (mode 0600, one
 * form feed between jobs), or piped on stdin to the spooler command (e.g. `lp -d counter`),
 * run without a shell. Never throws: a failure comes back as a value for the screen to show.
 */
export function printText(
  printing: Config['printing'],
  baseDir: string,
  text: string,
): Promise<PrintResult> {
  switch (printing.mode) {
    case 'off':
      return Promise.resolve({ kind: 'off' });
    case 'file': {
      const file = path.resolve(baseDir, printing.file);
      try {
        appendFileSync(file, `${text}${text.endsWith('\n') ? '' : '\n'}\f\n`, { mode: 0o600 });
        return Promise.resolve({ kind: 'printed', via: 'file', file });
      } catch (error) {
        return Promise.resolve({
          kind: 'failed',
          message: `cannot write ${file}: ${(error as Error).message}`,
        });
      }
    }
    case 'spooler':
      return spool(printing.command, text);
    default: {
      const never: never = printing.mode;
      throw new Error(`unknown print mode ${String(never)}`);
    }
  }
}

function spool(command: string, text: string): Promise<PrintResult> {
  const split = splitCommand(command);
  if (!split.ok) return Promise.resolve({ kind: 'failed', message: split.message });
  const [program, ...args] = split.argv as [string, ...string[]];
  return new Promise((resolve) => {
    let stderr = '';
    let settled = false;
    const finish = (result: PrintResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const child = spawn(program, args, { stdio: ['pipe', 'ignore', 'pipe'], shell: false });
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      finish({
        kind: 'failed',
        message: `${program} did not finish within ${PRINT_TIMEOUT_MS / 1000} s`,
      });
    }, PRINT_TIMEOUT_MS);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 2000) stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish({ kind: 'failed', message: `cannot run ${program}: ${error.code ?? error.message}` });
    });
    child.on('close', (code) => {
      if (code === 0) finish({ kind: 'printed', via: 'spooler', command });
      else
        finish({
          kind: 'failed',
          message: `${program} exited with ${code ?? 'a signal'}${stderr ? `: ${stderr.trim().split('\n')[0] ?? ''}` : ''}`,
        });
    });
    // A spooler that exits early closes stdin: that is reported by 'close', not thrown.
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
  });
}
