import { EventEmitter } from 'node:events';

/** A terminal's output side for an in-process render: size, and every write to a listener. */
export class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  columns: number;
  rows: number;
  /** Called with each write, as it happens. */
  onWrite: (text: string) => void = () => undefined;

  constructor(columns: number, rows: number) {
    super();
    this.columns = columns;
    this.rows = rows;
  }

  /** Part of the stream interface Ink uses. */
  write(data: string | Uint8Array): boolean {
    this.onWrite(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
    return true;
  }
}

/** A terminal's input side: what Ink reads from, in raw mode; `type` hands it a burst. */
export class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private pending: string | null = null;

  /** Delivers a burst of keystrokes in one chunk, as a wedge scanner's USB report does. */
  type(data: string): void {
    this.pending = data;
    this.emit('readable');
    this.emit('data', data);
  }

  /** Part of the stream interface Ink uses. */
  read(): string | null {
    const data = this.pending;
    this.pending = null;
    return data;
  }

  /** Part of the stream interface Ink uses. */
  setRawMode(_mode: boolean): this {
    return this;
  }

  /** Part of the stream interface Ink uses. */
  setEncoding(_encoding: string): this {
    return this;
  }

  /** Part of the stream interface Ink uses. */
  ref(): this {
    return this;
  }

  /** Part of the stream interface Ink uses. */
  unref(): this {
    return this;
  }

  /** Part of the stream interface Ink uses. */
  resume(): this {
    return this;
  }

  /** Part of the stream interface Ink uses. */
  pause(): this {
    return this;
  }
}

// CSI/OSC escape sequences, so frames can be searched as plain text.
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;

/** The text of terminal output without escape sequences. */
export function plainText(output: string): string {
  return output.replace(ANSI, '');
}
