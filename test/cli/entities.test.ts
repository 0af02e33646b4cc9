/**
 * The CLI reads the corpus folder's knowledge base: its problems are diagnostics in that file
 * (as in the editor), and entity findings appear in `check` the way the editor shows them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { ENTITY_TEXTS, KB_NAME_LINE, KB_TEXT, offsetOf, positionOf, URDU, writeEntityCorpus } from '../support/entityCorpus';
import { REPO } from '../support/shared';

const temp = mkdtempSync(path.join(tmpdir(), 'concord-cli-entities-'));
after(() => rmSync(temp, { recursive: true, force: true }));

interface Out {
  documents: { path: string; entities: { text: string; id: string | null; entity: string; canonical: string; start: number; end: number }[] }[];
  diagnostics: { path: string; code: string; severity: string; line: number; character: number; message: string }[];
}

function concordJson(command: string, folder: string): { code: number | null; out: Out; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), command, folder, '--format', 'json'], { encoding: 'utf8' });
  return { code: r.status, out: JSON.parse(r.stdout) as Out, stderr: r.stderr };
}

test('check: a broken knowledge base is an error in that file', () => {
  const folder = mkdtempSync(path.join(temp, 'broken-'));
  const kbFile = writeEntityCorpus(folder, KB_TEXT.replace('"type": "person",', '"type": "person"'));
  const { code, out } = concordJson('check', folder);
  assert.equal(code, 1);
  const problems = out.diagnostics.filter((d) => d.code === 'concord.knowledge-base-file');
  assert.equal(problems.length, 1);
  assert.equal(problems[0].path, kbFile);
  assert.equal(problems[0].severity, 'error');
  assert.equal(problems[0].line, KB_NAME_LINE);
  assert.match(problems[0].message, /The knowledge base is not used\.$/);
});

test('extract and check with the knowledge base: linked entities, and the Urdu spelling outside it', () => {
  const folder = mkdtempSync(path.join(temp, 'good-'));
  writeEntityCorpus(folder);
  const extract = concordJson('extract', folder).out;
  const urdu = extract.documents.find((d) => d.path.endsWith(URDU))!;
  const linked = urdu.entities.filter((e) => e.id === 'pham-minh-chinh').map((e) => e.start);
  assert.deepEqual(linked.slice(0, 2), [offsetOf(URDU, 'فام من چن', 0), offsetOf(URDU, 'فام من چن', 1)]);
  for (const doc of extract.documents) {
    for (const e of doc.entities) assert.equal(ENTITY_TEXTS[path.basename(doc.path)].slice(e.start, e.end), e.text, 'offsets');
  }
  const variant = urdu.entities.find((e) => e.start === offsetOf(URDU, 'فام من چنہ'));
  assert.deepEqual(variant && [variant.text, variant.entity, variant.canonical], ['فام من چنہ', 'pham-minh-chinh', 'Pham Minh Chinh'], 'the other spelling is linked to the same entity');
  const check = concordJson('check', folder).out;
  const spelling = check.diagnostics.filter((d) => d.code === 'concord.entity-spelling');
  assert.deepEqual(spelling.map((d) => [path.basename(d.path), d.line, d.character]), [[URDU, positionOf(URDU, 'فام من چنہ').line, positionOf(URDU, 'فام من چنہ').character]]);
  assert.equal(check.diagnostics.filter((d) => d.code === 'concord.knowledge-base-file').length, 0);
});

test('extract --format text lists each name with the entity it is linked to', () => {
  const folder = mkdtempSync(path.join(temp, 'text-'));
  writeEntityCorpus(folder);
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'extract', folder], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const p = positionOf(URDU, 'فام من چنہ');
  assert.match(r.stdout, new RegExp(`\\n  ${p.line + 1}:${p.character + 1}  \u2068فام من چنہ\u2069  person → \u2068Pham Minh Chinh\u2069, link (high|medium) \\(\\d+%\\)\\n`));
});
