/**
 * Property test of re-anchoring: thousands of seeded-random edits (insertions, deletions,
 * replacements in Arabic script and Devanagari, some far from annotations, some overlapping
 * them) applied one after another to documents with annotations. After every edit each
 * annotation is re-anchored twice: as the server does (the old and new text diffed, whether the
 * change came from the editor or the disk) and from the new text alone (an annotation file loaded
 * after its document changed while Concord was not running, or imported). Prints the share placed exactly where the edit moved them (for edits that
 * do not touch the annotated text) and asserts that no annotation is ever lost.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reanchorAfterChange, reanchorAll, type TextChange } from '../../server/src/core/annotations/anchor';
import { createAnnotation, type Annotation } from '../../server/src/core/annotations/model';
import { randomDocument, randomName, randomWords, seededRandom, type ScriptName } from '../support/randomText';

const DOCUMENTS_PER_SCRIPT = 40;
const EDITS_PER_DOCUMENT = 30;
const ANNOTATIONS_PER_DOCUMENT = 15;

interface Truth {
  start: number;
  end: number;
  touched: boolean;
}

interface Tally {
  untouched: number;
  exact: number;
  touched: number;
  touchedPlaced: number;
  touchedOrphaned: number;
}

const newTally = (): Tally => ({ untouched: 0, exact: 0, touched: 0, touchedPlaced: 0, touchedOrphaned: 0 });

/** Random annotations on word boundaries, 1–3 words long. */
function annotate(rand: () => number, text: string): Annotation[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const out: Annotation[] = [];
  for (let i = 0; i < ANNOTATIONS_PER_DOCUMENT; i++) {
    const w = Math.floor(rand() * (words.length - 3));
    const n = 1 + Math.floor(rand() * 3);
    const span = { start: words[w].start, end: words[w + n - 1].end };
    if (text.slice(span.start, span.end).includes('\n')) continue;
    out.push(createAnnotation(text, span, { id: `a${i}`, type: 'person', author: 'test', created: '2026-01-01T00:00:00.000Z' }));
  }
  return out;
}

/** A random edit: half near an annotation (often overlapping it), half anywhere. */
function randomEdit(rand: () => number, text: string, script: ScriptName, truths: Truth[]): TextChange & { text: string } {
  let at: number;
  if (rand() < 0.5 && truths.length > 0) {
    const t = truths[Math.floor(rand() * truths.length)];
    at = Math.max(0, Math.min(text.length, t.start - 3 + Math.floor(rand() * (t.end - t.start + 6))));
  } else at = Math.floor(rand() * (text.length + 1));
  const kind = rand();
  // One edit in ten is large: a pasted paragraph or a deleted stretch of a few hundred characters.
  const large = rand() < 0.1;
  const insertText = () =>
    large ? `\n${randomWords(rand, script, 20 + Math.floor(rand() * 40))}\n` : rand() < 0.5 ? ` ${randomWords(rand, script, 1 + Math.floor(rand() * 6))} ` : randomName(rand, script);
  const removeLength = () => Math.min(text.length - at, 1 + Math.floor(rand() * (large ? 400 : 25)));
  if (kind < 0.4) return { start: at, end: at, newLength: 0, text: insertText() };
  if (kind < 0.7) return { start: at, end: at + removeLength(), newLength: 0, text: '' };
  return { start: at, end: at + removeLength(), newLength: 0, text: insertText() };
}

/** Where an edit moves a span, or touched when it changes the span's text or is glued to it. */
function mapTruth(t: Truth, c: TextChange): Truth {
  if (t.touched) return t;
  const delta = c.newLength - (c.end - c.start);
  // An edit touching the annotated text's edge (glued to it) counts as touching it.
  if (c.end < t.start) return { ...t, start: t.start + delta, end: t.end + delta };
  if (c.start > t.end) return t;
  return { ...t, touched: true };
}

