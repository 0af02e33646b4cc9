/**
 * Capabilities and handlers. Each handler looks up the document, calls a pure feature, and
 * converts the result; no analysis happens here.
 */
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { hover } from './core/features/hover';
import { findingsOf } from './core/index/findings';
import { toCodeActions, toDiagnostic, toOffset, toRange } from './convert';
import { CorpusWorkspace } from './corpusWorkspace';
import { DEFAULT_SETTINGS, sanitiseSettings } from './settings';
import { StatusReporter } from './status';

/** Wires the Concord language server to a connection. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const corpus = new CorpusWorkspace(DEFAULT_SETTINGS);
  const status = new StatusReporter(connection, corpus);
  let canConfigure = false;
  let canWatch = false;
  let ready: Promise<void> = Promise.resolve();

  const publish = (uris: Iterable<string>) => {
    for (const uri of uris) {
      const doc = corpus.index.get(uri);
      const lines = corpus.linesOf(uri);
      const diagnostics =
        doc && lines ? findingsOf(corpus.index, uri).map((f) => toDiagnostic(f, lines, doc.facts.hash, (other) => corpus.linesOf(other))) : [];
      void connection.sendDiagnostics({ uri, diagnostics, version: documents.get(uri)?.version });
    }
  };

  connection.onInitialize((params): InitializeResult => {
    canConfigure = !!params.capabilities.workspace?.configuration;
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const folders = params.workspaceFolders?.map((f) => URI.parse(f.uri).fsPath) ?? (params.rootUri ? [URI.parse(params.rootUri).fsPath] : []);
    corpus.setRoots(folders);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'concord', version: typeof CONCORD_VERSION === 'string' ? CONCORD_VERSION : 'dev' },
    };
  });

  const loadSettings = async () => (canConfigure ? sanitiseSettings(await connection.workspace.getConfiguration('concord')) : DEFAULT_SETTINGS);

  /** Scans the workspace folders (with progress) and publishes what changed plus `alsoPublish`. */
  const rescan = async (title: string, alsoPublish: readonly string[] = []) => {
    status.indexing(0, 0);
    const progress = await connection.window.createWorkDoneProgress().catch(() => null);
    progress?.begin(title, 0, 'finding corpus files', false);
    const changed = await corpus.scan(
      (done, total) => {
        progress?.report(Math.round((100 * done) / total), `${done} of ${total} files`);
        status.indexing(done, total);
      },
      () => false,
    );
    progress?.done();
    publish(new Set([...alsoPublish, ...changed]));
    status.ready();
  };

  connection.onInitialized(async () => {
    if (canWatch) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    }
    ready = (async () => {
      corpus.applySettings(await loadSettings());
      await rescan('Concord: indexing the corpus');
    })();
    connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
      await ready;
      const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
      corpus.setRoots(folders.map((f) => URI.parse(f.uri).fsPath));
      const removed = e.removed.flatMap((folder) => [...corpus.index.documents()].map((d) => d.key).filter((key) => key.startsWith(`${folder.uri}/`)));
      for (const key of removed) corpus.fileDeleted(key);
      await rescan('Concord: indexing new folders', removed);
    });
  });

  connection.onDidChangeConfiguration(async () => {
    await ready;
    const before = corpus.applySettings(await loadSettings());
    await rescan('Concord: applying settings', before);
  });

  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    if (!corpus.isCorpusUri(uri) && e.document.languageId !== 'concord-text') return;
    if (corpus.setFromEditor(uri, e.document.getText())) publish([uri]);
    status.ready();
  });

  documents.onDidClose(async (e) => {
    const uri = e.document.uri;
    if (await corpus.closeInEditor(uri)) publish([uri]);
    else if (!corpus.index.has(uri)) publish([uri]);
    status.ready();
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    await ready;
    const changed: string[] = [];
    for (const change of params.changes) {
      if (change.type === FileChangeType.Deleted) {
        if (corpus.fileDeleted(change.uri)) changed.push(change.uri);
      } else if (await corpus.fileChanged(change.uri)) changed.push(change.uri);
    }
    publish(changed);
    if (changed.length > 0) status.ready();
  });

  connection.onHover((params): Hover | null => {
    const doc = corpus.index.get(params.textDocument.uri);
    const lines = corpus.linesOf(params.textDocument.uri);
    if (!doc || !lines) return null;
    const result = hover(doc.facts, toOffset(lines, params.position));
    return result && { contents: { kind: 'markdown', value: result.markdown }, range: toRange(lines, result.start, result.end) };
  });

  connection.onCodeAction((params): CodeAction[] => {
    const uri = params.textDocument.uri;
    const doc = corpus.index.get(uri);
    const lines = corpus.linesOf(uri);
    if (!doc || !lines) return [];
    const actions = toCodeActions(uri, params.context.diagnostics, lines, doc.facts.hash);
    const seen = new Set<string>();
    return actions.filter((a) => !seen.has(a.title) && !!seen.add(a.title));
  });

  documents.listen(connection);
}

declare const CONCORD_VERSION: string;
