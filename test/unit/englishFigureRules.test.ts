import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

// English figure rules found through the recognizers-text and Duckling number sets, each a general
// reading of news English: [name, text, expected figures as brief() strings].
const rows: [name: string, text: string, expected: string[]][] = [
  // Hundreds said aloud: a unit, a tens word and a unit written with spaces.
  ['one twenty two is 122', 'one twenty two', ['one twenty two=122/cardinal']],
  ['nine ninety nine is 999', 'It sold for nine ninety nine.', ['nine ninety nine=999/cardinal']],
  ['a hyphenated tens compound keeps its own number', 'one twenty-two', ['twenty-two=22/cardinal']],
  ['one hundred and five is unchanged', 'one hundred and five', ['one hundred and five=105/cardinal']],
  // Zero takes nothing after it; a chain of three numbers is digits said one by one, no range.
  ['three-nought-four is three numbers', 'they were playing three-nought-four', ['three=3/cardinal', 'nought=0/cardinal', 'four=4/cardinal']],
  ['3-0-4 is three numbers', 'the code 3-0-4', ['3=3/cardinal', '0=0/cardinal', '4=4/cardinal']],
  ['zero point five stays a decimal', 'zero point five', ['zero point five=0.5/cardinal']],
  ['five-six stays a range', 'five-six', ['five-six=5..6/range']],
  // "either X or Y", "whether X or Y": alternatives, not one range.
  ['either ... or is two figures', 'either 10 bln or 10 tln', ['10 bln=10000000000/cardinal', '10 tln=10000000000000/cardinal']],
  ['whether ... or is two figures', 'whether 5 or 50 people', ['5=5/cardinal', '50=50/cardinal (counts person)']],
  ['X or Y alone stays a range', '10 or 15 people', ['10 or 15=10..15/range (counts person)']],
  // "negative" is a sign before digits at the sentence start or after a preposition of a value.
  ['negative opening the sentence', 'negative 1200000', ['negative 1200000=-1200000/cardinal']],
  ['fell to negative 5 degrees', 'Temperatures fell to negative 5 degrees', ['negative 5 degrees=-5/cardinal (unit °)']],
  ['tested negative 3 times stays positive', 'He tested negative 3 times', ['3=3/cardinal (counts time)']],
  // A minus before a leading decimal point.
  ['-.5%', 'growth of -.5% a year', ['-.5%=-0.5/percent (unit %, counts growth)']],
  // A place counted from the end is no rank; a verb of placing makes a weak ordinal a rank.
  ['second to last is no rank', 'Show me the second to last.', []],
  ['second-to-last is no rank', 'the second-to-last game', []],
  ['third from the bottom is no rank', 'the third from the bottom', []],
  ['finished second', 'She finished second!', ['second=2/ordinal']],
  ['came second last year', 'He came second last year', ['second=2/ordinal']],
  ['a second stays no figure', 'wait a second', []],
  // "how about" is no "about".
  ['how about 20 is exact', 'How about 20 people', ['20=20/cardinal (counts person)']],
  // "but" is no counted noun, so two bounds join across it.
  ['more than 10 but less than 15 people', 'more than 10 but less than 15 people', ['10 but less than 15=10..15/range (counts person)']],
  // Ranges of ranks.
  ['between the tenth and the fifteenth', 'He ranks between the tenth and the fifteenth.', ['tenth and the fifteenth=10..15/range']],
  ['higher than the tenth but lower than the fifteenth', 'He ranks higher than the tenth but lower than the fifteenth.', ['tenth but lower than the fifteenth=10..15/range']],
  ['the 5th-10th centuries', 'the 5th-10th centuries', ['5th-10th=5..10/range']],
  ['two days of a month are no ranks', 'between the 10th and 15th of March', ['10th=10/ordinal', '15th of March=--03-15/date']],
  ['the first and the second stay two ranks', 'the first and the second', ['first=1/ordinal', 'second=2/ordinal']],
  // "a couple (of)" is about two, times a scale after it.
  ['a couple of days', 'It took a couple of days.', ['a couple of=2/cardinal (approx, counts day)']],
  ['a couple hundred protesters', 'a couple hundred protesters', ['a couple hundred=200/cardinal (approx, counts protester)']],
  ['a couple of thousand people', 'a couple of thousand people', ['a couple of thousand=2000/cardinal (approx, counts person)']],
  ['a couple from Texas is no amount', 'a couple from Texas was arrested', []],
  // "between" marks a range written in digits and words alike.
  ['between 5 and six millimeters', 'between 5 and six millimeters', ['5 and six millimeters=5..6/range (unit mm)']],
  ['between five and 6 people', 'between five and 6 people', ['five and 6=5..6/range (counts person)']],
  ['five and 6 without between stay apart', 'five and 6', ['five=5/cardinal', '6=6/cardinal']],
  ['a country name before ringgit', 'It costs 42 malaysia ringgit', ['42 malaysia ringgit=42/currency (unit MYR)']],
  // A fraction of a scale; vague plurals joined by "of" are one vague amount.
  ['a quarter of a million people', 'a quarter of a million people', ['a quarter of a million=250000/cardinal (counts person)']],
  ['two thirds of a million', 'two thirds of a million', ['two thirds of a million=666666.666666667/cardinal']],
  ['a quarter of a mile stays a measure', 'a quarter of a mile', ['a quarter of a mile=0.25/cardinal (unit mi)']],
  ['tens of thousands of people', 'tens of thousands of people', ['tens of thousands=null/cardinal']],
  // A hyphenated qualifier after the digits; "out" is no counted noun.
  ['50-odd people', '50-odd people', ['50=50/cardinal (approx, counts person)']],
  ['30-plus people', '30-plus people', ['30=30/cardinal (more-than, counts person)']],
  ['a 10-member panel still counts members', 'a 10-member panel', ['10=10/cardinal (counts member)']],
  ['9 out of 10 doctors', '9 out of 10 doctors', ['9=9/cardinal (counts doctor)', '10=10/cardinal (counts doctor)']],
  // Times of day with am/pm: glued, spaced, and hours and minutes joined by a point (British style).
  ['7pm', 'It starts at 7pm today', ['7pm=T19:00/date']],
  ['10am', 'It starts at 10am today', ['10am=T10:00/date']],
  ['12am is midnight', 'at 12am', ['12am=T00:00/date']],
  ['7 pm', 'at 7 pm', ['7 pm=T19:00/date']],
  ['7.30pm', 'at 7.30pm on Monday', ['7.30pm=T19:30/date']],
  ['10.30 a.m.', 'at 10.30 a.m. on Monday', ['10.30 a.m.=T10:30/date']],
  ['7:30pm', 'at 7:30pm', ['7:30=T19:30/date']],
  ['7PM glued in capitals', 'at 7PM', ['7PM=T19:00/date']],
  ['7 PM apart in capitals is a time', 'The meeting starts at 7 PM on Friday.', ['7 PM=T19:00/date']],
  ['7 PM at the end of a sentence is a time', 'The talks ended at 11 PM.', ['11 PM=T23:00/date']],
  ['AM and PM in capitals at both ends of a span', 'Shops open from 9 AM to 5 PM.', ['9 AM=T09:00/date', '5 PM=T17:00/date']],
  ['PM before a name is a prime minister, not a time', 'He met 5 PM Modi aides.', ['5=5/cardinal (counts aide)']],
  ['7.30 without am/pm stays a number', 'It rose 7.30 percent', ['7.30 percent=7.3/percent (unit %)']],
  // An ordinal day with "of" before its month; digits before "of May" are no date.
  ['the 1st of May', 'the 1st of May', ['1st of May=--05-01/date']],
  ['the 21st of March, 2020', 'on the 21st of March, 2020', ['21st of March, 2020=2020-03-21/date']],
  ['2 of May\'s ministers', '2 of May\'s ministers', ['2=2/cardinal']],
  // Labels of a stage or class are references, not counts.
  ['Phase 2 trials', 'Phase 2 trials', ['Phase 2=2/reference (counts phase)']],
  ['a Category 5 hurricane', 'a Category 5 hurricane', ['Category 5=5/reference (counts category)']],
  // A scale written once at the far end of a range with the currency on both ends applies to both.
  ['between $2 and $3 billion', 'between $2 and $3 billion', ['$2 and $3 billion=2000000000..3000000000/range (unit USD)']],
  ['$2 million to $3 billion keeps its own scales', '$2 million to $3 billion', ['$2 million to $3 billion=2000000..3000000000/range (unit USD)']],
  ['$2 to $3', '$2 to $3', ['$2 to $3=2..3/range (unit USD)']],
  ['25 basis points', 'cut rates by 25 basis points', ['25 basis points=25/cardinal (unit bp)']],
  // "several" and "a few" before a scale are an amount without a value, not the scale alone.
  ['several thousand people', 'several thousand people', ['several thousand=null/cardinal (approx, counts person)']],
  ['a few hundred people', 'a few hundred people', ['a few hundred=null/cardinal (approx, counts person)']],
  ['a few people is no figure', 'a few people', []],
  // Inches glued to their digits, also as the later part of a height.
  ['6ft 2in', 'At 6ft 2in he is tall.', ['6ft 2in=74/cardinal (unit in)']],
  ['a 12in pizza', 'a 12in pizza', ['12in=12/cardinal (unit in)']],
  // Event names in digits with a slash are no figures; Persian digits keep the slash as a decimal point.
  ['the 9/11 attacks', 'after the 9/11 attacks', []],
  ['the 26/11 attacks', 'the 26/11 Mumbai attacks', []],
  ['9/11 in Urdu text', '9/11 کے حملوں کے بعد', []],
  ['Persian 9.11 percent', 'نرخ ۹/۱۱ درصد بود', ['۹/۱۱ درصد=9.11/percent (unit %)']],
  // A scale written once at the far end of a range in words applies to both ends.
  ['three to four thousand', 'three to four thousand', ['three to four thousand=3000..4000/range']],
  ['one to two hundred thousand people', 'one to two hundred thousand people', ['one to two hundred thousand=100000..200000/range (counts person)']],
  ['twenty-five to thirty-five thousand', 'twenty-five to thirty-five thousand', ['twenty-five to thirty-five thousand=25000..35000/range']],
  ['one hundred to two thousand keeps its own scales', 'one hundred to two thousand', ['one hundred to two thousand=100..2000/range']],
  ['ten to twenty-two has no scale', 'ten to twenty-two', ['ten to twenty-two=10..22/range']],
  // More qualifier phrases of news English.
  ['as many as 500 people', 'as many as 500 people', ['500=500/cardinal (at-most, counts person)']],
  ['as few as 10 people', 'as few as 10 people', ['10=10/cardinal (at-least, counts person)']],
  ['more or less 100 people', 'more or less 100 people', ['100=100/cardinal (approx, counts person)']],
  ['in the region of 100 people', 'in the region of 100 people', ['100=100/cardinal (approx, counts person)']],
  ['100+ people', '100+ people', ['100=100/cardinal (more-than, counts person)']],
];

