import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';

/** The machine a run measured, recorded beside its figures. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly freeMemoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly sqlite: string;
  /** 1-minute load average when the run started: above the core count, figures are noisy. */
  readonly loadAverage: number;
}

/** Describes this machine. */
export function machine(sqliteVersion: string): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    sqlite: sqliteVersion,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
