import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { haveShared, SEEDS } from '../support/shared';

// Digit figures: [name, text, expected figures as "text=value/kind"].
const rows: [name: string, text: string, expected: string[]][] = [
  ['ASCII count', 'نمائندے 18 ممالک', ['18=18/cardinal']],
  ['Persian digits', 'نمایندگان ۱۸ کشور', ['۱۸=18/cardinal']],
  ['Devanagari digits', '७२ देशों', ['७२=72/cardinal']],
  ['Arabic-Indic digits', '٧٢ دولة', ['٧٢=72/cardinal']],
  ['western grouping', '300,000 سے زیادہ', ['300,000=300000/cardinal']],
  ['indian grouping', '12,34,567 रुपये', ['12,34,567=1234567/cardinal']],
  ['Persian grouping', '۱۲٬۳۴۵ نفر', ['۱۲٬۳۴۵=12345/cardinal']],
  ['decimal point', '83.5 ملین', ['83.5=83.5/cardinal']],
  ['Arabic decimal separator', '۸۳٫۵ میلیون', ['۸۳٫۵=83.5/cardinal']],
  ['percent sign', 'growth of 7.5% this year', ['7.5%=7.5/percent (unit %)']],
  ['Arabic percent sign', 'رشد ۷٫۵٪ بود', ['۷٫۵٪=7.5/percent (unit %)']],
  ['range', '25-26 اکتوبر', ['25-26=25..26/range']],
  ['Persian range with en dash', '۲۰–۳۰ کشور', ['۲۰–۳۰=20..30/range']],
  ['year', '2017 میں', ['2017=2017/year']],
  ['URL digits are not figures', 'ماخذ: https://daibieunhandan.vn/a-10392949.html', []],
  ['image names are not figures', 'z7157588517514_1471cc05946c11fe4159fc679254b7e4.jpg', []],
  ['identifier digits are not figures', 'COVID-19 and G20', []],
  ['e-mail digits are not figures', 'info2024@example.org', []],
  ['comment counter is page furniture', 'text.\n\nتبصرہ (0)', []],
  ['a parenthesised figure in a sentence stays', 'کنونشن کا آرٹیکل (25) اور دیگر دفعات کے مطابق', ['25=25/cardinal']],
];

test('digit figures in every digit system, never in URLs, file names or identifiers', () => {
  for (const [name, text, expected] of rows) assert.deepEqual(figuresOf(text).map(brief), expected, name);
});

test('figure offsets point at the figure text (BMP, RTL, ZWNJ, non-BMP before it)', () => {
  const text = '😀 می\u200cشود ۱۸ کشور';
  const [f] = figuresOf(text);
  assert.equal(text.slice(f.start, f.end), '۱۸');
  assert.equal(f.text, '۱۸');
});

test('seeds: no figure inside a URL, an image name or a comment counter', (t) => {
  if (!haveShared(t)) return;
  for (const file of readdirSync(SEEDS)) {
    const text = readFileSync(path.join(SEEDS, file), 'utf8');
    const lines = text.split('\n');
    const figures = figuresOf(text);
    assert.ok(figures.length > 0, file);
    for (const f of figures) {
      const line = lines[text.slice(0, f.start).split('\n').length - 1];
      assert.doesNotMatch(line.trim(), /^\S+\.jpg$/, `${file}: ${f.text} inside an image name`);
      assert.doesNotMatch(line, /^\S+ \(\d+\)$/, `${file}: counter ${line}`);
      assert.doesNotMatch(line.trim(), /^(ماخذ|منبع|स्रोत|Source):\s*https?:/, `${file}: ${f.text} inside the source URL`);
    }
  }
});
