/** Annotations as a user meets them: commands, the stored file, hovers, decorations' data, renames. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileUri, hoverText, positionOf, waitFor } from './helpers';

const URDU = '004_2d6143f8e498e733.txt';

const storeOf = (name: string) => vscode.Uri.joinPath(fileUri('.concord'), 'annotations', `${name}.jsonl`);
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).toString();
const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

describe('Concord annotations', () => {
  before(async () => {
    await vscode.extensions.all.find((e) => e.packageJSON?.name === 'concord')!.activate();
  });

  it('contributes the annotation commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['concord.annotateSelection', 'concord.linkEntity', 'concord.verifyFigure', 'concord.showOrphanedAnnotations', 'concord.exportAnnotations', 'concord.importAnnotations', 'concord.annotations.add', 'concord.annotations.remove']) {
      assert.ok(commands.includes(c), c);
    }
  });

  it('annotates a selection: stored in .concord, shown in the hover, offered as a code action', async () => {
    const { doc, position } = await positionOf(fileUri(URDU), 'اقوام متحدہ');
    await vscode.window.showTextDocument(doc);
    const range = new vscode.Range(position, position.translate(0, 'اقوام متحدہ'.length));
    const actions = await waitFor('annotation code actions', async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
      return all.some((a) => a.title.startsWith('Annotate “اقوام متحدہ” as organisation')) && all;
    });
    const annotate = actions.find((a) => a.title.startsWith('Annotate “اقوام متحدہ” as organisation'))!;
    await vscode.commands.executeCommand(annotate.command!.command, ...(annotate.command!.arguments ?? []));
    await waitFor('annotation file', async () => (await exists(storeOf(URDU))) && (await read(storeOf(URDU))).includes('"exact":"اقوام متحدہ"'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position.translate(0, 2));
    assert.match(hoverText(hovers), /\*\*Annotation\*\*.*organisation/);
  });

  it('follows the file when it is renamed in the editor', async () => {
    const renamed = fileUri(`renamed-${URDU}`);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(fileUri(URDU), renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('annotation file moved', async () => (await exists(storeOf(`renamed-${URDU}`))) && !(await exists(storeOf(URDU))));
  });
});
