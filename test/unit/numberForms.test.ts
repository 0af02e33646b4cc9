import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

// Numbers written in forms beyond plain digits and words: [name, text, expected figures as brief() strings].
const rows: [name: string, text: string, expected: string[]][] = [
  // Thousands grouped by spaces.
  ['space-grouped thousands', 'China has 1 414 021 100 people.', ['1 414 021 100=1414021100/cardinal (counts person)']],
  ['space-grouped with decimals', '1 234 567.89 is a valid number format.', ['1 234 567.89=1234567.89/cardinal']],
  ['four digits after a space are another number', 'It is 423 0000.', ['423=423/cardinal', '0000=0/cardinal']],
  // Hindi and Urdu writers group thousands with commas only: a space there parts two numbers.
  ['Hindi never groups thousands by a space', '40 000 का मतलब हिंदी में 40000 नहीं होता.', ['40=40/cardinal', '000=0/cardinal', '40000=40000/cardinal']],
  ['Urdu never groups thousands by a space', 'اردو میں 40 000 کا مطلب 40000 نہیں ہوتا۔', ['40=40/cardinal', '000=0/cardinal', '40000=40000/cardinal']],
  ['a run of space groups is one number in Hindi too', 'फिलहाल, चीन की आबादी 1 414 021 100 है.', ['1 414 021 100=1414021100/cardinal (counts population)']],
  ['Persian keeps space-grouped thousands', 'جمعیت 1 414 021 100 نفر است.', ['1 414 021 100=1414021100/cardinal (counts person)']],
  ['a whole number before a fraction is no group', 'Add 1 4/5 cups', ['1 4/5 cups=1.8/cardinal (unit cup)']],
  // Scale letters and exponents glued to digits.
  ['k glued', 'They hired 10k people', ['10k=10000/cardinal (counts person)']],
  ['capital M is million, small m is metres', 'I can give you 10M. The 100m race.', ['10M=10000000/cardinal', '100m=100/cardinal (unit m)']],
  ['MM is million in finance', 'revenue target is US$ 1MM', ['US$ 1MM=1000000/currency (unit USD)']],
  ['b glued after digits apart from an identifier', 'raised $5b, then 1.2b', ['$5b=5000000000/currency (unit USD)', '1.2b=1200000000/cardinal']],
  ['exponent in one chunk', 'about 1e10 stars', ['1e10=10000000000/cardinal (approx, counts star)']],
  ['exponent written apart', '12.32e+14', ['12.32e+14=1232000000000000/cardinal']],
  ['power', '-2.5^-1', ['-2.5^-1=-0.4/cardinal']],
  ['times ten to the power', '6.23x10^-4', ['6.23x10^-4=0.000623/cardinal']],
  ['4G and 5G are no numbers of giga', 'The 5G network', []],
  // Negatives.
  ['minus word before digits', 'The answer is minus 5', ['minus 5=-5/cardinal']],
  ['the adjective "negative" before digits', 'He tested negative 3 times', ['3=3/cardinal (counts time)']],
  ['negative fraction', '-4/5', ['-4/5=-0.8/cardinal']],
  ['minus after a comparison', 'temperatures fell below -10', ['-10=-10/cardinal (less-than)']],
  // Fractions with "over".
  ['digits over digits', '1 over 3', ['1 over 3=0.333333333333333/cardinal']],
  ['words over digits', 'one over 20', ['one over 20=0.05/cardinal']],
  ['Hindi बटा with digits', '1 बटा 3', ['1 बटा 3=0.333333333333333/cardinal']],
  ['over before a counted noun is a preposition', 'I want to loan $10000 over 3 years', ['$10000=10000/currency (unit USD)', '3=3/cardinal (counts year)']],
  ['over before a year is a comparison', 'sales rose 5 over 2019', ['5=5/cardinal', '2019=2019/year (more-than)']],
  // A number joined by "and" to a scaled number.
  ['hundred and digits', 'I can give you 3 hundred and 21 yuan.', ['3 hundred and 21 yuan=321/currency (unit CNY)']],
  ['crore and words', 'I count 6 crore and two hundred', ['6 crore and two hundred=60000200/cardinal']],
  ['million and a half', 'The population is 3 million and a half', ['3 million and a half=3500000/cardinal']],
  ['Hindi सौ और', 'मैं आपको 3 सौ और 21 युआन दे सकता हूं।', ['3 सौ और 21 युआन=321/currency (unit CNY)']],
  ['a larger number after "and" is another number', '3 hundred and 2 hundred', ['3 hundred=300/cardinal', '2 hundred=200/cardinal']],
  ['a long chain of "and" reads each number once', Array(300).fill('1 hundred').join(' and '), Array(300).fill('1 hundred=100/cardinal')],
  ['a long run of space-separated groups is read five at most', Array(8).fill('100').join(' '), ['100 100 100 100 100=100100100100100/cardinal', '100 100 100=100100100/cardinal']],
  // Digits with separators that group no thousands list numbers.
  ['an address of four numbers is a code, not four figures', '192.168.1.2', []],
  ['numbers listed with commas', 'Exercises nrs. 22,24,26,31.', ['22=22/cardinal', '24=24/cardinal', '26=26/cardinal', '31=31/cardinal']],
  ['Indian grouping with decimals is one number', '12,34,567.89 rupees', ['12,34,567.89 rupees=1234567.89/currency (unit INR)']],
  ['a fraction of a scale', 'three quarters of a billion dollars', ['three quarters of a billion dollars=750000000/currency (unit USD)']],
  ['a decimal point written out between digits', 'growth of 5 point 5 percent', ['5 point 5 percent=5.5/percent (unit %, counts growth)']],
  // Fraction signs.
  ['fraction signs alone', 'the result is ⅙ and sometimes ½', ['⅙=0.166666666666667/cardinal', '½=0.5/cardinal']],
  ['a fraction sign after digits', 'It took 2½ years', ['2½=2.5/cardinal (counts year)']],
  // Scale letters apart from the digits, as written.
  ['small k apart', 'about 2.33 k', ['2.33 k=2330/cardinal (approx)']],
  ['capital M apart', '1,674,200.5 M', ['1,674,200.5 M=1674200500000/cardinal']],
  ['small m apart is a metre', 'ran 100 m', ['100 m=100/cardinal (unit m)']],
  // Words that are figures alone, and words that are numbers only inside a number.
  ['zero opening a clause', 'zero is 0', ['zero=0/cardinal', '0=0/cardinal']],
  ['zero after a noun names something', 'back to ground zero', []],
  ['Devanagari English two inside a compound', 'फ़िफ़्टी टू', ['फ़िफ़्टी टू=52/cardinal']],
  ['Devanagari English one after minus', 'जवाब है माइनस वन', ['माइनस वन=-1/cardinal']],
  ['वन alone is a forest', 'वह वन में गया', []],
  // Percent words.
  ['percentage after a number', 'rose 100 percentage', ['100 percentage=100/percent (unit %)']],
  ['pct', 'up 5 pct', ['5 pct=5/percent (unit %)']],
];

