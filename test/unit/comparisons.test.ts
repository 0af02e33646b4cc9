import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

// Comparisons and ranges written with words and signs: [name, text, expected figures as brief() strings].
const rows: [name: string, text: string, expected: string[]][] = [
  // Comparisons with "or equal", in the orders people write them.
  ['less than or equal to', 'Find the primes which are less than or equal to 100', ['100=100/cardinal (at-most)']],
  ['equal to or more than', 'His score is equal to or more than 30', ['30=30/cardinal (at-least)']],
  ['strict comparison made inclusive after the number', 'His score is less than 5000 or equal to it', ['5000=5000/cardinal (at-most)']],
  ['Hindi inclusive after', 'उनका स्कोर 5000 से अधिक या उसके बराबर है', ['5000=5000/cardinal (at-least)']],
  ['Hindi or more', 'इन उत्पादों में पांच सौ या ज़्यादा हैं.', ['पांच सौ=500/cardinal (at-least)']],
  ['Hindi up to', 'कंपनी 700 तक कर्मचारियों को हटाएगी', ['700=700/cardinal (at-most, counts employee)']],
  ['Hindi not less than', 'उनकी उम्र तीस से कम नहीं है.', ['तीस=30/cardinal (at-least)']],
  ['verbs of exceeding; the number of what it counts', 'Number of cars exceeded 150', ['150=150/cardinal (more-than, counts car)']],
  // A trailing "or less" that opens the next comparison belongs to the next number.
  ['or less than the next number', 'His score is equal to 5000 or less than 6000', ['5000=5000/cardinal', '6000=6000/cardinal (less-than)']],
  ['"or equal to" before a number is that number\'s', 'His score is more than 5000 or equal to 6000', ['5000=5000/cardinal (more-than)', '6000=6000/cardinal']],
  // A comparison after the noun the number counts.
  ['Hindi comparison after the noun', 'वह तीस साल से ज़्यादा की उम्र के हैं.', ['तीस=30/cardinal (more-than, counts year)']],
  ['English comparison after the noun', '100 people or more came', ['100=100/cardinal (at-least, counts person)']],
  ['a comparison after an unknown noun is of something else', 'یہ بعد کے دونوں وائرسوں سے کم مہلک ہے۔', []],
  ['"reached" after तक is no bound', 'जब मामलें 66,576 तक पहुंच गए थे।', ['66,576=66576/cardinal']],
  ['a one-word particle after the noun is no comparison', 'तीन दिन तक चला', ['तीन=3/cardinal (counts day)']],
  ['a one-word particle after a year is time', 'सरकार 2030 तक लक्ष्य हासिल करेगी', ['2030=2030/year']],
  // Signs.
  ['greater-than sign', 'Is it still the case when >30', ['30=30/cardinal (more-than)']],
  ['sign typed with a space', 'primes which are < = 100', ['100=100/cardinal (at-most)']],
  ['sign before a negative number', 'Is it still the case when <-30', ['-30=-30/cardinal (less-than)']],
  // Two opposite bounds make one range; separate statements stay apart.
  ['more than and less than', 'The number is above 1000 and below 1500', ['1000 and below 1500=1000..1500/range']],
  ['upper bound first', 'There are at most 100 and at least 20 apples.', ['100 and at least 20=20..100/range (counts apple)']],
  ['Hindi bounds joined by पर', 'उसका रैंक दस से ज़्यादा पर पंद्रह से कम है.', ['दस से ज़्यादा पर पंद्रह=10..15/range']],
  ['Urdu bounds joined by اور', 'تعداد 100 سے زیادہ اور 300 سے کم ہے', ['100 سے زیادہ اور 300=100..300/range']],
  ['Persian bounds joined by و', 'بیش از ۱۰ و کمتر از ۲۰ کشور', ['۱۰ و کمتر از ۲۰=10..20/range (counts country)']],
  ['Urdu between after the second end', '20 اور 30 کے درمیان', ['20 اور 30=20..30/range']],
  ['bounds with other words between stay apart', 'More than 100 people died and fewer than 20 were hurt', ['100=100/cardinal (more-than, counts person)', '20=20/cardinal (less-than)']],
  ['bounds that do not make an interval stay apart', 'More than 40 and less than 10', ['40=40/cardinal (more-than)', '10=10/cardinal (less-than)']],
  ['Hindi between after the second end', 'यह संख्या 20 और 30 के बीच में है.', ['20 और 30=20..30/range']],
  ['tilde between two numbers', 'These apples are about 20~100', ['20~100=20..100/range']],
  ['about before, bound after: the bound wins', 'There are about five hundred or less in stock', ['five hundred=500/cardinal (at-most)']],
  ['"number" before a compared number is a noun, not a reference', 'संख्या 4,565 से बड़ी है', ['4,565=4565/cardinal (more-than)']],
  ['not-equal and arrows are no bounds', 'x <> 30 and y => 5', ['30=30/cardinal', '5=5/cardinal']],
  ['a phone number is no range', 'Call +1-222-2222.', ['1=1/cardinal', '222=222/cardinal', '2222=2222/cardinal']],
];

test('comparisons (signs, "or equal", inclusive forms) and ranges made of two bounds', () => {
  checkRows(rows, (text) => figuresOf(text).map(brief));
});
