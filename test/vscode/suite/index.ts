/**
 * Entry of the extension-host suite (mocha inside the real editor, using the `vscode` API). The
 * runner (@vscode/test-electron's runTests, with VS Code or the code-server shim) loads this
 * bundle and awaits `run()`.
 */
import Mocha from 'mocha';

/** Runs the suite; rejects when a test fails. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  // The tests are bundled with this file: expose mocha's globals, then load them.
  mocha.suite.emit('pre-require', globalThis, 'concord-suite', mocha);
  await import('./editor.test');
  await import('./workspace.test');
  await import('./annotations.test');
  await import('./entities.test');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} editor test${failures === 1 ? '' : 's'} failed`);
}
