/**
 * Stories told in four languages that Concord had not seen (a central bank's rate cut, a general
 * election's result, a monsoon flood's relief report), with two figures planted to disagree: what
 * agrees is not flagged, what disagrees is.
 */
import { test } from 'node:test';
import { claimKeys, claimTimes, flaggedInPair } from '../support/claims';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

test('an election result: votes written rounded before a scale word agree with the exact count, a changed seat count is flagged', () => {
  checkRows(
    [
      ['6.86 million and ۶ میلیون و ۸۶۳ هزار', ['The alliance secured 6.86 million votes.', 'این ائتلاف ۶ میلیون و ۸۶۳ هزار رأی را کسب کرد.'], []],
      ['6.86 million and more than 68 لاکھ 63 ہزار', ['The alliance secured 6.86 million votes.', 'اتحاد نے 68 لاکھ 63 ہزار سے زائد ووٹ حاصل کیے۔'], []],
      ['68.6 लाख and ۶ میلیون و ۸۶۳ هزار', ['गठबंधन को 68.6 लाख वोट मिले।', 'این ائتلاف ۶ میلیون و ۸۶۳ هزار رأی را کسب کرد.'], []],
      // Written to its last digit, a rounded figure still differs from one a digit past it.
      ['6.86 million and 6.87 million', ['The alliance secured 6.86 million votes.', 'The alliance secured 6.87 million votes.'], ['a: 6.86 million', 'b: 6.87 million']],
      ['6.86 million and 6,880,000', ['The alliance secured 6.86 million votes.', 'The alliance secured 6,880,000 votes.'], ['a: 6.86 million', 'b: 6,880,000']],
    ],
    flaggedInPair,
  );
});

test('a rate decision: a day a page was published dates no story, so a changed inflation figure of the next day\'s paper is flagged', () => {
  const dawn = 'SBP cuts policy rate\n\nShahid Iqbal | Published November 5, 2024 | Updated about 2 hours ago\n\nKARACHI: The State Bank of Pakistan on Monday cut its policy rate. Inflation rose to 7.2pc in October from 6.9pc in September.';
  checkRows(
    [
      ['Published November 5 and a dateline of 4 नवंबर', [dawn, 'कराची, 4 नवंबर (भाषा)। स्टेट बैंक ऑफ पाकिस्तान ने सोमवार को ब्याज दर घटाई। अक्टूबर में मुद्रास्फीति 7.4 प्रतिशत रही, जो सितंबर में 6.9 प्रतिशत थी।'], ['a: 7.2pc', 'b: 7.4 प्रतिशत']],
      ['प्रकाशित: 15 नवंबर and a dateline of Nov 14', ['COLOMBO, Nov 14 (Reuters) - Turnout was 69% in Sri Lanka, the commission said.', 'श्रीलंका चुनाव\n\nप्रकाशित: 15 नवंबर 2024\n\nकोलंबो। श्रीलंका में मतदान 65 प्रतिशत रहा।'], ['a: 69%', 'b: 65 प्रतिशत']],
      // Two datelines a week apart still tell two days of a story.
      ['datelines of 4 and 11 July', ['GUWAHATI, July 4 (PTI) The toll in Assam floods rose to 38.', 'GUWAHATI, July 11 (PTI) The toll in Assam floods rose to 52.'], []],
    ],
    flaggedInPair,
  );
});

test('a rate decision\'s figures: paisas a rupee moved, a month in Latin letters on a Hindi or Urdu page, a rate that edges up to a level', () => {
  checkRows(
    [
      ['en: paisas are a rupee\'s hundredths', 'The rupee closed higher, up 4 paisas, according to the SBP.', ['4 paisas=0.04/currency (unit PKR)']],
      ['fa: پیسه are a rupee\'s hundredths', 'روپیه پاکستان با ۴ پیسه افزایش بسته شد.', ['۴ پیسه=0.04/currency (unit PKR)']],
      ['hi: a page updated on 04 Nov 2024 is dated, 04 counts no Nov', 'एजेंसी | अपडेटेड: 04 Nov 2024, 09:15 PM IST', ['04 Nov 2024=2024-11-04/date', '09:15=T21:15/date']],
      ['ur: a page updated on 12 March 2024', 'شیئر کریں | اپ ڈیٹ 12 March 2024', ['12 March 2024=2024-03-12/date']],
      ['en: edges up to is a level reached, no bound', 'Inflation edges up to 7.2pc in October.', ['7.2pc=7.2/percent (unit %, counts inflation)']],
    ],
    (text: string) => figuresOf(text).map(brief),
  );
});

