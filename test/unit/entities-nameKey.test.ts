import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, nameSimilarity } from '../../server/src/core/entities/nameKey';
import { foldWord } from '../../server/src/core/text/fold';
import { buildGazetteer } from '../../server/src/core/entities/gazetteer';

/** Links at or above this similarity; the cross-script rows must pass it and the traps must not. */
const LINK = 0.8;

const similar: [string, string][] = [
  ['فام من چن', 'Pham Minh Chinh'], ['فام من چنہ', 'فام مین چین'], ['فام مین چین', 'फाम मिन्ह चिन्ह'],
  ['Pham Minh Chinh', 'फाम मिन्ह चिन्ह'], ['ہنوئی', 'هانوی'], ['هانوی', 'हनोई'], ['हनोई', 'Hanoi'],
  ['انتونیو گوٹیرس', 'António Guterres'], ['एंटोनियो गुटेरेस', 'António Guterres'], ['انتونیو گوٹیرس', 'एंटोनियो गुटेरेस'],
];
const dissimilar: [string, string][] = [
  ['چین', 'فام مین چین'], ['Hanoi', 'Hà Nam'], ['हनोई', 'Hà Nam'], ['António Guterres', 'Pham Minh Chinh'],
];

for (const [a, b] of similar) {
  test(`links ${a} ~ ${b}`, () => assert.ok(nameSimilarity(nameKey(a), nameKey(b)) >= LINK));
}
for (const [a, b] of dissimilar) {
  test(`keeps apart ${a} / ${b}`, () => assert.ok(nameSimilarity(nameKey(a), nameKey(b)) < LINK));
}

test('short keys report little information', () => {
  assert.equal(nameKey('Hanoi').information, 2);
  assert.equal(nameKey('Pham Minh Chinh').information, 6);
});

const folds: [string, string][] = [['ہنوئی', 'هنوئی'], ['كشور', 'کشور'], ['عربي', 'عربی'], ['۲۰۲۴', '2024'], ['फ़ाम', 'फाम'], ['می\u200cشود', 'میشود']];
for (const [input, expected] of folds) test(`folds ${input}`, () => assert.equal(foldWord(input), expected));

test('gazetteer takes the longest match', () => {
  const g = buildGazetteer([
    { id: 'un', type: 'organisation', name: 'اقوام متحدہ' },
    { id: 'unsc', type: 'organisation', name: 'اقوام متحدہ سلامتی کونسل' },
    { id: 'cn', type: 'place', name: 'چین' },
  ]);
  const words = 'اقوام متحدہ سلامتی کونسل اور چین'.split(' ').map(foldWord);
  assert.deepEqual(g.lookup(words, 0), { id: 'unsc', type: 'organisation', count: 4 });
  assert.deepEqual(g.lookup(words, 5), { id: 'cn', type: 'place', count: 1 });
  assert.equal(g.lookup(words, 4), null);
});
