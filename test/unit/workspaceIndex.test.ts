import assert from 'node:assert/strict';
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
  assert.equal(index.get('a')!.facts.findings.length, 1);
  index.setOptions({ ...DEFAULT_OPTIONS, rules: { 'concord.mixed-digits': { enabled: false } } });
  assert.equal(index.get('a')!.facts.findings.length, 0);
});
