/**
 * Who a figure is told of (claims/subjects.ts): two files stating one claim of two different parties,
 * companies or players state two facts; the same subject, or two sources reporting one fact, still conflict.
 */
import { test } from 'node:test';
import { flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

test('different subjects are different facts; one subject or two sources still conflict', () => {
  checkRows<[string, string], string[]>(
    [
      // Two parties' results, each in a story of its own: known ids, in any language.
      ['en: two parties', ['The BJP won 240 seats in the Lok Sabha election.', 'The Congress party won 99 seats in the Lok Sabha election.'], []],
      ['ur: two parties', ['بی جے پی نے لوک سبھا انتخابات میں 240 نشستیں جیتیں۔', 'کانگریس پارٹی نے لوک سبھا انتخابات میں 99 نشستیں جیتیں۔'], []],
      ['hi: two parties', ['भाजपा ने लोकसभा चुनाव में 240 सीटें जीतीं।', 'कांग्रेस ने लोकसभा चुनाव में 99 सीटें जीतीं।'], []],
      ['fa: two parties, a preposition a few words before the house', ['حزب بهاراتیا جاناتا در انتخابات لوک سبها ۲۴۰ کرسی به دست آورد.', 'حزب کنگره در انتخابات لوک سبها ۹۹ کرسی به دست آورد.'], []],
      ['en and hi: one party, two values', ['The BJP won 240 seats in the Lok Sabha election.', 'भाजपा ने लोकसभा चुनाव में 245 सीटें जीतीं।'], ['a: 240', 'b: 245']],
      // Two companies named only by patterns, in one language; a document about one company tells its other figures of it ("its exports").
      [
        'en: two carmakers, exports told of the company the lead names',
        ['Tata Motors sold 48,000 cars in October. Its exports rose 9 per cent.', 'Eicher Industries sold 6,100 trucks in October. Its exports rose 12 per cent.'],
        [],
      ],
      // Two players' scores.
      ['en: two batters', ['Babar Azam scored 120 runs in the final.', 'Mohammad Rizwan scored 80 runs in the final.'], []],
      // Who reports a figure is no subject: two sources of one fact disagree.
      ['en: two banks said', ['The State Bank said inflation rose to 12 percent in May.', 'The Bureau of Statistics said inflation rose to 11 percent in May.'], ['a: 12 percent', 'b: 11 percent']],
      ['en: according to', ['According to the Election Commission, turnout was 66 percent.', 'According to FAFEN, turnout was 61 percent.'], ['a: 66 percent', 'b: 61 percent']],
      ['ur: کے مطابق and نے بتایا', ['ادارہ شماریات کے مطابق مئی میں مہنگائی 12 فیصد بڑھ گئی۔', 'اسٹیٹ بینک نے بتایا کہ مئی میں مہنگائی 11 فیصد بڑھ گئی۔'], ['a: 12 فیصد', 'b: 11 فیصد']],
      ['fa: به گزارش', ['به گزارش ایرنا، تورم در اردیبهشت ۴۰ درصد افزایش یافت.', 'به گزارش ایسنا، تورم در اردیبهشت ۴۲ درصد افزایش یافت.'], ['a: ۴۰ درصد', 'b: ۴۲ درصد']],
      // News organisations and names in brackets report a figure: two agencies' tolls still conflict.
      ['en: agencies in datelines', ['CAIRO, Nov 21 (Reuters) - Israeli strikes killed 66 people on Thursday.', 'CAIRO, Nov 21 (AFP) - Israeli strikes killed 60 people on Thursday.'], ['a: 66', 'b: 60']],
      ['en: agencies reporting', ['Reuters reported 66 people killed in the strikes.', 'AFP reported 60 people killed in the strikes.'], ['a: 66', 'b: 60']],
      // A place nearer the figure than a body is what the figure is told of: the tranche is Pakistan's in both.
      [
        'ur: a place between the body and the figure',
        ['ایگزیکٹو بورڈ کی منظوری کے بعد پاکستان کو 1 ارب ڈالر کی قسط ملے گی۔', 'آئی ایم ایف کی منظوری کے بعد پاکستان کو 1.2 ارب ڈالر کی قسط ملے گی۔'],
        ['a: 1 ارب ڈالر', 'b: 1.2 ارب ڈالر'],
      ],
    ],
    flaggedInPair,
  );
});
