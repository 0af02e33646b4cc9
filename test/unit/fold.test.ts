import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldText, foldWord, toOriginalOffset } from '../../server/src/core/text/fold';

const rows: [name: string, input: string, folded: string][] = [
  ['Persian digits', '۱۲٬۳۴۵٫۶', '12,345.6'],
  ['Arabic-Indic digits', '٢٠٢٥', '2025'],
  ['Devanagari digits', '२,५००', '2,500'],
  ['Arabic yeh and kaf', 'كشوري', 'کشوری'],
  ['alef maksura', 'مصطفى', 'مصطفی'],
  ['Urdu heh goal and teh marbuta', 'ہنوئی ة', 'هنوئی ه'],
  ['Urdu heh doachashmee, as a Persian keyboard types it', 'تھائی ابھی تهائی', 'تهائی ابهی تهائی'],
  ['ZWNJ dropped', 'می\u200cشود', 'میشود'],
  ['bidi marks dropped', '\u2068۷۰\u2069\u200f', '70'],
  ['harakat dropped', 'مُحَمَّد', 'محمد'],
  ['precomposed nukta', 'हज़ार करोड़', 'हजार करोड'],
  ['decomposed nukta', 'हज\u093Cार', 'हजार'],
  ['chandrabindu', 'पाँच', 'पांच'],
  ['no-break space', '10\u00a0000', '10 000'],
  ['non-BMP kept', 'a😀b', 'a😀b'],
  ['lone surrogates kept as they are', 'x\ud800y\udc00z ۱', 'x\ud800y\udc00z 1'],
];

test('foldText folds each row', () => {
  for (const [name, input, folded] of rows) assert.equal(foldText(input).text, folded, name);
});

test('every folded offset maps back to the original character it came from', () => {
  for (const [name, input] of rows) {
    const f = foldText(input);
    for (let i = 0; i < f.text.length; i++) {
      const o = toOriginalOffset(f, i);
      assert.equal(foldWord(input[o]), f.text[i], `${name} @${i}`);
    }
    assert.equal(toOriginalOffset(f, f.text.length), input.length, `${name}: end maps to end`);
  }
});

test('folding without drops keeps offsets identical', () => {
  const f = foldText('۱۲ كشور');
  assert.equal(f.toOriginal, null);
  assert.equal(toOriginalOffset(f, 3), 3);
});

test('foldWord is foldText for every word, folded already or not', () => {
  const words = ['پاکستان', 'ي', 'كراچی', 'ہ', 'ۃ', 'ز\u200cن', 'क़ानून', 'Hanoi', '۱۸', '٧٢', '२५००', 'a\u200fb', '😀x', 'e\u0301', '',
    // A lone surrogate next to a folded letter, and words longer than foldWord folds unit by unit.
    '\ud800ك\udc00', 'ك'.repeat(63) + '\u200c', 'ك'.repeat(65) + '\ud800', 'x'.repeat(70) + 'ي'];
  for (const w of words) assert.equal(foldWord(w), foldText(w).text, JSON.stringify(w));
  for (const w of words) assert.equal(foldWord(foldText(w).text), foldText(w).text, `folded ${JSON.stringify(w)}`);
});
