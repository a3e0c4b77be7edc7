// `npm run soak`: the reliability harnesses plus the other suites' property tests that scale
// with SOAK, with a setup file that counts the inputs each property really tried.
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'test/reliability/**/*.test.ts',
      'test/scanner/properties.test.ts',
      'test/engine/replay.property.test.ts',
    ],
    setupFiles: [
      ...[base.test?.setupFiles ?? []].flat(),
      'test/reliability/harness/fuzz-counter.ts',
    ],
    testTimeout: 4 * 3_600_000,
    // Wall-clock heavy harnesses must not fight each other for the cores.
    fileParallelism: false,
  },
});
