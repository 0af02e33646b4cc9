/**
 * Annotations in the editor: decorations per annotation type, the commands that ask the user
 * something before the server records an annotation (type, knowledge-base entity, source of a
 * verified figure), and the list of orphaned annotations to fix. No analysis: the server anchors,
 * stores and answers; this file only asks and draws.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { EntityChoice } from '../../server/src/handlers/entityChoices';

type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

interface ListedAnnotation {
  id: string;
  type: string;
  orphaned: boolean;
  quote: string;
  label: string;
  range: LspRange;
}

/** Argument of the commands, as code actions pass it (palette runs use the active selection). */
interface CommandArg {
  uri: string;
  range: LspRange;
  detection?: unknown;
}

const SPAN_TYPES = ['person', 'place', 'organisation', 'other'];

const STYLES: Record<string, vscode.DecorationRenderOptions> = {
  person: { borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: new vscode.ThemeColor('charts.blue') },
  place: { borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: new vscode.ThemeColor('charts.green') },
  organisation: { borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: new vscode.ThemeColor('charts.purple') },
  other: { borderWidth: '0 0 2px 0', borderStyle: 'dotted', borderColor: new vscode.ThemeColor('charts.foreground') },
  confirm: { after: { contentText: ' ✓', color: new vscode.ThemeColor('charts.green') } },
  'figure-verified': { after: { contentText: ' ✓', color: new vscode.ThemeColor('charts.blue') } },
  reject: { textDecoration: 'line-through', opacity: '0.7' },
};

const toRange = (r: LspRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
const toLsp = (r: vscode.Range): LspRange => ({ start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } });

/** Registers decorations and annotation commands. */
export function registerAnnotations(context: vscode.ExtensionContext, client: LanguageClient): void {
  const types = new Map(Object.entries(STYLES).map(([type, style]) => [type, vscode.window.createTextEditorDecorationType(style)]));
  const refresh = async (editor: vscode.TextEditor | undefined) => {
    if (!editor || client.state !== State.Running) return;
    const listed = (await client.sendRequest<ListedAnnotation[]>('concord/annotations', { uri: editor.document.uri.toString() }).catch(() => [])) ?? [];
    for (const [type, decoration] of types) {
      editor.setDecorations(
        decoration,
        listed.filter((a) => a.type === type && !a.orphaned).map((a) => ({ range: toRange(a.range), hoverMessage: a.label })),
      );
    }
  };
  const refreshVisible = () => vscode.window.visibleTextEditors.forEach((e) => void refresh(e));
  let timer: NodeJS.Timeout | undefined;

  /** The command's target: its argument, else the active editor's selection. */
  const target = (arg?: CommandArg): CommandArg | undefined => {
    if (arg?.uri) return arg;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage('Concord: select the text to annotate first.');
      return undefined;
    }
    return { uri: editor.document.uri.toString(), range: toLsp(editor.selection) };
  };

  context.subscriptions.push(
    ...types.values(),
    client.onNotification('concord/annotationsChanged', () => refreshVisible()),
    vscode.window.onDidChangeVisibleTextEditors(() => refreshVisible()),
    vscode.workspace.onDidChangeTextDocument(() => {
      clearTimeout(timer);
      timer = setTimeout(refreshVisible, 300);
    }),
    vscode.commands.registerCommand('concord.annotateSelection', async (arg?: CommandArg) => {
      const t = target(arg);
      const type = t && (await vscode.window.showQuickPick(SPAN_TYPES, { title: 'Concord: annotate the selection as' }));
      if (t && type) await vscode.commands.executeCommand('concord.annotations.add', { ...t, type });
    }),
    vscode.commands.registerCommand('concord.linkEntity', async (arg?: CommandArg) => {
      const t = target(arg);
      const entity = t && (await pickEntity(client));
      if (t && entity) await vscode.commands.executeCommand('concord.annotations.link', { ...t, entity });
    }),
    vscode.commands.registerCommand('concord.verifyFigure', async (arg?: CommandArg) => {
      const t = target(arg);
      const source = t && (await vscode.window.showInputBox({ title: 'Concord: figure verified against', prompt: 'Source (URL, document, person)', ignoreFocusOut: true }));
      if (t && source !== undefined) await vscode.commands.executeCommand('concord.annotations.add', { ...t, type: 'figure-verified', source: source.trim() || undefined });
    }),
    vscode.commands.registerCommand('concord.showOrphanedAnnotations', () => fixOrphans(client)),
    vscode.commands.registerCommand('concord.exportAnnotations', exportAnnotations),
    vscode.commands.registerCommand('concord.importAnnotations', importAnnotations),
  );
  refreshVisible();
}

