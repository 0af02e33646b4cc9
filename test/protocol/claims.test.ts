import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { URI } from 'vscode-uri';
import { LineIndex } from '../../server/src/core/text/lines';
import { LspTestClient, startServerOn } from '../support/lspClient';
import { haveShared, SEEDS } from '../support/shared';

const HINDI = '003_669854c548bb48ca.txt';
let client: LspTestClient | undefined;
const workspace = mkdtempSync(path.join(tmpdir(), 'concord-claims-'));
after(async () => {
  await client?.shutdown();
  rmSync(workspace, { recursive: true, force: true });
});

test('claims across files over LSP: conflict diagnostics, definition, references, lenses, links, decisions', async (t) => {
  if (!haveShared(t)) return;
  cpSync(SEEDS, workspace, { recursive: true });
  const lsp = (client = new LspTestClient());
  await lsp.initialize([URI.file(workspace).toString()]);
  await lsp.ready();
  const uri = (name: string) => URI.file(path.join(workspace, name)).toString();
  const hindiText = readFileSync(path.join(workspace, HINDI), 'utf8');
  const at = (needle: string) => new LineIndex(hindiText).positionAt(hindiText.indexOf(needle));
  const conflicts = (name: string) => (lsp.diagnostics.get(uri(name)) ?? []).filter((d) => d.code === 'concord.figure-conflict');

  await t.test('the signatories difference is reported both ways with related links', async () => {
    // The Hindi article states 72 countries signed twice ("जिसमें 72 देशों के प्रतिनिधियों ने … हस्ताक्षर किए", "72 देशों ने"): both differ.
    await lsp.waitFor('Hindi conflicts', () => conflicts(HINDI).length === 2);
    assert.deepEqual(conflicts(HINDI).map((d) => d.range.start), [at('72 देशों के प्रतिनिधियों'), at('72 देशों ने')]);
    const hindi = conflicts(HINDI)[1];
    assert.equal(hindi.severity, 3, 'about 70 vs 72: information');
    assert.equal(hindi.relatedInformation?.length, 3);
    for (const other of ['000_c76568549b512198.txt', '001_a857573637514a0a.txt', '004_2d6143f8e498e733.txt']) {
      assert.ok(hindi.relatedInformation!.some((r) => r.location.uri === uri(other)), other);
      assert.equal(conflicts(other).length, 1, `${other} links back`);
    }
    assert.equal(conflicts('002_ed8ab90594052c8e.txt').length, 0, 'figures that agree or state other times raise nothing');
  });

  await t.test('definition and references on a figure reach the same claim in other files', async () => {
    const defs = (await lsp.connection.sendRequest('textDocument/definition', { textDocument: { uri: uri(HINDI) }, position: at('72 देशों ने') })) as { uri: string }[];
    assert.equal(new Set(defs.map((d) => d.uri)).size, 3);
    const refs = (await lsp.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri(HINDI) },
      position: at('72 देशों ने'),
      context: { includeDeclaration: true },
    })) as { uri: string }[];
    // The Hindi article states it twice: in its third paragraph ("जिसमें 72 देशों के प्रतिनिधियों ने … हस्ताक्षर किए") and near its end.
    assert.equal(refs.length, 5);
    assert.equal(refs[0].uri, uri(HINDI), 'this document first');
  });

  await t.test('a code lens summarises the other statements; the source line is a link', async () => {
    const lenses = (await lsp.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uri(HINDI) } })) as { command: { title: string } }[];
    assert.ok(lenses.some((l) => l.command.title === 'also in 3 files: ~70 (000, 001, 004)'), lenses.map((l) => l.command.title).join(' | '));
    const links = (await lsp.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: uri(HINDI) } })) as { target: string }[];
    assert.deepEqual(links.map((l) => l.target), ['https://vietnamnet.vn/cong-uoc-ha-noi-ngon-hai-dang-soi-duong-cho-hop-tac-toan-cau-ve-an-ninh-mang-2456536.html']);
  });

  await t.test('the claims view lists the claim with its statements per file', async () => {
    const views = (await lsp.connection.sendRequest('concord/claims')) as { key: string; agreement: string; files: number }[];
    const signed = views.find((v) => v.key === 'country|sign');
    assert.ok(signed);
    assert.equal(signed.agreement, 'differ');
    assert.equal(signed.files, 4);
  });

  await t.test('"accept this difference" writes .concord/decisions.json atomically and clears the diagnostics', async () => {
    const [diagnostic] = conflicts(HINDI);
    const actions = (await lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(HINDI) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as {
      title: string;
      command?: { command: string; arguments: unknown[] };
    }[];
    const accept = actions.find((a) => a.title.startsWith('Accept this difference'));
    assert.ok(accept?.command);
    await lsp.connection.sendRequest('workspace/executeCommand', { command: accept.command.command, arguments: accept.command.arguments });
    const file = path.join(workspace, '.concord', 'decisions.json');
    await lsp.waitFor('decisions written', () => existsSync(file));
    assert.match(readFileSync(file, 'utf8'), /"claim": "country\|sign"/);
    await lsp.waitFor('conflicts cleared', () => conflicts(HINDI).length === 0 && conflicts('000_c76568549b512198.txt').length === 0);
  });
});

test('after typing settles, the edited file compares its other claims again, as a fresh check does', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'concord-settle-'));
  const a = path.join(folder, 'a.txt');
  writeFileSync(a, 'The earthquake killed 120 people and injured 300.');
  writeFileSync(path.join(folder, 'b.txt'), 'زلزلے سے 130 افراد ہلاک اور 300 زخمی ہو گئے۔');
  const lsp = await startServerOn(folder);
  try {
    const uri = URI.file(a).toString();
    const warned = () => (lsp.diagnostics.get(uri) ?? []).filter((d) => d.code === 'concord.figure-conflict').map((d) => /\((person, \w+)\)/.exec(d.message)![1]);
    await lsp.waitFor('one story: the toll differs', () => warned().join() === 'person, kill');
    await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'concord-text', version: 1, text: readFileSync(a, 'utf8') } });
    // The injured ten times apart make the two files tell two stories: the tolls are no longer one fact.
    await lsp.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'The earthquake killed 120 people and injured 3,000.' }],
    });
    await lsp.waitFor('the edited file catches up once typing settles', () => warned().join() === 'person, injure');
  } finally {
    await lsp.shutdown();
    rmSync(folder, { recursive: true, force: true });
  }
});
