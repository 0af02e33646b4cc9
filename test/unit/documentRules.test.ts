import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/analyze';
import { longestIncreasing } from '../../server/src/core/rules/sequence';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { checkRows } from '../support/rows';

const flagged = (code: string) => (text: string) =>
  analyzeDocument(text, DEFAULT_OPTIONS)
    .findings.filter((f) => f.code === code)
    .map((f) => text.slice(f.start, f.end));

test('concord.sequence flags references that break an increasing list', () => {
  checkRows(
    [
      ['the seed pattern', 'تحفظ (آرٹیکل 25)، انکشاف (آرٹیکل 26)، درخواست (آرٹیکل 27)، ضبط (آرٹیکل 28)، مجموعہ (آرٹیکل 2)، آرٹیکل 2 کے مواد، ضبط کرنا (آرٹیکل 31)۔', ['آرٹیکل 2', 'آرٹیکل 2']],
      ['an ordered list is fine', 'Article 5, Article 6, Article 7 and Article 9 apply.', []],
      ['three references are too few to judge', 'Article 25, Article 2 and Article 31.', []],
      ['different paragraphs are separate lists', 'Article 25, Article 26, Article 27.\nArticle 2, Article 3.', []],
    ],
    flagged('concord.sequence'),
  );
  checkRows([['LIS', [25, 26, 27, 28, 2, 2, 31], [0, 1, 2, 3, 6]]], (v) => [...longestIncreasing(v)].sort((a, b) => a - b));
});

test('concord.separators flags large numbers grouped against the document majority', () => {
  checkRows(
    [
      ['ungrouped among grouped', 'Losses were 300,000 and 250,000 and 120000 dollars.', ['120000']],
      ['indian among western', 'Totals: 1,234,567 and 2,345,678 and 12,34,567 rupees.', ['12,34,567']],
      ['years and small numbers are left alone', 'In 2025, 2500 people and 3,000 others came.', []],
      ['two decimal separators', 'رشد 83.5 و 12.5 و ۱۲٫۵ درصد', ['۱۲٫۵']],
    ],
    flagged('concord.separators'),
  );
});

test('concord.figure-inconsistency: the same claim twice in one file', () => {
  checkRows(
    [
      ['exact values disagree', '70 countries signed the convention. Later, 40 countries signed the convention.', ['70', '40']],
      ['a bound that holds is fine', 'At least 40 countries signed the convention. In the end 72 countries signed it.', []],
      ['about 70 and 72 differ: information, still reported', 'About 70 countries signed. 72 countries signed.', ['70', '72']],
    ],
    flagged('concord.figure-inconsistency'),
  );
});
