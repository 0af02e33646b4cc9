/**
 * Entities over LSP with the real bundled server on a small corpus written here (Urdu and Hindi
 * files plus a knowledge base): hover, definition into the knowledge base, references across
 * scripts, workspace symbols by a Latin name, the spelling rule, rename, a broken knowledge base
 * (diagnostics in the file, last good version kept) and "Add to knowledge base" both ways
 * (atomic write while closed, WorkspaceEdit while open).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { URI } from 'vscode-uri';
import { HINDI, KB_NAME_LINE, KB_TEXT, positionOf, URDU, writeEntityCorpus } from '../support/entityCorpus';
import { startServerOn, type LspTestClient } from '../support/lspClient';
import { TOKEN_TYPES } from '../../server/src/core/features/tokens';

const workspace = mkdtempSync(path.join(tmpdir(), 'concord-entities-'));
let client: LspTestClient | undefined;
after(async () => {
  await client?.shutdown();
  rmSync(workspace, { recursive: true, force: true });
});

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
type Location = { uri: string; range: Range };

test('entities over LSP: hover, definition, references, symbols, spelling, rename, knowledge base', async (t) => {
  const kbFile = writeEntityCorpus(workspace);
  // Like VS Code: annotated document changes, so a rename asks for a preview.
  const lsp = (client = await startServerOn(workspace, { workspaceEdit: { documentChanges: true, changeAnnotationSupport: {} } }));
  const uri = (name: string) => URI.file(path.join(workspace, name)).toString();
  const kbUri = URI.file(kbFile).toString();
  const at = (name: string, needle: string, nth = 0) => positionOf(name, needle, nth, 1);
  const request = <T>(method: string, params: unknown) => lsp.connection.sendRequest(method, params) as Promise<T>;
  /** Hovers until `ok` holds (the server applies file events asynchronously); returns the last hover. */
  const hoverUntil = async (name: string, needle: string, ok: (hover: string) => boolean) => {
    let hover = await hoverText(name, needle);
    for (let i = 0; i < 50 && !ok(hover); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      hover = await hoverText(name, needle);
    }
    return hover;
  };
  const hoverText = async (name: string, needle: string) =>
    ((await request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: uri(name) }, position: at(name, needle) }))?.contents.value ?? '');

  const applied: { edit: { documentChanges: { edits: { newText: string }[] }[] } }[] = [];
  const messages: { message: string }[] = [];
  lsp.connection.onRequest('window/showMessageRequest', (p: { message: string }) => (messages.push(p), null));
  lsp.connection.onRequest('workspace/applyEdit', (params: (typeof applied)[number]) => (applied.push(params), { applied: true }));
  const addAction = async () => {
    const actions = await request<{ title: string; command?: { command: string; arguments: unknown[] } }[]>('textDocument/codeAction', {
      textDocument: { uri: uri(URDU) },
      range: { start: at(URDU, 'ویتنام'), end: at(URDU, 'ویتنام') },
      context: { diagnostics: [] },
    });
    const add = actions.find((a) => a.title.startsWith('Add \u2068ویتنام\u2069 to the knowledge base'));
    assert.ok(add?.command, actions.map((a) => a.title).join(' | '));
    return add.command;
  };
  await t.test('hover on an Urdu mention: knowledge-base name, description, names per script, mentions per file', async () => {
    const value = await hoverText(URDU, 'فام من چن');
    const lines = value.split('\n');
    assert.equal(lines[0], '**Concord entity** \u2068Pham Minh Chinh\u2069 · person');
    assert.equal(lines[2], 'Prime Minister of Viet Nam');
    assert.ok(lines.some((l) => l.startsWith('- Names in Devanagari: \u2068फाम मिन्ह चिन्ह\u2069 ×1')), value);
    assert.ok(lines.some((l) => /^- Mentions: \d+ in 2 files: \u2068hi\.txt\u2069 ×1, \u2068ur\.txt\u2069 ×\d/.test(l)), value);
    assert.ok(lines.some((l) => l.startsWith('- First mention (\u2068hi.txt\u2069): \u2068वियतनाम के प्रधानमंत्री **फाम मिन्ह चिन्ह**')), value);
    assert.ok(lines.includes('- Knowledge base: `pham-minh-chinh`'), value);
  });

  await t.test('definition leads to the knowledge-base entry; references reach both scripts', async () => {
    const defs = await request<Location[]>('textDocument/definition', { textDocument: { uri: uri(HINDI) }, position: at(HINDI, 'फाम') });
    assert.equal(defs.length, 1);
    assert.equal(defs[0].uri, kbUri);
    assert.equal(defs[0].range.start.line, KB_NAME_LINE);
    const refs = await request<Location[]>('textDocument/references', { textDocument: { uri: uri(HINDI) }, position: at(HINDI, 'फाम'), context: { includeDeclaration: true } });
    assert.equal(refs[0].uri, uri(HINDI), 'this document first');
    assert.deepEqual(refs.filter((r) => r.uri === uri(URDU)).map((r) => r.range.start), [0, 1, 2].map((nth) => positionOf(URDU, 'فام من چن', nth)));
    const lenses = await request<{ range: Range; command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: kbUri } });
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command.title]), [[KB_NAME_LINE, '4 mentions in 2 files']]);
    const highlights = await request<{ range: Range }[]>('textDocument/documentHighlight', { textDocument: { uri: uri(URDU) }, position: at(URDU, 'فام من چن') });
    assert.equal(highlights.length, 3);
  });

  await t.test('workspace symbols find the entity by a Latin spelling no file uses', async () => {
    const symbols = await request<{ name: string; location: Location }[]>('workspace/symbol', { query: 'Pham Minh' });
    assert.equal(symbols[0]?.name, 'Pham Minh Chinh');
    assert.equal(symbols[0].location.uri, uri(HINDI), 'the first mention in the corpus');
    const outline = await request<{ name: string; children: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri: uri(URDU) } });
    assert.equal(outline[0].name.startsWith('Entities ('), true);
    assert.ok(outline[0].children.some((c) => c.name === 'Pham Minh Chinh'));
  });

  await t.test('semantic tokens mark names by type', async () => {
    const { data } = await request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: uri(URDU) } });
    const tokens: [number, number, number, string][] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      tokens.push([line, character, data[i + 2], TOKEN_TYPES[data[i + 3]]]);
    }
    const name = positionOf(URDU, 'فام من چن');
    assert.ok(tokens.some((tk) => tk[0] === name.line && tk[1] === name.character && tk[2] === 'فام من چن'.length && tk[3] === 'person'), JSON.stringify(tokens));
    const place = positionOf(URDU, 'ہنوئی');
    assert.ok(tokens.some((tk) => tk[0] === place.line && tk[1] === place.character && tk[3] === 'place'), JSON.stringify(tokens));
  });

  await t.test('concord.entity-spelling: the Urdu spelling outside the knowledge base, with a quick fix', async () => {
    const spelling = await lsp.waitFor('spelling diagnostic', () => (lsp.diagnostics.get(uri(URDU)) ?? []).filter((d) => d.code === 'concord.entity-spelling')[0]);
    assert.deepEqual(spelling.range.start, positionOf(URDU, 'فام من چنہ'));
    const actions = await request<{ title: string; edit?: { changes: Record<string, { newText: string }[]> }; command?: { command: string; arguments: unknown[] } }[]>('textDocument/codeAction', {
      textDocument: { uri: uri(URDU) },
      range: spelling.range,
      context: { diagnostics: [spelling] },
    });
    const fix = actions.find((a) => a.title === 'Spell it \u2068فام من چن\u2069');
    assert.equal(fix?.edit?.changes[uri(URDU)][0].newText, 'فام من چن');
    // Or keep this spelling: list it in the knowledge base, and the finding goes.
    const keep = actions.find((a) => a.title === 'Add \u2068فام من چنہ\u2069 to the Urdu names of \u2068Pham Minh Chinh\u2069 in the knowledge base');
    assert.ok(keep?.command, actions.map((a) => a.title).join(' | '));
    await request('workspace/executeCommand', { command: keep.command.command, arguments: keep.command.arguments });
    assert.match(readFileSync(kbFile, 'utf8'), /"names": \{ "ur": \["فام من چن","فام من چنہ"\], "hi": \["फाम मिन्ह चिन्ह"\] \},\n/);
    await lsp.waitFor('spelling finding gone', () => !(lsp.diagnostics.get(uri(URDU)) ?? []).some((d) => d.code === 'concord.entity-spelling'));
  });

  await t.test('rename changes one spelling across the files of that language', async () => {
    const prepared = await request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: uri(URDU) }, position: at(URDU, 'فام من چن') });
    assert.equal(prepared.placeholder, 'فام من چن');
    const edit = await request<{
      documentChanges: { textDocument: { uri: string; version: number | null }; edits: { newText: string; annotationId: string }[] }[];
      changeAnnotations: Record<string, { label: string; needsConfirmation: boolean }>;
    }>('textDocument/rename', { textDocument: { uri: uri(URDU) }, position: at(URDU, 'فام من چن'), newName: 'فام منہ چن' });
    assert.deepEqual(edit.documentChanges.map((c) => c.textDocument), [{ uri: uri(URDU), version: null }, { uri: kbUri, version: null }], 'the Urdu file (closed) and the knowledge base, not the Hindi file');
    assert.deepEqual(edit.documentChanges[0].edits.map((e) => e.newText), ['فام منہ چن', 'فام منہ چن'], 'the two mentions written that way, not the other spelling');
    assert.deepEqual(edit.documentChanges[1].edits.map((e) => e.newText), ['"فام منہ چن"'], 'the Urdu name listed in the knowledge base');
    const annotation = edit.changeAnnotations[edit.documentChanges[0].edits[0].annotationId];
    assert.equal(annotation.needsConfirmation, true, 'VS Code shows the refactor preview');
    assert.equal(annotation.label, 'Respell as \u2068فام منہ چن\u2069');
    await assert.rejects(request('textDocument/rename', { textDocument: { uri: uri(URDU) }, position: at(URDU, 'فام من چن'), newName: 'فام\nمن' }), /one non-empty line/);
  });

  await t.test('a broken knowledge base gets diagnostics in the file and the last good version stays in use', async () => {
    const broken = KB_TEXT.replace('"type": "person",', '"type": "person"');
    await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: kbUri, languageId: 'jsonc', version: 1, text: broken } });
    const problems = await lsp.waitFor('knowledge-base diagnostics', () => (lsp.diagnostics.get(kbUri)?.length ? lsp.diagnostics.get(kbUri) : undefined));
    assert.equal(problems[0].code, 'concord.knowledge-base-file');
    assert.match(problems[0].message, /last good version of the knowledge base stays in use/);
    assert.equal(problems[0].range.start.line, KB_NAME_LINE);
    assert.match(await hoverText(HINDI, 'फाम'), /Prime Minister of Viet Nam/);
    const add = await addAction();
    await request('workspace/executeCommand', { command: add.command, arguments: add.arguments });
    assert.equal(applied.length, 0, 'nothing is appended to a file that does not parse');
    assert.match(messages.pop()?.message ?? '', /could not add .* fix them first/);
    await lsp.connection.sendNotification('textDocument/didChange', { textDocument: { uri: kbUri, version: 2 }, contentChanges: [{ text: KB_TEXT }] });
    await lsp.waitFor('diagnostics cleared', () => lsp.diagnostics.get(kbUri)?.length === 0);
  });

  await t.test('"Add to knowledge base" edits the open file through the editor, else writes it atomically', async () => {
    const command = await addAction();
    await request('workspace/executeCommand', { command: command.command, arguments: command.arguments });
    assert.equal(applied.length, 1, 'the open file is edited through a WorkspaceEdit');
    assert.match(applied[0].edit.documentChanges[0].edits[0].newText, /"name": "/);

    await lsp.connection.sendNotification('textDocument/didClose', { textDocument: { uri: kbUri } });
    await request('workspace/executeCommand', { command: command.command, arguments: (await addAction()).arguments });
    const written = readFileSync(kbFile, 'utf8');
    assert.ok(written.startsWith('{\n  // People of this corpus.\n  "version": 1,'), 'comments and formatting kept');
    assert.match(written, /"id": "region:VN",\n\s+"type": "place",\n\s+"name": "Vietnam",\n\s+"names": \{\n\s+"ur": \[\n\s+"ویتنام"/);
    assert.match(await hoverUntil(URDU, 'ویتنام', (h) => h.includes('- Knowledge base: `')), /- Knowledge base: `region:VN`/, 'the written entry is in use');
  });

  await t.test('the knowledge base follows the disk: deleted, then created again', async () => {
    const kbText = readFileSync(kbFile, 'utf8');
    rmSync(kbFile);
    await lsp.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: kbUri, type: 3 }] });
    assert.match(await hoverUntil(HINDI, 'फाम', (h) => !h.includes('Knowledge base: `')), /Not in the workspace knowledge base/);
    const defs = await request<Location[]>('textDocument/definition', { textDocument: { uri: uri(HINDI) }, position: at(HINDI, 'फाम') });
    assert.deepEqual(defs.map((d) => d.uri), [uri(HINDI)], 'without an entry: the first mention in the corpus');
    writeFileSync(kbFile, kbText);
    await lsp.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: kbUri, type: 1 }] });
    assert.match(await hoverUntil(HINDI, 'फाम', (h) => h.includes('Knowledge base: `pham-minh-chinh`')), /Prime Minister of Viet Nam/);
  });
});
