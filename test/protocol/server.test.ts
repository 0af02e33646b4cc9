import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { URI } from 'vscode-uri';
import { LineIndex } from '../../server/src/core/text/lines';
import { LspTestClient } from '../support/lspClient';
import { haveShared, SEEDS } from '../support/shared';

const PERSIAN = '001_a857573637514a0a.txt';
let workspace: string;
let client: LspTestClient;
const uriOf = (name: string) => URI.file(path.join(workspace, name)).toString();
const mixed = (uri: string) => (client.diagnostics.get(uri) ?? []).filter((d) => d.code === 'concord.mixed-digits');

function positionOf(text: string, needle: string) {
  return new LineIndex(text).positionAt(text.indexOf(needle));
}

before(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'concord-protocol-'));
});

after(async () => {
  await client?.shutdown();
  rmSync(workspace, { recursive: true, force: true });
});

test('the bundled server over stdio: index, hover, diagnostics, quick fix, file events', async (t) => {
  if (!haveShared(t)) return;
  cpSync(SEEDS, workspace, { recursive: true });
  writeFileSync(path.join(workspace, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  client = new LspTestClient();
  const init = (await client.initialize([URI.file(workspace).toString()])) as { capabilities: Record<string, unknown> };
  assert.ok(init.capabilities.hoverProvider);

  await t.test('indexes the folder with zero configuration and skips the binary file with a note', async () => {
    const status = (await client.ready()) as { documents: number; figures: number; skipped: { uri: string; reason: string }[] };
    assert.equal(status.documents, 5);
    assert.ok(status.figures > 50, `figures: ${status.figures}`);
    assert.equal(status.skipped.length, 1);
    assert.match(status.skipped[0].reason, /binary/);
  });

  await t.test('the status counts the problems published, across files (cross-file ones too)', async () => {
    const published = () => [...client.diagnostics.values()].reduce((n, d) => n + d.length, 0);
    const status = await client.waitFor('a status counting every published problem', () => {
      const last = client.statuses.at(-1);
      return client.diagnostics.size >= 5 && last?.state === 'ready' && last.findings === published() ? last : undefined;
    });
    const crossFile = [...client.diagnostics.values()].flat().filter((d) => d.code === 'concord.figure-conflict').length;
    assert.ok(crossFile > 0, 'the seeds differ on the signatories across files');
    assert.ok(status.findings > crossFile, `${status.findings} problems`);
  });

  const text = readFileSync(path.join(workspace, PERSIAN), 'utf8');
  const uri = uriOf(PERSIAN);

  await t.test('publishes mixed-digits for the Persian seed before it is opened', async () => {
    const diags = await client.waitFor('diagnostics', () => (mixed(uri).length ? mixed(uri) : undefined));
    assert.equal(diags.length, 1);
    assert.equal(diags[0].source, 'concord');
    assert.deepEqual(diags[0].range.start, positionOf(text, '۱۸'));
  });

  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'concord-text', version: 1, text } });

  await t.test('hover on a Persian-digit figure shows the value in Latin and Persian digits', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '۱۸') })) as {
      contents: { value: string };
    };
    assert.match(hover.contents.value, /18/);
    assert.match(hover.contents.value, /۱۸/);
  });

  await t.test('hover on an ASCII figure in an Urdu seed and a Hindi seed', async () => {
    for (const [file, needle, value] of [
      ['000_c76568549b512198.txt', '83.5', '83.5'],
      ['003_669854c548bb48ca.txt', '2,500', '2,500'],
    ]) {
      const other = readFileSync(path.join(workspace, file), 'utf8');
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(file) }, position: positionOf(other, needle) })) as {
        contents: { value: string };
      };
      assert.ok(hover.contents.value.includes(value), `${file}: ${hover.contents.value}`);
    }
  });

  await t.test('hover on a URL digit answers nothing', async () => {
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '20251025201953242') });
    assert.equal(hover, null);
  });

  await t.test('the quick fix converts the figure and the diagnostic goes away after the edit', async () => {
    const diagnostics = mixed(uri);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as { title: string; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[];
    assert.ok(actions.length >= 2, actions.map((a) => a.title).join(' | '));
    const edit = actions[0].edit.changes[uri][0];
    assert.equal(edit.newText, '18');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: edit.range, text: edit.newText }],
    });
    await client.waitFor('mixed digits cleared', () => mixed(uri).length === 0);
  });

  await t.test('a file created on disk is indexed; deleting it clears its diagnostics', async () => {
    const name = 'new-article.txt';
    writeFileSync(path.join(workspace, name), 'نمایندگان ۱۸ کشور و 70 سازمان و 12 نفر');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(name), type: 1 }] });
    await client.waitFor('new file diagnostics', () => client.diagnostics.get(uriOf(name))?.length === 1);
    unlinkSync(path.join(workspace, name));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(name), type: 3 }] });
    await client.waitFor('deleted file diagnostics cleared', () => client.diagnostics.get(uriOf(name))?.length === 0);
  });

  await t.test('settings turn the rule off without a restart', async () => {
    client.settings = { rules: { 'mixed-digits': 'off' } };
    const other = uriOf('extra.txt');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'concord-text', version: 1, text: '70 و ۱۸ و ۲۰' } });
    await client.waitFor('extra diagnostics', () => client.diagnostics.get(other)?.length === 1);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitFor('rule off', () => client.diagnostics.get(other)?.length === 0);
  });
});
