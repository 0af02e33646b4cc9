/**
 * Market reports: a change in points or percent is of the index named beside it, so the Sensex and
 * the Nifty (or the KSE-100 and the index of another exchange) are different facts, while every
 * language's report of one index shares its claim key.
 */
import { test } from 'node:test';
import { claimKeys, flaggedInDocument, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

test('a market move is of the index named beside it, in every language', () => {
  checkRows(
    [
      ['English two indices in one sentence', 'The Nifty lost 180 points to 21,950, while the Sensex dropped 610 points.', ['180:point nifty|fall', '610:point sensex|fall']],
      ['English a percentage of an index', 'The Sensex fell 0.8 percent on Tuesday.', ['0.8:%:sensex|fall']],
      ['Hindi Nifty points', 'मंगलवार को निफ्टी 180 अंक गिरकर बंद हुआ।', ['180:point nifty|fall']],
      ['English an index written as an identifier takes its word index', 'The benchmark KSE-100 index gained 950 points on Tuesday.', ['950:point kse100|grow']],
      ['Urdu KSE-100 points', 'کے ایس ای 100 انڈیکس منگل کو 950 پوائنٹس اضافے سے بند ہوا۔', ['950:point kse100|grow']],
      ['English a percentage lost is a fall; the rupee after a joiner is no Sensex', 'The Sensex lost 1.2 percent and the rupee lost 2 percent; the party lost 5 seats.', ['1.2:%:sensex|fall', '2:%|fall', '5:seat|lose']],
      ['Persian units of an index are its points', 'شاخص کل بورس تهران ۲۵ هزار واحد افزایش یافت و شاخص هم‌وزن ۸ هزار واحد رشد کرد.', ['25000:point tedpix|grow', '8000:point tedpix-ew|grow']],
      ['Persian units of no index stay units, whatever they are of', 'فروش خودرو ۵۰ هزار واحد افزایش یافت.', ['50000:unit|grow']],
      ['English points of no index stay points', 'Her score rose 15 points in the second test.', ['15:point|grow']],
    ],
    claimKeys,
  );
});

test('two indices moving apart raise no conflict; one index told two ways does', () => {
  checkRows(
    [
      ['Sensex and Nifty', ['The Sensex fell 600 points on Tuesday.', 'The Nifty fell 180 points on Tuesday.'], []],
      ['Sensex twice', ['The Sensex fell 600 points on Tuesday.', 'मंगलवार को सेंसेक्स 650 अंक गिर गया।'], ['a: 600', 'b: 650']],
    ],
    flaggedInPair,
  );
});

test('a headline that cuts an index move to its thousands is no inconsistency; another move is', () => {
  checkRows(
    [
      ['40 هزار over ۴۰ هزار و ۵۶۳', 'شاخص کل بورس تهران ۴۰ هزار واحد رشد کرد\nشاخص کل بورس تهران روز شنبه با ۴۰ هزار و ۵۶۳ واحد افزایش به ۲ میلیون واحد رسید.', []],
      ['40 هزار over ۴۲ هزار و ۵۶۳', 'شاخص کل بورس تهران ۴۰ هزار واحد رشد کرد\nشاخص کل بورس تهران روز شنبه با ۴۲ هزار و ۵۶۳ واحد افزایش به ۲ میلیون واحد رسید.', ['۴۰ هزار', '۴۲ هزار و ۵۶۳']],
    ],
    flaggedInDocument,
  );
});

test('a price\'s change told before the level it reached is per the level\'s unit, as a translation tells it', () => {
  checkRows(
    [
      ['per tola after the level', 'In Karachi, the price of gold rose by Rs1,500 to Rs280,000 per tola on Monday.', ['1500:money:PKR gold/tola|grow', '280000:money:PKR gold/tola|reach']],
      ['per gram after the level', 'In Lahore, the price of silver fell by Rs20 to Rs3,100 per gram.', ['20:money:PKR silver/g|fall', '3100:money:PKR silver/g|reach']],
      ['in Urdu, per tola before both', 'فی تولہ سونے کی قیمت 1,500 روپے اضافے کے بعد 2 لاکھ 80 ہزار روپے ہو گئی۔', ['1500:money:PKR gold/tola|grow', '280000:money:PKR gold/tola|reach']],
    ],
    claimKeys,
  );
});

test('a price of 10 grams with its goods in the sentence before is per 10 grams, and the 10 grams state nothing', () => {
  checkRows(
    [
      ['English', 'In Karachi, gold rose by Rs2,000 to Rs285,000 per tola. The price of 10 grams rose by Rs1,715 to Rs244,341.',
        ['2000:money:PKR gold/tola|grow', '285000:money:PKR gold/tola|reach', '1715:money:PKR/10g|grow', '244341:money:PKR/10g|reach']],
      ['Urdu', 'کراچی میں سونے کی فی تولہ قیمت 2 ہزار روپے اضافے سے 2 لاکھ 85 ہزار روپے ہو گئی۔ 10 گرام کی قیمت 1,715 روپے بڑھ کر 2 لاکھ 44 ہزار 341 روپے ہو گئی۔',
        ['2000:money:PKR gold/tola|grow', '285000:money:PKR gold/tola|reach', '1715:money:PKR/10g|grow', '244341:money:PKR/10g|reach']],
      ['Hindi', 'दिल्ली में सोना 500 रुपये महंगा हुआ। 10 ग्राम की कीमत 500 रुपये बढ़कर 78,300 रुपये पर पहुंच गई।',
        ['500:money:INR gold|grow', '500:money:INR/10g|grow', '78300:money:INR/10g|reach']],
    ],
    claimKeys,
  );
});
