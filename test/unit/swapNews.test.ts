/**
 * Claims of a prisoner exchange told in four languages: prisoners exchanged, soldiers freed, people
 * still held captive, and the parts of a whole who came home (a relative clause of a part, جن میں /
 * जिनमें … शामिल हैं, tells them of what the whole did).
 */
import { test } from 'node:test';
import { claimKeys, flaggedInPair } from '../support/claims';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

test('claim keys of a prisoner exchange, in four languages', () => {
  checkRows(
    [
      ['en: exchanged prisoners of war', 'Russia and Ukraine exchanged 230 prisoners of war on Wednesday.', ['230:prisoner|exchange']],
      ['ur: جنگی قیدیوں کا تبادلہ', 'روس اور یوکرین نے 230 جنگی قیدیوں کا تبادلہ کیا۔', ['230:prisoner|exchange']],
      ['hi: युद्धबंदियों का आदान-प्रदान', 'रूस और यूक्रेन ने 230 युद्धबंदियों का आदान-प्रदान किया।', ['230:prisoner|exchange']],
      ['fa: اسیر مبادله', 'روسیه و اوکراین ۲۳۰ اسیر جنگی را مبادله کردند.', ['230:prisoner|exchange']],
      ['en: servicemen freed', "Russia's defence ministry said 248 Russian servicemen had been freed.", ['248:soldier|release']],
      ['ur: رہا کیا گیا', 'روسی وزارت دفاع کے مطابق 248 روسی فوجیوں کو رہا کیا گیا۔', ['248:soldier|release']],
      ['hi: रिहा किया गया', 'रूसी रक्षा मंत्रालय ने कहा कि 248 रूसी सैनिकों को रिहा किया गया।', ['248:soldier|release']],
      ['fa: آزاد شدند', 'وزارت دفاع روسیه اعلام کرد ۲۴۸ نظامی روس آزاد شدند.', ['248:soldier|release']],
      // Parts of those who came home came home.
      ['ur: جن میں … شامل ہیں', '230 یوکرینی شہری وطن واپس پہنچ گئے ہیں جن میں 213 فوجی اور 17 عام شہری شامل ہیں۔', ['230:citizen|return', '213:soldier|return', '17:citizen|return']],
      ['hi: जिनमें … शामिल हैं', '230 यूक्रेनी नागरिक घर लौट आए हैं, जिनमें 213 सैनिक और 17 आम नागरिक शामिल हैं।', ['230:citizen|return', '213:soldier|return', '17:citizen|return']],
      // Held captive: no prison term.
      ['ur: قید میں', 'یوکرین کے مطابق اس کے 3500 سے زائد شہری اب بھی روس کی قید میں ہیں۔', ['3500:citizen|captive']],
      ['hi: कैद में', 'उसके 3,500 से अधिक नागरिक अब भी रूसी कैद में हैं।', ['3500:citizen|captive']],
      ['en: in captivity', 'More than 3,500 Ukrainians remain in Russian captivity.', ['3500:person|captive']],
      ['ur: a prison term stays a sentence', 'عدالت نے 3 ملزمان کو 5 سال قید کی سزا سنائی۔', ['3:suspect|sentence', '5:year|sentence']],
      // Hostages and prisoners released, in every tense; data released is no release; a prison is no prison term.
      ['en: will release hostages in exchange for prisoners', 'Hamas will release 33 Israeli hostages in exchange for about 1,900 Palestinian prisoners.', ['33:hostage|release', '1900:prisoner|release']],
      ['fa: آزاد خواهد کرد, در ازای آزادی', 'حماس ۳۳ گروگان اسرائیلی را در ازای آزادی حدود ۱۹۰۰ زندانی فلسطینی آزاد خواهد کرد.', ['33:hostage|release', '1900:prisoner|release']],
      ['en: released data', 'The ministry released data showing 1,200 new cases.', []],
      ['fa: freed from a prison', '۱۲ زندانی از زندان اوین آزاد شدند.', ['12:prisoner|release']],
      ['fa: a prison term', 'دادگاه او را به ۵ سال زندان محکوم کرد.', ['5:year|sentence']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('an Urdu ordinal suffix written apart makes an ordinal', () => {
  checkRows([['10 واں', 'یہ اس کی مدد سے ہونے والا 10 واں تبادلہ ہے۔', ['10 واں=10/ordinal']]], (text: string) => figuresOf(text).map(brief));
});

test('translations of a prisoner exchange: a changed count of soldiers freed is flagged', () => {
  checkRows(
    [
      [
        'en and hi: 248 and 284 freed',
        [
          "Russia and Ukraine exchanged 230 prisoners of war. Russia's defence ministry said 248 Russian servicemen had been freed.",
          'रूस और यूक्रेन ने 230 युद्धबंदियों का आदान-प्रदान किया। रूसी रक्षा मंत्रालय ने कहा कि 284 रूसी सैनिकों को रिहा किया गया।',
        ],
        ['a: 248', 'b: 284'],
      ],
    ],
    flaggedInPair,
  );
});
