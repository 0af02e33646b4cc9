import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, claimTimes, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// English news as Pakistani, Indian and Iranian papers write it (market closes, disaster tallies), with their Urdu and Hindi tellings: [name, text, figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  // An adverb of degree before a participle is no counted noun.
  ['houses fully and partially damaged', 'The PDMA said 214 houses were fully damaged and 1,036 partially damaged.', ['214=214/cardinal (counts house)', '1,036=1036/cardinal']],
  // Digits with decimals close a compound after a thousand, as whole digits do.
  ['an index\'s close in lakh and thousand with decimals, Urdu', 'انڈیکس 1 لاکھ 20 ہزار 345.67 پوائنٹس پر بند ہوا۔', ['1 لاکھ 20 ہزار 345.67=120345.67/cardinal (counts point)']],
  ['an index\'s close in thousands with decimals, Hindi', 'सेंसेक्स 81 हजार 224.75 अंक पर बंद हुआ।', ['81 हजार 224.75=81224.75/cardinal (counts point)']],
  // A match that ended or finished with a score: no two counts, no range.
  ['a match that ended level', 'South Korea won in a shoot-out after the match ended 2-2 in regulation time.', []],
  ['a match that finished level', 'The match finished 1-1.', []],
];

test('English news 4: figures', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// Claims: [name, text, claims as "value:key"].
const claimRows: [name: string, text: string, expected: string[]][] = [
  // A percentage restating a change ("points, or 1.3pc,", "(1.3 percent)") is that change, though "to close at" stands nearer;
  // the level reached is the same index's, named farther back than a level's own reach.
  ['an index\'s change, its percentage and its close', 'The KSE-100 index gained 1,548.21 points, or 1.3pc, to close at 120,345.67 points.', ['1548.21:point kse100|grow', '1.3:%:kse100|grow', '120345.67:point kse100|reach']],
  ['a percentage in brackets after the change', 'The KSE-100 index gained 1,548.21 points (1.3 percent) to close at 120,345.67 points.', ['1548.21:point kse100|grow', '1.3:%:kse100|grow', '120345.67:point kse100|reach']],
  ['the Sensex ending at a level', 'The Sensex rose 304 points, or 0.4 per cent, to end at 81,224.75.', ['304:point sensex|grow', '0.4:%:sensex|grow', '81224.75:point sensex|reach']],
  // "up" or "down" right before a change, after a comma or a copula, says which way it went, though "closed at" stands nearer.
  ['an index\'s close, then its change told with "up"', 'The KSE-100 index closed at 120,345.67 points, up 1,548.21 points or 1.3 percent.', ['120345.67:point kse100|reach', '1548.21:point kse100|grow', '1.3:%:kse100|grow']],
  ['a price\'s close, then its change told with "down"', 'Gold closed at $2,650 an ounce, down 1.2 percent.', ['2650:money:USD gold/ounce|reach', '1.2:%:gold|fall']],
  // Houses "fully damaged" are destroyed, as disaster authorities count them in every language.
  ['houses fully damaged are destroyed', 'The PDMA said 214 houses were fully damaged.', ['214:house|destroy']],
  ['houses completely damaged are destroyed', 'Floods completely damaged 1,036 houses in Swat.', ['1036:house|destroy']],
  ['houses fully damaged in Hindi', '241 मकान पूरी तरह क्षतिग्रस्त हो गए।', ['241:house|destroy']],
  // A departure from the season's average is a fact apart from the reading, as one from normal.
  ['a departure from the season\'s average', 'The maximum temperature settled at 18.4°C, two degrees below the season\'s average.', ['18.4:unit:°C|reach', '2:unit:°C#departure|reach']],
  ['a departure from the average in Hindi', 'अधिकतम तापमान 18.4 डिग्री रहा, जो औसत से दो डिग्री कम है।', ['18.4:unit:°C|reach', '2:unit:°C#departure|reach']],
  ['a departure from the average in Urdu', 'زیادہ سے زیادہ درجہ حرارت 18.4 ڈگری رہا جو اوسط سے دو ڈگری کم ہے۔', ['18.4:unit:°C|reach', '2:unit:°C#departure|reach']],
  // A tally is a count of what the noun before it names; a possessive there names whose tally it is, no noun of it.
  ['a death tally', 'At least 32 people were killed, taking the death tally to 6,215.', ['32:person|kill', '6215:person|kill']],
  ['a medal tally', 'India\'s medal tally rose to 29.', ['29:medal|total']],
  ['the year\'s tally counts no "s"', 'At least 32 people were killed, taking the year\'s tally to 6,215.', ['32:person|kill']],
];

test('English news 4: claims', () => {
  checkRows(claimRows, claimKeys);
});

// Claims with their times: [name, text, claims as "value:key@time"].
const timeRows: [name: string, text: string, expected: string[]][] = [
  // The outgoing year is the earlier one a budget's figures are set against.
  ['a budget\'s outlay against the outgoing year\'s', 'ISLAMABAD: The federal budget has a total outlay of Rs17.57 trillion for 2025-26, down 7pc from Rs18.87tr in the outgoing year.', ['17570000000000:money:PKR|total@2025/2026', '7:%|fall@2025/2026', '18870000000000:money:PKR|total@earlier']],
];

test('English news 4: claims and their times', () => {
  checkRows(timeRows, claimTimes);
});

// Two reports of one story: [name, [a, b], the figures the cross-file check flags].
const pairRows: [name: string, texts: [string, string], expected: string[]][] = [
  ['an index\'s close with decimals in English and Urdu agrees', ['KARACHI: The KSE-100 index gained 1,548.21 points, or 1.3pc, to close at 120,345.67 points.', 'کراچی: کے ایس ای 100 انڈیکس 1,548.21 پوائنٹس یعنی 1.3 فیصد اضافے کے بعد 1 لاکھ 20 ہزار 345.67 پوائنٹس پر بند ہوا۔'], []],
  ['an index\'s close with decimals in English and Urdu that differs', ['KARACHI: The KSE-100 index gained 1,548.21 points, or 1.3pc, to close at 120,345.67 points.', 'کراچی: کے ایس ای 100 انڈیکس 1,548.21 پوائنٹس یعنی 1.3 فیصد اضافے کے بعد 1 لاکھ 20 ہزار 435.67 پوائنٹس پر بند ہوا۔'], ['a: 120,345.67', 'b: 1 لاکھ 20 ہزار 435.67']],
  ['the rupee against the US dollar is no story about the US', ['KARACHI: The KSE-100 index closed at 120,345.67 points. The rupee closed at Rs278.45 against the US dollar in the interbank market.', 'کراچی: کے ایس ای 100 انڈیکس 1 لاکھ 20 ہزار 345.67 پوائنٹس پر بند ہوا۔ انٹر بینک مارکیٹ میں ڈالر کے مقابلے میں روپیہ 278.54 روپے پر بند ہوا۔'], ['a: Rs278.45', 'b: 278.54 روپے']],
  ['houses fully damaged and مکمل طور پر تباہ that differ', ['PESHAWAR: The PDMA said 214 houses were fully damaged in Swat.', 'پشاور: پی ڈی ایم اے کے مطابق سوات میں 241 مکانات مکمل طور پر تباہ ہوئے۔'], ['a: 214', 'b: 241']],
];

test('English news 4: two reports of one story', () => {
  checkRows(pairRows, flaggedInPair);
});

// Entities: [name, text, mentions in order as "type text id" (id '-' when unlinked)].
const entityRows: [name: string, text: string, expected: string[]][] = [
  // A country's name before a currency word names the currency, as its adjective does (امریکی ڈالر).
  ['the US dollar is no mention of the US', 'The rupee closed at 278.45 against the US dollar.', []],
  ['the Hong Kong dollar', 'The yuan weakened against the Hong Kong dollar.', []],
  // "of" and a known place after an organisation's head word go on its name, to a head word after the place too.
  ['a company of Pakistan with its head word after', 'Foreign investors were net buyers, the National Clearing Company of Pakistan Ltd said.', ['organisation National Clearing Company of Pakistan Ltd -']],
  ['a corporation of Pakistan opening a sentence', 'Trading Corporation of Pakistan bought wheat.', ['organisation Trading Corporation of Pakistan -']],
  // A sentence-opening name whose bracketed acronym spells all its words keeps the words before its "and".
  ['a name its acronym spells opening a sentence', 'Oil and Gas Development Company (OGDC) led the gains.', ['organisation Oil and Gas Development Company -', 'organisation OGDC -']],
];

test('English news 4: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`));
});
