/**
 * Claims of more stories told in several languages (an air crash or a capsized ferry, refugee
 * returns, a climate pledge, a heatwave, an election turnout, a cricket final, a security
 * deployment): the translations of one fact share a key and a time, a year compared with is no time,
 * and a total told beside its parts is no inconsistency.
 */
import { test } from 'node:test';
import { claimKeys, claimTimes, flaggedInDocument, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

test('claim keys of crash, return, relief, sport and security stories', () => {
  checkRows(
    [
      // Who was aboard, in every language; "lost contact" is no loss.
      ['en: carrying passengers and crew', 'The ferry was carrying 212 passengers and 9 crew members when it capsized.', ['212:passenger|aboard', '9:member|aboard']],
      ['ur: سوار تھے', 'کشتی میں 212 مسافر اور عملے کے 9 ارکان سوار تھے۔', ['212:passenger|aboard', '9:member|aboard']],
      ['hi: सवार थे', 'नाव में 212 यात्री सवार थे।', ['212:passenger|aboard']],
      ['en: lost contact loses nothing', 'The plane with 88 passengers lost contact with the tower.', []],
      // Who came out alive.
      ['en: survivors pulled out', 'Divers pulled 31 survivors from the river.', ['31:person|survive']],
      ['hi: जीवित निकाला', 'मलबे से 31 लोगों को जीवित निकाला गया।', ['31:person|survive']],
      ['fa: زنده بیرون کشیده', '۶۱ نفر زنده از زیر آوار بیرون کشیده شدند.', ['61:person|survive']],
      // People of a nation who went back are people returned.
      ['en: Afghans returned', 'About 640,000 Afghans returned from Turkey last year.', ['640000:person|return']],
      ['ur: افغان واپس آئے', 'پچھلے سال ایران سے 6 لاکھ 40 ہزار افغان واپس آئے۔', ['640000:person|return']],
      ['fa: افغان بازگشتند', '۶۴۰ هزار افغان از ترکیه بازگشتند.', ['640000:person|return']],
      ['hi: अफगान लौटे', 'तुर्की से 6.4 लाख अफगान लौटे।', ['640000:person|return']],
      // Camps set up.
      ['en: set up camps', 'Authorities set up 75 relief camps.', ['75:camp|establish']],
      ['fa: اردوگاه برپا کردند', 'مقامات ۷۵ اردوگاه امدادی برپا کردند.', ['75:camp|establish']],
      ['hi: शिविर लगाए', 'प्रशासन ने 75 राहत शिविर लगाए।', ['75:camp|establish']],
      ['ur: کیمپ قائم کیے', 'انتظامیہ نے 75 کیمپ قائم کیے۔', ['75:camp|establish']],
      // Prize money, spectators, security deployed.
      ['en: prize money', 'The champions received prize money of $1.6 million.', ['1600000:money:USD|award']],
      ['ur: تماشائی موجود تھے', '8 ہزار 500 تماشائی اسٹیڈیم میں موجود تھے۔', ['8500:spectator|attend']],
      ['fa: تماشاگر تماشا کردند', '۸ هزار و ۵۰۰ تماشاگر مسابقه را تماشا کردند.', ['8500:spectator|attend']],
      ['en: police personnel deployed', 'About 6,000 police personnel were deployed.', ['6000:personnel|deploy']],
      ['ur: اہلکار تعینات', 'سیکیورٹی کے لیے 6 ہزار پولیس اہلکار تعینات کیے گئے۔', ['6000:personnel|deploy']],
      // The rest of a whole is a count apart from any party's; workers sent door to door; a campaign that started reaches nothing.
      ['en: the remaining seats', 'Smaller parties and independents took the remaining 76 seats.', ['76:seat#rest|win']],
      ['ur: باقی نشستیں', 'باقی 40 نشستیں آزاد امیدواروں نے جیتیں۔', ['40:seat#rest|win']],
      ['hi: शेष सीटें', 'शेष 40 सीटें निर्दलीयों ने जीतीं।', ['40:seat#rest|win']],
      ['en: door to door', 'More than 400,000 workers will go door to door.', ['400000:worker|deploy']],
      ['ur: گھر گھر', 'مہم میں 3 لاکھ 50 ہزار ورکرز گھر گھر جائیں گے۔', ['350000:worker|deploy']],
      ['ur: شروع ہو گئی is no level reached', 'مہم پیر سے شروع ہو گئی جس کے دوران 159 اضلاع کے دور دراز علاقوں میں قطرے پلائے جائیں گے۔', ['159:district|vaccinate']],
      // Whom compensation is paid to, named in a relative phrase: those who died, each injured person.
      ['ur: جاں بحق ہونے والوں and ہر زخمی', 'حکومت نے حادثے میں جاں بحق ہونے والوں کے ہر خاندان کو 25 لاکھ روپے اور ہر زخمی کو 5 لاکھ روپے معاوضہ دینے کا اعلان کیا۔', ['2500000:money:PKR#dead|compensate', '500000:money:PKR#injured|compensate']],
      // Coming to a conclusion reaches no figure.
      ['hi: निष्कर्ष पर पहुंचे', 'वैज्ञानिक इस निष्कर्ष पर पहुंचे कि 90% नमूने एक जैसे थे।', []],
      ['fa: به این نتیجه رسیدند', 'پژوهشگران به این نتیجه رسیدند که ۹۰ درصد نمونه‌ها مشابه بودند.', []],
      // A predicate right after the whole describes it; the part has its own verb.
      ['en: part of registered voters', 'Some 6.3 million of the 9.8 million registered voters cast ballots.', ['6300000:voter|attend', '9800000:voter|total']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('claim times: a baseline year is no time, a time followed by another figure is that one’s; levels of a measure and a rate', () => {
  checkRows(
    [
      ['en: a cut agreed, compared with a year', 'Members agreed to cut methane emissions by 40% by 2032 compared with 2020 levels.', ['40:%|fall@2032']],
      ['ur: کے مقابلے میں marks the baseline year', '2032 تک میتھین کے اخراج میں 2020 کے مقابلے میں 40 فیصد کمی کا وعدہ کیا گیا۔', ['40:%|fall@2032']],
      ['hi: a targeted cut is the cut, के मुकाबले marks the baseline', '2032 तक 2020 के मुकाबले उत्सर्जन में 40 प्रतिशत कटौती का लक्ष्य है।', ['40:%|fall@2032']],
      ['fa: نسبت به سطح marks the baseline', 'کشورها متعهد شدند انتشار متان را تا سال ۲۰۳۲ نسبت به سطح ۲۰۲۰ به میزان ۴۰ درصد کاهش دهند.', ['40:%|fall@2032']],
      // A year of the level a change is measured from ("below 2010 levels", کی سطح, के स्तर, سطح) is no time either.
      ['en: below 2010 levels', 'Countries pledged to cut emissions 45% below 2010 levels by 2030.', ['45:%|fall@2030']],
      ['ur: 2010 کی سطح سے … کم کرنے', 'ممالک نے 2030 تک اخراج کو 2010 کی سطح سے 45 فیصد کم کرنے کا وعدہ کیا۔', ['45:%|fall@2030']],
      ['hi: 2010 के स्तर से … घटाने', 'देशों ने 2030 तक उत्सर्जन को 2010 के स्तर से 45 प्रतिशत घटाने का वादा किया।', ['45:%|fall@2030']],
      ['hi: a year right before another figure is its', 'बेरोजगारी दर 7.8 प्रतिशत रही, जो 2023 के 8.1 प्रतिशत से कम है।', ['7.8:%:unemployment|rate@null', '8.1:%:unemployment|rate@2023']],
      ['fa: به before a rate with a change verb is the level', 'نرخ بیکاری به ۷٫۸ درصد کاهش یافت.', ['7.8:%:unemployment|rate@null']],
      ['ur: degrees reached are Celsius', 'دادو میں پارہ 49 ڈگری تک پہنچ گیا۔', ['49:unit:°C|reach@null']],
      ['en: a temperature recorded is the level reached', 'Dadu recorded 49°C on Sunday.', ['49:unit:°C|reach@null']],
    ],
    (text: string) => claimTimes(text),
  );
});

test('two reports of one story: aboard, a pledged cut and a temperature told differently', () => {
  checkRows(
    [
      ['passengers aboard: 212 and 221', ['The ferry was carrying 212 passengers.', 'کشتی میں 221 مسافر سوار تھے۔'], ['a: 212', 'b: 221']],
      ['a cut by 2032 from a 2020 baseline: 40% and 45%', ['Members agreed to cut methane emissions by 40% by 2032 compared with 2020 levels.', 'کشورها متعهد شدند انتشار متان را تا سال ۲۰۳۲ نسبت به سطح ۲۰۲۰ به میزان ۴۵ درصد کاهش دهند.'], ['a: 40%', 'b: ۴۵ درصد']],
      ['49°C recorded and 50 degrees reached', ['Dadu recorded 49°C on Sunday.', 'اتوار کو دادو میں پارہ 50 ڈگری تک پہنچ گیا۔'], ['a: 49°C', 'b: 50 ڈگری']],
    ],
    flaggedInPair,
  );
});

test('one document: a total over the parts one sentence lists, or a figure cut to its thousands, is no inconsistency', () => {
  checkRows(
    [
      ['more than 1.5 million over 900,000 and 640,000', 'ईरान और पाकिस्तान से 15 लाख से अधिक अफगान लौटे\n\nईरान से 9 लाख और पाकिस्तान से 6.4 लाख लोग लौटे।', []],
      ['a fee and its two parts', 'Arsenal complete £95m signing of striker\n\nLONDON - Arsenal have completed the signing of the striker from Porto for a club record fee of £80 million plus £15m in add-ons, the club said on Friday.', []],
      // A figure cut to its thousands in the headline is the lead's; one thousand off is not.
      ['18 ہزار over 18 ہزار 420', 'طورخم سے 18 ہزار افغان واپس گئے\n\nپشاور: گزشتہ ہفتے 18 ہزار 420 افغان باشندے طورخم سے واپس گئے۔', []],
      ['18 ہزار over 19 ہزار 420', 'طورخم سے 18 ہزار افغان واپس گئے\n\nپشاور: گزشتہ ہفتے 19 ہزار 420 افغان باشندے طورخم سے واپس گئے۔', ['18 ہزار', '19 ہزار 420']],
    ],
    flaggedInDocument,
  );
});
