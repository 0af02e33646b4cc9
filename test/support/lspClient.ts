/**
 * A minimal LSP client for protocol tests: starts the bundled `dist/server.js --stdio`, answers
 * the server's requests (configuration, registrations, progress), records its notifications, and
 * waits on conditions (never fixed sleeps).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { REPO } from './shared';

/** Starts the bundled server on a folder and waits until it has indexed it. */
export async function startServerOn(folder: string, workspace: Record<string, unknown> = {}): Promise<LspTestClient> {
  const lsp = new LspTestClient();
  await lsp.initialize([URI.file(folder).toString()], workspace);
  await lsp.ready();
  return lsp;
}

/** A running server and what it has said. */
export class LspTestClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** How many times diagnostics were published for each URI. */
  readonly publications = new Map<string, number>();
  readonly statuses: { state: string; documents: number; figures: number; findings: number; skipped: unknown[] }[] = [];
  settings: Record<string, unknown> = {};
  private readonly waiters: (() => void)[] = [];
  private readonly child: ChildProcess;
  stderr = '';
  /** Exit code once the server has exited. */
  exitCode: number | null = null;

  constructor() {
    this.child = spawn(process.execPath, [path.join(REPO, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.child.on('exit', (code) => {
      this.exitCode = code ?? -1;
      this.wake();
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/workspaceFolders', () => this.folders);
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.publications.set(p.uri, (this.publications.get(p.uri) ?? 0) + 1);
      this.wake();
    });
    this.connection.onNotification('concord/status', (p) => {
      this.statuses.push(p);
      this.wake();
    });
    this.connection.onNotification(() => this.wake());
    this.connection.listen();
  }

  folders: { uri: string; name: string }[] = [];

  /** initialize + initialized with the given workspace folder URIs (and any more workspace capabilities). */
  async initialize(folderUris: string[], workspace: Record<string, unknown> = {}): Promise<unknown> {
    this.folders = folderUris.map((uri, i) => ({ uri, name: `folder${i}` }));
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folderUris[0] ?? null,
      workspaceFolders: this.folders,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, ...workspace },
        window: { workDoneProgress: true },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { relatedInformation: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves when `condition` holds, re-checking on every message; rejects after `ms`. */
  async waitFor<T>(what: string, condition: () => T | undefined | false, ms = 15000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = condition();
      if (value) return value;
      if (this.exitCode !== null) throw new Error(`the server exited (${this.exitCode}) while waiting for ${what}: ${this.stderr.slice(-2000)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until the server reports that indexing finished. */
  ready(): Promise<unknown> {
    return this.waitFor('status ready', () => this.statuses.find((s) => s.state === 'ready'));
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Shuts the server down and waits for it to exit. */
  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      await new Promise<void>((resolve) => {
        if (this.child.exitCode !== null) return resolve();
        const timer = setTimeout(() => this.child.kill(), 3000);
        this.child.on('exit', () => (clearTimeout(timer), resolve()));
      });
      this.connection.dispose();
    }
  }
}
