/** Workspace behaviour: commands, settings, files created, renamed and deleted, decisions. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { concordDiagnostics, fileUri, waitFor } from './helpers';

const encode = (s: string) => new TextEncoder().encode(s);

describe('Concord and the workspace', () => {
  it('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['concord.restartServer', 'concord.showOutput', 'concord.showStatus', 'concord.showClaims', 'concord.acceptDifference', 'concord.ignoreClaim']) {
      assert.ok(commands.includes(c), c);
    }
    await vscode.commands.executeCommand('concord.showOutput');
    await vscode.commands.executeCommand('concord.showClaims');
  });

  it('follows files created, renamed and deleted on disk', async () => {
    const created = fileUri('new-article.txt');
    await vscode.workspace.fs.writeFile(created, encode('نمایندگان ۱۸ کشور و 70 سازمان و 12 نفر و 14 نفر'));
    await waitFor('diagnostics of the new file', () => concordDiagnostics(created, 'concord.mixed-digits').length === 1);
    const renamed = fileUri('renamed-article.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(created, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('diagnostics follow the rename', () => concordDiagnostics(renamed, 'concord.mixed-digits').length === 1 && concordDiagnostics(created).length === 0);
    await vscode.workspace.fs.delete(renamed);
    await waitFor('diagnostics cleared after delete', () => concordDiagnostics(renamed).length === 0);
  });

  it('a setting turns a rule off and back on without a restart', async () => {
    const config = vscode.workspace.getConfiguration('concord');
    const persian = fileUri('001_a857573637514a0a.txt');
    await waitFor('mixed digits present', () => concordDiagnostics(persian, 'concord.mixed-digits').length > 0);
    await config.update('rules', { 'mixed-digits': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitFor('rule off', () => concordDiagnostics(persian, 'concord.mixed-digits').length === 0);
    await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('rule on again', () => concordDiagnostics(persian, 'concord.mixed-digits').length > 0);
  });

  it('"accept this difference" writes .concord/decisions.json and silences the claim', async () => {
    const hindi = fileUri('003_669854c548bb48ca.txt');
    const diagnostic = await waitFor('conflict', () => concordDiagnostics(hindi, 'concord.figure-conflict')[0]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', hindi, diagnostic.range);
    const accept = actions.find((a) => a.title.startsWith('Accept this difference'));
    assert.ok(accept?.command, actions.map((a) => a.title).join(' | '));
    await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
    await waitFor('conflict silenced', () => concordDiagnostics(hindi, 'concord.figure-conflict').length === 0);
    const decisions = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri('.concord/decisions.json')));
    assert.match(decisions, /"version": 1/);
    assert.match(decisions, /country\|sign/);
    // A file created and deleted within the watcher's coalescing window yields no event at all, so
    // the decision is withdrawn by rewriting the file (deletion is covered by the next test).
    await vscode.workspace.fs.writeFile(fileUri('.concord/decisions.json'), encode('{ "version": 1 }\n'));
    await waitFor('conflict back', () => concordDiagnostics(hindi, 'concord.figure-conflict').length > 0);
  });

  it('a broken decisions file shows errors in itself and the last good decisions stay', async () => {
    const file = fileUri('.concord/decisions.json');
    await vscode.workspace.fs.writeFile(file, encode('{ "version": 1, "ignored": [ { "claim": "country|sign" } ] }'));
    const hindi = fileUri('003_669854c548bb48ca.txt');
    await waitFor('ignored', () => concordDiagnostics(hindi, 'concord.figure-conflict').length === 0);
    await vscode.workspace.fs.writeFile(file, encode('{ "version": 1, "ignored": [ '));
    await waitFor('errors in the decisions file', () => concordDiagnostics(file).length > 0);
    assert.equal(concordDiagnostics(hindi, 'concord.figure-conflict').length, 0, 'last good decisions still in use');
    await vscode.workspace.fs.delete(file);
    await waitFor('conflict back once the file is deleted', () => concordDiagnostics(hindi, 'concord.figure-conflict').length > 0);
    await waitFor('no diagnostics left in the deleted file', () => concordDiagnostics(file).length === 0);
  });
});
