import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, nameSimilarity, similarityBound } from '../../server/src/core/entities/nameKey';
import { builtinRecords } from '../../server/src/core/entities/builtin';
import { entryNames } from '../../server/src/core/entities/model';
import { foldWord } from '../../server/src/core/text/fold';
import { buildGazetteer } from '../../server/src/core/entities/gazetteer';

/** Links at or above this similarity; the cross-script rows must pass it and the traps must not. */
const LINK = 0.8;

const similar: [string, string][] = [
  ['فام من چن', 'Pham Minh Chinh'], ['فام من چنہ', 'فام مین چین'], ['فام مین چین', 'फाम मिन्ह चिन्ह'],
  ['Pham Minh Chinh', 'फाम मिन्ह चिन्ह'], ['ہنوئی', 'هانوی'], ['هانوی', 'हनोई'], ['हनोई', 'Hanoi'],
  ['انتونیو گوٹیرس', 'António Guterres'], ['एंटोनियो गुटेरेस', 'António Guterres'], ['انتونیو گوٹیرس', 'एंटोनियो गुटेरेस'],
  // ح and ہ after a consonant are consonants in Arabic script, not aspiration (محمد is Mohammad).
  ['محمد رضوان', 'Mohammad Rizwan'], ['محمد رضوان', 'मोहम्मद रिजवान'], ['محمد اورنگزیب', 'Muhammad Aurangzeb'],
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

test('similarityBound is never below nameSimilarity (names of every built-in entity, in every script, paired)', () => {
  const names = [...new Set([...builtinRecords().values()].flatMap((r) => entryNames(r).map((n) => n.name)))];
  // Every fifth name against every name: tens of thousands of pairs across scripts, with near misses.
  const keys = names.map((n) => nameKey(n));
  let pairs = 0;
  let skipped = 0;
  for (let i = 0; i < keys.length; i += 5) {
    for (let j = 0; j < keys.length; j++) {
      const sim = nameSimilarity(keys[i], keys[j]);
      const bound = similarityBound(keys[i], keys[j]);
      assert.ok(bound >= sim - 1e-12, `${names[i]} / ${names[j]}: bound ${bound} < similarity ${sim}`);
      pairs++;
      if (bound < 0.8) skipped++;
    }
  }
  assert.ok(pairs > 10_000, `${pairs} pairs`);
  assert.ok(skipped / pairs > 0.5, `the bound rules out most unrelated pairs (${skipped} of ${pairs})`);
});

test('nameSimilarity with a floor returns the exact similarity when it reaches the floor, else a value below it', () => {
  const names = [...new Set([...builtinRecords().values()].flatMap((r) => entryNames(r).map((n) => n.name)))];
  const keys = names.map((n) => nameKey(n));
  let exact = 0;
  let early = 0;
  for (let i = 0; i < keys.length; i += 7) {
    for (let j = 0; j < keys.length; j += 2) {
      const sim = nameSimilarity(keys[i], keys[j]);
      for (const floor of [0.5, 0.8, 0.92]) {
        const cut = nameSimilarity(keys[i], keys[j], floor);
        if (sim >= floor) {
          assert.equal(cut, sim, `${names[i]} / ${names[j]} at ${floor}`);
          exact++;
        } else {
          assert.ok(cut < floor, `${names[i]} / ${names[j]}: ${cut} at ${floor}`);
          if (cut !== sim) early++;
        }
      }
    }
  }
  assert.ok(exact > 100, `${exact} pairs reach a floor`);
  assert.ok(early > 1000, `${early} pairs stop early`);
});
