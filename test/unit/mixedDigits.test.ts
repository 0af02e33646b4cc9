import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../../server/src/core/options';
import { applyReplacements as applyEdits } from '../../server/src/core/text/replace';
import { figuresOf } from '../support/figures';
import { haveShared, SEEDS } from '../support/shared';


const fa: AnalysisOptions = { ...DEFAULT_OPTIONS, preferredDigits: { fa: 'arabext' } };

// [name, text, options, flagged figures, text after the "all figures" fix]
const rows: [string, string, AnalysisOptions, string[], string | null][] = [
  ['one system: nothing to report', 'نمایندگان ۱۸ کشور و ۷۰ سازمان', DEFAULT_OPTIONS, [], null],
  ['ASCII dominant: the Persian one is flagged', 'نزدیک به 70 کشور، ۱۸ کشور، 83.5 میلیون دلار', DEFAULT_OPTIONS, ['۱۸'], 'نزدیک به 70 کشور، 18 کشور، 83.5 میلیون دلار'],
  ['preferred Persian digits win over the majority', 'نزدیک به 70 کشور، ۱۸ کشور، 83.5 میلیون دلار', fa, ['70', '83.5 میلیون دلار'], 'نزدیک به ۷۰ کشور، ۱۸ کشور، ۸۳٫۵ میلیون دلار'],
  ['Devanagari beside ASCII', 'कुल 72 देश और ७० संगठन और 40 हस्ताक्षर', DEFAULT_OPTIONS, ['७०'], 'कुल 72 देश और 70 संगठन और 40 हस्ताक्षर'],
  ['tie goes to the language convention (Urdu: ASCII)', 'یہ 70 ممالک اور ۱۸ ممالک ہیں', DEFAULT_OPTIONS, ['۱۸'], 'یہ 70 ممالک اور 18 ممالک ہیں'],
  ['preferred Persian digits: a document wholly in ASCII is flagged', 'نمایندگان 18 کشور و 70 سازمان', fa, ['18', '70'], 'نمایندگان ۱۸ کشور و ۷۰ سازمان'],
  ['preferred Persian digits: a document wholly in them has nothing to report', 'نمایندگان ۱۸ کشور و ۷۰ سازمان', fa, [], null],
  ['URL digits do not count', 'نمایندگان ۱۸ کشور\nمنبع: https://a.vn/x-20251025.htm', DEFAULT_OPTIONS, [], null],
];

test('concord.mixed-digits flags figures outside the dominant system and its fix keeps every value', () => {
  for (const [name, text, options, flagged, fixed] of rows) {
    const facts = analyzeDocument(text, options);
    const findings = facts.findings.filter((f) => f.code === 'concord.mixed-digits');
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), flagged, name);
    if (fixed === null) continue;
    const all = findings[0].fixes.find((x) => x.title.startsWith('Write all'))!;
    const after = applyEdits(text, all.edits);
    assert.equal(after, fixed, name);
    assert.deepEqual(figuresOf(after, options).map((f) => f.value), facts.figures.map((f) => f.value), `${name}: values unchanged`);
    assert.equal(analyzeDocument(after, options).findings.length, 0, `${name}: nothing left to report`);
  }
});

test('the message counts the figures in each digit system', () => {
  const text = 'نزدیک به 70 کشور، ۱۸ کشور، 83.5 میلیون دلار';
  const [finding] = analyzeDocument(text, DEFAULT_OPTIONS).findings.filter((f) => f.code === 'concord.mixed-digits');
  assert.equal(finding.message, '\u2068۱۸\u2069 is written in Persian digits; this document mostly uses ASCII digits (ASCII digits in 2 figures, Persian digits in 1).');
});

test('the single-figure fix rewrites only that figure', () => {
  const text = 'نزدیک به 70 کشور، ۱۸ کشور، 83.5 میلیون دلار';
  const [finding] = analyzeDocument(text, DEFAULT_OPTIONS).findings;
  const one = finding.fixes.find((f) => f.preferred)!;
  assert.equal(applyEdits(text, one.edits), 'نزدیک به 70 کشور، 18 کشور، 83.5 میلیون دلار');
});

test('the rule can be turned off', () => {
  const off: AnalysisOptions = { ...DEFAULT_OPTIONS, rules: { 'concord.mixed-digits': { enabled: false } } };
  assert.equal(analyzeDocument('70 و ۱۸', off).findings.length, 0);
});

test('seeds: the Persian article mixes digits, the others do not', (t) => {
  if (!haveShared(t)) return;
  const flagged = (file: string) => analyzeDocument(readFileSync(path.join(SEEDS, file), 'utf8'), DEFAULT_OPTIONS).findings.filter((f) => f.code === 'concord.mixed-digits');
  const persian = flagged('001_a857573637514a0a.txt');
  assert.ok(persian.length >= 1, 'Persian seed flagged');
  for (const file of ['000_c76568549b512198.txt', '002_ed8ab90594052c8e.txt', '003_669854c548bb48ca.txt', '004_2d6143f8e498e733.txt']) {
    assert.equal(flagged(file).length, 0, file);
  }
});
