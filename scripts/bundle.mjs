// Bundles the compiled CLI (dist/cli/main.js) into one file, dist/cli/chartdesk.mjs: the
// kiosk then loads one module instead of several hundred, which halves its cold start.
// Native packages stay external; Ink's optional React devtools hook is replaced by a stub.
import { build } from 'esbuild';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/cli/chartdesk.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', 'node-hid', 'node-pty'],
  alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
  // The bundle must sit beside main.js: db/migrations is found relative to it.
  banner: {
    js: "import { createRequire as __chartdeskRequire } from 'node:module'; const require = __chartdeskRequire(import.meta.url);",
  },
  define: { 'process.env.DEV': '"false"' },
  logLevel: 'warning',
  legalComments: 'none',
});
