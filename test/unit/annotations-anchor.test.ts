import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeBetween, reanchor, reanchorAfterChange, settle, trackChanges, type AnchorHow } from '../../server/src/core/annotations/anchor';
import { createAnnotation, quoteAt, type Annotation } from '../../server/src/core/annotations/model';
import { checkRows } from '../support/rows';

const WHO = { author: 'ana', created: '2026-01-01T00:00:00.000Z' };
const at = (text: string, needle: string, nth = 0): Annotation => {
  let i = -1;
  for (let n = 0; n <= nth; n++) i = text.indexOf(needle, i + 1);
  return createAnnotation(text, { start: i, end: i + needle.length }, { id: 'a1', type: 'person', ...WHO });
};

const URDU = 'وزیر اعظم فام من چن نے ہنوئی میں کہا کہ ہنوئی کنونشن پر ۷۲ ممالک نے دستخط کیے۔\nاقوام متحدہ نے ہنوئی میں اجلاس کیا۔';
const HINDI = 'प्रधानमंत्री फाम मिन्ह चिन्ह ने हनोई में कहा। संयुक्त राष्ट्र ने हनोई में बैठक की।';

/** [old text, annotation, new text] → [how, annotated text in the new text]. */
type Row = [string, [string, Annotation, string], [AnchorHow, string]];
const run = ([, a, next]: [string, Annotation, string]): [AnchorHow, string] => {
  const r = reanchor(a, next);
  return [r.how, r.annotation.orphaned ? `(orphaned: ${r.annotation.quote.exact})` : next.slice(r.annotation.start, r.annotation.end)];
};

test('re-anchoring from the new text alone', () => {
  const second = at(URDU, 'ہنوئی', 1);
  const rows: Row[] = [
    ['unchanged text: exact', [URDU, second, URDU], ['exact', 'ہنوئی']],
    ['insertion before: the second ہنوئی, not the first', [URDU, second, `خبر: ${URDU}`], ['moved', 'ہنوئی']],
    ['paragraphs swapped: found by context', [URDU, at(URDU, 'اقوام متحدہ'), URDU.split('\n').reverse().join('\n')], ['moved', 'اقوام متحدہ']],
    ['one letter of the name changed: fuzzy, follows the edit', [URDU, at(URDU, 'فام من چن'), URDU.replace('فام من چن', 'فام من چنہ')], ['fuzzy', 'فام من چنہ']],
    ['the name deleted: orphaned and kept', [URDU, at(URDU, 'فام من چن'), URDU.replace('فام من چن نے ', '')], ['orphaned', '(orphaned: فام من چن)']],
    ['Devanagari: the second हनोई after an edit before it', [HINDI, at(HINDI, 'हनोई', 1), HINDI.replace('प्रधानमंत्री', 'पीएम')], ['moved', 'हनोई']],
    ['Devanagari: matra changed inside the name', [HINDI, at(HINDI, 'फाम मिन्ह चिन्ह'), HINDI.replace('मिन्ह चिन्ह', 'मिन चिन')], ['fuzzy', 'फाम मिन चिन']],
  ];
  checkRows(rows, run);
});

test('an orphaned annotation comes back when its text returns', () => {
  const a = at(URDU, 'فام من چن');
  const gone = reanchor(a, URDU.replace('فام من چن نے ', '')).annotation;
  assert.equal(gone.orphaned, true);
  const back = reanchor(gone, URDU);
  assert.equal(back.how, 'exact');
  assert.equal(back.annotation.orphaned, undefined);
  assert.deepEqual([back.annotation.start, back.annotation.end], [a.start, a.end]);
});

test('editor edits: positions are mapped through the changes', () => {
  const a = at(HINDI, 'हनोई', 1);
  const name = at(HINDI, 'फाम मिन्ह चिन्ह');
  // Insert before, then change a letter inside the name.
  const first = { start: 0, end: 0, newLength: 4 };
  const text1 = `नया ${HINDI}`;
  const inside = text1.indexOf('मिन्ह');
  const second = { start: inside + 3, end: inside + 5, newLength: 0 };
  const text2 = text1.slice(0, second.start) + text1.slice(second.end);
  const [r1, r2] = settle(trackChanges([a, name], [first, second]), text2);
  assert.equal(r1.how, 'exact');
  assert.equal(text2.slice(r1.annotation.start, r1.annotation.end), 'हनोई');
  assert.equal(r2.how, 'edited');
  assert.equal(text2.slice(r2.annotation.start, r2.annotation.end), 'फाम मिन चिन्ह');
});

test('quote context never splits a surrogate pair', () => {
  const text = `${'😀'.repeat(20)}name${'😀'.repeat(20)}`;
  const q = quoteAt(text, 40, 44);
  assert.equal(q.exact, 'name');
  assert.equal(q.prefix.length, 32);
  assert.equal(q.suffix.length, 32);
  const odd = quoteAt(`x${text}`, 41, 45);
  assert.ok(!/^[\udc00-\udfff]/.test(odd.prefix) && !/[\ud800-\udbff]$/.test(odd.suffix), JSON.stringify(odd));
});

test('the edit between two texts, at its last or first possible place', () => {
  checkRows(
    [
      ['insertion that repeats its neighbour: last place', ['x ab y', 'x ab ab y', false], { start: 5, end: 5, newLength: 3 }],
      ['insertion that repeats its neighbour: first place', ['x ab y', 'x ab ab y', true], { start: 1, end: 1, newLength: 3 }],
      ['replacement', ['ہنوئی میں', 'هانوی میں', false], { start: 0, end: 4, newLength: 4 }],
      ['deletion at the end', ['हनोई में', 'हनोई', true], { start: 4, end: 8, newLength: 0 }],
    ],
    ([before, after, leftmost]: [string, string, boolean]) => changeBetween(before, after, leftmost),
  );
  assert.equal(changeBetween('same', 'same'), null);
});

test('a diffed insertion that could sit inside or beside an annotation goes beside it', () => {
  const text = 'وہ کے وزیر اعظم ہیں';
  const a = at(text, 'کے وزیر اعظم');
  const after = text.replace('وہ ', 'وہ کے ');
  const [r] = reanchorAfterChange([a], text, after);
  assert.equal(r.how, 'exact');
  assert.equal(after.slice(r.annotation.start, r.annotation.end), 'کے وزیر اعظم');
  assert.equal(r.annotation.start, a.start + 3);
});
