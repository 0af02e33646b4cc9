/**
 * The extension: starts the language server, marks corpus files with the Concord language (for
 * highlighting), shows Concord's state in the status bar and contributes commands. No analysis.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CorpusFilter, DEFAULT_EXCLUDE } from '../../server/src/io/corpusFiles';
import { KNOWLEDGE_BASE_PATH } from '../../server/src/core/entities/model';
import { SERVER_EXEC_ARGV } from '../../server/src/runtime';
import { knowledgeBaseTemplate } from '../../server/src/core/features/knowledgeBaseEdits';
import { ClaimsTree } from './claimsView';
import { registerAnnotations } from './annotations';
import { ConcordStatusItem, type StatusParams } from './statusItem';

/** Language id of corpus text documents. */
export const LANGUAGE_ID = 'concord-text';

let client: LanguageClient | undefined;

/** Starts Concord for this window. */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const output = vscode.window.createOutputChannel('Concord', { log: true });
  const status = new ConcordStatusItem();
  context.subscriptions.push(output, status);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: LANGUAGE_ID },
      // Concord's own files, so the server follows them while they are open.
      { scheme: 'file', pattern: '**/.concord/*.json' },
      { scheme: 'file', pattern: '**/.concord/annotations/**/*.jsonl' },
    ],
    synchronize: { configurationSection: 'concord' },
    outputChannel: output,
  };
  client = new LanguageClient('concord', 'Concord', serverOptions, clientOptions);
  context.subscriptions.push(client.onNotification('concord/status', (p: StatusParams) => status.update(p)));

  registerAnnotations(context, client);
  const claims = new ClaimsTree(client);
  let refreshTimer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('concord.claims', claims),
    vscode.languages.onDidChangeDiagnostics(() => {
      // Diagnostics arrive in bursts while indexing: refresh the view once the burst settles.
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => claims.refresh(), 300);
    }),
    vscode.commands.registerCommand('concord.showClaims', async () => {
      claims.refresh();
      await vscode.commands.executeCommand('concord.claims.focus');
    }),
    vscode.commands.registerCommand('concord.showReferences', async (uri: string, position: { line: number; character: number }, locations: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]) => {
      const toPosition = (p: { line: number; character: number }) => new vscode.Position(p.line, p.character);
      await vscode.commands.executeCommand(
        'editor.action.showReferences',
        vscode.Uri.parse(uri),
        toPosition(position),
        locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(toPosition(l.range.start), toPosition(l.range.end)))),
      );
    }),
    vscode.commands.registerCommand('concord.restartServer', async () => {
      status.starting();
      await client?.restart();
    }),
    vscode.commands.registerCommand('concord.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('concord.openKnowledgeBase', openKnowledgeBase),
    vscode.commands.registerCommand('concord.showStatus', () => status.showDetails(output)),
  );

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => void associate(d)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('concord.files')) for (const d of vscode.workspace.textDocuments) void associate(d);
    }),
  );
  for (const d of vscode.workspace.textDocuments) void associate(d);

  status.starting();
  await client.start();
  await vscode.commands.executeCommand('setContext', 'concord.active', true);
  return { client };
}

/** Stops the server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Opens the first folder's knowledge base, creating it (with its version header) when missing. */
async function openKnowledgeBase(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Concord keeps its knowledge base in a workspace folder; open one first.');
    return;
  }
  const uri = vscode.Uri.joinPath(folder.uri, KNOWLEDGE_BASE_PATH);
  const exists = await vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
  if (!exists) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(knowledgeBaseTemplate()));
  await vscode.window.showTextDocument(uri);
}

/** Gives corpus files the Concord language so the grammar highlights their figures. */
async function associate(document: vscode.TextDocument): Promise<void> {
  if (document.languageId !== 'plaintext' || document.uri.scheme !== 'file') return;
  const config = vscode.workspace.getConfiguration('concord', document.uri);
  if (!config.get<boolean>('files.associate', true)) return;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return;
  const filter = new CorpusFilter(config.get<string[]>('files.include'), [...DEFAULT_EXCLUDE, ...(config.get<string[]>('files.exclude') ?? [])]);
  if (filter.includes(path.relative(folder.uri.fsPath, document.uri.fsPath))) {
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }
}
