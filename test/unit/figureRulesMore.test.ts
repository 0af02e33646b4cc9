import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

// More general figure rules, each by table or grammar, the same in every language where it applies:
// [name, text, expected figures as brief() strings].
const rows: [name: string, text: string, expected: string[]][] = [
  // Collective forms of three or more ("all four") are plain counts; "both" (دونوں, दोनों) still needs a concept.
  ['Urdu all four with an unknown noun', 'کمیونٹی سے حاصل شدہ چاروں HCoVs ہلکی علامات کا باعث بنتے ہیں۔', ['چاروں=4/cardinal (counts hcovs)']],
  ['Hindi all three with an unknown noun', 'मंत्री ने तीनों सर्वसम्मति परिणामों की जानकारी दी।', ['तीनों=3/cardinal (counts सर्वसम्मति)']],
  ['Urdu these four still point back', 'ان چاروں HCoVs سے موافقت ہوئی۔', []],
  ['Hindi they three still point back', 'वे तीनों ठीक हो चुके थे।', []],
  ['Hindi all around is no four', 'शहर के चारों ओर पुलिस तैनात थी।', []],
  ['Urdu all around is no four', 'شہر کے چاروں طرف پولیس تھی۔', []],
  ['Urdu both without a concept stays no count', 'ان دونوں وائرسز کے مابین مماثلت ہے۔', []],
  // Zero spelled out opens a range with digits.
  ['Persian from zero to 24 days', 'دوره نهفتگی در بازه صفر تا ۲۴ روز است.', ['صفر تا ۲۴=0..24/range (counts day)']],
  ['English from zero to 24 days', 'The incubation period ranged from zero to 24 days.', ['zero to 24=0..24/range (counts day)']],
  // An ordinal suffix that is no word alone makes an ordinal after a space too; one that is a word (थे "were") does not.
  ['Hindi ordinal suffix after a space', 'बीमारी के 10 वें दिन चरम पर', ['10 वें=10/ordinal (counts day)']],
  ['Urdu ordinal suffix after a space', 'وہ 10 ویں دن', ['10 ویں=10/ordinal (counts day)']],
  ['Hindi थे after a space is "were"', 'वे 10 थे', ['10=10/cardinal']],
  // "and half" without an article, as Urdu and Hindi write it.
  ['Urdu seven and a half', 'ہر سات اور نصف دنوں میں تعداد دوگنی ہوگئی۔', ['سات اور نصف=7.5/cardinal (counts day)']],
  ['Hindi seven and a half', 'हर सात और आधे दिन में', ['सात और आधे=7.5/cardinal (counts day)']],
  ['English seven and a half', 'every seven and a half days', ['seven and a half=7.5/cardinal (counts day)']],
  // Digits typed apart from a Latin acronym in another script name it, when they end the phrase.
  ['Urdu ACE 2 is a name', 'انسانی ACE 2 اور SARS-CoV کے درمیان', []],
  ['Persian ACE 2 before a comma is a name', 'گیرنده ACE 2، در ریه', []],
  ['digits after an acronym counting a noun stay a count', 'RCGP RSC 50 سال سے زائد عرصے سے کام کر رہا ہے', ['50=50/cardinal (more-than, counts year)']],
  ['digits after an acronym before a noun stay a count', 'NDMA 20 ٹرک بھیجے گئے', ['20=20/cardinal (counts truck)']],
  ['a currency code in capitals is no name', 'انہوں نے PKR 50 ادا کیے', ['PKR 50=50/currency (unit PKR)']],
  // A number word that is mostly another word counts with a unit or a counter word after it.
  ['Urdu eighty percent (اسی is mostly "this")', 'ملک کی اسی فیصد آبادی متاثر ہوئی۔', ['اسی فیصد=80/percent (unit %)']],
  ['Persian nine percent (نه is mostly "not")', 'نرخ تورم نه درصد بود.', ['نه درصد=9/percent (unit %, counts inflation)']],
  ['Persian nine people with a counter', 'در این حادثه نه نفر کشته شدند.', ['نه=9/cardinal (counts person)']],
  ['Persian "not only" stays no figure', 'این نه تنها یک روند است.', []],
  ['Urdu "this same country" stays no figure', 'اسی ملک میں 5 ممالک کے وفود آئے۔', ['5=5/cardinal (counts country)']],
  // A bare ratio of one to a number is one figure; before a noun, or with a larger numerator, both numbers stay.
  ['English one out of three', 'one out of three', ['one out of three=0.3333333333333333/cardinal']],
  ['English one in five before a function word', 'One in five were infected.', ['One in five=0.2/cardinal']],
  ['Hindi one of three (whole first)', 'तीन में से एक', ['तीन में से एक=0.3333333333333333/cardinal']],
  ['Hindi one of twenty-one in digits', 'इक्कीस में से 1', ['इक्कीस में से 1=0.047619047619047616/cardinal']],
  ['English one person in six keeps both numbers', 'approximately one person in six becomes ill', ['one=1/cardinal (approx, counts person)', 'six=6/cardinal (counts become)']],
  ['Urdu one person of six keeps both numbers, the whole counting the same', 'تقریباً چهـ میں سے ایک شخص شدید بیمار ہوجاتا ہے', ['چهـ=6/cardinal (approx, counts person)', 'ایک=1/cardinal (counts person)']],
  ['Hindi 1,388 of 5,143 stays two counts of patients', '5,143 में से 1,388 रोगी', ['5,143=5143/cardinal (counts patient)', '1,388=1388/cardinal (counts patient)']],
  ['a 3 in 1 product is no ratio', 'a 3 in 1 shampoo', ['3=3/cardinal', '1=1/cardinal (counts shampoo)']],
  // A larger part is a ratio when "every" or a bound after the pair marks a proportion of a round whole.
  ['English 2 in 5 or more', 'How about 2 in 5 or more', ['2 in 5=0.4/cardinal (at-least)']],
  ['English 7 out of every 10', 'Seven out of every 10 were vaccinated.', ['Seven out of every 10=0.7/cardinal']],
  ['Hindi 2 of 5 or more', 'हरेक 5 में से 2 या ज़्यादा', ['5 में से 2=0.4/cardinal (at-least)']],
  ['Hindi 7 of every 10', 'हर 10 में से 7, यानी 70% लोग सहमत हैं।', ['10 में से 7=0.7/cardinal', '70%=70/percent (unit %, counts person)']],
  ['Hindi हरेक is "every" too', 'हरेक 10 में से 3, यानी 30%', ['10 में से 3=0.3/cardinal', '30%=30/percent (unit %)']],
  ['Urdu 7 of every 10', 'ہر 10 میں سے 7، یعنی 70 فیصد لوگ متفق ہیں۔', ['10 میں سے 7=0.7/cardinal', '70 فیصد=70/percent (unit %, counts person)']],
  ['Persian 2 of 5 or more', 'سهم موافقان ۲ از ۵ یا بیشتر است.', ['۲ از ۵=0.4/cardinal (at-least)']],
  ['English seats won out of a round whole stay counts', 'The party won 45 out of 50.', ['45=45/cardinal', '50=50/cardinal']],
  ['Hindi seats won out of a round whole stay counts', 'पार्टी ने 50 में से 45 जीतीं।', ['50=50/cardinal', '45=45/cardinal']],
  ['a bound of a noun after the pair is the noun\'s', 'He scored 2 in 5 or more matches.', ['2=2/cardinal', '5=5/cardinal (at-least, counts match)']],
  ['a whole told in full is a count', '(457 में से 358 या अधिक, 78%)', ['457=457/cardinal', '358=358/cardinal (at-least)', '78%=78/percent (unit %)']],
  ['a whole opening a range is no ratio', 'हर 5 में से 2 से 3', ['5=5/cardinal', '2 से 3=2..3/range']],
  // A scale below the hundreds before "and" multiplies only the part after it.
  ['English three hundred and two dozen', 'three hundred and two dozen eggs', ['three hundred and two dozen=324/cardinal (counts egg)']],
  ['Hindi three hundred and two dozen', 'तीन सौ और दो दर्जन', ['तीन सौ और दो दर्जन=324/cardinal']],
  ['a larger scale after "and" still multiplies the whole', 'one hundred and fifty thousand people', ['one hundred and fifty thousand=150000/cardinal (counts person)']],
  // The hundredths of a negative amount make it more negative.
  ['Urdu minus 42 rupees 50 paise', 'منفی بیالیس روپے پچاس پیسے', ['منفی بیالیس روپے پچاس پیسے=-42.5/currency (unit PKR)']],
  ['English minus 42 dollars and 50 cents', 'the balance was minus 42 dollars and 50 cents', ['minus 42 dollars and 50 cents=-42.5/currency (unit USD)']],
  ['English 42 dollars and 50 cents', 'He paid 42 dollars and 50 cents', ['42 dollars and 50 cents=42.5/currency (unit USD)']],
  ['Persian minus typed with the Arabic alef maksura', 'دمای هوا به منفى ۵ درجه رسید.', ['منفى ۵ درجه=-5/cardinal (unit °)']],
  // Tens and a unit ordinal after a number are one denominator; a plural denominator divides the whole number before it.
  ['three twenty-firsts', 'three twenty-firsts', ['three twenty-firsts=0.142857142857143/cardinal']],
  ['one twenty-fifth', 'one twenty-fifth', ['one twenty-fifth=0.04/cardinal']],
  ['a twenty-first ending its phrase', 'a twenty-first', ['a twenty-first=0.0476190476190476/cardinal']],
  ['one hundred thirty fifths', 'one hundred thirty fifths', ['one hundred thirty fifths=2.85714285714286/cardinal']],
  ['a twenty-first century stays an ordinal', 'a twenty-first century problem', ['twenty-first=21/ordinal']],
  ['one hundred twenty-first stays an ordinal', 'one hundred twenty-first session', ['one hundred twenty-first=121/ordinal (counts session)']],
  ['the whole number over a plural denominator', 'one million two thousand two hundred three fifths', ['one million two thousand two hundred three fifths=200440.6/cardinal']],
  ['"and" before a fraction keeps it a mixed number', 'five billion and three quarters', ['five billion and three quarters=5750000000/cardinal']],
  ['after a hundred an improper fraction is of the whole', 'one hundred and thirty-two fifths', ['one hundred and thirty-two fifths=26.4/cardinal']],
  ['after a hundred a proper fraction is added', 'one hundred and three fifths', ['one hundred and three fifths=100.6/cardinal']],
  ['one and an ordinal of several words is a fraction', 'one one hundred and fifth', ['one one hundred and fifth=0.00952380952380952/cardinal']],
  ['one and an ordinal before a noun stays an ordinal', 'one one hundred fifth anniversary', ['one hundred fifth=105/ordinal']],
  ['a plural denominator after a scale divides it', 'a hundred thousand trillionths', ['a hundred thousand trillionths=1e-7/cardinal']],
  // A year of the Solar or lunar Hijri calendar after a year word, in every language; in Persian also after the start or end of.
  ['English Iranian year', "Iran's budget for the Iranian year 1403 was sent to parliament.", ['1403=1403/year']],
  ['Urdu year of another calendar', 'ایران کے سال 1403 کے بجٹ میں دفاع کا حصہ بڑھ گیا۔', ['1403=1403/year']],
  ['Hindi year of another calendar', 'ईरान के वर्ष 1403 के बजट में रक्षा का हिस्सा बढ़ा।', ['1403=1403/year']],
  ['Persian end of a year', 'این طرح تا پایان ۱۴۰۴ اجرا می‌شود.', ['۱۴۰۴=1404/year']],
  ['English a count after year stays a count', 'That year 1400 families left the valley.', ['1400=1400/cardinal (counts family)']],
  // A conjunction after a number opens the next clause: it is not what the number counts.
  ['English while after a number', 'The index closed at 72,400 while the broader market slipped.', ['72,400=72400/cardinal']],
  ['English despite after a number', 'Turnout reached 61 percent despite the rain.', ['61 percent=61/percent (unit %, counts turnout)']],
  // A minus sign set apart from a number that is all its sentence holds is its sign; before more words the dash opens a list item.
  ['a spaced minus before a lone mixed number', '- 1 4/5', ['- 1 4/5=-1.8/cardinal']],
  ['a spaced minus before a lone scaled number', '- 10  k', ['- 10  k=-10000/cardinal']],
  ['a spaced minus before Hindi digits with a scale letter', '- १०k', ['- १०k=-10000/cardinal']],
  ['a list dash before a count stays no sign', '- 10 people died', ['10=10/cardinal (counts person)']],
  // The percent of a number with nothing after it is that many percent; before more words, or after a year, it is not.
  ['English per cent of a number in words', 'per cent of twenty-two', ['twenty-two=22/percent (unit %)']],
  ['English percents of a number', 'percents of twenty', ['twenty=20/percent (unit %)']],
  ['English percent of a count stays a count', 'the percent of 65 year olds rose', ['65=65/cardinal (counts year)']],
  ['Hindi the percent of twenty', 'बीस का प्रतिशत', ['बीस का प्रतिशत=20/percent (unit %)']],
  ['Urdu the percent of twenty', 'بیس کا فیصد', ['بیس کا فیصد=20/percent (unit %)']],
  ['Hindi the percent of a year stays a year', 'राज्य में 2019 का प्रतिशत 65 था', ['2019=2019/year', '65=65/percent (unit %)']],
  // Negation after a number is not what it counts.
  ['Hindi "not" after a number', 'यह 40000 नहीं है।', ['40000=40000/cardinal']],
  ['Urdu "not" after a number', 'یہ 40000 نہیں ہے۔', ['40000=40000/cardinal']],
  ['Persian "is not" after a number', 'این ۴۰۰۰۰ نیست.', ['۴۰۰۰۰=40000/cardinal']],
];

test('more figure rules', () => {
  checkRows(rows, (text) => figuresOf(text).map(brief));
});