test('numbers grouped by spaces, with scale letters, exponents, minus words, "over" fractions, "and" after a scale', () => {
  checkRows(rows, (text) => figuresOf(text).map(brief));
});

// A decimal point said aloud, digits or words on either side, or opening the number: [name, text, expected figures].
const spokenPoints: [name: string, text: string, expected: string[]][] = [
  ['words, point, digits', 'growth of five point 7 percent', ['five point 7 percent=5.7/percent (unit %, counts growth)']],
  ['digits, point, words', 'a rise of 2 point five', ['2 point five=2.5/cardinal']],
  ['digits after a point keep their zeros', 'up 1 point 05', ['1 point 05=1.05/cardinal']],
  ['a scale after the decimal scales all of it', '1 point 5 million people', ['1 point 5 million=1500000/cardinal (counts person)']],
  ['a minus word before words and digits', 'minus five point 7', ['minus five point 7=-5.7/cardinal']],
  ['Hindi दशमलव before digits', 'दर दो दशमलव 5 प्रतिशत रही', ['दो दशमलव 5 प्रतिशत=2.5/percent (unit %)']],
  ['Urdu اعشاریہ between digits and words', 'شرح 5 اعشاریہ پانچ فیصد رہی', ['5 اعشاریہ پانچ فیصد=5.5/percent (unit %)']],
  ['Persian ممیز between words and digits', 'نرخ پنج ممیز ۵ درصد', ['پنج ممیز ۵ درصد=5.5/percent (unit %)']],
  ['a point opening the number', 'point 77', ['point 77=0.77/cardinal']],
  ['a point in words after a preposition', 'Inflation fell to point five percent', ['point five percent=0.5/percent (unit %, counts inflation)']],
  // A point word that is a noun keeps the numbers after it.
  ['after a demonstrative', 'at this point 3 people died', ['3=3/cardinal (counts person)']],
  ['after "some"', 'at some point five people died', ['five=5/cardinal (counts person)']],
  ['a capitalised point is a label', 'Point 3 of the agreement', ['3=3/cardinal']],
  ['a noun before the point', 'the boiling point 100 degrees', ['100 degrees=100/cardinal (unit °)']],
  ['points counted', 'he scored 5 points', ['5=5/cardinal (counts point)']],
  ['nothing after the point', 'they won 2 point', ['2=2/cardinal (counts point)']],
];

test('a decimal point said aloud: five point 7, 2 point five, दो दशमलव 5, point 77; a point that is a noun is none', () => {
  checkRows(spokenPoints, (text) => figuresOf(text).map(brief));
});

// G is the giga scale letter after digits, except after one whole digit, where it names a generation: [name, text, expected figures].
const gigaRows: [name: string, text: string, expected: string[]][] = [
  ['glued after two digits', 'a 10G budget', ['10G=10000000000/cardinal (counts budget)']],
  ['glued after a decimal', '.0012G', ['.0012G=1200000/cardinal']],
  ['a minus before a decimal', '-.0012G', ['-.0012G=-1200000/cardinal']],
  ['apart after grouped digits', '1,674.5 G', ['1,674.5 G=1674500000000/cardinal']],
  // No giga.
  ['a network generation', 'The 5G network', []],
  ['generations in a list', '2G, 3G and 4G services', []],
  ['a generation before a noun', 'sold 4G phones', []],
  ['small g is a gram', '500 g of sugar and 20g of salt', ['500 g=500/cardinal (unit g)', '20g=20/cardinal (unit g)']],
  ['GB is a unit', 'a 5 GB plan', ['5 GB=5/cardinal (unit GB)']],
];

test('G after digits is giga (10G, 1,674.5 G) but a generation after one digit (5G)', () => {
  checkRows(gigaRows, (text) => figuresOf(text).map(brief));
});
