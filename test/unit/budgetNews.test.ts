/**
 * A national budget told in four languages: a headline of two clauses joined by a comma (the budget
 * presented, defence spending raised) keeps each clause's words to its own figure.
 */
import { test } from 'node:test';
import { claimKeys } from '../support/claims';
import { checkRows } from '../support/rows';

test('a budget headline: what the clause after a comma is of is not the budget\'s', () => {
  checkRows(
    [
      ['en: unveils, then raises after a comma', 'India unveils Rs 50.65 lakh crore budget, raises defence spending', ['50650000000000:money:INR|present']],
      ['hi: पेश किया, then रक्षा खर्च बढ़ा', 'भारत ने 50.65 लाख करोड़ रुपये का बजट पेश किया, रक्षा खर्च बढ़ा', ['50650000000000:money:INR|present']],
      ['ur: headline بجٹ پیش، then دفاعی اخراجات', 'بھارت کا 50.65 لاکھ کروڑ روپے کا بجٹ پیش، دفاعی اخراجات میں اضافہ', ['50650000000000:money:INR|present']],
      ['hi: headline बजट पेश, then रक्षा खर्च', 'भारत का 50.65 लाख करोड़ रुपये का बजट पेश, रक्षा खर्च में बढ़ोतरी', ['50650000000000:money:INR|present']],
      ['fa: ارائه کرد؛ then هزینه‌های دفاعی', 'هند بودجه ۵۰ هزار و ۶۵۰ میلیارد روپیه‌ای را ارائه کرد؛ افزایش هزینه‌های دفاعی', ['50650000000000:money:INR|present']],
      // Named before the sum in its own clause, a budget head stays the sum's.
      ['en: allocated for defence', 'The government allocated Rs 6.81 lakh crore for defence.', ['6810000000000:money:INR defence|invest']],
    ],
    claimKeys,
  );
});

test('a sum a budget head receives is its allocation, in every language; a sum received with no head is received', () => {
  checkRows(
    [
      ['en: defence received', 'Defence received Rs 6.81 lakh crore.', ['6810000000000:money:INR defence|invest']],
      ['en: education got', 'Education got Rs 1.28 lakh crore.', ['1280000000000:money:INR education|invest']],
      ['hi: रक्षा को … मिले', 'रक्षा को 6.81 लाख करोड़ रुपये मिले।', ['6810000000000:money:INR defence|invest']],
      ['hi: शिक्षा को … मिले', 'शिक्षा को 1.28 लाख करोड़ रुपये मिले।', ['1280000000000:money:INR education|invest']],
      // Urdu rupees with no place named are Pakistan's.
      ['ur: دفاع کے لیے … رکھے گئے', 'دفاع کے لیے 6.81 لاکھ کروڑ روپے رکھے گئے ہیں۔', ['6810000000000:money:PKR defence|invest']],
      ['ur: تعلیم کو … ملے', 'تعلیم کو 1.28 لاکھ کروڑ روپے ملے۔', ['1280000000000:money:PKR education|invest']],
      ['fa: آموزش … دریافت کرد', 'آموزش ۱۲۸۰ میلیارد روپیه دریافت کرد.', ['1280000000000:money:INR education|invest']],
      // A head's allocation raised to a level, as its translations tell it.
      ['hi: आवंटन बढ़ाकर … कर दिया', 'स्वास्थ्य के लिए आवंटन बढ़ाकर 99,858 करोड़ रुपये कर दिया गया।', ['998580000000:money:INR health|grow']],
      ['en: allocation raised to', 'The allocation for health was raised to Rs 99,858 crore.', ['998580000000:money:INR health|grow']],
      // With no head, a sum received is what it says.
      ['en: a loan received', 'Pakistan received $1.2 billion from the IMF.', ['1200000000:money:USD|receive']],
      ['ur: a loan received', 'پاکستان کو آئی ایم ایف سے 1.2 ارب ڈالر ملے۔', ['1200000000:money:USD|receive']],
      ['fa: a loan received', 'پاکستان ۱.۲ میلیارد دلار از صندوق بین‌المللی پول دریافت کرد.', ['1200000000:money:USD|receive']],
      ['hi: a loan received', 'पाकिस्तान को आईएमएफ से 1.2 अरब डॉलर मिले।', ['1200000000:money:USD|receive']],
      // Bodies found are no sum received.
      ['hi: bodies found', 'पुलिस को मौके से 5 शव मिले।', []],
      ['ur: bodies found', 'پولیس کو موقع سے 5 لاشیں ملیں۔', []],
    ],
    claimKeys,
  );
});

