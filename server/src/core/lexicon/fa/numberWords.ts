/** Persian hand-written number words (see lexicon/numberWords.ts). */
import type { NumberWordExtras } from '../numberWords';

/** Persian. */
export const faNumberWords: NumberWordExtras = {
  // Dari (Afghan) hundreds: دوصد, سه‌صد, پنجصد (Iranian دویست, سیصد, پانصد).
  cardinals: { 'چهارصد': 400, 'یکصد': 100, 'شیش': 6, 'هیجده': 18, 'دوصد': 200, 'سه‌صد': 300, 'پنجصد': 500 },
  ordinals: { 'یکم': 1, 'نخست': 1, 'نخستین': 1, 'اولین': 1, 'دومین': 2, 'سومین': 3, 'چهارمین': 4, 'پنجمین': 5, 'ششمین': 6, 'هفتمین': 7, 'هشتمین': 8, 'نهمین': 9, 'دهمین': 10, 'سی‌ام': 30, 'سی ام': 30 },
  scales: { 'هزار': 1e3, 'میلیون': 1e6, 'میلیارد': 1e9, 'بیلیون': 1e9, 'تریلیون': 1e12, 'هزارمیلیارد': 1e12, 'ملیون': 1e6, 'ملیارد': 1e9, 'دوجین': 12 },
  // Fractions glued with a ZWNJ (یک‌سوم, folded یکسوم) are one word.
  fractions: { 'نیم': 0.5, 'نیمی': 0.5, 'نصف': 0.5, 'یک‌ونیم': 1.5, 'یک‌سوم': 1 / 3, 'دو‌سوم': 2 / 3, 'یک‌چهارم': 0.25, 'سه‌چهارم': 0.75, 'یک‌پنجم': 0.2, 'یک‌دهم': 0.1 },
  multipliers: {},
  vague: ['هزاران', 'میلیون‌ها', 'میلیونها', 'میلیاردها', 'صدها', 'ده‌ها', 'دهها', 'هزارها'],
  connectors: ['و'],
  gluedConnector: 'و',
  decimalPoints: ['ممیز', 'اعشار'],
  negatives: ['منفی', 'منفى'], // also typed with the Arabic alef maksura
  pluses: ['مثبت', 'به‌علاوه'],
  plusMinusJoiners: ['یا', 'و', '/', '-'],
  ordinalSuffixes: ['م', 'ام', 'مین', 'امین', 'ُم'],
  ordinalEnding: 'م',
  ordinalInflections: [['م', ['مین']]],
  ordinalFractions: 'any',
  indefiniteBefore: ['هیچ'],
  weak: ['یک', 'سی', 'صد', 'اول', 'ده'],
  homographs: ['نه', 'نخست', 'نخستین'],
};