test('a rate decision\'s claims: a cut slashed or trimmed, and the level after basis points glued to their number', () => {
  checkRows(
    [
      ['en: slashes … by 200bps to 15pc', 'SBP slashes policy rate by 200bps to 15pc', ['200:unit:bp|fall', '15:%:interest|rate']],
      ['en: trims by basis points', 'The central bank trims its policy rate by 50 basis points.', ['50:unit:bp|fall']],
      ['en: cut by 200 basis points to 15 per cent, as before', 'The SBP cut its policy rate by 200 basis points to 15 per cent.', ['200:unit:bp|fall', '15:%:interest|rate']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('an election result: a number set against the next party\'s with "and" counts none of that party\'s words', () => {
  checkRows(
    [
      ['hi: 5 और राजपक्षे परिवार की पार्टी', 'न्यू डेमोक्रेटिक फ्रंट को 5 और राजपक्षे परिवार की पार्टी को केवल 3 सीटें मिलीं।', ['5=5/cardinal (counts seat)', '3=3/cardinal (counts seat)']],
      ['en: 5 and the Rajapaksa family party', 'The front won 5 and the Rajapaksa family party 3 seats.', ['5=5/cardinal (counts seat)', '3=3/cardinal (counts seat)']],
      // A noun right after और is the number's: five more deaths.
      ['hi: पांच और मौतों', 'बांग्लादेश ने पांच और मौतों की पुष्टि की है।', ['पांच=5/cardinal (counts death)']],
      ['hi: 40 और भाजपा को 35 सीटें, as before', 'कांग्रेस को 40 और भाजपा को 35 सीटें मिलीं।', ['40=40/cardinal (counts seat)', '35=35/cardinal (counts seat)']],
    ],
    (text: string) => figuresOf(text).map(brief),
  );
});

test('a flood relief report: "a total of" before a count leaves what happened to the verb after it, in every language', () => {
  checkRows(
    [
      ['hi: कुल … शरण ली', 'कुल 1.2 लाख लोगों ने 321 राहत शिविरों में शरण ली है, जबकि 2,870 मकान क्षतिग्रस्त हुए हैं।', ['120000:person|shelter', '321:camp|shelter', '2870:house|lose']],
      ['ur: مجموعی طور پر … پناہ لی', 'مجموعی طور پر ایک لاکھ 20 ہزار افراد نے 312 ریلیف کیمپوں میں پناہ لی ہے۔', ['120000:person|shelter', '312:camp|shelter']],
      ['fa: در مجموع … پناه گرفته‌اند', 'در مجموع ۱۲۰ هزار نفر در ۳۱۲ اردوگاه امدادی پناه گرفته‌اند و ۲۸۷۰ خانه آسیب دیده است.', ['120000:person|shelter', '312:camp|shelter', '2870:house|lose']],
      ['en: a total of … have taken shelter, as before', 'A total of 1.2 lakh people have taken shelter in 312 relief camps.', ['120000:person|shelter', '312:camp|shelter']],
      ['hi: कुल … पुष्टि, as "a total of 5,000 cases were confirmed"', 'कुल 5,000 मामलों की पुष्टि हुई।', ['5000:case|confirm']],
      // A total a level verb brings a count to stays a total.
      ['ur: مجموعی تعداد … ہو گئی, as before', 'رواں سال کیسز کی مجموعی تعداد 6 ہزار 830 ہو گئی۔', ['6830:case|total']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('a flood relief report: relief camps told differently in Persian and Hindi are flagged', () => {
  checkRows(
    [
      ['۳۱۲ and 321 camps', ['در مجموع ۱۲۰ هزار نفر در ۳۱۲ اردوگاه امدادی پناه گرفته‌اند.', 'कुल 1.2 लाख लोगों ने 321 राहत शिविरों में शरण ली है।'], ['a: ۳۱۲', 'b: 321']],
    ],
    flaggedInPair,
  );
});

test('a time or a baseline in a relative clause after a figure is the relative clause\'s, not the figure\'s', () => {
  checkRows(
    [
      ['hi: 69 प्रतिशत रहा, जो सितंबर में … 79 प्रतिशत', 'मतदान करीब 69 प्रतिशत रहा, जो सितंबर में हुए राष्ट्रपति चुनाव के 79 प्रतिशत से कम है।', ['69:%:turnout|rate@null', '79:%:turnout|rate@--09']],
      ['ur: … ڈالر رہیں، جو گزشتہ سال کے مقابلے میں', 'ترسیلات زر 2 ارب 86 کروڑ ڈالر رہیں، جو گزشتہ سال کے مقابلے میں 29 فیصد زیادہ ہیں۔', ['2860000000:money:USD remittances|reach@null', '29:%|remit@null']],
      // A baseline right after the figure is still its own.
      ['en: down from … in 2019, as before', 'Turnout was 65.8 percent, down from 67.4 percent in 2019.', ['65.8:%:turnout|rate@null', '67.4:%:turnout|rate@earlier']],
    ],
    (text: string) => claimTimes(text),
  );
});

test('an election result: the size of a house told before its noun is its total, not seats or members won', () => {
  checkRows(
    [
      ['en: the 225-seat parliament', 'The NPP won 159 seats in the 225-seat parliament.', ['159:seat|win', '225:seat|total']],
      ['en: the 225-member parliament', 'The NPP won 159 seats in the 225-member parliament.', ['159:seat|win', '225:member|total']],
      ['ur: 225 رکنی پارلیمان', 'اتحاد نے 225 رکنی پارلیمان میں 159 نشستیں جیت لیں۔', ['225:member|total', '159:seat|win']],
      ['hi: 225 सदस्यीय संसद', 'गठबंधन ने 225 सदस्यीय संसद में 159 सीटें जीतीं।', ['225:member|total', '159:seat|win']],
      ['fa: مجلس ۲۹۰ نفره', 'ائتلاف ۱۵۹ کرسی مجلس ۲۹۰ نفره را به دست آورد.', ['159:seat|win', '290:person|total']],
      ['fa: ۱۵۹ کرسی از ۲۲۵ کرسی, as before', 'این ائتلاف ۱۵۹ کرسی از ۲۲۵ کرسی پارلمان را به دست آورد.', ['159:seat|win', '225:seat|total']],
      // A treaty's articles are what it includes.
      ['en: the 18-article accord, as before', 'The 18-article accord was drafted over two years.', ['18:article|include']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('remittances: a baseline between a change and the level it reached is the change\'s; remittances sent home are remittances in Persian', () => {
  checkRows(
    [
      ['fa: با ۲۹ درصد رشد نسبت به سال گذشته به …', 'حواله‌های ارسالی کارگران با ۲۹ درصد رشد نسبت به سال گذشته به ۲.۸۶ میلیارد دلار رسید.', ['29:%:growth|rate@null', '2860000000:money:USD remittances|reach@null']],
      ['en: up … from last year to', 'Remittances rose 29 percent from last year to $2.86 billion.', ['29:%:remittances|grow@null', '2860000000:money:USD remittances|reach@null']],
      // A sum last year is last year's.
      ['fa: سال گذشته به … رسید, as before', 'درآمد نفتی سال گذشته به ۴۰ میلیارد دلار رسید.', ['40000000000:money:USD revenue|reach@earlier']],
    ],
    (text: string) => claimTimes(text),
  );
});
