/** Entities in the real editor: hover, references across scripts, symbols by a Latin name, the knowledge base. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileUri, hoverText, positionOf, waitFor, workspaceRoot } from './helpers';

const URDU = '000_c76568549b512198.txt';
const HINDI = '003_669854c548bb48ca.txt';

describe('Entities in the editor', () => {
  it('hover on an Urdu name says who it is, in which files and scripts', async () => {
    const { doc, position } = await positionOf(fileUri(URDU), 'اقوام متحدہ');
    const hovers = await waitFor('entity hover', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position.translate(0, 1));
      return h.length > 0 && /Concord entity/.test(hoverText(h)) && h;
    });
    const text = hoverText(hovers);
    assert.match(text, /United Nations/);
    assert.match(text, /Names in Devanagari: \u2068संयुक्त राष्ट्र\u2069/);
  });

  it('references on a Hindi name reach the Urdu files', async () => {
    const { doc, position } = await positionOf(fileUri(HINDI), 'संयुक्त राष्ट्र');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, position.translate(0, 1));
    assert.ok(locations.some((l) => l.uri.path.endsWith(URDU)), locations.map((l) => l.uri.path).join(', '));
  });

  it('workspace symbols find an entity by its Latin name', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'United Nations');
    assert.ok(symbols.some((s) => s.name.startsWith('United Nations')), symbols.map((s) => s.name).join(', '));
  });

  it('Concord: Open Knowledge Base creates the file with its version header', async () => {
    await vscode.commands.executeCommand('concord.openKnowledgeBase');
    const editor = await waitFor('the knowledge base open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/.concord/knowledge-base.json') && vscode.window.activeTextEditor);
    assert.match(editor.document.getText(), /"version": 1/);
    assert.equal(editor.document.uri.toString(), vscode.Uri.joinPath(workspaceRoot(), '.concord', 'knowledge-base.json').toString());
    assert.equal(editor.document.languageId, 'jsonc', 'comments are allowed');
  });

  it('"Add to knowledge base" edits the open knowledge base through the editor', async () => {
    const kb = vscode.window.activeTextEditor!.document;
    const { doc, position } = await positionOf(fileUri(URDU), 'اقوام متحدہ');
    const range = new vscode.Range(position.translate(0, 1), position.translate(0, 1));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
    const add = actions.find((a) => a.title.startsWith('Add \u2068اقوام متحدہ\u2069 to the knowledge base'));
    assert.ok(add?.command, actions.map((a) => a.title).join(' | '));
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
    await waitFor('the entry in the open knowledge base', () => kb.getText().includes('"اقوام متحدہ"'));
    assert.ok(kb.isDirty, 'an undoable, unsaved edit of the open document');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
