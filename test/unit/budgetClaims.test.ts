/**
 * Budget and exam reports: what a percentage change is of (salaries, pensions, defence spending), told the
 * same way in every language, with one verb shared by coordinated percentages; a semicolon ends a
 * clause, so a verb before it is not the next figure's.
 */
import { test } from 'node:test';
import { claimKeys, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

test('a percentage change is of the pay, pension or budget head named beside it, in every language', () => {
  checkRows(
    [
      ['English salaries and pensions', 'Salaries of government employees will rise by 10 percent and pensions by 7 percent.', ['10:%:salary|grow', '7:%:pension|grow']],
      ['Urdu salaries and pensions share one verb', 'سرکاری ملازمین کی تنخواہوں میں 10 فیصد اور پنشن میں 7 فیصد اضافہ کیا گیا ہے۔', ['10:%:salary|grow', '7:%:pension|grow']],
      ['Hindi salaries and pensions', 'सरकारी कर्मचारियों के वेतन में 10 प्रतिशत और पेंशन में 7 प्रतिशत की बढ़ोतरी की गई है।', ['10:%:salary|grow', '7:%:pension|grow']],
      ['Persian salaries and pensions share one verb', 'حقوق کارکنان دولت ۱۰ درصد و حقوق بازنشستگان ۷ درصد افزایش می‌یابد.', ['10:%:salary|grow', '7:%:pension|grow']],
      ['Urdu a defence budget headline', 'دفاعی بجٹ میں 20 فیصد اضافہ', ['20:%:defence|grow']],
      ['Hindi a defence spending headline', 'रक्षा ख़र्च में 20 प्रतिशत की बढ़ोतरी', ['20:%:defence|grow']],
      ['Persian a defence spending headline', 'افزایش ۲۰ درصدی هزینه‌های دفاعی', ['20:%:defence|grow']],
      // A budget presented: what it totals, in every language.
      ['English a budget presented', "Pakistan's finance minister presented a budget of Rs17.57 trillion on Tuesday.", ['17570000000000:money:PKR|present']],
      ['Urdu a budget presented', 'وزیر خزانہ نے منگل کو 17 ہزار 573 ارب روپے کا بجٹ پیش کر دیا۔', ['17573000000000:money:PKR|present']],
      ['Hindi a budget presented', 'वित्त मंत्री ने मंगलवार को 17.57 ट्रिलियन पाकिस्तानी रुपये का बजट पेश किया।', ['17570000000000:money:PKR|present']],
      ['Persian a budget presented', 'وزیر دارایی پاکستان بودجه ۱۷ هزار و ۵۷۳ میلیارد روپیه‌ای را به مجلس ارائه کرد.', ['17573000000000:money:PKR|present']],
      ['English a market share is a rate', "Tesco's market share rose to 27.8%, according to Kantar.", ['27.8:%:market-share|rate']],
    ],
    claimKeys,
  );
});

test('a verb before a semicolon is its own clause\'s', () => {
  checkRows(
    [
      ['Persian headline of two clauses', 'تورم نقطه‌به‌نقطه به ۳۲.۵ درصد رسید؛ دلار در بازار آزاد ۶۰ هزار تومانی شد', ['32.5:%:inflation|rate']],
      ['English two clauses', 'Inflation reached 32.5 percent; the dollar traded at 60,000 tomans in the open market.', ['32.5:%:inflation|rate']],
    ],
    claimKeys,
  );
});

test('salaries and pensions told apart across languages: only the salary rise that differs is flagged', () => {
  checkRows(
    [
      ['salary 10 vs 12, pension 7 in both', ['Budget 2025\nSalaries will rise by 10 percent and pensions by 7 percent.', 'بودجه ۲۰۲۵\nحقوق کارکنان دولت ۱۲ درصد و حقوق بازنشستگان ۷ درصد افزایش می‌یابد.'], ['a: 10 percent', 'b: ۱۲ درصد']],
    ],
    flaggedInPair,
  );
});

test('an exam topper\'s marks are points won, in every language', () => {
  checkRows(
    [
      ['Urdu marks out of a total', 'عائشہ خان نے 1200 میں سے 1187 نمبر لے کر پہلی پوزیشن حاصل کی۔', ['1200:point|total', '1187:point|win']],
      ['Hindi marks out of a total', 'आयशा खान ने 1,200 में से 1,187 अंक लाकर पहला स्थान हासिल किया।', ['1200:point|total', '1187:point|win']],
      ['Persian marks out of a total', 'عایشه خان با کسب ۱۱۸۷ نمره از ۱۲۰۰ نمره رتبه اول را به دست آورد.', ['1187:point|win', '1200:point|total']],
      ['English marks obtained', 'She obtained 1,187 marks in the examination.', ['1187:point|win']],
    ],
    claimKeys,
  );
});
