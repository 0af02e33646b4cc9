// Bundles the extension client, the language server, the CLI and the measuring scripts into dist/.
// `node esbuild.mjs --watch` rebuilds on change; `--production` minifies for the .vsix.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Entry points: out name → source. Optional ones are bundled only when their source exists. */
const entries = {
  client: 'client/src/extension.ts',
  server: 'server/src/main.ts',
  cli: 'server/src/cli/main.ts',
  bench: 'bench/bench.ts',
  eval: 'eval/eval.ts',
  'test/vscode/index': 'test/vscode/suite/index.ts',
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  external: ['vscode'],
  // Prefer ES module builds: jsonc-parser's UMD build requires files esbuild cannot see.
  mainFields: ['module', 'main'],
  define: { CONCORD_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
  // mocha (bundled into the editor suite) resolves its parallel-mode workers lazily; we never use them.
  logOverride: { 'require-resolve-not-external': 'silent' },
};

const builds = Object.entries(entries)
  .filter(([, src]) => existsSync(src))
  .map(([out, src]) => ({
    ...common,
    entryPoints: [src],
    outfile: `dist/${out}.js`,
  }));

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
