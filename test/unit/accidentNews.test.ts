/**
 * A train accident and a dengue outbreak told in four languages: the injured in critical condition are a
 * subgroup of the injured, not another count of them; beds set aside; compensation paid to each injured passenger.
 */
import { test } from 'node:test';
import { claimKeys, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

test('the injured in critical condition are a subgroup of the injured, in every language', () => {
  checkRows(
    [
      ['ur: حالت تشویشناک', 'ریسکیو حکام نے بتایا کہ 12 زخمیوں کی حالت تشویشناک ہے۔', ['12:person#critical|injure']],
      ['hi: हालत गंभीर', 'बचाव अधिकारियों ने बताया कि 12 घायलों की हालत गंभीर है।', ['12:person#critical|injure']],
      ['hi: हालत नाज़ुक', '12 घायलों की हालत नाज़ुक बनी हुई है।', ['12:person#critical|injure']],
      ['en: condition critical', 'The condition of 12 injured people is critical.', ['12:person#critical|injure']],
      ['en: in critical condition', '12 injured people are in critical condition.', ['12:person#critical|injure']],
      ['fa: وضعیت وخیم', '۱۲ مجروح در وضعیت وخیم به سر می‌برند.', ['12:person#critical|injure']],
      // A part of the injured named as such: "12 of the injured", زخمیوں میں سے 12, घायलों में से 12, ۱۲ نفر از مجروحان.
      ['en: of the injured, critical', '12 of the injured are in critical condition.', ['12:person#critical|injure']],
      ['ur: زخمیوں میں سے, critical', 'زخمیوں میں سے 12 کی حالت تشویشناک ہے۔', ['12:person#critical|injure']],
      ['hi: घायलों में से, critical', 'घायलों में से 12 की हालत गंभीर है।', ['12:person#critical|injure']],
      ['fa: نفر از مجروحان, critical', '۱۲ نفر از مجروحان در وضعیت وخیم هستند.', ['12:person#critical|injure']],
      // Which part, when no word says, is no claim: not all the injured, nor a part another report could state.
      ['en: of the injured, a part', '40 people were injured; 12 of the injured were discharged.', ['40:person|injure']],
      ['ur: زخمیوں میں سے, a part', 'زخمیوں میں سے 12 کو لاہور منتقل کیا گیا۔', []],
      ['hi: घायलों में से, a part', 'घायलों में से 12 को दिल्ली भेजा गया।', []],
      // The injured counted with no word of their state are all of them.
      ['en: more than 100 injured', 'At least 28 people were killed and more than 100 injured.', ['28:person|kill', '100:person|injure']],
    ],
    claimKeys,
  );
});

test('a report of 12 injured in critical condition does not contradict one of 100 injured', () => {
  checkRows(
    [
      [
        'ur critical, en all injured',
        ['ریسکیو حکام نے بتایا کہ 12 زخمیوں کی حالت تشویشناک ہے۔', 'More than 100 people were injured.'],
        [],
      ],
    ],
    flaggedInPair,
  );
});

test('compensation to each injured passenger, beds set aside, patients in hospital, in every language', () => {
  checkRows(
    [
      ['fa: برای هر مسافر زخمی', 'وزیر راه‌آهن برای هر مسافر زخمی ۳۰۰ هزار روپیه غرامت اعلام کرد.', ['300000:money:INR#injured|compensate']],
      ['ur: ہر زخمی مسافر', 'وزیر ریلوے نے ہر زخمی مسافر کے لیے 3 لاکھ روپے معاوضے کا اعلان کیا۔', ['300000:money:PKR#injured|compensate']],
      ['en: set aside beds', 'The government has set aside 500 additional beds in 20 hospitals.', ['500:bed|invest', '20:hospital|invest']],
      ['ur: بستر مختص', 'حکومت نے 20 ہسپتالوں میں 500 اضافی بستر مختص کیے ہیں۔', ['20:hospital|invest', '500:bed|invest']],
      // Passengers a train carries (حامل) are aboard, as "carrying" and سوار say; passengers rescued are not.
      ['fa: حامل', 'این قطار حامل حدود هزار مسافر بود.', ['1000:passenger|aboard']],
      ['fa: passengers rescued', 'امدادگران ۱۰۰ مسافر را نجات دادند.', ['100:passenger|rescue']],
      ['fa: بستری‌اند', 'حدود ۴۱۰۰ بیمار در داکا بستری‌اند.', ['4100:person|admit']],
    ],
    claimKeys,
  );
});
