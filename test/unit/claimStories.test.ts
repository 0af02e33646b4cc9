/**
 * Claims of stories told in several languages (a treaty signing, an aid conference, a rail
 * accident, a rate decision, an election, an outbreak): the translations of one fact share a key,
 * and figures that only restate, forecast, ask or belong to another clause state no fact of their own.
 */
import { test } from 'node:test';
import { otherEvents } from '../../server/src/core/claims/compare';
import { claimKeys, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

test('claim keys of treaty, aid, accident, central-bank and election stories', () => {
  checkRows(
    [
      // A number in words that restates the countries named is no count of its own.
      ['en: the two countries restate the names', 'Nepal and Bhutan signed a power deal; the two countries also signed 4 memoranda.', ['4:memorandum|sign']],
      ['ur: دونوں restates', 'نیپال اور بھوٹان نے بجلی کا معاہدہ کیا، دونوں ممالک نے 4 یادداشتوں پر دستخط کیے۔', ['4:memorandum|sign']],
      ['hi: दोनों restates', 'नेपाल और भूटान के बीच बातचीत हुई, दोनों देशों ने 4 समझौतों पर हस्ताक्षर किए।', ['4:agreement|sign']],
      ['fa: دو کشور restates', 'نپال و بوتان توافق کردند و دو کشور ۴ یادداشت تفاهم امضا کردند.', ['4:memorandum|sign']],
      ['en: digits after "the" still count', 'The 61 nations that signed the accord met again.', ['61:country|sign']],
      // A treaty's articles are what it includes, with or without a verb.
      ['en: an 18-article accord', 'The 18-article accord was drafted over two years.', ['18:article|include']],
      ['hi: अनुच्छेदों वाली', '18 अनुच्छेदों वाली इस संधि पर दो साल बातचीत हुई।', ['18:article|include']],
      ['fa: ماده دارد', 'این معاهده ۱۸ ماده دارد.', ['18:article|include']],
      ['ur: آرٹیکلز پر مشتمل', '18 آرٹیکلز پر مشتمل اس معاہدے پر دو سال بات چیت ہوئی۔', ['18:article|include']],
      // A rate expected or forecast is an estimate, not its level; with money "expected" says nothing.
      ['en: a forecast rate', 'The bank expects inflation of 8% to 9% in 2027.', ['%:inflation|estimate']],
      ['ur: توقع of a rate', 'آئندہ سال مہنگائی 8 سے 9 فیصد رہنے کی توقع ہے۔', ['%:inflation|estimate']],
      ['hi: अनुमान of a rate', 'बैंक ने महंगाई दर 8.5 प्रतिशत रहने का अनुमान जताया।', ['8.5:%:inflation|estimate']],
      ['en: a tranche expected keeps its predicate', 'A second tranche of $700 million is expected in March.', ['700000000:money:USD|tranche']],
      // A cut in basis points in every language.
      ['en: cut by basis points', 'The central bank cut its policy rate by 75 basis points to 9%.', ['75:unit:bp|fall', '9:%:interest|rate']],
      ['fa: واحد پایه', 'بانک مرکزی نرخ بهره را ۷۵ واحد پایه کاهش داد.', ['75:unit:bp|fall']],
      ['hi: आधार अंकों की कटौती, then the level in a clause of its own', 'बैंक ने रेपो दर में 75 आधार अंकों की कटौती कर इसे 6 प्रतिशत कर दिया।', ['75:unit:bp|fall']],
      ['en: to cut is a plan, no fall', 'The accord obliges members to cut 12 kinds of subsidies.', []],
      // A derailment's coaches.
      ['en: coaches derailed', 'Nine coaches of the express derailed near Multan.', ['9:coach|derail']],
      ['ur: بوگیاں پٹڑی سے اتر گئیں', 'ایکسپریس کی 9 بوگیاں پٹڑی سے اتر گئیں۔', ['9:coach|derail']],
      ['hi: डिब्बे पटरी से उतरे', 'एक्सप्रेस के 9 डिब्बे पटरी से उतर गए।', ['9:coach|derail']],
      ['fa: واگن از ریل', 'خروج ۹ واگن قطار از ریل در مولتان رخ داد.', ['9:coach|derail']],
      // Compensation by how badly people were hurt.
      ['en: seriously and slightly injured are paid apart', 'A compensation of Rs 3 lakh for the seriously injured and Rs 75,000 for the slightly injured was announced.', ['300000:money:INR#injured-serious|compensate', '75000:money:INR#injured-minor|compensate']],
      ['hi: गंभीर and मामूली घायलों', 'गंभीर रूप से घायलों को 3 लाख रुपये और मामूली रूप से घायलों को 75 हजार रुपये मुआवजा मिलेगा।', ['300000:money:INR#injured-serious|compensate', '75000:money:INR#injured-minor|compensate']],
      ['ur: شدید زخمیوں', 'شدید زخمیوں کو 3 لاکھ روپے معاوضہ دیا جائے گا۔', ['300000:money:PKR#injured-serious|compensate']],
      // Seats needed for a majority are no seats won.
      ['en: seats needed', 'No party won the 151 seats needed for a majority.', ['151:seat#needed|seek']],
      ['fa: کرسی لازم', 'هیچ حزبی ۱۵۱ کرسی لازم برای تشکیل دولت را کسب نکرد.', ['151:seat#needed|win']],
      ['ur: درکار نشستیں', 'کوئی جماعت درکار 151 نشستیں حاصل نہ کر سکی۔', ['151:seat#needed|win']],
      ['en: an amount needed stays sought', 'The agency needs $3 billion this year.', ['3000000000:money:USD|seek']],
      ['hi: coordinated counts share their verb phrase', 'कांग्रेस को 40 और भाजपा को 35 सीटें मिलीं।', ['40:seat|win', '35:seat|win']],
      // A question states nothing.
      ['en: a question', 'Were 40 people killed in the blast?', []],
      ['ur: a question', 'کیا پابندی کو 40 دن تک بڑھایا جائے گا؟', []],
      // Verb-final: a clause's own verb before "and" ends it; sums listed before one verb share it.
      ['fa: a verb before و ends the clause', '۳۰ میلیون نفر در یمن گرسنه هستند و ۴ میلیون نفر آواره شده‌اند.', ['4000000:person|displace']],
      ['fa: sums listed before one verb', 'ژاپن ۸۰ میلیون یورو و کانادا ۶۰ میلیون دلار تعهد کردند.', ['80000000:money:EUR|invest', '60000000:money:USD|invest']],
      ['hi: sums listed before one verb', 'जापान ने 8 करोड़ यूरो और कनाडा ने 6 करोड़ डॉलर देने का ऐलान किया।', ['80000000:money:EUR|invest', '60000000:money:USD|invest']],
      ['en: a pledge before "while" keeps its verb', 'Japan pledged 80 million euros and Canada 60 million euros, while Norway promised $20 million.', ['80000000:money:EUR|invest', '60000000:money:EUR|invest', '20000000:money:USD|invest']],
      ['ur: a sum before اضافے keeps it; the level after it does not take it', 'آٹے کی قیمت 5 روپے اضافے سے 120 روپے فی کلو ہو گئی۔', ['5:money:PKR flour|grow', '120:money:PKR flour/kg|reach']],
    ],
    (text: string) => claimKeys(text).map((k) => k.replace(/^null:/, '')),
  );
});

test('two reports of one story: the real difference is flagged, restated counts and other subgroups are not', () => {
  checkRows(
    [
      ['a cut of 75 and of 100 basis points', ['The central bank cut its policy rate by 75 basis points.', 'بانک مرکزی نرخ بهره را ۱۰۰ واحد پایه کاهش داد.'], ['a: 75 basis points', 'b: ۱۰۰ واحد پایه']],
      ['coaches derailed: 9 and 11', ['Nine coaches of the express derailed near Multan.', 'ایکسپریس کی 11 بوگیاں پٹڑی سے اتر گئیں۔'], ['a: Nine', 'b: 11']],
      ['compensation for the seriously and the slightly injured', ['A compensation of Rs 3 lakh for the seriously injured was announced.', 'मामूली रूप से घायलों को 75 हजार रुपये मुआवजा मिलेगा।'], []],
      ['seats of several parties: a value far from the other’s left over is another party’s', ['The Labour Party won 120 seats and the Green Party won 30 seats.', 'حزب کارگر ۱۲۰ کرسی و حزب سبز ۹۰ کرسی به دست آوردند.'], []],
      ['seats of several parties: a near value is told differently', ['The Labour Party won 120 seats and the Green Party won 30 seats.', 'حزب کارگر ۱۲۰ کرسی و حزب سبز ۳۲ کرسی به دست آوردند.'], ['a: 30', 'b: ۳۲']],
      ['94 countries sign a treaty; the two countries of a deal sign too', ['Ninety-four countries signed the convention on Wednesday.', 'Pakistan and Iran signed a deal; the two countries also signed 14 memoranda.'], []],
    ],
    flaggedInPair,
  );
});

test('events of one family are compared together: the editions of a games apart, whatever the sport', () => {
  checkRows(
    [
      ['two editions of the Olympics, one sport', [['hockey', 'olympics:tokyo'], ['hockey', 'olympics:paris']], true],
      ['one edition, two reports', [['hockey', 'olympics:paris'], ['olympics:paris']], false],
      ['a flood and an earthquake', [['flood'], ['earthquake']], true],
      ['an edition and a kind of event that share nothing', [['olympics:paris'], ['flood']], true],
      ['one kind besides others', [['flood', 'earthquake'], ['flood', 'storm']], false],
      ['events unnamed on one side', [['cricket'], []], false],
      ['scopes are not events', [['scope:national'], ['scope:state']], false],
    ],
    ([a, b]: string[][]) => otherEvents(a, b),
  );
});
