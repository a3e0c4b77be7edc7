/** A progress reporter for one phase of the benchmark. */
export interface Progress {
  /** Reports `done` of `total`. Cheap to call often: it redraws at most once per percent. */
  readonly update: (done: number, total: number) => void;
  /** Ends the phase, printing how long it took. */
  readonly done: () => void;
}

/**
 * A progress bar on stderr. On a terminal it redraws in place; otherwise (a log file, CI) it
 * writes one line per tenth, so a long run can be followed with `tail -f`.
 */
export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  const tty = stream.isTTY === true;
  const width = 30;
  let last = -1;
  return {
    update: (done, total) => {
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const percent = Math.floor(fraction * 100);
      if (percent === last || (!tty && percent % 10 !== 0)) return;
      last = percent;
      const filled = Math.round(fraction * width);
      const bar = `${label.padEnd(28)} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(percent).padStart(3)}%`;
      stream.write(tty ? `\r${bar}` : `${bar}\n`);
    },
    done: () => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      stream.write(
        tty
          ? `\r${label.padEnd(28)} done in ${seconds} s${' '.repeat(30)}\n`
          : `${label.padEnd(28)} done in ${seconds} s\n`,
      );
    },
  };
}
