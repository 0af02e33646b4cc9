import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeFacts } from '../../server/src/core/analyze';
import { NO_DIGIT_RUNS } from '../../server/src/core/figures/draft';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// What the facts of a document keep (a workspace holds them for every file): digit runs with only the seven fields of
// `DigitRun`, and one shared frozen list for the figures written without digits.
// [name, text, figure text, its digit runs as "start-end value system grouping sep dec", or [] when it has none].
const rows: [name: string, text: string, figure: string, runs: string[]][] = [
  ['ASCII digits', 'نمائندے 18 ممالک سے آئے', '18', ['8-10 18 latn none  ']],
  ['Persian grouping', 'نمایندگان ۱۲٬۳۴۵ نفر بودند', '۱۲٬۳۴۵', ['10-16 12345 arabext western ٬ ']],
  ['Devanagari decimal', 'कुल 83.5 किलोमीटर सड़क', '83.5 किलोमीटर', ['4-8 83.5 latn none  .']],
  ['range: two runs', '25-26 ممالک شریک تھے', '25-26', ['0-2 25 latn none  ', '3-5 26 latn none  ']],
  ['digits with a scale word', 'about 3 million people came', '3 million', ['6-7 3 latn none  ']],
  ['words only', 'two hundred people were injured', 'two hundred', []],
  ['Urdu words only', 'دو سو افراد زخمی ہوئے', 'دو سو', []],
  ['Hindi words only', 'पाँच सौ लोग घायल हुए', 'पाँच सौ', []],
];

const DIGIT_RUN_FIELDS = ['start', 'end', 'value', 'system', 'groupSeparator', 'grouping', 'decimalSeparator'];

test('facts keep each digit run with its seven fields, and figures without digits share one frozen empty list', () => {
  for (const [name, text, figureText, expected] of rows) {
    const figure = analyzeFacts(text, DEFAULT_OPTIONS).figures.find((f) => f.text === figureText);
    assert.ok(figure, `${name}: no figure ${figureText}`);
    const runs = figure.digitRuns.map((r) => `${r.start}-${r.end} ${r.value} ${r.system} ${r.grouping} ${r.groupSeparator} ${r.decimalSeparator}`);
    assert.deepEqual(runs, expected, name);
    for (const run of figure.digitRuns) assert.deepEqual(Object.keys(run), DIGIT_RUN_FIELDS, name);
    assert.equal(figure.digits, figure.digitRuns[0] ?? null, name);
    if (expected.length === 0) {
      assert.equal(figure.digitRuns, NO_DIGIT_RUNS, `${name}: shares the empty list`);
      assert.ok(Object.isFrozen(figure.digitRuns), name);
    }
  }
});

// A figure's number is its one digit run when that run is the whole number, with its value; else a span of its own.
// [name, text, figure text, number as "start-end value", shares the run].
const numberRows: [name: string, text: string, figure: string, number: string, shared: boolean][] = [
  ['plain digits', 'نمائندے 18 ممالک سے آئے', '18', '8-10 18', true],
  ['digits with a unit', 'कुल 83.5 किलोमीटर सड़क', '83.5 किलोमीटर', '4-8 83.5', true],
  ['Persian grouping', 'نمایندگان ۱۲٬۳۴۵ نفر بودند', '۱۲٬۳۴۵', '10-16 12345', true],
  ['digits with a scale word', 'about 3 million people came', '3 million', '6-15 3000000', false],
  ['range', '25-26 ممالک شریک تھے', '25-26', '0-5 null', false],
  ['words', 'two hundred people were injured', 'two hundred', '0-11 200', false],
];

test("a figure's number shares its digit run when the run is the whole number", () => {
  for (const [name, text, figureText, number, shared] of numberRows) {
    const figure = analyzeFacts(text, DEFAULT_OPTIONS).figures.find((f) => f.text === figureText);
    assert.ok(figure, `${name}: no figure ${figureText}`);
    assert.equal(`${figure.number.start}-${figure.number.end} ${figure.number.value}`, number, name);
    assert.equal(figure.number === figure.digits, shared, name);
  }
});
