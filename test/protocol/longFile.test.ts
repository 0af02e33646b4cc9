import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { URI } from 'vscode-uri';
import { startServerOn, type LspTestClient } from '../support/lspClient';

/** Time between keystrokes of a burst: brisk typing, still longer than the server's other timers between keys. */
const KEY_INTERVAL_MS = 150;

const workspace = mkdtempSync(path.join(tmpdir(), 'concord-long-'));
let client: LspTestClient | undefined;
after(async () => {
  await client?.shutdown();
  rmSync(workspace, { recursive: true, force: true });
});

test('typing in a very long file: a burst of keystrokes is analysed once when it pauses, and a request in between sees the text typed', async () => {
  // 1.5 MB of one-line sentences in ASCII digits; a Persian-digit figure typed into a line is a mixed-digits finding there.
  const lines = Array.from({ length: 30000 }, () => `In 2024, 70 countries signed the accord in Paris.`);
  const file = path.join(workspace, 'long.txt');
  writeFileSync(file, lines.join('\n'));
  client = await startServerOn(workspace);
  const lsp = client;
  const uri = URI.file(file).toString();
  const mixedLines = () => (lsp.diagnostics.get(uri) ?? []).filter((d) => d.code === 'concord.mixed-digits').map((d) => d.range.start.line);
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'concord-text', version: 1, text: lines.join('\n') } });
  let version = 1;
  const typeAt = (line: number, newText: string) =>
    lsp.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: newText }],
    });

  // The first keystroke is analysed at once (nothing yet says the file is slow).
  await typeAt(0, '۱۸ ');
  await lsp.waitFor('the first keystroke analysed', () => mixedLines().includes(0), 60000);

  // A burst of ten keystrokes, typed over a second and a half: analysed once the burst pauses, with all ten in.
  const before = lsp.publications.get(uri) ?? 0;
  for (let line = 1; line <= 10; line++) {
    await typeAt(line, '۱۸ ');
    await delay(KEY_INTERVAL_MS);
  }
  await lsp.waitFor('the burst analysed', () => mixedLines().filter((l) => l <= 10).length === 11, 60000);
  const during = (lsp.publications.get(uri) ?? 0) - before;
  assert.ok(during <= 3, `the burst published ${during} times`);

  // A hover right after a keystroke sees the figure just typed.
  await typeAt(11, '۲۵ ');
  const hover = (await lsp.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 11, character: 1 } })) as { contents: { value: string } } | null;
  assert.ok(hover, 'a hover on the figure just typed');
  assert.match(hover.contents.value, /25/);
});
