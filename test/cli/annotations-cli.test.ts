import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { parseAnnotationFile, serializeAnnotations } from '../../server/src/core/annotations/jsonl';
import { createAnnotation, type Annotation } from '../../server/src/core/annotations/model';
import { annotationFileFor, saveAnnotations } from '../../server/src/io/annotationStore';
import { haveShared, REPO, SEEDS } from '../support/shared';

const CLI = path.join(REPO, 'dist', 'cli.js');
const temp = mkdtempSync(path.join(tmpdir(), 'concord-cli-annotations-'));
after(() => rmSync(temp, { recursive: true, force: true }));

function concord(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: temp, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A corpus copy of the seeds with a person, a place and an organisation annotated in each file. */
async function annotatedCorpus(name: string): Promise<{ root: string; files: string[]; counts: Map<string, number> }> {
  const root = path.join(temp, name);
  cpSync(SEEDS, root, { recursive: true });
  const files = readdirSync(root).filter((f) => f.endsWith('.txt')).sort();
  const counts = new Map<string, number>();
  for (const f of files) {
    const text = readFileSync(path.join(root, f), 'utf8');
    const words = [...text.matchAll(/[\p{Script=Arabic}\p{Script=Devanagari}]{4,}/gu)].slice(5, 8);
    const annotations: Annotation[] = words.map((w, i) =>
      createAnnotation(text, { start: w.index!, end: w.index! + w[0].length }, { id: `u${i}`, type: (['person', 'place', 'organisation'] as const)[i], note: i === 0 ? 'checked' : undefined, author: 'ana', created: '2026-01-01T00:00:00.000Z' }),
    );
    await saveAnnotations(root, path.join(root, f), annotations, text);
    counts.set(f, annotations.length);
  }
  return { root, files, counts };
}

test('concord export: every format, with and without detections, on the seeds', async (t) => {
  if (!haveShared(t)) return;
  const { root, files } = await annotatedCorpus('corpus');
  for (const format of ['brat', 'conll', 'jsonl', 'w3c']) {
    const out = path.join(temp, `out-${format}`);
    const r = concord(['export', root, '--format', format, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`exported 15 annotations of 5 documents to .*out-${format} \\(${format}\\)`));
    const written = readdirSync(out).sort();
    const expected = { brat: files.flatMap((f) => [f.replace('.txt', '.ann'), f]).sort(), conll: files.map((f) => `${f}.conll`), jsonl: files.map((f) => `${f}.jsonl`), w3c: files.map((f) => `${f}.jsonld`) }[format];
    assert.deepEqual(written, expected, format);
  }
  const ann = readFileSync(path.join(temp, 'out-brat', files[3].replace('.txt', '.ann')), 'utf8');
  assert.match(ann, /^T1\tPerson \d+ \d+\t\p{Script=Devanagari}+\n#1\tAnnotatorNotes T1\tchecked\nT2\tPlace /u);
  const conll = readFileSync(path.join(temp, 'out-conll', `${files[0]}.conll`), 'utf8');
  assert.deepEqual(['B-PER', 'B-LOC', 'B-ORG'].map((l) => conll.split(`\t${l}\n`).length - 1), [1, 1, 1]);
  const w3c = JSON.parse(readFileSync(path.join(temp, 'out-w3c', `${files[1]}.jsonld`), 'utf8'));
  assert.equal(w3c['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(w3c.items.length, 3);
  const jsonl = parseAnnotationFile(readFileSync(path.join(temp, 'out-jsonl', `${files[2]}.jsonl`), 'utf8'));
  assert.deepEqual([jsonl.problems, jsonl.annotations.length], [[], 3]);

  const withDetections = concord(['export', root, '--format', 'brat', '--out', path.join(temp, 'out-detections'), '--detections']);
  assert.equal(withDetections.code, 0, withDetections.stderr);
  const detections = Number(/and (\d+) detections/.exec(withDetections.stdout)?.[1]);
  assert.ok(detections > 20, withDetections.stdout);
  assert.match(readFileSync(path.join(temp, 'out-detections', files[1].replace('.txt', '.ann')), 'utf8'), /\tConcord_figure \d+ \d+\t۱۸\n/);
});

test('concord import: brat and JSON Lines back into a corpus; brat → Concord → brat is byte-identical', async (t) => {
  if (!haveShared(t)) return;
  const { root, files } = await annotatedCorpus('source');
  const exported = path.join(temp, 'brat-out');
  assert.equal(concord(['export', root, '--format', 'brat', '--out', exported, '--detections']).code, 0);
  // An edit in brat's copy of one text: a relation line, which Concord keeps verbatim.
  const first = path.join(exported, files[0].replace('.txt', '.ann'));
  writeFileSync(first, `${readFileSync(first, 'utf8')}R1\tLocated Arg1:T1 Arg2:T2\n`);
  const target = path.join(temp, 'target');
  cpSync(SEEDS, target, { recursive: true });
  const imported = concord(['import', exported, '--format', 'brat', '--into', target, '--author', 'brat-user']);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, /imported \d+ annotations into .*target\/\.concord\/annotations/);
  const stored = parseAnnotationFile(readFileSync(annotationFileFor(target, path.join(target, files[0])), 'utf8'));
  assert.ok(stored.annotations.every((a) => a.author === 'brat-user'));
  const again = path.join(temp, 'brat-again');
  assert.equal(concord(['export', target, '--format', 'brat', '--out', again]).code, 0);
  for (const f of files) {
    const name = f.replace('.txt', '.ann');
    assert.equal(readFileSync(path.join(again, name), 'utf8'), readFileSync(path.join(exported, name), 'utf8'), `${name}: byte-identical`);
  }
  // JSON Lines import: the same annotations again (already there through brat) double nothing;
  // a new one is added; one with an id already stored replaces it.
  const jsonlOut = path.join(temp, 'jsonl-out');
  assert.equal(concord(['export', root, '--format', 'jsonl', '--out', jsonlOut]).code, 0);
  const exportedFile = path.join(jsonlOut, `${files[0]}.jsonl`);
  const text = readFileSync(path.join(target, files[0]), 'utf8');
  const extra = createAnnotation(text, { start: 0, end: 4 }, { id: 'new', type: 'other', author: 'ana', created: '2026-01-02T00:00:00.000Z' });
  const replacing = { ...stored.annotations[0], start: 0, end: 4, quote: extra.quote, note: 'replaced' };
  writeFileSync(exportedFile, `${readFileSync(exportedFile, 'utf8')}${serializeAnnotations([extra, replacing], text).split('\n').slice(1).join('\n')}`);
  const r = concord(['import', jsonlOut, '--into', target]);
  assert.equal(r.code, 0, r.stderr);
  const merged = parseAnnotationFile(readFileSync(annotationFileFor(target, path.join(target, files[0])), 'utf8'));
  assert.equal(merged.annotations.length, stored.annotations.length + 1);
  assert.equal(merged.annotations.find((a) => a.id === stored.annotations[0].id)?.note, 'replaced');
  assert.ok(merged.annotations.some((a) => a.id === 'new'));
});

test('export and import usage errors', () => {
  assert.equal(concord(['export', '.']).code, 2);
  assert.match(concord(['export', '.', '--out', 'x', '--format', 'sarif']).stderr, /--format sarif is not available for export/);
  assert.match(concord(['import', '.']).stderr, /import needs --into/);
});