test('English figure rules', () => {
  checkRows(rows, (text) => figuresOf(text).map(brief));
});

// "a pair (of)" is exactly two, read where "a couple (of)" is read, and its Urdu and Hindi words after a
// genitive that joins the noun written before: [name, text, expected figures].
const pairRows: [name: string, text: string, expected: string[]][] = [
  ['a pair of trials', 'Gilead provided the compound to conduct a pair of trials on patients.', ['a pair of=2/cardinal (counts trial)']],
  ['a pair of suicide bombers', 'a pair of suicide bombers attacked the market', ['a pair of=2/cardinal (counts bomber)']],
  ['a pair at the end of its phrase', 'They signed a pair.', ['a pair=2/cardinal']],
  ['a pair of thousand, times its scale', 'a pair of thousand people', ['a pair of thousand=2000/cardinal (counts person)']],
  // Must not read.
  ['the pair, no article', 'the pair were arrested on Monday', []],
  ['a pair from Texas is no amount, as a couple from Texas is not', 'a pair from Texas won the race', []],
  ['pairs without an article', 'they bought pairs of shoes', []],
  ['a couple of days stays about two', 'It took a couple of days.', ['a couple of=2/cardinal (approx, counts day)']],
  // Urdu and Hindi write the noun first, joined by a genitive: آزمائشوں کے ایک جوڑے, परीक्षणों की एक जोड़ी.
  ['Urdu a pair of trials', 'افراد پر آزمائشوں کے ایک جوڑے کے لیے مرکب فراہم کیا', ['ایک جوڑے=2/cardinal']],
  ['Hindi a pair of trials', 'उसने परीक्षणों की एक जोड़ी की', ['एक जोड़ी=2/cardinal']],
  ['Urdu a couple as subject, no genitive, is no amount', 'ایک جوڑے نے شادی کی', []],
  ['Urdu a suit of clothes is no amount', 'ایک جوڑا کپڑے خریدے', []],
  ['Hindi a pair of shoes, noun after, is no amount', 'एक जोड़ी जूते खरीदे', []],
  ['Urdu two pairs count pairs', 'دو جوڑے آئے', ['دو=2/cardinal (counts جوڑے)']],
];

test('"a pair (of)" is exactly two, and so are ایک جوڑے, एक जोड़ी after a genitive; "the pair", "pairs of" and "a pair from" are no amount', () => {
  checkRows(pairRows, (text) => figuresOf(text).map(brief));
});
