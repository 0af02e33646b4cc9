/**
 * Capabilities and handlers. Each handler looks up the document, calls a pure feature, and
 * converts the result; no analysis happens here.
 */
import {
  CodeActionKind,
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
import { DECISION_COMMANDS, DecisionsFile } from './handlers/decisions';
import { registerEntities } from './handlers/entities';
import { KnowledgeBaseFile } from './handlers/knowledgeBase';
import { ADD_TO_KNOWLEDGE_BASE_COMMAND } from './core/features/knowledgeBaseEdits';
import { registerNavigation } from './handlers/navigation';
import { registerEditorFeatures } from './handlers/editorFeatures';
import { Annotations, ANNOTATION_SERVER_COMMANDS } from './handlers/annotations';
import { TOKEN_TYPES } from './core/features/tokens';

/** How long after the last change documents sharing an entity with it are re-published. */
const NEIGHBOURS_DELAY_MS = 300;
/** How many changed documents are re-published at once (the edited one comes first); the rest wait for the batch. */
const IMMEDIATE_FILES = 32;
/** How many documents of the settled batch are re-published between other requests. */
const LATER_SLICE = 50;

/** Wires the Concord language server to a connection. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const corpus = new CorpusWorkspace(DEFAULT_SETTINGS);
  /** Diagnostics published per document (documents with none are left out), for the status item. */
  const problems = new Map<string, number>();
  let problemTotal = 0;
  const status = new StatusReporter(connection, corpus, () => problemTotal);
  let roots: string[] = [];
  let canConfigure = false;
  let canWatch = false;
  let ready: Promise<void> = Promise.resolve();

  const send = (uris: Iterable<string>): void => {
    for (const uri of uris) {
      const doc = corpus.index.get(uri);
      const lines = corpus.linesOf(uri);
      const diagnostics =
        doc && lines ? annotations.adjust(uri, findingsOf(corpus.index, uri)).map((f) => toDiagnostic(f, uri, lines, doc.facts.hash, (other) => corpus.linesOf(other))) : [];
      void connection.sendDiagnostics({ uri, diagnostics, version: documents.get(uri)?.version });
      problemTotal += diagnostics.length - (problems.get(uri) ?? 0);
      if (diagnostics.length > 0) problems.set(uri, diagnostics.length);
      else problems.delete(uri);
    }
  };
  // Spelling findings of other documents depend on the changed documents' names: those are
  // re-published once a burst of edits settles, so typing never waits for them. So are other
  // files sharing a claim when an edit touches many of them (a claim stated across a large corpus):
  // the first few go out at once, the rest with the settled batch, in slices that let requests in.
  const later = new Set<string>();
  /** Documents typed in since the last settled batch: their other claims' comparisons catch up then (`settleStory`). */
  const settling = new Set<string>();
  let laterTimer: NodeJS.Timeout | undefined;
  const sendLater = (): void => {
    // Text still being typed in a slow document is not analysed early for a background re-publication:
    // its analysis, once typing pauses, publishes and brings the settled batch back (`publish`).
    if (corpus.typing) return;
    for (const uri of settling) corpus.index.settleStory(uri);
    settling.clear();
    const batch = [...later].slice(0, LATER_SLICE);
    for (const uri of batch) later.delete(uri);
    send(batch);
    if (later.size > 0) laterTimer = setTimeout(sendLater, 0);
    else status.ready();
  };
  const publish = (changed: Iterable<string>, typedIn?: string): void => {
    const all = [...changed];
    send(all.slice(0, IMMEDIATE_FILES));
    for (const uri of all.slice(IMMEDIATE_FILES)) later.add(uri);
    for (const uri of entities.neighboursOf(new Set(all))) later.add(uri);
    if (typedIn !== undefined && all.includes(typedIn)) {
      settling.add(typedIn);
      later.add(typedIn);
    }
    if (later.size === 0) return;
    clearTimeout(laterTimer);
    laterTimer = setTimeout(sendLater, NEIGHBOURS_DELAY_MS);
  };

  const decisions = new DecisionsFile(connection, corpus, documents, (uris) => publish(uris));
  const knowledgeBase = new KnowledgeBaseFile(connection, corpus, documents, (uris) => publish(uris));
  /** Concord's own `.concord/` files, followed in the editor and on disk. */
  const ownFiles = [knowledgeBase, decisions];
  const ownFile = (uri: string) => ownFiles.find((f) => f.uri === uri);
  const annotations = new Annotations(connection, corpus, documents, (uris) => publish(uris));
  let annotatedEdits = false;
  const entities = registerEntities(connection, corpus, knowledgeBase, {
    versionOf: (uri) => documents.get(uri)?.version ?? null,
    textOf: (uri) => documents.get(uri)?.getText() ?? null,
    annotatedEdits: () => annotatedEdits,
  });

  connection.onInitialize((params): InitializeResult => {
    canConfigure = !!params.capabilities.workspace?.configuration;
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    annotatedEdits = !!params.capabilities.workspace?.workspaceEdit?.documentChanges && !!params.capabilities.workspace.workspaceEdit.changeAnnotationSupport;
    roots = params.workspaceFolders?.map((f) => URI.parse(f.uri).fsPath) ?? (params.rootUri ? [URI.parse(params.rootUri).fsPath] : []);
    corpus.setRoots(roots);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
        inlayHintProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] }, full: true },
        definitionProvider: true,
        referencesProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [...DECISION_COMMANDS, ADD_TO_KNOWLEDGE_BASE_COMMAND, ...ANNOTATION_SERVER_COMMANDS] },
        documentHighlightProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        renameProvider: { prepareProvider: true },
        workspace: {
          workspaceFolders: { supported: true, changeNotifications: true },
          // Annotations follow a renamed or moved file.
          fileOperations: { didRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] } },
        },
      },
      serverInfo: { name: 'concord', version: typeof CONCORD_VERSION === 'string' ? CONCORD_VERSION : 'dev' },
    };
  });

  let settings = DEFAULT_SETTINGS;
  const loadSettings = async () => (settings = canConfigure ? sanitiseSettings(await connection.workspace.getConfiguration('concord')) : DEFAULT_SETTINGS);

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
      // The knowledge base first: its names are part of the analysis options.
      await knowledgeBase.load(roots[0] ?? null);
      await rescan('Concord: indexing the corpus');
      await decisions.load(roots[0] ?? null);
      await annotations.load(roots);
    })();
    connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
      await ready;
      const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
      roots = folders.map((f) => URI.parse(f.uri).fsPath);
      corpus.setRoots(roots);
      const removed = e.removed.flatMap((folder) => [...corpus.index.documents()].map((d) => d.key).filter((key) => key.startsWith(`${folder.uri}/`)));
      const affected = removed.flatMap((key) => [...corpus.fileDeleted(key), key]);
      await knowledgeBase.load(roots[0] ?? null);
      await rescan('Concord: indexing new folders', affected);
      await decisions.load(roots[0] ?? null);
      await annotations.load(roots);
    });
  });

  connection.onDidChangeConfiguration(async () => {
    await ready;
    const before = corpus.applySettings(await loadSettings());
    await rescan('Concord: applying settings', before);
  });

  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    const own = ownFile(uri);
    if (own) return own.applyTyped(e.document.getText());
    if (annotations.isAnnotationFile(uri)) return void annotations.fileChanged(uri, e.document.getText());
    if (!corpus.isCorpusUri(uri) && e.document.languageId !== 'concord-text') return;
    const changed = corpus.typed(uri, e.document.getText());
    // A slow document is analysed when typing pauses, and its findings are published then.
    if (changed !== null) corpus.onAnalysedLater(changed, uri);
  });
  corpus.onAnalysedLater = (changed, uri) => {
    publish(changed, uri);
    status.ready();
  };

  documents.onDidClose(async (e) => {
    const uri = e.document.uri;
    const own = ownFile(uri);
    if (own) return own.load(roots[0] ?? null);
    if (annotations.isAnnotationFile(uri)) return annotations.fileChanged(uri);
    const affected = await corpus.closeInEditor(uri);
    if (!corpus.index.has(uri)) affected.add(uri);
    publish(affected);
    status.ready();
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    await ready;
    await annotations.followMoves(params.changes);
    const changed = new Set<string>();
    for (const change of params.changes) {
      const own = ownFile(change.uri);
      if (own) {
        await own.load(roots[0] ?? null);
        continue;
      }
      if (annotations.isAnnotationFile(change.uri)) {
        await annotations.fileChanged(change.uri);
        continue;
      }
      const affected = change.type === FileChangeType.Deleted ? corpus.fileDeleted(change.uri) : await corpus.fileChanged(change.uri);
      for (const uri of affected) changed.add(uri);
    }
    publish(changed);
    if (changed.size > 0) status.ready();
  });

  connection.onHover((params): Hover | null => {
    const doc = corpus.index.get(params.textDocument.uri);
    const lines = corpus.linesOf(params.textDocument.uri);
    if (!doc || !lines) return null;
    const offset = toOffset(lines, params.position);
    const result = annotations.hover(params.textDocument.uri, offset, hover(doc.facts, offset) ?? entities.hover(params.textDocument.uri, params.position));
    return result && { contents: { kind: 'markdown', value: result.markdown }, range: toRange(lines, result.start, result.end) };
  });

  connection.onCodeAction((params): CodeAction[] => {
    const uri = params.textDocument.uri;
    const doc = corpus.index.get(uri);
    const lines = corpus.linesOf(uri);
    if (!doc || !lines) return [];
    const actions = [...toCodeActions(uri, params.context.diagnostics, lines, doc.facts.hash), ...rewrites(uri, params.range), ...entities.codeActions(uri, params.range.start), ...annotations.codeActions(uri, params.range)];
    const seen = new Set<string>();
    return actions.filter((a) => !seen.has(a.title) && !!seen.add(a.title));
  });

  registerNavigation(connection, corpus, entities);
  const rewrites = registerEditorFeatures(connection, corpus, () => settings.inlayHints, (uri, span) => annotations.isRejected(uri, span));
  connection.onExecuteCommand(async (params) => {
    if (params.command === ADD_TO_KNOWLEDGE_BASE_COMMAND) await entities.addToKnowledgeBase(params.arguments ?? []);
    else if (DECISION_COMMANDS.includes(params.command)) await decisions.execute(params.command, params.arguments ?? []);
    else if (ANNOTATION_SERVER_COMMANDS.includes(params.command)) await annotations.execute(params.command, params.arguments ?? []);
  });
  annotations.register();
  documents.listen(connection);
}

declare const CONCORD_VERSION: string;
