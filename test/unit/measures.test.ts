import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

// Units, currencies and temperatures in every language: [name, text, expected figures as brief() strings].
const rows: [name: string, text: string, expected: string[]][] = [
  // Signs and symbols shared by all languages, also in text too short to tell its language.
  ['dollar sign glued', '$10', ['$10=10/currency (unit USD)']],
  ['euro sign after', '20€', ['20€=20/currency (unit EUR)']],
  ['degrees Celsius sign', '37°C', ['37°C=37/cardinal (unit °C)']],
  ['speed symbol', 'at 5 mph', ['5 mph=5/cardinal (unit mph)']],
  // Temperatures in words.
  ['English degrees Fahrenheit', 'normal temperature is 98.6 degrees fahrenheit', ['98.6 degrees fahrenheit=98.6/cardinal (unit °F)']],
  ['English degrees c', 'set it to 20 degrees c', ['20 degrees c=20/cardinal (unit °C)']],
  ['Hindi degree Celsius', 'बाहर का तापमान 40 डिग्री सेल्सियस है', ['40 डिग्री सेल्सियस=40/cardinal (unit °C)']],
  ['Hindi abbreviated Fahrenheit', 'तापमान को 70 डिग्री फ़ॉ. सेट करिए', ['70 डिग्री फ़ॉ.=70/cardinal (unit °F)']],
  ['Urdu degree centigrade', 'درجہ حرارت 45 ڈگری سینٹی گریڈ تک پہنچ گیا', ['45 ڈگری سینٹی گریڈ=45/cardinal (unit °C)']],
  ['Persian degree centigrade', 'دمای ۲۰ درجه سانتیگراد و رطوبت', ['۲۰ درجه سانتیگراد=20/cardinal (unit °C)']],
  ['negative temperature', '-5 degree fahrenheit', ['-5 degree fahrenheit=-5/cardinal (unit °F)']],
  ['negative percent inside a sentence', 'it fell to -2.5% last year', ['-2.5%=-2.5/percent (unit %)']],
  ['a spaced dash before bare digits is not a minus', 'بیماری کووید -19 در', ['19=19/cardinal']],
  // Distances, volumes, weights.
  ['Hindi kilometres', 'दूरी 190 वर्ग किमी है', ['190 वर्ग किमी=190/cardinal (unit km2)']],
  ['Urdu kilometres', 'فاصلہ 12 کلومیٹر ہے', ['12 کلومیٹر=12/cardinal (unit km)']],
  ['Persian kilometres', 'فاصله ۱۲ کیلومتر است', ['۱۲ کیلومتر=12/cardinal (unit km)']],
  ['English gallons with scale', 'in a 1.5 million gallon aquarium', ['1.5 million gallon=1500000/cardinal (unit gal)']],
  ['metric tons', 'totaled 291,890 metric tons in the week', ['291,890 metric tons=291890/cardinal (unit t)']],
  // A unit joined by a hyphen or glued to the digits.
  ['hyphenated unit', 'a 3-inch thickness', ['3-inch=3/cardinal (unit in)']],
  ['hyphenated unit after a number word', 'the six-mile trip', ['six-mile=6/cardinal (unit mi)']],
  ['glued millilitres', 'add 75ml of water', ['75ml=75/cardinal (unit mL)']],
  ['glued pounds of weight', 'You weigh 200lbs.', ['200lbs=200/cardinal (unit lb)']],
  ['glued ISO code in capitals', 'costs 42MYR', ['42MYR=42/currency (unit MYR)']],
  ['glued lower-case letters that spell a code are not money', 'model 42myr here', []],
  // Ranges whose two ends carry the unit.
  ['degrees to degrees', 'from 30 degrees to 40 degrees', ['30 degrees to 40 degrees=30..40/range (unit °)']],
  ['dollar range', 'about $10-$20', ['$10-$20=10..20/range (unit USD)']],
  ['percent range', 'and 40%-50% humidity', ['40%-50%=40..50/range (unit %)']],
  ['dollars and dollars', 'between 10 dollars and 20 dollars', ['10 dollars and 20 dollars=10..20/range (unit USD)']],
  ['a percent sign glued to the next number is not the word before', 'جن میں سے ایک %97.4 امینو ایسڈ', ['%97.4=97.4/percent (unit %)']],
  ['Urdu percent range typed sign first', 'جس میں %62-71 ایتهانول', ['%62-71=62..71/range (unit %)']],
  // "and" makes a range only after "between"; a figure's words are never read again by the next one.
  ['and after between', 'between 10 and 20 people', ['10 and 20=10..20/range (counts person)']],
  ['and without between', 'the cost is $4.25 and 32 is the quantity', ['$4.25=4.25/currency (unit USD)', '32=32/cardinal']],
  ['Persian and after between', 'بین ۱۰ و ۲۰ کشور', ['۱۰ و ۲۰=10..20/range (counts country)']],
  ['currency word not read twice', '20 Rupees 430', ['20 Rupees=20/currency (unit INR)', '430=430/cardinal']],
  // Currency names in the plural forms CLDR gives, spelled codes in any case, no one-letter dollar prefixes.
  ['CLDR plural currency name', '10,000 swiss francs', ['10,000 swiss francs=10000/currency (unit CHF)']],
  ['spelled code in lower case', 'It costs half million usd.', ['half million usd=500000/currency (unit USD)']],
  ['an article before a dollar sign is not a currency prefix', 'exceeds a $ 4 billion .', ['$ 4 billion=4000000000/currency (unit USD)']],
  // Weight or money, metre or million, measure or year.
  ['pounds of something are a weight', 'two pounds of meat', ['two pounds=2/cardinal (unit lb)']],
  ['pounds alone are money', '25 pounds to the fund', ['25 pounds=25/currency (unit GBP)']],
  ['one-letter scale glued to digits', 'a $5m deal', ['$5m=5000000/currency (unit USD)']],
  ['a spaced m is a metre', '1 m x 1 m', ['1 m=1/cardinal (unit m)', '1 m=1/cardinal (unit m)']],
  ['four digits with a unit are not a year', '2000 milligrams', ['2000 milligrams=2000/cardinal (unit mg)']],
  ['range with the unit after its second end', 'from 100 to 1000 l', ['100 to 1000 l=100..1000/range (unit L)']],
  // Hundredths, degrees of a named scale, currency names, comparisons.
  ['dollars and cents', '20 dollars 43 cents', ['20 dollars 43 cents=20.43/currency (unit USD)']],
  ['pounds and pence', '3 GBP 1 pence', ['3 GBP 1 pence=3.01/currency (unit GBP)']],
  ['rupees and paise in Hindi', '20 रुपये 50 पैसे', ['20 रुपये 50 पैसे=20.5/currency (unit INR)']],
  ['degrees then a scale name in Hindi', '71 डिग्री फारेनहाइट', ['71 डिग्री फारेनहाइट=71/cardinal (unit °F)']],
  ['degree sign then a scale name', '37 ° सेल्सीयस', ['37 ° सेल्सीयस=37/cardinal (unit °C)']],
  ['lower than', 'lower than 40 degrees', ['40 degrees=40/cardinal (unit °, less-than)']],
  ['bare currency name', '42 ringgit', ['42 ringgit=42/currency (unit MYR)']],
  ['an ordinal takes no currency', 'the 3rd £ 100 prize', ['3rd=3/ordinal', '£ 100=100/currency (unit GBP)']],
  ['a dollar sign opening the next amount', '$ 20,000.00 $ 37,305.97', ['$ 20,000.00=20000/currency (unit USD)', '$ 37,305.97=37305.97/currency (unit USD)']],
  // Hundredths without their word, as speech has them; a number that counts something or lists the next amount is not one.
  ['unnamed hundredths after a currency word', 'It costs 15 dollars 50.', ['15 dollars 50=15.5/currency (unit USD)']],
  ['unnamed hundredths after and', 'twenty dollar and 43', ['twenty dollar and 43=20.43/currency (unit USD)']],
  ['unnamed hundredths after a sign', 'US$3 and fourteen', ['US$3 and fourteen=3.14/currency (unit USD)']],
  ['unnamed hundredths in Hindi', 'c$ 100 और पचास', ['c$ 100 और पचास=100.5/currency (unit CAD)']],
  ['a number counting something after an amount', 'paid $20 and 43 people came', ['$20=20/currency (unit USD)', '43=43/cardinal (counts person)']],
  ['a list of amounts', 'costs $20, 30 and 40', ['$20=20/currency (unit USD)', '30=30/cardinal', '40=40/cardinal']],
  ['no unnamed hundredths after a scaled amount', 'lost $3 million and 20.', ['$3 million=3000000/currency (unit USD)', '20=20/cardinal']],
  // Currency codes glued before the amount, millions of a code, a scale after the code, a hyphen.
  ['code glued before with decimals', 'USD3.14', ['USD3.14=3.14/currency (unit USD)']],
  ['abbreviation glued before', 'paid Rs20 each', ['Rs20=20/currency (unit INR)']],
  ['ringgit sign glued before', 'RM42 only', ['RM42=42/currency (unit MYR)']],
  ['millions of a code', 'in excess of 30 MUSD were reported', ['30 MUSD=30000000/currency (unit USD, more-than)']],
  ['millions of a code before the amount', 'revenues of about MAUD 60', ['MAUD 60=60000000/currency (unit AUD, approx)']],
  ['millions of a code only in capitals', 'the musd 30 file', ['30=30/cardinal (counts file)']],
  ['scale after the code', 'They lost 75 USD million', ['75 USD million=75000000/currency (unit USD)']],
  ['currency joined by a hyphen', 'its controversial one-yen bid', ['one-yen=1/currency (unit JPY)']],
  ['former currency by its CLDR name', 'for 420 million finnish markka .', ['420 million finnish markka=420000000/currency (unit FIM)']],
  ['a code that is an English word in capitals', 'ALL 5 solutions are wrong.', ['5=5/cardinal (counts solutions)']],
  ['a network generation is not grams', 'the 5G network', []],
  ['glued letter units', 'bought 500g and 2l', ['500g=500/cardinal (unit g)', '2l=2/cardinal (unit L)']],
  // An article counts one of a named unit; a fraction reaches its unit through "of" and an article.
  ['an article before a currency name', 'above a dollar and 42 cents', ['a dollar and 42 cents=1.42/currency (unit USD, more-than)']],
  ['an article before a unit name', 'a kilogram', ['a kilogram=1/cardinal (unit kg)']],
  ['an article before a unit symbol word', 'an ml', ['an ml=1/cardinal (unit mL)']],
  ['an article in an idiom the table lists', 'he has a degree in law', []],
  ['an article before a compound', 'a dollar-denominated bond', []],
  ['an article before a sign is left to the sign', 'exceeds a $ 4 billion .', ['$ 4 billion=4000000000/currency (unit USD)']],
  ['half a unit', 'half a liter', ['half a liter=0.5/cardinal (unit L)']],
  ['a quarter of a unit', 'a quarter of a mile', ['a quarter of a mile=0.25/cardinal (unit mi)']],
  ['an ordinal of a unit', 'tenth of a gallon', ['tenth of a gallon=0.1/cardinal (unit gal)']],
  ['an ordinal of no unit stays an ordinal', 'the fourth of July', ['fourth=4/ordinal']],
  // A word that is weight and money is a weight near a word of weighing.
  ['pounds near weighing', 'the baby weighed 7 pounds', ['7 pounds=7/cardinal (unit lb)']],
  ['Hindi pounds near weight', 'आपका वजन 200 पाउंड.', ['200 पाउंड=200/cardinal (unit lb)']],
  ['Persian pounds near weight', 'وزن ۲۰۰ پوند است', ['۲۰۰ پوند=200/cardinal (unit lb)']],
  ['Hindi pounds alone are money', '200 पाउंड', ['200 पाउंड=200/currency (unit GBP)']],
  ['cents alone are counted', 'ten cents', ['ten=10/cardinal (counts cent)']],
  // Lengths written in parts of one system, largest first.
  ['feet and inches', 'he is 7 feet 10 inches tall', ['7 feet 10 inches=94/cardinal (unit in)']],
  ['kilometres, metres and centimetres', '10 kms, 8 meters and 6 centimeters', ['10 kms, 8 meters and 6 centimeters=1000806/cardinal (unit cm)']],
  ['two lengths of different systems stay apart', '1 kilometer and 1 mile', ['1 kilometer=1/cardinal (unit km)', '1 mile=1/cardinal (unit mi)']],
  ['two lengths in the same unit stay apart', '5 km and 10 km', ['5 km=5/cardinal (unit km)', '10 km=10/cardinal (unit km)']],
  ['length parts with a word that is a unit only there', 'he is 5 ft 2 in', ['5 ft 2 in=62/cardinal (unit in)']],
  ['length parts with a quote mark for feet', "2 yd 7'", ["2 yd 7'=13/cardinal (unit ft)"]],
  ['yards, feet and inches', '2 yards, 7 feet, 10 in', ['2 yards, 7 feet, 10 in=166/cardinal (unit in)']],
  ['glued length parts', '3m and 5cm', ['3m and 5cm=305/cardinal (unit cm)']],
  ['a part that is a whole number of the unit before states one length twice', '1 मी 10 डेसीमीटर के बराबर है', ['1 मी=1/cardinal (unit m)', '10 डेसीमीटर=10/cardinal (unit dm)']],
  // Units in brackets and as quote marks; a quote closing a quotation is no inch.
  ['unit in brackets', 'The weight is 20 (kg)', ['20 (kg)=20/cardinal (unit kg)']],
  ['inches as an unpaired double quote', 'He has a pen that is 10 " long.', ['10 "=10/cardinal (unit in)']],
  ['feet and inches as quote marks', 'he is 5\' 10" tall', ['5\' 10"=70/cardinal (unit in)']],
  ['two apostrophes for inches', "at least 5''", ["5''=5/cardinal (unit in, at-least)"]],
  ['a quote closing a quotation', 'He said "we won 5" and left', ['5=5/cardinal']],
  // Ranges of glued measures, an approximate far end, a rate glued with a slash.
  ['glued range with a dash', 'about 3km-5km', ['3km-5km=3..5/range (unit km)']],
  ['glued range with to', 'from 3km to 5km', ['3km to 5km=3..5/range (unit km)']],
  ['approximate far end', 'between 2.0 g and about 7.0 g', ['2.0 g and about 7.0 g=2..7/range (unit g)']],
  ['glued rate', 'or 10km/hr', ['10km/hr=10/cardinal (unit km/h)']],
  // Below zero, hundredths glued to their word, an article before a sign, a span of time after a reference word.
  ['degrees below zero', '2 degrees below zero', ['2 degrees below zero=-2/cardinal (unit °)']],
  ['a bare number below zero is degrees', 'it was 2 below zero', ['2 below zero=-2/cardinal (unit °)']],
  ['Hindi below zero', 'तापमान 5 डिग्री शून्य से नीचे', ['5 डिग्री शून्य से नीचे=-5/cardinal (unit °)']],
  ['Persian below zero', 'دمای ۵ درجه زیر صفر', ['۵ درجه زیر صفر=-5/cardinal (unit °)']],
  ['a length is never below zero', '5 km below zero', ['5 km=5/cardinal (unit km)', 'zero=0/cardinal (less-than)']],
  ['hundredths glued to their word', '$20 and 43c', ['$20 and 43c=20.43/currency (unit USD)']],
  ['an article before a sign of the next amount', 'a US$ 4.7 billion', ['US$ 4.7 billion=4700000000/currency (unit USD)']],
  ['a span of time after a reference word', 'समिति प्रस्ताव 8 महीने पहले की है।', ['8=8/cardinal (counts month)']],
  // Fractions in ASCII digits.
  ['mixed fraction', 'more than 10 1/2 miles of cable', ['10 1/2 miles=10.5/cardinal (unit mi, more-than)']],
  ['fraction', 'a 1/4 mile paved oval', ['1/4 mile=0.25/cardinal (unit mi)']],
  ['slashes that are not fractions', 'open 24/7 and on 1/2/2020', ['24=24/cardinal', '7=7/cardinal', '1=1/cardinal', '2=2/cardinal', '2020=2020/year']],
];

test('units, currencies, temperatures, hyphenated and glued units, ranges with units', () => {
  checkRows(rows, (text) => figuresOf(text).map(brief));
});
