import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core/analyze';
import { test } from 'node:test';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

test('set, update, rename and delete keep facts in step with the text', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  assert.deepEqual([...index.set('a', 'نمایندگان ۱۸ کشور')], ['a']);
  assert.equal(index.set('a', 'نمایندگان ۱۸ کشور').size, 0, 'same text: nothing changed');
  assert.deepEqual(index.get('a')!.facts.figures.map((f) => f.value), [18]);
  assert.deepEqual([...index.set('a', 'نمایندگان ۲۰ کشور')], ['a']);
  assert.deepEqual(index.get('a')!.facts.figures.map((f) => f.value), [20]);
  assert.deepEqual([...index.rename('a', 'b')], ['a', 'b']);
  assert.equal(index.has('a'), false);
  assert.deepEqual(index.get('b')!.facts.figures.map((f) => f.value), [20]);
  assert.deepEqual([...index.delete('b')], ['b']);
  assert.equal(index.size, 0);
});

test('a text seen before reuses its facts instead of re-analysing', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('a', 'one 70 two');
  const first = index.get('a')!.facts;
  index.set('a', 'changed 71');
  index.set('a', 'one 70 two');
  assert.equal(index.get('a')!.facts, first, 'same object from the content cache');
});

test('new options re-analyse every document', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('a', '70 و ۱۸');
  assert.equal(index.documentFindings('a').length, 1);
  index.setOptions({ ...DEFAULT_OPTIONS, rules: { 'concord.mixed-digits': { enabled: false } } });
  assert.equal(index.documentFindings('a').length, 0);
});

test('per-document findings no longer at hand are derived again, equal to the analysis', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  const texts = Array.from({ length: 300 }, (_, i) => `${i} و ۱۸ و 1,234,567 و ۱۲٬۳۴٬۵۶۷ ${i % 7}`);
  texts.forEach((t, i) => index.set(`d${i}`, t));
  for (const i of [0, 1, 150, 299]) {
    const expected = analyzeDocument(texts[i], DEFAULT_OPTIONS).findings;
    assert.ok(expected.length > 0);
    assert.deepEqual(index.documentFindings(`d${i}`), expected);
    assert.equal('findings' in index.get(`d${i}`)!.facts, false, 'the index keeps facts without findings');
  }
});
