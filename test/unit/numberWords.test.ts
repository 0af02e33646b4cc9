import { test } from 'node:test';
import { parseNumberWords } from '../../server/src/core/figures/numberWords';
import { ordinalSuffix, scaleWordValue } from '../../server/src/core/figures/numberGrammar';
import { foldWord } from '../../server/src/core/text/fold';
import type { Lang } from '../../server/src/core/types';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

const words = (text: string) => foldWord(text).toLowerCase().split(/\s+|(?=-)|(?<=-)/).filter(Boolean);
const read = ([lang, text]: [Lang, string]) => {
  const m = parseNumberWords(words(text), 0, lang);
  return m && { value: m.value, count: m.count, ordinal: m.ordinal };
};

test('number words: compounds, scales, ordinals, fractions in ur, fa, hi, en', () => {
  checkRows<[Lang, string], { value: number | null; count: number; ordinal: boolean } | null>(
    [
      ['ur compound', ['ur', 'دو ہزار پانچ سو'], { value: 2500, count: 4, ordinal: false }],
      ['ur irregular 1–99', ['ur', 'ننانوے'], { value: 99, count: 1, ordinal: false }],
      ['ur lakh', ['ur', 'تین لاکھ پچیس ہزار'], { value: 325000, count: 4, ordinal: false }],
      ['ur fraction with scale', ['ur', 'ڈیڑھ لاکھ'], { value: 150000, count: 2, ordinal: false }],
      ['ur sawa', ['ur', 'سوا لاکھ'], { value: 125000, count: 2, ordinal: false }],
      ['ur ordinal', ['ur', 'پانچویں'], { value: 5, count: 1, ordinal: true }],
      ['ur vague plural', ['ur', 'اربوں ڈالر'], { value: null, count: 1, ordinal: false }],
      ['fa compound with و', ['fa', 'دو هزار و پانصد'], { value: 2500, count: 4, ordinal: false }],
      ['fa tens and units', ['fa', 'بیست و یک'], { value: 21, count: 3, ordinal: false }],
      ['fa hundred thousand', ['fa', 'صد هزار'], { value: 100000, count: 2, ordinal: false }],
      ['fa ordinal', ['fa', 'پنجم'], { value: 5, count: 1, ordinal: true }],
      ['fa compound ordinal', ['fa', 'بیست و یکم'], { value: 21, count: 3, ordinal: true }],
      ['fa milliard', ['fa', 'سه میلیارد'], { value: 3e9, count: 2, ordinal: false }],
      ['fa half', ['fa', 'نیم میلیون'], { value: 500000, count: 2, ordinal: false }],
      ['hi compound', ['hi', 'दो हज़ार पाँच सौ'], { value: 2500, count: 4, ordinal: false }],
      ['hi spelling without nukta or chandrabindu', ['hi', 'दो हजार पांच सौ'], { value: 2500, count: 4, ordinal: false }],
      ['hi crore lakh', ['hi', 'तीन करोड़ पच्चीस लाख'], { value: 32500000, count: 4, ordinal: false }],
      ['hi a larger scale multiplies the whole', ['hi', 'पांच हजार तीन सौ करोड़'], { value: 53000000000, count: 5, ordinal: false }],
      ['fa a larger scale multiplies the whole', ['fa', 'پنج هزار و ششصد میلیارد'], { value: 5600000000000, count: 5, ordinal: false }],
      ['en a larger scale multiplies the whole', ['en', 'one thousand two hundred million'], { value: 1200000000, count: 5, ordinal: false }],
      ['en thousand million', ['en', 'five thousand million'], { value: 5000000000, count: 3, ordinal: false }],
      ['hi dhai', ['hi', 'ढाई लाख'], { value: 250000, count: 2, ordinal: false }],
      ['hi ordinal', ['hi', 'पाँचवाँ'], { value: 5, count: 1, ordinal: true }],
      ['en compound', ['en', 'two thousand five hundred and six'], { value: 2506, count: 6, ordinal: false }],
      ['en hyphenated', ['en', 'twenty-one'], { value: 21, count: 3, ordinal: false }],
      ['en a hundred', ['en', 'a hundred'], { value: 100, count: 2, ordinal: false }],
      ['en ordinal', ['en', 'fifth'], { value: 5, count: 1, ordinal: true }],
      ['en article alone is not a number', ['en', 'a country'], null],
      ['en trailing and is not consumed', ['en', 'five and'], { value: 5, count: 1, ordinal: false }],
      ['not a number', ['ur', 'ممالک'], null],
      ['two numbers in a row are two numbers', ['hi', 'दो तीन'], { value: 2, count: 1, ordinal: false }],
    ],
    read,
  );
  checkRows(
    [
      ['ملین', ['ملین', 'ur'], 1e6],
      ['بلین', ['بلین', 'ur'], 1e9],
      ['ٹریلین', ['ٹریلین', 'ur'], 1e12],
      ['میلیون in an Urdu-looking sentence', ['میلیون', 'ur'], 1e6],
      ['करोड़ folded', [foldWord('करोड़'), 'hi'], 1e7],
      ['million', ['million', 'en'], 1e6],
      ['not a scale', ['ممالک', 'ur'], null],
    ] as [string, [string, Lang], number | null][],
    ([w, l]) => scaleWordValue(w, l),
  );
  checkRows(
    [
      ['ویں', ['ویں', 'ur'], true],
      ['th', ['th', 'en'], true],
      ['ممالک', ['ممالک', 'ur'], false],
    ] as [string, [string, Lang], boolean][],
    ([w, l]) => ordinalSuffix(w, l),
  );
});

test('figures written in words, in sentences', () => {
  checkRows(
    [
      ['Urdu compound counting countries', 'اجلاس میں دو ہزار پانچ سو نمائندے اور تین ممالک شریک تھے۔', ['دو ہزار پانچ سو=2500/cardinal (counts delegate)', 'تین=3/cardinal (counts country)']],
      ['the indefinite article is not a figure', 'یہ ایک تاریخی واقعہ ہے جو ہمیشہ یاد رہے گا۔', []],
      ['Persian indefinite', 'این یک انتخاب استراتژیک برای هر کشوری است.', []],
      ['Hindi indefinite', 'हनोई कन्वेंशन एक रणनीतिक और ऐतिहासिक कदम है।', []],
      // "ایک ملک" is "a country" and "one country" alike: only a qualifier makes it a count (see wordFigures.test.ts).
      ['one before a concept is still the indefinite article', 'ایک ملک نے کنونشن پر دستخط کیے۔', []],
      ['only one counting a concept is a figure', 'صرف ایک ملک نے کنونشن پر دستخط کیے۔', ['ایک=1/cardinal (counts country)']],
      ['list marker ordinal', 'دوسرا، کنونشن کے مطابق قومی قانونی فریم ورک کی تکمیل کو فروغ دینا۔', []],
      ['vague scale with currency', 'عالمی معیشت کو ہر سال ٹریلین ڈالر کا نقصان ہوتا ہے۔', ['ٹریلین ڈالر=null/currency (unit USD)']],
      ['Hindi lakh in words with rupees', 'सरकार ने ढाई लाख रुपये दिए।', ['ढाई लाख रुपये=250000/currency (unit INR)']],
      ['English words and percent', 'Turnout rose by twenty-five percent this year.', ['twenty-five percent=25/percent (unit %, counts turnout)']],
      ['ordinal digits with suffix', 'ویتنام نے 80ویں جنرل اسمبلی کے موقع پر پروگرام منعقد کیا۔', ['80ویں=80/ordinal']],
    ],
    (text: string) => figuresOf(text).map(brief),
  );
});
