// Starts and stops a throwaway code-server (VS Code 1.100 server + web workbench) on loopback.
// Every instance gets its own user-data-dir, extensions-dir and XDG dirs under one temp root, so a
// test never sees a user's settings or another run's state, and stop() removes all of it.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const codeServerBin = path.join(e2eDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Settings that keep the workbench quiet and deterministic: nothing opens or pops up by itself. */
export const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'editor.accessibilitySupport': 'off',
  // Hovers must appear only when a test asks, and stay while it reads them.
  'editor.hover.delay': 100,
  'editor.hover.sticky': true,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
  'chat.commandCenter.enabled': false,
};

/** A free TCP port on 127.0.0.1 (asks the kernel, then releases it for code-server). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Process groups still alive; killed synchronously if this Node process exits in any way, so a
// failed or interrupted test never leaves a code-server (≈ 0.5 GB) behind.
const liveGroups = new Set();
const tempDirs = new Set();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const cleanAll = () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', cleanAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1)));
  }
}

/** Removes `dir` when this process exits, however it exits (normal cleanup may never run). */
export function removeOnExit(dir) {
  installExitHook();
  tempDirs.add(dir);
  return dir;
}
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

function runToEnd(args, env, label) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [codeServerBin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${label} exited with ${code}:\n${out}`)),
    );
  });
}

/**
 * Starts code-server and resolves once it answers HTTP.
 * @param {object} [opts]
 * @param {string[]} [opts.vsix] .vsix files to install first (offline, into the fresh extensions-dir)
 * @param {object} [opts.settings] extra user settings, merged over quietSettings
 * @param {boolean} [opts.verbose] echo code-server's output
 * @param {number} [opts.startTimeoutMs]
 * @returns {Promise<{url: string, port: number, root: string, userDataDir: string, extensionsDir: string, log: () => string, stop: () => Promise<void>}>}
 */
export async function startCodeServer(opts = {}) {
  if (!existsSync(codeServerBin)) throw new Error(`code-server is not installed: run test/e2e/setup.sh`);
  installExitHook();
  const root = removeOnExit(mkdtempSync(path.join(tmpdir(), 'concord-cs-')));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...quietSettings, ...opts.settings }, null, 2),
  );
  // code-server writes ~/.config/code-server/config.yaml on first start; keep it in the temp root.
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(root, 'config'),
    XDG_DATA_HOME: path.join(root, 'data'),
    XDG_CACHE_HOME: path.join(root, 'cache'),
    // An inherited password or VSCODE_* variable from an outer editor would change behaviour.
    PASSWORD: '',
    HASHED_PASSWORD: '',
    VSCODE_IPC_HOOK_CLI: '',
    // No extension marketplace: nothing to reach offline, and a test must not depend on one.
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '', itemUrl: '', resourceUrlTemplate: '' }),
  };
  const dirArgs = [`--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`];

  const cleanup = () => {
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    tempDirs.delete(root);
  };
  try {
    for (const vsix of opts.vsix ?? []) {
      await runToEnd([...dirArgs, '--install-extension', path.resolve(vsix), '--force'], env, `install ${vsix}`);
    }
  } catch (e) {
    cleanup();
    throw e;
  }

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      codeServerBin,
      ...dirArgs,
      `--bind-addr=127.0.0.1:${port}`,
      '--auth=none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    // Own process group: stop() can end code-server together with its extension hosts and
    // language servers (grand-children that would otherwise outlive it).
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  liveGroups.add(child.pid);
  let log = '';
  const onData = (d) => {
    log += d;
    if (opts.verbose) process.stderr.write(d);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    // The group may still hold extension hosts that ignored SIGTERM.
    killGroup(child.pid, 'SIGKILL');
    liveGroups.delete(child.pid);
    cleanup();
  }

  try {
    await waitUntilAnswering(url, exited, opts.startTimeoutMs ?? 60_000, () => log);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, root, userDataDir, extensionsDir, log: () => log, stop };
}

/** Resolves when /healthz answers; rejects at once if code-server exits, or at the deadline. */
async function waitUntilAnswering(url, exited, timeoutMs, log) {
  const deadline = Date.now() + timeoutMs;
  let dead = null;
  exited.then((r) => (dead = r));
  for (let attempt = 0; ; attempt++) {
    if (dead) throw new Error(`code-server exited (${dead.code ?? dead.signal}) before answering:\n${log()}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer within ${timeoutMs} ms:\n${log()}`);
    // Back off between polls (this is a poll on a condition, bounded by the deadline).
    await Promise.race([exited, new Promise((r) => setTimeout(r, Math.min(50 * 2 ** attempt, 500)))]);
  }
}

/** The vscode-remote URI code-server's workbench uses for a path on this machine. */
export function remoteUri(server, absPath) {
  return `vscode-remote://127.0.0.1:${server.port}${path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/')}`;
}
