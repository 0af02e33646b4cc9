import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { URI } from 'vscode-uri';
import { parseAnnotationFile, positionsToUtf16, serializeAnnotations } from '../../server/src/core/annotations/jsonl';
import { createAnnotation } from '../../server/src/core/annotations/model';
import { LineIndex } from '../../server/src/core/text/lines';
import { LspTestClient } from '../support/lspClient';
import { haveShared, SEEDS } from '../support/shared';

const URDU = '000_c76568549b512198.txt';
const PERSIAN = '001_a857573637514a0a.txt';
const HINDI = '003_669854c548bb48ca.txt';
let client: LspTestClient | undefined;
const workspace = mkdtempSync(path.join(tmpdir(), 'concord-annotations-'));
// Exports go outside the workspace: brat's .txt copies would otherwise join the corpus.
const exported = mkdtempSync(path.join(tmpdir(), 'concord-annotations-export-'));
after(async () => {
  await client?.shutdown();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(exported, { recursive: true, force: true });
});

/** Waits for a condition on the disk (the server writes files asynchronously). */
async function poll(what: string, condition: () => boolean, ms = 8000): Promise<void> {
  for (const deadline = Date.now() + ms; !condition(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}

interface Action {
  title: string;
  command: { command: string; arguments: unknown[] };
}
interface Listed {
  id: string;
  type: string;
  orphaned: boolean;
  quote: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

test('annotations over LSP: load, hover, annotate, re-anchor on edits, reject a figure, orphans, rename', async (t) => {
  if (!haveShared(t)) return;
  cpSync(SEEDS, workspace, { recursive: true });
  const uri = (name: string) => URI.file(path.join(workspace, name)).toString();
  const store = (name: string) => path.join(workspace, '.concord', 'annotations', `${name}.jsonl`);
  const urdu = readFileSync(path.join(workspace, URDU), 'utf8');
  // A stored annotation on the Urdu seed, and a line cut off by a crash.
  const un = urdu.indexOf('اقوام متحدہ');
  const stored = serializeAnnotations([createAnnotation(urdu, { start: un, end: un + 11 }, { id: 'a1', type: 'organisation', entity: 'org:un', author: 'ana', created: '2026-01-01T00:00:00.000Z' })], urdu);
  mkdirSync(path.dirname(store(URDU)), { recursive: true });
  writeFileSync(store(URDU), `${stored}{"id":"a2","type":"pers\n`);

  const lsp = (client = new LspTestClient());
  const applied: { edit: { documentChanges: { textDocument: { uri: string }; edits: { newText: string }[] }[] } }[] = [];
  lsp.connection.onRequest('workspace/applyEdit', (p) => (applied.push(p), { applied: true }));
  await lsp.initialize([URI.file(workspace).toString()]);
  await lsp.ready();
  const list = (name: string) => lsp.connection.sendRequest('concord/annotations', { uri: uri(name) }) as Promise<Listed[]>;

  await t.test('a corrupt line becomes a diagnostic in the annotation file; the good one is in use', async () => {
    const diags = await lsp.waitFor('annotation file diagnostics', () => lsp.diagnostics.get(URI.file(store(URDU)).toString()));
    assert.equal(diags.length, 1);
    assert.equal(diags[0].range.start.line, 2);
    assert.match(diags[0].message, /not valid JSON/);
    assert.deepEqual((await list(URDU)).map((a) => [a.id, a.quote]), [['a1', 'اقوام متحدہ']]);
  });

  const lines = new LineIndex(urdu);
  await t.test('hover on the annotated mention shows the annotation', async () => {
    const hover = (await lsp.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri(URDU) }, position: lines.positionAt(un + 3) })) as { contents: { value: string } };
    assert.match(hover.contents.value, /\*\*Annotation\*\*.*organisation · → org:un · by ana/);
  });

  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(URDU), languageId: 'concord-text', version: 1, text: urdu } });
  const name = urdu.indexOf('انتونیو گوٹیرس');
  const range = { start: lines.positionAt(name), end: lines.positionAt(name + 14) };

  await t.test('a code action annotates the selection as a person; the file is written atomically', async () => {
    const actions = (await lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(URDU) }, range, context: { diagnostics: [] } })) as Action[];
    const person = actions.find((a) => a.title === 'Annotate “انتونیو گوٹیرس” as person');
    assert.ok(person, actions.map((a) => a.title).join(' | '));
    await lsp.connection.sendRequest('workspace/executeCommand', { command: person.command.command, arguments: person.command.arguments });
    const onDisk = parseAnnotationFile(readFileSync(store(URDU), 'utf8'));
    assert.deepEqual(positionsToUtf16(onDisk.annotations, urdu).map((a) => [a.type, urdu.slice(a.start, a.end)]), [['organisation', 'اقوام متحدہ'], ['person', 'انتونیو گوٹیرس']]);
  });

  await t.test('an edit before the annotations moves them; the new positions are saved', async () => {
    await lsp.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(URDU), version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'نئی سطر\n' }] });
    const after = await list(URDU);
    assert.deepEqual(after.map((a) => [a.quote, a.range.start.line]), [['اقوام متحدہ', lines.positionAt(un).line + 1], ['انتونیو گوٹیرس', range.start.line + 1]]);
    const edited = `نئی سطر\n${urdu}`;
    await poll('positions saved', () => {
      const saved = positionsToUtf16(parseAnnotationFile(readFileSync(store(URDU), 'utf8')).annotations, edited);
      return saved.length === 2 && saved.every((a) => edited.slice(a.start, a.end) === a.quote.exact) && saved[0].start === un + 8;
    });
  });

  await t.test('deleting the annotated name makes an orphan diagnostic; the annotation is kept', async () => {
    const edited = `نئی سطر\n${urdu}`;
    const at = edited.indexOf('انتونیو گوٹیرس');
    const l = new LineIndex(edited);
    await lsp.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(URDU), version: 3 }, contentChanges: [{ range: { start: l.positionAt(at), end: l.positionAt(at + 14) }, text: '' }] });
    const orphan = await lsp.waitFor('orphan diagnostic', () => lsp.diagnostics.get(uri(URDU))?.find((d) => d.code === 'concord.annotation-orphaned'));
    assert.match(orphan.message, /انتونیو گوٹیرس/);
    assert.deepEqual((await list(URDU)).map((a) => a.orphaned), [false, true]);
    const orphans = (await lsp.connection.sendRequest('concord/orphanedAnnotations', {})) as { uri: string; quote: string }[];
    assert.deepEqual(orphans.map((o) => [o.uri, o.quote]), [[uri(URDU), 'انتونیو گوٹیرس']]);
  });

  await t.test('rejecting a figure removes its diagnostic; with the file open the change is a WorkspaceEdit', async () => {
    const persian = readFileSync(path.join(workspace, PERSIAN), 'utf8');
    const mixed = () => (lsp.diagnostics.get(uri(PERSIAN)) ?? []).filter((d) => d.code === 'concord.mixed-digits');
    const diag = await lsp.waitFor('mixed digits', () => mixed()[0]);
    writeFileSync(store(PERSIAN), serializeAnnotations([], persian));
    const fileText = readFileSync(store(PERSIAN), 'utf8');
    await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI.file(store(PERSIAN)).toString(), languageId: 'jsonl', version: 1, text: fileText } });
    const actions = (await lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(PERSIAN) }, range: { start: diag.range.start, end: diag.range.start }, context: { diagnostics: [] } })) as Action[];
    const reject = actions.find((a) => a.title.startsWith('Reject the figure “۱۸”'));
    assert.ok(reject, actions.map((a) => a.title).join(' | '));
    await lsp.connection.sendRequest('workspace/executeCommand', { command: reject.command.command, arguments: reject.command.arguments });
    await lsp.waitFor('mixed digits gone', () => mixed().length === 0);
    assert.equal(applied.length, 1, 'an open annotation file is edited through the editor');
    const newText = applied[0].edit.documentChanges[0].edits[0].newText;
    assert.match(newText, /"type":"reject".*"detection":\{"kind":"figure","type":"cardinal","value":18\}/);
    assert.equal(readFileSync(store(PERSIAN), 'utf8'), fileText, 'the disk file is left to the editor');
    const tokens = (await lsp.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: uri(PERSIAN) } })) as { data: number[] };
    let line = 0;
    let character = 0;
    const starts: string[] = [];
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
      starts.push(`${line}:${character}`);
    }
    assert.ok(starts.length > 0 && !starts.includes(`${diag.range.start.line}:${diag.range.start.character}`), 'the rejected figure gets no semantic token');
    void persian;
  });

  await t.test('a document changed on disk: its annotations are re-anchored and saved', async () => {
    const hindi = readFileSync(path.join(workspace, HINDI), 'utf8');
    const hl = new LineIndex(hindi);
    const word = hindi.indexOf('हनोई');
    const selection = { start: hl.positionAt(word), end: hl.positionAt(word + 4) };
    await lsp.connection.sendRequest('workspace/executeCommand', { command: 'concord.annotations.add', arguments: [{ uri: uri(HINDI), range: selection, type: 'place' }] });
    assert.equal(parseAnnotationFile(readFileSync(store(HINDI), 'utf8')).annotations[0].quote.exact, 'हनोई');
    const edited = `नई पंक्ति 😀\n${hindi}`;
    writeFileSync(path.join(workspace, HINDI), edited);
    await lsp.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(HINDI), type: 2 }] });
    await poll('re-anchored on disk', () => {
      const [a] = positionsToUtf16(parseAnnotationFile(readFileSync(store(HINDI), 'utf8')).annotations, edited);
      return a.start === word + 13 && edited.slice(a.start, a.end) === 'हनोई';
    });
  });

  await t.test('export and import commands write and read the same files as the CLI', async () => {
    const messages: string[] = [];
    lsp.connection.onRequest('window/showMessageRequest', (p: { message: string }) => (messages.push(p.message), null));
    const out = exported;
    await lsp.connection.sendRequest('workspace/executeCommand', { command: 'concord.annotations.export', arguments: [{ format: 'brat', out, detections: false }] });
    const ann = readFileSync(path.join(out, HINDI.replace('.txt', '.ann')), 'utf8');
    assert.match(ann, /^T1\tPlace \d+ \d+\tहनोई\n$/);
    await lsp.connection.sendRequest('workspace/executeCommand', { command: 'concord.annotations.import', arguments: [{ format: 'brat', folder: out, author: 'brat-user' }] });
    assert.deepEqual((await list(HINDI)).map((a) => a.quote), ['हनोई'], 'importing what was exported doubles nothing');
    await poll('messages', () => messages.length >= 2);
    assert.match(messages[0], /exported 3 annotations of 3 documents/);
    assert.match(messages[1], /imported 3 annotations/);
  });

  await t.test('annotations follow a renamed file', async () => {
    const renamed = path.join(workspace, 'renamed', URDU);
    mkdirSync(path.dirname(renamed), { recursive: true });
    await lsp.connection.sendNotification('workspace/didRenameFiles', { files: [{ oldUri: uri(URDU), newUri: URI.file(renamed).toString() }] });
    const moved = path.join(workspace, '.concord', 'annotations', 'renamed', `${URDU}.jsonl`);
    await poll('annotation file moved', () => existsSync(moved) && !existsSync(store(URDU)));
  });

  await t.test('annotations follow a file moved outside the editor (deleted and created with the same text)', async () => {
    const from = path.join(workspace, HINDI);
    const to = path.join(workspace, 'archive', HINDI);
    mkdirSync(path.dirname(to));
    renameSync(from, to);
    await lsp.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: URI.file(from).toString(), type: 3 }, { uri: URI.file(to).toString(), type: 1 }] });
    await poll('annotation file moved on disk', () => existsSync(store(path.join('archive', HINDI))) && !existsSync(store(HINDI)));
    assert.deepEqual((await list(path.join('archive', HINDI))).map((a) => a.quote), ['हनोई']);
  });
});
