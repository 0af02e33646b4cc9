import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanList } from '../../server/src/core/text/spanList';
import { checkRows } from '../support/rows';

const spans = spanList([
  { start: 0, end: 10 },
  { start: 12, end: 20 },
  { start: 25, end: 30 },
]);

test('packed spans: the span holding an offset, by binary search', () => {
  checkRows(
    [
      ['start of the first', 0, 0],
      ['inside the second', 15, 1],
      ['end of a span counts as in it', 20, 1],
      ['between spans', 22, -1],
      ['last span', 29, 2],
      ['after the last', 31, -1],
    ],
    (offset: number) => spans.indexAt(offset),
  );
  assert.equal(spans.length, 3);
  assert.deepEqual([spans.start(1), spans.end(1)], [12, 20]);
  assert.equal(spanList([]).indexAt(0), -1);
});
