import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fewLeftOver } from '../../server/src/core/rules/nearValues';
import { checkRows } from '../support/rows';

test('values left over across two files: all of them while few, none past what can be paired, without asking the rest', () => {
  // Items are [value, left over?]; the result is the values left over and how many items were asked.
  checkRows(
    [
      ['none left over', [[70, false], [72, false]], { left: [], asked: 2 }],
      ['one left over', [[70, false], [72, true]], { left: [72], asked: 2 }],
      ['three values left over can still be paired', [[1, true], [2, true], [3, true]], { left: [1, 2, 3], asked: 3 }],
      ['one value twice counts once (70 and about 70)', [[70, true], [70, true], [2, true], [3, true]], { left: [70, 70, 2, 3], asked: 4 }],
      ['a fourth value stops the reading', [[1, true], [2, true], [3, true], [4, true], [5, true], [6, true]], { left: null, asked: 4 }],
      ['items not left over do not count towards the limit', [[1, false], [2, true], [3, false], [4, true], [5, true]], { left: [2, 4, 5], asked: 5 }],
      ['a value that cannot be weighed is one value', [[null, true], [null, true], [1, true], [2, true], [3, true]], { left: null, asked: 5 }],
    ] as [string, [number | null, boolean][], { left: (number | null)[] | null; asked: number }][],
    (items: [number | null, boolean][]) => {
      let asked = 0;
      const left = fewLeftOver(items, ([, isLeft]) => (asked++, isLeft), ([value]) => value);
      return { left: left && left.map(([value]) => value), asked };
    },
  );
  assert.deepEqual(fewLeftOver([], () => true, () => 1), []);
});
