/**
 * Hindi and English South Asian news in genres seen less: markets, railways, space, monsoon and
 * sowing, coal, state budgets, exam results. Rows are single sentences or short pairs.
 */
import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, flaggedInDocument } from '../support/claims';
import { checkRows } from '../support/rows';

test('an index\'s level after a change verb is its level; a noun of change is the change', () => {
  checkRows(
    [
      ['Hindi: चढ़कर before the close', 'सेंसेक्स 1,200.18 अंक यानी 1.48 प्रतिशत चढ़कर 82,530.74 अंक पर बंद हुआ।', ['1200.18:point sensex|grow', '1.48:%:sensex|grow', '82530.74:point sensex|reach']],
      ['Hindi: टूटकर … के स्तर पर', 'सेंसेक्स 500 अंक टूटकर 80,100 के स्तर पर आ गया।', ['500:point sensex|fall', '80100:point sensex|reach']],
      ['Hindi: की बढ़त के साथ … पर पहुंच', 'निफ्टी 395.2 अंक की बढ़त के साथ 24,578.35 अंक पर पहुंच गया।', ['395.2:point nifty|grow', '24578.35:point nifty|reach']],
      ['Hindi: crossing a level in a headline', 'सेंसेक्स 1,200 अंक उछला, निफ्टी 24,500 के पार', ['1200:point sensex|grow', '24500:point nifty|reach']],
      ['Hindi: the rupee strengthened or weakened by paise', 'रुपया 12 पैसे मजबूत होकर बंद हुआ, जबकि यूरो 8 पैसे कमजोर होकर बंद हुआ।', ['0.12:money:INR|grow', '0.08:money:INR|fall']],
      ['English: points to a level', 'The Sensex fell 720 points to 73,500.', ['720:point sensex|fall', '73500:point sensex|reach']],
    ],
    claimKeys,
  );
});

test('a headline that drops a move\'s decimals states the same move; a small figure or another move does not', () => {
  checkRows(
    [
      ['1,200 over 1,200.18', 'सेंसेक्स 1,200 अंक उछला\nसेंसेक्स 1,200.18 अंक चढ़कर 82,530.74 अंक पर बंद हुआ।', []],
      ['1,200 over 1,284.18', 'सेंसेक्स 1,200 अंक उछला\nसेंसेक्स 1,284.18 अंक चढ़कर 82,530.74 अंक पर बंद हुआ।', ['1,200', '1,284.18']],
      ['5 over 5.4 percent of a small count', 'महंगाई दर 5 प्रतिशत रही\nमहंगाई दर 5.4 प्रतिशत रही।', ['5 प्रतिशत', '5.4 प्रतिशत']],
    ],
    flaggedInDocument,
  );
});