/** A quick pick of knowledge-base and corpus entities, searched by the server in any script as the user types. */
async function pickEntity(client: LanguageClient): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { id: string }>();
  pick.title = 'Concord: link to entity';
  pick.placeholder = 'Type a name in any script (ہنوئی, هانوی, हनोई, Hanoi)';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  const load = async (query: string) => {
    pick.busy = true;
    const choices = (await client.sendRequest<EntityChoice[]>('concord/entities', { query }).catch(() => [])) ?? [];
    // The server matches by sound across scripts, which the picker's own filter cannot: always show its answers.
    pick.items = choices.map((c) => ({ id: c.id, label: c.name, description: `${c.type} · ${c.id}${c.mentions ? ` · ${c.mentions} mentions` : ''}`, detail: [c.description, c.names.join(' · ')].filter(Boolean).join(' — '), alwaysShow: query !== '' }));
    pick.busy = false;
  };
  let timer: NodeJS.Timeout | undefined;
  pick.onDidChangeValue((value) => {
    clearTimeout(timer);
    timer = setTimeout(() => void load(value), 150);
  });
  void load('');
  pick.show();
  const chosen = await new Promise<string | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]?.id));
    pick.onDidHide(() => resolve(undefined));
  });
  pick.dispose();
  return chosen;
}

/** Lists orphaned annotations; the chosen one is re-attached to the selection or deleted. */
async function fixOrphans(client: LanguageClient): Promise<void> {
  const orphans = (await client.sendRequest<{ uri: string; id: string; type: string; quote: string; label: string }[]>('concord/orphanedAnnotations', {}).catch(() => [])) ?? [];
  if (orphans.length === 0) return void vscode.window.showInformationMessage('Concord: no orphaned annotations.');
  const chosen = await vscode.window.showQuickPick(
    orphans.map((o) => ({ label: o.quote, description: vscode.workspace.asRelativePath(vscode.Uri.parse(o.uri)), detail: o.label, orphan: o })),
    { title: 'Concord: orphaned annotations (their text was not found after edits)' },
  );
  if (!chosen) return;
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(chosen.orphan.uri));
  const action = await vscode.window.showQuickPick(['Re-attach to the current selection', 'Delete the annotation'], { title: `“${chosen.orphan.quote}”: select its text first to re-attach` });
  const arg = { uri: chosen.orphan.uri, id: chosen.orphan.id };
  if (action === 'Delete the annotation') await vscode.commands.executeCommand('concord.annotations.remove', arg);
  else if (action && !editor.selection.isEmpty) await vscode.commands.executeCommand('concord.annotations.reattach', { ...arg, range: toLsp(editor.selection) });
  else if (action) void vscode.window.showInformationMessage('Concord: select the text, then run “Show Orphaned Annotations” again.');
}

/** Asks for a format and a folder, then has the server write the export (as `concord export` does). */
async function exportAnnotations(): Promise<void> {
  const format = await vscode.window.showQuickPick(
    [
      { label: 'brat', description: 'standoff .ann beside a copy of the .txt (code-point offsets)' },
      { label: 'conll', description: 'Concord tokens with BIO labels' },
      { label: 'jsonl', description: 'Concord JSON Lines (the store format)' },
      { label: 'w3c', description: 'W3C Web Annotation JSON-LD' },
    ],
    { title: 'Concord: export annotations as' },
  );
  if (!format) return;
  const scope = await vscode.window.showQuickPick(['Annotations only', 'Annotations and Concord’s detections'], { title: 'Concord: what to export' });
  if (!scope) return;
  const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here' });
  if (folder?.[0]) await vscode.commands.executeCommand('concord.annotations.export', { format: format.label, out: folder[0].fsPath, detections: scope !== 'Annotations only' });
}

/** Asks for a format and a folder of exported files, then has the server import them. */
async function importAnnotations(): Promise<void> {
  const format = await vscode.window.showQuickPick(
    [
      { label: 'brat', description: '.ann files (offsets refer to the .txt beside each)' },
      { label: 'jsonl', description: 'Concord JSON Lines' },
    ],
    { title: 'Concord: import annotations from' },
  );
  if (!format) return;
  const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Import this folder' });
  if (folder?.[0]) await vscode.commands.executeCommand('concord.annotations.import', { format: format.label, folder: folder[0].fsPath });
}