test('a deficit told as a share of GDP is a rate of the deficit, in every language; GDP is only its base', () => {
  checkRows(
    [
      ['en: deficit target of GDP', 'The government set the fiscal deficit target at 4.4 percent of GDP.', ['4.4:%:deficit#target|rate']],
      ['hi: घाटे का लक्ष्य जीडीपी का … रखा', 'सरकार ने राजकोषीय घाटे का लक्ष्य जीडीपी का 4.4 प्रतिशत रखा है।', ['4.4:%:deficit#target|rate']],
      ['ur: خسارے کا ہدف جی ڈی پی کا … مقرر کیا', 'حکومت نے مالیاتی خسارے کا ہدف جی ڈی پی کا 4.4 فیصد مقرر کیا ہے۔', ['4.4:%:deficit#target|rate']],
      // Persian هدف alone is also a campaign's aim, told as its count (هدف … واکسینه کردن ۳ میلیون کودک): a target only of a rate named after it.
      ['fa: هدف کسری … تولید ناخالص داخلی تعیین', 'دولت هدف کسری بودجه را ۴.۴ درصد تولید ناخالص داخلی تعیین کرده است.', ['4.4:%:deficit#target|rate']],
      ['fa: هدف تورمی', 'بانک مرکزی هدف تورمی را ۲۲ درصد تعیین کرد.', ['22:%:inflation#target|rate']],
      ['en: deficit stood at, of GDP', 'The fiscal deficit stood at 7.7 percent of GDP.', ['7.7:%:deficit|rate']],
      ['hi: घाटा जीडीपी का … रहा', 'राजकोषीय घाटा जीडीपी का 7.7 प्रतिशत रहा।', ['7.7:%:deficit|rate']],
      ['ur: خسارہ جی ڈی پی کے … پر رہا (no loss)', 'مالیاتی خسارہ جی ڈی پی کے 7.7 فیصد پر رہا۔', ['7.7:%:deficit|rate']],
      ['fa: کسری به … رسید', 'کسری بودجه به ۷.۷ درصد تولید ناخالص داخلی رسید.', ['7.7:%:deficit|rate']],
      // A rate's target set with a light verb after the percentage (مقرر کیا) is still the rate's.
      ['ur: inflation target', 'مہنگائی کا ہدف 7.2 فیصد مقرر کیا گیا۔', ['7.2:%:inflation#target|rate']],
      ['en: inflation target', 'The inflation target was set at 7.2 percent.', ['7.2:%:inflation#target|rate']],
      // A deficit in money is its level, told with or without a verb of loss.
      ['ur: a deficit sum', 'بجٹ خسارہ 5 ارب ڈالر رہا۔', ['5000000000:money:USD deficit|reach']],
      ['en: a deficit sum', 'The budget deficit was $5 billion.', ['5000000000:money:USD deficit|reach']],
      // A noun after the percentage, with a genitive after it, is what the percentage counts.
      ['hi: 60 percent of the youth', 'दोनों में से 60 प्रतिशत युवाओं की राय अलग थी।', []],
    ],
    claimKeys,
  );
});

