import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../server/src/core/text/lines';

const text = 'اول 70\r\nदूसरा 😀 ७२\n\nthird';
const rows: [offset: number, line: number, character: number][] = [
  [0, 0, 0],
  [4, 0, 4],
  [8, 1, 0],
  [14, 1, 6], // after a surrogate pair: UTF-16 units, as LSP positions count
  [text.indexOf('७२'), 1, 9],
  [text.indexOf('third'), 3, 0],
  [text.length, 3, 5],
];

test('positionAt and offsetAt are inverse in UTF-16 units', () => {
  const li = new LineIndex(text);
  for (const [offset, line, character] of rows) {
    assert.deepEqual(li.positionAt(offset), { line, character }, `offset ${offset}`);
    assert.equal(li.offsetAt({ line, character }), offset, `position ${line}:${character}`);
  }
  assert.equal(li.lineCount, 4);
});
