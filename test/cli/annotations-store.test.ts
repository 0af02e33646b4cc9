import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { parseAnnotationFile, serializeAnnotations } from '../../server/src/core/annotations/jsonl';
import { createAnnotation, type Annotation } from '../../server/src/core/annotations/model';
import { annotationFileFor, loadAnnotations, moveAnnotations, saveAnnotations } from '../../server/src/io/annotationStore';
import { REPO } from '../support/shared';

const temp = mkdtempSync(path.join(tmpdir(), 'concord-store-'));
after(() => rmSync(temp, { recursive: true, force: true }));

const TEXT = 'وزیر اعظم فام من چن نے ہنوئی میں کہا۔\nप्रधानमंत्री ने हनोई में कहा।\n';
const WHO = { author: 'ana', created: '2026-01-01T00:00:00.000Z' };
function annotations(count: number): Annotation[] {
  const words = [...TEXT.matchAll(/\S+/g)];
  return Array.from({ length: count }, (_, i) => {
    const w = words[i % words.length];
    return createAnnotation(TEXT, { start: w.index!, end: w.index! + w[0].length }, { id: `a${i}`, type: 'place', note: 'x'.repeat(200), ...WHO });
  });
}

/** Runs the writer child and resolves once it printed `signal`, with a function that kills it. */
function startWriter(args: string[], signal: string): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'test', 'support', 'killedWriter.ts'), ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`writer exited early (${code}): ${stderr}`)));
    child.stdout.on('data', (d) => {
      if (!String(d).includes(signal)) return;
      resolve(() => {
        child.removeAllListeners('exit');
        const exited = new Promise<void>((done) => child.on('exit', () => done()));
        child.kill('SIGKILL');
        return exited;
      });
    });
  });
}

test('a writer killed between write and rename leaves the previous file intact', async () => {
  const dir = path.join(temp, 'pause');
  mkdirSync(dir);
  const target = path.join(dir, 'doc.txt.jsonl');
  const previous = serializeAnnotations(annotations(3), TEXT);
  writeFileSync(target, previous);
  const next = path.join(temp, 'next.jsonl');
  writeFileSync(next, serializeAnnotations(annotations(500), TEXT));
  const kill = await startWriter(['pause', target, next], 'renaming');
  // The new content is complete in the temporary file, but the target is untouched.
  const temporary = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
  assert.equal(temporary.length, 1);
  assert.equal(readFileSync(path.join(dir, temporary[0]), 'utf8'), readFileSync(next, 'utf8'));
  await kill();
  assert.equal(readFileSync(target, 'utf8'), previous);
  assert.deepEqual(parseAnnotationFile(readFileSync(target, 'utf8')).problems, []);
});

test('a writer killed at random moments of repeated saves always leaves one whole version', async () => {
  const dir = path.join(temp, 'loop');
  mkdirSync(dir);
  const target = path.join(dir, 'doc.txt.jsonl');
  const versions = [serializeAnnotations(annotations(400), TEXT), serializeAnnotations(annotations(900), TEXT)];
  const files = versions.map((v, i) => {
    const f = path.join(temp, `v${i}.jsonl`);
    writeFileSync(f, v);
    return f;
  });
  writeFileSync(target, versions[0]);
  for (let round = 0; round < 5; round++) {
    const kill = await startWriter(['loop', target, ...files], 'saving');
    await new Promise((r) => setTimeout(r, 20 + round * 37));
    await kill();
    assert.ok(versions.includes(readFileSync(target, 'utf8')), `round ${round}: the file is one whole version`);
  }
});

test('annotations are stored beside the corpus in .concord and follow a renamed file or folder', async () => {
  const root = path.join(temp, 'corpus');
  const doc = path.join(root, 'news', 'a.txt');
  mkdirSync(path.dirname(doc), { recursive: true });
  writeFileSync(doc, TEXT);
  await saveAnnotations(root, doc, annotations(2), TEXT);
  const file = annotationFileFor(root, doc);
  assert.equal(path.relative(root, file), path.join('.concord', 'annotations', 'news', 'a.txt.jsonl'));
  assert.deepEqual((await loadAnnotations(root, doc, TEXT)).results.map((r) => [r.how, r.annotation.quote.exact]), [['exact', 'وزیر'], ['exact', 'اعظم']]);
  const renamed = path.join(root, 'news', 'b.txt');
  assert.equal((await moveAnnotations(root, doc, renamed)).length, 1);
  assert.ok(!existsSync(file) && existsSync(annotationFileFor(root, renamed)));
  const movedFolder = path.join(root, 'archive');
  assert.equal((await moveAnnotations(root, path.join(root, 'news'), movedFolder)).length, 1);
  assert.ok(existsSync(annotationFileFor(root, path.join(movedFolder, 'b.txt'))));
  await saveAnnotations(root, path.join(movedFolder, 'b.txt'), [], TEXT);
  assert.ok(!existsSync(annotationFileFor(root, path.join(movedFolder, 'b.txt'))), 'an empty annotation file is removed');
});
