#!/usr/bin/env node
// Stands in for the VS Code executable where VS Code desktop cannot be downloaded: accepts the
// arguments @vscode/test-electron's runTests (and @vscode/test-cli) pass to `code`, and runs the
// suite in code-server + headless Chromium instead. Exit code: 0 all passed, 1 otherwise.
// Arguments it understands: --extensionDevelopmentPath=P (repeatable), --extensionTestsPath=P,
// and an optional positional workspace folder; the rest (--no-sandbox, --user-data-dir, …) are
// desktop options with no meaning here, since every run gets fresh dirs anyway.
import { runExtensionTests } from '../lib/extensionTests.mjs';

const devPaths = [];
let testsPath;
let folder;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
  const value = () => inline ?? argv[++i];
  if (flag === '--extensionDevelopmentPath') devPaths.push(value());
  else if (flag === '--extensionTestsPath') testsPath = value();
  else if (flag === '--version' || flag === '-v') {
    console.log('1.100.3\ncode-server-shim\nx64');
    process.exit(0);
  } else if (!a.startsWith('-')) folder = a;
  // Options that take a separate value in the VS Code CLI: skip the value too.
  else if (inline === undefined && ['--user-data-dir', '--extensions-dir', '--locale', '--profile'].includes(flag)) i++;
}
if (!devPaths.length || !testsPath) {
  console.error('code-shim: need --extensionDevelopmentPath and --extensionTestsPath');
  process.exit(1);
}
const code = await runExtensionTests({
  extensionDevelopmentPath: devPaths,
  extensionTestsPath: testsPath,
  folder,
  timeoutMs: Number(process.env.CONCORD_E2E_TIMEOUT_MS) || undefined,
});
process.exit(code === 0 ? 0 : 1);
