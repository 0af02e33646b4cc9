import { test } from 'node:test';
import assert from 'node:assert/strict';
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
      ['numbers listed after a reference are references (Hindi)', 'रिपोर्ट के अनुच्छेद 12, 13, 14 और 4 में सुझाव दिए गए हैं।', ['4']],
      ['an ordered list after one reference word (Urdu)', 'آئین کے آرٹیکل 6، 7، 8 اور 10 کی خلاف ورزی کی گئی۔', []],
      ['prize-bond numbers are drawn in no order', 'پہلا انعام بانڈ نمبر 845210 کا نکلا جبکہ دوسرے انعامات بانڈ نمبر 100234، 453322 اور 780011 کے نکلے۔', []],
    ],
    flagged('concord.sequence'),
  );
  checkRows([['LIS', [25, 26, 27, 28, 2, 2, 31], [0, 1, 2, 3, 6]]], (v) => [...longestIncreasing(v)].sort((a, b) => a - b));
});

test('concord.not-analysed marks the start of each line over the limit, and only those', () => {
  const options = { ...DEFAULT_OPTIONS, maxLineLength: 30 };
  const text = 'Short line with 5 figures.\n' + 'y'.repeat(31) + '\nAnother 7.\n' + 'z 9 '.repeat(20);
  const findings = analyzeDocument(text, options).findings.filter((f) => f.code === 'concord.not-analysed');
  assert.deepEqual(findings.map((f) => [f.start, f.end - f.start, f.severity]), [[27, 31, 'information'], [70, 80, 'information']]);
  assert.deepEqual(analyzeDocument(text, options).figures.map((f) => f.text), ['5', '7']);
  assert.deepEqual(analyzeDocument('y'.repeat(30), options).findings, []);
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

test('concord.digits.grouping asks for one grouping per language; dominant follows the document', () => {
  const withGrouping = (grouping: Record<string, string>) => (text: string) => {
    const facts = analyzeDocument(text, { ...DEFAULT_OPTIONS, preferredGrouping: grouping as never });
    return facts.findings.filter((f) => f.code === 'concord.separators').map((f) => `${text.slice(f.start, f.end)}→${f.fixes[0].edits[0].newText}`);
  };
  const hindi = 'सरकार ने 12,50,000 रुपये और 2,500,000 रुपये और 3,400,000 रुपये खर्च किए।';
  checkRows(
    [
      ['indian asked for Hindi: every western number is flagged', [hindi, { hi: 'indian' }], ['2,500,000→25,00,000', '3,400,000→34,00,000']],
      ['dominant: the majority (western) wins', [hindi, { hi: 'dominant' }], ['12,50,000→1,250,000']],
      ['a setting for another language changes nothing here', [hindi, { en: 'indian' }], ['12,50,000→1,250,000']],
      ['ungrouped asked for English', ['They paid 1,250,000 dollars for the new bridge over the river.', { en: 'none' }], ['1,250,000→1250000']],
    ],
    ([text, grouping]: [string, Record<string, string>]) => withGrouping(grouping)(text),
  );
});

test('concord.figure-inconsistency: the same claim twice in one file', () => {
  checkRows(
    [
      ['exact values disagree', '70 countries signed the convention. Later, 40 countries signed the convention.', ['70', '40']],
      ['a bound that holds is fine', 'At least 40 countries signed the convention. In the end 72 countries signed it.', []],
      ['about 70 and 72 differ: information, still reported', 'About 70 countries signed. 72 countries signed.', ['70', '72']],
      ['results of different parties are other facts', 'The BJP won 240 seats. The Congress won 99 seats. The Samajwadi Party won 37 seats.', []],
      ['deaths in different cities are other facts', 'کراچی میں 5 افراد ہلاک ہوئے۔ لاہور میں 3 افراد ہلاک ہوئے۔', []],
      ['sentences about other things are other facts', 'Floods killed 20 people in Sindh on Monday. A bus crash on the motorway killed 7 people.', []],
      ['two figures of one sentence are two facts', 'The IMF approved a $3 billion loan, releasing a first tranche of $1.2 billion.', []],
      ['two figures stated together stay two facts where one is repeated alone', 'The IMF approved a $3 billion loan for Pakistan. The IMF approved the $3 billion loan for Pakistan, releasing a first tranche of $1.2 billion.', []],
      ['a figure of that sentence repeated elsewhere with another value is still one', 'The IMF approved a $3 billion loan, releasing $1.2 billion. Later the IMF approved $2 billion.', ['$3 billion', '$1.2 billion', '$2 billion']],
      ['sections headed by different provinces are other facts', 'Provincial results\n\nPunjab\n\nTurnout in the province was 51.6 per cent.\n\nSindh\n\nTurnout in the province was 43.7 per cent.\n\nFinal tallies follow.', []],
      ['a series: sectors named in their own clauses are other facts', 'Agriculture grew 0.6 per cent last year. Industry grew 4.8 per cent last year. Services grew 2.9 per cent last year. The economy grew 2.7 per cent last year.', []],
      ['a series: the same clause with another value is still flagged', 'Agriculture grew 0.6 per cent last year. Industry grew 4.8 per cent last year. The economy grew 2.7 per cent last year. Services grew 2.9 per cent last year. In short, the economy grew 3.1 per cent last year.', ['2.7 per cent', '3.1 per cent']],
      ['a series: a part named in its clause is not the whole', 'In Karachi the PPP won 4 seats. The PPP won 45 seats in the province. The MQM won 17 seats in the province. The PML-N won 75 seats in the province.', []],
    ],
    flagged('concord.figure-inconsistency'),
  );
});

test('concord.figure-inconsistency: a claim repeated with many values names five and counts the rest; repeats of one value say the same', () => {
  const values = [10, 20, 30, 40, 50, 60, 70, 80];
  const text = [...values, 10].map((n) => `${n} countries signed the convention.`).join(' ');
  const findings = analyzeDocument(text, DEFAULT_OPTIONS).findings.filter((f) => f.code === 'concord.figure-inconsistency');
  assert.equal(findings.length, 9);
  const first = findings[0];
  assert.match(first.message, /^⁨10⁩ \(country, sign\) contradicts ⁨20⁩, ⁨30⁩, ⁨40⁩, ⁨50⁩, ⁨60⁩ and 2 more values elsewhere in this document\.$/);
  assert.equal(first.related.length, 5);
  assert.deepEqual(first.related.map((r) => text.slice(r.start, r.end)), ['20', '30', '40', '50', '60']);
  assert.equal(findings[8].message, first.message, 'the second 10 says what the first says');
});

test('concord.figure-inconsistency: a file listing hundreds of statements of one key weighs each against its 40 neighbours each side', () => {
  const values = Array.from({ length: 120 }, (_, k) => 100 + k);
  const text = values.map((n) => `${n} countries signed the convention.`).join(' ');
  const findings = analyzeDocument(text, DEFAULT_OPTIONS).findings.filter((f) => f.code === 'concord.figure-inconsistency');
  assert.equal(findings.length, 120);
  const counted = (message: string) => {
    const m = /, ⁨\d+⁩ and (\d+) more values/.exec(message);
    return m ? Number(m[1]) + 5 : NaN;
  };
  // The first statement has 40 after it; one in the middle 40 on each side; the last 40 before it.
  assert.deepEqual([0, 60, 119].map((k) => counted(findings[k].message)), [40, 80, 40]);
  assert.deepEqual(findings[60].related.map((r) => text.slice(r.start, r.end)), ['120', '121', '122', '123', '124']);
});
