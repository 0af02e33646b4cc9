/** What a user sees in one document: activation, hover, diagnostics, quick fixes, navigation. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { concordDiagnostics, fileUri, hoverText, positionOf, waitFor } from './helpers';

const PERSIAN = '001_a857573637514a0a.txt';
const HINDI = '003_669854c548bb48ca.txt';
const URDU = '000_c76568549b512198.txt';

describe('Concord in the editor', () => {
  before(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'concord');
    assert.ok(ext, 'the Concord extension is installed');
    await ext.activate();
    await waitFor('diagnostics of the Persian seed', () => concordDiagnostics(fileUri(PERSIAN), 'concord.mixed-digits').length > 0);
  });

  it('runs in the real editor', () => {
    const expected = process.env.CONCORD_VSCODE_VERSION ?? '1.100.';
    assert.ok(vscode.version.startsWith(expected), `VS Code ${vscode.version}`);
  });

  it('opens corpus files in the Concord language', async () => {
    const doc = await vscode.workspace.openTextDocument(fileUri(URDU));
    await vscode.window.showTextDocument(doc);
    await waitFor('language concord-text', () => vscode.window.activeTextEditor?.document.languageId === 'concord-text');
  });

  it('hovers show normalised values in Persian, Urdu and Hindi', async () => {
    for (const [file, needle, expected] of [
      [PERSIAN, '۱۸', /18/],
      [URDU, '83.5', /83,500,000 USD/],
      [HINDI, '2,500', /2,500/],
    ] as const) {
      const { doc, position } = await positionOf(fileUri(file), needle);
      const hovers = await waitFor(`hover in ${file}`, async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
        return h.length > 0 && h;
      });
      assert.match(hoverText(hovers), expected);
    }
  });

  it('reports the signatories difference across files with links', async () => {
    const hindi = await waitFor('figure-conflict in the Hindi seed', () => concordDiagnostics(fileUri(HINDI), 'concord.figure-conflict')[0]);
    assert.match(hindi.message, /~70/);
    assert.ok((hindi.relatedInformation?.length ?? 0) >= 3, 'links to the three other files');
    const urdu = concordDiagnostics(fileUri(URDU), 'concord.figure-conflict');
    assert.ok(urdu.some((d) => /72/.test(d.message)), 'and back');
  });

  it('a quick fix converts a figure to the dominant digit system', async () => {
    const uri = fileUri(PERSIAN);
    const [diagnostic] = concordDiagnostics(uri, 'concord.mixed-digits');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const fix = actions.find((a) => a.title.includes('18') && a.edit);
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const original = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.ok(doc.getText().includes('نمایندگان 18 کشور'));
    await waitFor('mixed digits gone', () => concordDiagnostics(uri, 'concord.mixed-digits').length === 0);
    // Put the original text back ('undo' only acts on the active editor, and this file is not shown).
    const revert = new vscode.WorkspaceEdit();
    revert.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
    assert.ok(await vscode.workspace.applyEdit(revert));
    await waitFor('mixed digits back', () => concordDiagnostics(uri, 'concord.mixed-digits').length > 0);
  });

  it('go to definition on a figure opens the same claim in other files', async () => {
    const { doc, position } = await positionOf(fileUri(HINDI), '72 देशों ने');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, position);
    const files = new Set(locations.map((l) => l.uri.path.split('/').pop()));
    assert.ok(files.has(URDU) && files.has(PERSIAN), [...files].join(', '));
  });

  it('code lenses say where else a claim is stated; source lines are links', async () => {
    const uri = fileUri(HINDI);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    assert.ok(lenses.some((l) => /also in 3 files/.test(l.command?.title ?? '')), lenses.map((l) => l.command?.title).join(' | '));
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri);
    assert.ok(links.some((l) => l.target?.toString().startsWith('https://vietnamnet.vn/')));
  });
});
