/**
 * Hover on a figure: value in Latin digits and in the document's own digits, unit, kind and
 * qualifier in plain words, mixed-script text inside bidi isolates.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeFacts } from '../../server/src/core/analyze';
import { hover } from '../../server/src/core/features/hover';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

const [FSI, PDI] = ['\u2068', '\u2069'];

// [name, text, where the cursor is (a substring), the hover's lines with isolates shown as ⁅ ⁆]
const rows: [string, string, string, string[]][] = [
  ['a Persian figure: Latin and Persian digits', 'نمایندگان ۱۸ کشور در این نشست حضور داشتند.', '۱۸', ['**Concord figure** ⁅۱۸⁆', '', '- Value: ⁅18⁆ · ⁅۱۸⁆', '- Kind: count', '- Counts: ⁅country⁆']],
  ['a number word in a Devanagari-digit document shows Devanagari digits', 'सड़क की लंबाई ३५ किलोमीटर है और इसमें छह लेन होंगी।', 'छह', ['**Concord figure** ⁅छह⁆', '', '- Value: ⁅6⁆ · ⁅६⁆', '- Kind: count', '- Counts: ⁅lane⁆']],
  ['a length is a measurement, not a count', 'सड़क की लंबाई ३५ किलोमीटर है और इसमें छह लेन होंगी।', '३५', ['**Concord figure** ⁅३५ किलोमीटर⁆', '', '- Value: ⁅35 km⁆ · ⁅३५⁆', '- Kind: measurement']],
  ['a date in words', 'The treaty was signed on 25 October 2025 in Hanoi.', '25', ['**Concord figure** ⁅25 October 2025⁆', '', '- Value: ⁅25 October 2025⁆ · ⁅2025-10-25⁆', '- Kind: date']],
  ['a year is written as a year, not grouped like a count', 'The bank will finish the road by 2027, it said.', '2027', ['**Concord figure** ⁅2027⁆', '', '- Value: ⁅2027⁆', '- Kind: year']],
  ['a span of years in Persian digits', 'یخچال‌ها بین سال‌های ۲۰۱۱ تا ۲۰۲۰ آب شدند.', '۲۰۱۱', ['**Concord figure** ⁅۲۰۱۱ تا ۲۰۲۰⁆', '', '- Value: ⁅2011–2020⁆ · ⁅۲۰۱۱–۲۰۲۰⁆', '- Kind: range']],
  ['a count of thousands keeps its grouping', 'The fund paid 2027 families last year.', '2027', ['**Concord figure** ⁅2027⁆', '', '- Value: ⁅2,027⁆', '- Kind: count', '- Counts: ⁅family⁆']],
  ['money with its qualifier', 'منصوبے پر تقریباً 83.5 ملین ڈالر خرچ ہوئے۔', '83.5', ['**Concord figure** ⁅83.5 ملین ڈالر⁆', '', '- Value: ⁅83,500,000 USD⁆', '- Kind: amount of money', '- Qualifier: approximately']],
];

test('figure hovers say value, digits, kind and qualifier in plain words', () => {
  for (const [name, text, at, expected] of rows) {
    const result = hover(analyzeFacts(text, DEFAULT_OPTIONS), text.indexOf(at));
    assert.ok(result, `${name}: no hover`);
    assert.deepEqual(result.markdown.replaceAll(FSI, '⁅').replaceAll(PDI, '⁆').split('\n'), expected, name);
  }
});
