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
