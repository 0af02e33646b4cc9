import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

// A percent sign typed before its number in right-to-left text, glued or set apart, and the point of ".08%"
// typed after the digits (%08.): [name, text, expected figures as brief() strings].
const rows: [name: string, text: string, expected: string[]][] = [
  // The point typed after digits that open with a zero.
  ['Urdu .08% typed as %08.', 'نیوزی لینڈ میں %08. تک جاپہنچتی ہے۔', ['%08.=0.08/percent (unit %)']],
  ['Persian digits and sign, .05% typed as ٪۰۵.', 'نرخ ٪۰۵. بود', ['٪۰۵.=0.05/percent (unit %)']],
  ['three digits after the zero', 'شرح %025. رہی', ['%025.=0.025/percent (unit %)']],
  ['the point before an Urdu comma', 'نیوزی لینڈ میں %08.، اور', ['%08.=0.08/percent (unit %)']],
  // A percent sign set apart before its number, closing none before.
  ['Urdu sign set apart after a comma', 'ایتھانول، % 0.1 سوڈیم ہائپوکلورائٹ', ['% 0.1=0.1/percent (unit %)']],
  ['Persian sign set apart after a word', 'نرخ ٪ ۲۵ بود.', ['٪ ۲۵=25/percent (unit %)']],
  // Must not change.
  ['a point after a whole number is a full stop: %8. is 8%', 'رشد آن %8. بود', ['%8=8/percent (unit %, counts growth)']],
  ['no point after the zero: %08 stays 8%', 'رشد آن %08 بود', ['%08=8/percent (unit %, counts growth)']],
  ['decimals after the point make a decimal: %08.5 is 8.5%', 'نرخ %08.5 بود', ['%08.5=8.5/percent (unit %)']],
  ['a set-apart sign after a number in digits is that number\'s', 'شرح 20 % 30 ممالک میں', ['20 %=20/percent (unit %)', '30=30/cardinal (counts country)']],
  ['a set-apart sign after a number in words is that number\'s', 'نرخ بیست ٪ ۳۰ کشور', ['بیست ٪=20/percent (unit %)', '۳۰=30/cardinal (counts country)']],
  ['a sign between two glued numbers is left as typed (30%30)', 'تناسب صرف 30%30 تھا', ['30%=30/percent (unit %)', '30=30/cardinal']],
  ['left-to-right text: a sign before a number is not its', 'rose % 08. in', ['08=8/cardinal']],
  ['left-to-right text: .08% reads as written', 'It rose by .08% in March.', ['.08%=0.08/percent (unit %)']],
];

test('percent signs typed before their number in right-to-left text: %08. is .08%, % 0.1 is 0.1%', () => {
  checkRows(rows, (text) => figuresOf(text).map(brief));
});
