/**
 * The issue's own examples on the real seeds, with no knowledge base: the Prime Minister spelled
 * فام من چن / فام من چنہ (Urdu) and فام مین چین (Persian) is one person; Hanoi is ہنوئی, هانوی and
 * हनोई; the Urdu spelling that differs is reported with a fix to the usual one.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { URI } from 'vscode-uri';
import { LineIndex } from '../../server/src/core/text/lines';
import { startServerOn, type LspTestClient } from '../support/lspClient';
import { haveShared, SEEDS } from '../support/shared';

const URDU = '000_c76568549b512198.txt';
const PERSIAN = '001_a857573637514a0a.txt';
const HINDI = '003_669854c548bb48ca.txt';
const workspace = mkdtempSync(path.join(tmpdir(), 'concord-entities-seeds-'));
let client: LspTestClient | undefined;
after(async () => {
  await client?.shutdown();
  rmSync(workspace, { recursive: true, force: true });
});

test('entities on the seeds: one Prime Minister and one Hanoi across scripts, the odd Urdu spelling reported', async (t) => {
  if (!haveShared(t)) return;
  cpSync(SEEDS, workspace, { recursive: true });
  const lsp = (client = await startServerOn(workspace));
  const uri = (name: string) => URI.file(path.join(workspace, name)).toString();
  const at = (name: string, needle: string) => {
    const text = readFileSync(path.join(workspace, name), 'utf8');
    assert.ok(text.includes(needle), needle);
    return new LineIndex(text).positionAt(text.indexOf(needle) + 1);
  };
  const refs = async (name: string, needle: string) =>
    (await lsp.connection.sendRequest('textDocument/references', { textDocument: { uri: uri(name) }, position: at(name, needle), context: { includeDeclaration: true } })) as { uri: string }[];

  await t.test('the Persian Prime Minister is the Urdu one', async () => {
    const files = new Set((await refs(PERSIAN, 'فام مین چین')).map((r) => path.basename(URI.parse(r.uri).fsPath)));
    assert.ok(files.has(URDU) && files.has(PERSIAN), [...files].join(', '));
  });

  await t.test('Hanoi in Urdu, Persian and Hindi is one place', async () => {
    const files = new Set((await refs(HINDI, 'हनोई')).map((r) => path.basename(URI.parse(r.uri).fsPath)));
    for (const f of [URDU, PERSIAN, HINDI]) assert.ok(files.has(f), `${f} in ${[...files].join(', ')}`);
  });

  await t.test('فام من چنہ is reported, with a fix to فام من چن', async () => {
    const spelling = await lsp.waitFor('entity-spelling in the Urdu seed', () => (lsp.diagnostics.get(uri(URDU)) ?? []).find((d) => d.code === 'concord.entity-spelling'));
    const text = readFileSync(path.join(workspace, URDU), 'utf8');
    const lines = new LineIndex(text);
    assert.equal(text.slice(lines.offsetAt(spelling.range.start), lines.offsetAt(spelling.range.end)), 'فام من چنہ');
    assert.equal(spelling.severity, 3, 'information');
    const fixes = (spelling.data as { fixes: { edits: { newText: string }[] }[] }).fixes;
    assert.equal(fixes[0].edits[0].newText, 'فام من چن');
  });

  await t.test('concord.rules { "entity-spelling": "off" } turns the rule off without a restart', async () => {
    const spelling = () => (lsp.diagnostics.get(uri(URDU)) ?? []).some((d) => d.code === 'concord.entity-spelling');
    lsp.settings = { rules: { 'entity-spelling': 'off' } };
    await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await lsp.waitFor('the spelling finding gone', () => !spelling());
    lsp.settings = {};
    await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await lsp.waitFor('the spelling finding back', () => spelling());
  });
});
