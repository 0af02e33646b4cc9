import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhraseMatcher, WordFilter } from '../../server/src/core/lexicon/phrases';

const keys = ['ہزار', 'लाख', 'million', 'کم از کم', 'a', '', 'هزار', '۱۲', 'x\ud800'];
const others = Array.from({ length: 2000 }, (_, i) => `word${i}`);

test('a word filter never rejects a key, and rejects most other words', () => {
  const filter = new WordFilter();
  for (const k of keys) filter.add(k);
  for (const k of keys) assert.equal(filter.mayHave(k), true, k);
  const passed = others.filter((w) => filter.mayHave(w)).length;
  assert.ok(passed < others.length / 20, `${passed} of ${others.length} passed`);
});

test('a prefix filter passes every word that starts with a key', () => {
  const filter = new WordFilter(3);
  for (const k of ['امضا', 'हस्त', 'sig']) filter.add(k.slice(0, 3));
  for (const w of ['امضای', 'हस्ताक्षरों', 'signed', 'sig']) assert.equal(filter.mayHave(w), true, w);
  assert.equal(others.filter((w) => filter.mayHave(w)).length < others.length / 20, true);
});

test('phrase matching is unchanged by the pre-check: longest phrase first, ends counted', () => {
  const m = new PhraseMatcher<string>([['کم از کم', 'at-least'], ['کم', 'few'], ['more than', 'over']]);
  assert.deepEqual(m.match(['کم', 'از', 'کم', '10'], 0), { value: 'at-least', count: 3 });
  assert.deepEqual(m.match(['کم', '10'], 0), { value: 'few', count: 1 });
  assert.equal(m.match(['less', 'than'], 0), null);
  assert.equal(m.match(['more'], 1), null);
  assert.deepEqual(m.matchEndingAt(['is', 'more', 'than', '5'], 2), { value: 'over', count: 2 });
  assert.equal(m.matchEndingAt(['is', 'more', 'than', '5'], 3), null);
  assert.equal(m.matchEndingAt(['than'], -1), null);
});

test('a phrase ending at a word: the longest that fits before it, the first of equal ones, within the words allowed', () => {
  const m = new PhraseMatcher<string>([['about', 'approx'], ['about one', 'one'], ['up to', 'at-most'], ['close to', 'near'], ['to', 'to'], ['up to', 'later'], ['a b c d e', 'long']]);
  const cases: [string[], number, number | undefined, { value: string; count: number } | null][] = [
    [['about', '5'], 0, undefined, { value: 'approx', count: 1 }],
    [['about', 'one', 'lakh'], 1, undefined, { value: 'one', count: 2 }],
    [['rose', 'up', 'to', '5'], 2, undefined, { value: 'at-most', count: 2 }],
    [['close', 'to', '5'], 1, undefined, { value: 'near', count: 2 }],
    [['to', '5'], 0, undefined, { value: 'to', count: 1 }],
    [['rose', 'up', 'to', '5'], 2, 1, { value: 'to', count: 1 }],
    [['a', 'b', 'c', 'd', 'e', '5'], 4, undefined, null],
    [['a', 'b', 'c', 'd', 'e', '5'], 4, 5, { value: 'long', count: 5 }],
    [['b', 'c', 'd', 'e'], 3, 5, null],
    [['up', 'to'], 5, undefined, null],
  ];
  for (const [words, end, most, expected] of cases) assert.deepEqual(m.matchEndingAt(words, end, most), expected, `${words.join(' ')} @${end}`);
});
