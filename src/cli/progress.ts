/** A progress bar on stderr for long work; silent when stderr is not a terminal. */
export function progressBar(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  label: string,
): { update: (done: number, total: number) => void; done: () => void } {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = -1;
  const width = 30;
  return {
    update: (done, total) => {
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const percent = Math.floor(fraction * 100);
      if (percent === last) return;
      last = percent;
      const filled = Math.round(fraction * width);
      stream.write(
        `\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(percent).padStart(3)}%`,
      );
    },
    done: () => {
      if (last >= 0) stream.write('\n');
    },
  };
}