function check(results: { annotation: Annotation }[], before: Annotation[], truths: Truth[], text: string, tally: Tally): Annotation[] {
  assert.equal(results.length, before.length, 'an annotation was lost');
  return results.map((r, i) => {
    const a = r.annotation;
    assert.equal(a.id, before[i].id, 'annotations keep their ids and order');
    if (!a.orphaned) assert.equal(text.slice(a.start, a.end), a.quote.exact, `${a.id}: the quote is the text at its position`);
    const t = truths[i];
    if (!t.touched) {
      tally.untouched++;
      if (!a.orphaned && a.start === t.start && a.end === t.end) tally.exact++;
    } else {
      tally.touched++;
      if (a.orphaned) tally.touchedOrphaned++;
      else tally.touchedPlaced++;
    }
    return a;
  });
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2)}%`;

test('re-anchoring survives thousands of random edits in Arabic script and Devanagari', () => {
  const disk = newTally();
  const editor = newTally();
  let edits = 0;
  const started = Date.now();
  for (const script of ['urdu', 'persian', 'hindi'] as ScriptName[]) {
    for (let d = 0; d < DOCUMENTS_PER_SCRIPT; d++) {
      const rand = seededRandom(1000 * d + script.length);
      let text = randomDocument(rand, script, 6 + Math.floor(rand() * 6));
      // Every fourth document repeats its first paragraph at the end, as boilerplate does.
      if (d % 4 === 0) text = `${text}\n${text.slice(0, text.indexOf('\n'))}`;
      const initial = annotate(rand, text);
      let fromDisk = initial;
      let fromEditor = initial;
      let truths: Truth[] = initial.map((a) => ({ start: a.start, end: a.end, touched: false }));
      for (let e = 0; e < EDITS_PER_DOCUMENT; e++) {
        const edit = randomEdit(rand, text, script, truths.filter((t) => !t.touched));
        const change: TextChange = { start: edit.start, end: edit.end, newLength: edit.text.length };
        const before = text;
        text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
        truths = truths.map((t) => mapTruth(t, change));
        fromDisk = check(reanchorAll(fromDisk, text), fromDisk, truths, text, disk);
        // As the server does for every change, in the editor or on disk: diff the old and new text.
        fromEditor = check(reanchorAfterChange(fromEditor, before, text), fromEditor, truths, text, editor);
        edits++;
      }
    }
  }
  const report = (name: string, t: Tally) =>
    `${name}: ${t.untouched} re-anchorings after edits not touching the annotated text, ${t.exact} exact (${pct(t.exact, t.untouched)}); ` +
    `${t.touched} after edits touching it: ${t.touchedPlaced} placed, ${t.touchedOrphaned} orphaned (kept); 0 lost`;
  console.log(`re-anchoring property test: ${edits} random edits (Urdu, Persian, Hindi), ${ANNOTATIONS_PER_DOCUMENT} annotations per document, ${Date.now() - started} ms`);
  console.log(`  ${report('server (old and new text diffed, editor or disk)', editor)}`);
  console.log(`  ${report('new text alone (file loaded after the text changed)', disk)}`);
  assert.ok(edits >= 3000, `edits: ${edits}`);
  assert.ok(editor.exact / editor.untouched >= 0.999, report('server', editor));
  assert.ok(disk.exact / disk.untouched >= 0.99, report('new text alone', disk));
  assert.ok(disk.touched > 1000 && disk.touchedPlaced > 0, 'edits overlapping annotations were exercised');
});

test('re-anchoring cost: 2,000 annotations in a 1 MB document after one edit', () => {
  const rand = seededRandom(7);
  let text = '';
  while (text.length < 1_000_000) text += `${randomDocument(rand, 'urdu', 10)}\n`;
  const annotations: Annotation[] = [];
  for (let i = 0; i < 2000; i++) {
    const start = text.indexOf(' ', Math.floor(rand() * (text.length - 100))) + 1;
    const end = text.indexOf(' ', start + 2);
    annotations.push(createAnnotation(text, { start, end }, { id: `a${i}`, type: 'place', author: 'test', created: '2026-01-01T00:00:00.000Z' }));
  }
  const edited = `${text.slice(0, 500_000)} نئی بات ${text.slice(500_000)}`;
  const time = (run: () => unknown) => {
    const started = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const server = time(() => reanchorAfterChange(annotations, text, edited));
  const alone = time(() => reanchorAll(annotations, edited));
  console.log(`re-anchoring 2,000 annotations in a 1 MB document after one edit: ${server.toFixed(1)} ms (server, diffed), ${alone.toFixed(1)} ms (new text alone)`);
  assert.ok(server < 500, `server re-anchoring took ${server} ms`);
  assert.ok(reanchorAfterChange(annotations, text, edited).every((r) => r.how === 'exact'));
});
