import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';
import { haveShared, SEEDS } from '../support/shared';

// Digit figures: [name, text, expected figures as "text=value/kind"].
const rows: [name: string, text: string, expected: string[]][] = [
  ['ASCII count', 'نمائندے 18 ممالک', ['18=18/cardinal (counts country)']],
  ['Persian digits', 'نمایندگان ۱۸ کشور', ['۱۸=18/cardinal (counts country)']],
  ['Devanagari digits', '७२ देशों', ['७२=72/cardinal (counts country)']],
  ['Arabic-Indic digits', '٧٢ دولة', ['٧٢=72/cardinal (counts دوله)']],
  ['western grouping', '300,000 سے زیادہ', ['300,000=300000/cardinal (more-than)']],
  ['indian grouping', '12,34,567 रुपये', ['12,34,567 रुपये=1234567/currency (unit INR)']],
  ['Persian grouping', '۱۲٬۳۴۵ نفر', ['۱۲٬۳۴۵=12345/cardinal (counts person)']],
  ['decimal point', '83.5 کلومیٹر', ['83.5 کلومیٹر=83.5/cardinal (unit km)']],
  ['Arabic decimal separator', '۸۳٫۵ کیلومتر', ['۸۳٫۵ کیلومتر=83.5/cardinal (unit km)']],
  ['percent sign', 'growth of 7.5% this year', ['7.5%=7.5/percent (unit %, counts growth)']],
  ['Arabic percent sign', 'رشد ۷٫۵٪ بود', ['۷٫۵٪=7.5/percent (unit %, counts growth)']],
  ['range', '25-26 ممالک', ['25-26=25..26/range (counts country)']],
  ['Persian range with en dash', '۲۰–۳۰ کشور', ['۲۰–۳۰=20..30/range (counts country)']],
  ['year', '2017 میں', ['2017=2017/year']],
  ['URL digits are not figures', 'ماخذ: https://daibieunhandan.vn/a-10392949.html', []],
  ['image names are not figures', 'z7157588517514_1471cc05946c11fe4159fc679254b7e4.jpg', []],
  ['identifier digits are not figures', 'COVID-19 and G20', []],
  ['e-mail digits are not figures', 'info2024@example.org', []],
  ['comment counter is page furniture', 'text.\n\nتبصرہ (0)', []],
  ['a parenthesised figure in a sentence stays', 'اجلاس میں (25) ممالک اور دیگر تنظیمیں شریک تھیں', ['25=25/cardinal']],
];

test('digit figures in every digit system, never in URLs, file names or identifiers', () => {
  checkRows(rows, (text) => figuresOf(text).map(brief));
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