test('a percentage an economy grows by is its growth rate, and an estimate when expected, in every language', () => {
  checkRows(
    [
      ['en: expected to grow by a range', 'The economy is expected to grow by 6.3 to 6.8 percent.', ['null:%:growth|estimate']],
      ['en: will grow', 'The economy will grow by 6.5 percent, the ministry expects.', ['6.5:%:growth|estimate']],
      ['hi: की दर से बढ़ने की उम्मीद', 'अर्थव्यवस्था के 6.5 प्रतिशत की दर से बढ़ने की उम्मीद है।', ['6.5:%:growth|estimate']],
      ['ur: شرح نمو … توقع', 'معیشت کی شرح نمو 6.5 فیصد رہنے کی توقع ہے۔', ['6.5:%:growth|estimate']],
      ['fa: پیش‌بینی … رشد کند', 'پیش‌بینی می‌شود اقتصاد ۶.۵ درصد رشد کند.', ['6.5:%:growth|estimate']],
      ['en: grew', 'The economy grew by 6.5 percent last year.', ['6.5:%:growth|rate']],
      ['en: GDP grew', 'GDP grew 3 percent.', ['3:%:growth|rate']],
      ['fa: رشد کرد', 'اقتصاد ۳ درصد رشد کرد.', ['3:%:growth|rate']],
    ],
    claimKeys,
  );
});

test('a budget head named past a clause break is the next clause\'s; a head\'s share of a sum in Persian is its allocation', () => {
  checkRows(
    [
      ['hi: जबकि स्वास्थ्य after the share', 'रक्षा को 6.81 लाख करोड़ रुपये मिले, जो कुल खर्च का लगभग 13 प्रतिशत है, जबकि स्वास्थ्य के लिए 99,858 करोड़ रुपये रखे गए।', ['6810000000000:money:INR defence|invest', '13:%|total']],
      ['hi: जबकि स्वास्थ्य के लिए आवंटन, farther', 'रक्षा को 6.81 लाख करोड़ रुपये मिले, जो कुल खर्च का लगभग 13 प्रतिशत है, जबकि स्वास्थ्य के लिए आवंटन बढ़ाकर 99,858 करोड़ रुपये कर दिया गया।', ['6810000000000:money:INR defence|invest', '13:%|total', '998580000000:money:INR health|grow']],
      ['ur: جبکہ صحت کا بجٹ', 'یہ کل اخراجات کا 13 فیصد ہے جبکہ صحت کا بجٹ بڑھا کر 89,858 کروڑ روپے کر دیا گیا ہے۔', ['898580000000:money:PKR health|grow']],
      ['en: while the allocation for health', 'Inflation was 4 percent, while the allocation for health was raised to Rs 99,858 crore.', ['4:%:inflation|rate', '998580000000:money:INR health|grow']],
      // Defence's share, told past its sum in the same clause, stays defence's.
      ['en: while health after the share', 'Defence received Rs 6.81 lakh crore, 13 percent of the total, while health got Rs 99,858 crore.', ['6810000000000:money:INR defence|invest', '13:%:defence|total', '998580000000:money:INR health|invest']],
      ['fa: سهم دفاع', 'سهم دفاع ۶ هزار و ۸۱۰ میلیارد روپیه است.', ['6810000000000:money:INR defence|invest']],
    ],
    claimKeys,
  );
});

test('an income exempt from tax and the taxpayers who benefit, in every language', () => {
  checkRows(
    [
      ['en: exempt, benefit', 'Income of up to Rs 12 lakh a year will be exempt from tax, which will benefit about one crore taxpayers.', ['1200000:money:INR|exempt', '10000000:taxpayer|benefit']],
      ['hi: कर-मुक्त, फ़ायदा', 'सालाना 12 लाख रुपये तक की आय कर-मुक्त होगी, जिससे लगभग एक करोड़ करदाताओं को फ़ायदा होगा।', ['1200000:money:INR|exempt', '10000000:taxpayer|benefit']],
      ['ur: کوئی ٹیکس نہیں, فائدہ', 'سالانہ 12 لاکھ روپے تک کی آمدنی پر کوئی ٹیکس نہیں ہوگا، جس سے تقریباً ایک کروڑ ٹیکس دہندگان کو فائدہ ہوگا۔', ['1200000:money:PKR|exempt', '10000000:taxpayer|benefit']],
      ['fa: بهره‌مند', 'حدود ۱۰ میلیون مالیات‌دهنده از این معافیت بهره‌مند می‌شوند.', ['10000000:taxpayer|benefit']],
      ['fa: معاف', 'درآمد سالانه تا ۱.۲ میلیون روپیه از مالیات معاف است.', ['1200000:money:INR revenue|exempt']],
    ],
    claimKeys,
  );
});
