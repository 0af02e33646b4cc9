import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// [name, document, expected amounts as "text=unit", expected claim keys]
const rows: [name: string, text: string, amounts: string[], keys: string[]][] = [
  ['English about Pakistan: Rs is the Pakistani rupee', 'Pakistan allocated Rs2.1 trillion for defence in Islamabad.', ['Rs2.1 trillion=PKR'], ['money:PKR defence|invest']],
  ['English about India: Rs is the Indian rupee', 'The Delhi government allocated Rs 25 crore for flood relief in India.', ['Rs 25 crore=INR'], ['money:INR|invest']],
  ['English naming no country: the usual rupee of the language', 'The council allocated Rs 25 crore for relief.', ['Rs 25 crore=INR'], ['money:INR|invest']],
  ['Urdu about India: روپے are Indian rupees', 'بھارت کی حکومت نے نئی دہلی میں 500 کروڑ روپے مختص کیے۔', ['500 کروڑ روپے=INR'], ['money:INR|invest']],
  ['Urdu naming no country: the Pakistani rupee', 'حکومت نے 500 کروڑ روپے مختص کیے۔', ['500 کروڑ روپے=PKR'], ['money:PKR|invest']],
  ['an amount naming its rupee keeps it', 'Pakistan in Karachi said India allocated 500 Indian rupees and ₹20.', ['500 Indian rupees=INR', '₹20=INR'], ['money:INR|invest', 'money:INR|invest']],
  ['as many places of two rupee countries: the usual rupee', 'Pakistan and India allocated Rs 20 each.', ['Rs 20=INR'], ['money:INR|invest']],
  ['a paragraph naming another rupee country twice and none of the leader\'s', 'Pakistan allocated Rs2.1 trillion for defence in Islamabad and Lahore.\nIn Mumbai, the Delhi government allocated Rs 25 crore.', ['Rs2.1 trillion=PKR', 'Rs 25 crore=INR'], ['money:PKR defence|invest', 'money:INR|invest']],
  ['no country leads the document: each paragraph\'s places name its rupee', 'A court in Lahore allocated Rs500,000 to the victims.\nIn Mumbai, the court allocated Rs 2 lakh.', ['Rs500,000=PKR', 'Rs 2 lakh=INR'], ['money:PKR|invest', 'money:INR|invest']],
  // An exchange rate is priced in the currency set against the dollar: rupees per dollar, the rupee of the country the story is about.
  ['an exchange rate in English: the rupee against the dollar', 'The rupee rose to 83.45 against the dollar in Mumbai.', ['83.45=INR'], ['money:INR usd|grow']],
  ['an exchange rate in English about Pakistan', 'In Karachi, the rupee rose to 278.5 against the US dollar.', ['278.5=PKR'], ['money:PKR usd|grow']],
  ['the dollar against the rupee is still rupees', 'The dollar rose to 83.45 against the rupee.', ['83.45=INR'], ['money:INR usd|grow']],
  ['an exchange rate in Urdu, the rupee first', 'انٹربینک میں روپیہ ڈالر کے مقابلے میں 278.5 پر پہنچ گیا۔', ['278.5=PKR'], ['money:PKR usd|reach']],
  ['an exchange rate in Hindi, the rupee first', 'रुपया डॉलर के मुकाबले 83.45 पर पहुंच गया।', ['83.45=INR'], ['money:INR usd|reach']],
  ['a rate closing at a level is that level: English', 'The rupee closed at 83.45 against the dollar.', ['83.45=INR'], ['money:INR usd|reach']],
  ['a rate closing at a level is that level: Urdu', 'روپیہ ڈالر کے مقابلے میں 278.5 پر بند ہوا۔', ['278.5=PKR'], ['money:PKR usd|reach']],
  ['a rate closing at a level is that level: Hindi', 'रुपया डॉलर के मुकाबले 83.45 पर बंद हुआ।', ['83.45=INR'], ['money:INR usd|reach']],
  ['an exchange rate in Hindi, the dollar first', 'डॉलर के मुकाबले रुपया 83.45 पर पहुंच गया।', ['रुपया 83.45=INR'], ['money:INR usd|reach']],
  ['one currency named is no exchange rate', 'The rupee has lost 12 of its value.', [], []],
];

test('a bare rupee word means the rupee of the country the document is about', () => {
  for (const [name, text, amounts, keys] of rows) {
    const facts = analyzeDocument(text, DEFAULT_OPTIONS);
    assert.deepEqual(facts.figures.filter((f) => f.kind === 'currency').map((f) => `${f.text}=${f.unit}`), amounts, name);
    assert.deepEqual(facts.claims.map((c) => c.key), keys, `${name}: claim keys`);
  }
});
