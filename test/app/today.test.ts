import { describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/compose.js';
import { memoryLog } from '../../src/app/file-log.js';
import { ScannerHub } from '../../src/app/scanner-feed.js';
import { seedSmall, T0, tempStore, testConfig } from '../helpers/temp-db.js';

describe("today's counts", () => {
  it('counts check-outs and transfers as out, returns as back, net of undos', () => {
    const store = tempStore();
    seedSmall(store);
    const services = createServices({
      config: testConfig(),
      store,
      scanner: new ScannerHub(),
      log: memoryLog(),
      sound: () => undefined,
      quit: () => undefined,
    });
    const { desk } = services;
    const scan = (code: string, at: number) => desk.scan({ code, source: 'cli', at });
    scan('NURSE1', T0);
    scan('C1', T0 + 1);
    scan('C2', T0 + 2);
    scan('C3', T0 + 3);
    desk.undo(T0 + 4);
    scan('NURSE2', T0 + 5);
    scan('C2', T0 + 6);
    desk.endVisit();
    scan('C1', T0 + 7);
    expect(services.today(T0 + 10)).toEqual({ out: 3, back: 1 });
    // Tomorrow starts at zero.
    expect(services.today(T0 + 86_400_000)).toEqual({ out: 0, back: 0 });
  });
});
