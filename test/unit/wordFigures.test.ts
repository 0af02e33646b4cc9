import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

// When a number written in words is a figure, by the same rules in every language, so that the
// sentences of a parallel text read the same figures: [name, text, expected figures as brief() strings].
const rows: [name: string, text: string, expected: string[]][] = [
  // A plain number word of two or more counts wherever it stands, past adjectives to its noun.
  ['English five new deaths', 'Bangladesh reports five new deaths.', ['five=5/cardinal (counts death)']],
  ['Urdu five new deaths (feminine adjective)', 'بنگلہ دیش میں پانچ نئی اموات کی رپورٹ ملی ہے', ['پانچ=5/cardinal (counts death)']],
  ['Hindi five new deaths', 'बांग्लादेश में पांच नई मौतें हुई', ['पांच=5/cardinal (counts death)']],
  ['Persian counter مورد before the noun it counts', 'بنگلادش پنج مورد مرگ جدید را گزارش کرد', ['پنج=5/cardinal (counts death)']],
  ['Persian مورد alone counts cases', 'دو مورد کووید-19 شناسایی شد', ['دو=2/cardinal (counts case)']],
  ['English number word without a known noun', 'ten abstentions were counted', ['ten=10/cardinal (counts abstention)']],
  ['Urdu two is a number (not only "give")', 'دو حالیہ مطالعات میں سامنے آیا', ['دو=2/cardinal (counts حالیه)']],
  ['Urdu these two (after یہ)', 'یہ دو امینو ایسڈ اہم ہیں', []],
  ['Persian two with an unknown noun', 'در دو مطالعه اخیر گزارش شد', ['دو=2/cardinal (counts مطالعه)']],
  ['Urdu two-sided is no count', 'دونوں ملکوں کے درمیان دو طرفہ تعلقات بہتر ہوئے۔', ['دونوں=2/cardinal (counts country)']],
  // The word for one: the indefinite article unless marked as a count.
  ['English a day is no figure', 'It happened in a day.', []],
  ['Urdu one day alone is the article', 'ایک دن میں 140 نئے واقعات رپورٹ ہوئے', ['140=140/cardinal (counts incident)']],
  ['Hindi one hospital ship is the article', 'एक अस्पताल जहाज जिसमें लगभग 1000 बेड थे', ['1000=1000/cardinal (approx, counts bed)']],
  ['Persian one person is the article', 'یک فرد چینی و یک شهروند هندی', []],
  ['English one day is the article too', 'China reported 140 new cases in one day.', ['140=140/cardinal (counts case)']],
  ['English at least one', 'Around 200 countries have had at least one case.', ['200=200/cardinal (approx, counts country)', 'one=1/cardinal (at-least, counts case)']],
  ['Hindi at least one', 'लगभग 200 देशों में कम से कम एक मामला है।', ['200=200/cardinal (approx, counts country)', 'एक=1/cardinal (at-least, counts case)']],
  ['Persian at least one', 'حدود 200 کشور حداقل یک مورد ابتلا داشته‌اند.', ['200=200/cardinal (approx, counts country)', 'یک=1/cardinal (at-least, counts case)']],
  // The qualifier table also holds 'تقریباً ایک'; the shorter 'تقریباً' must still be found ending before ایک.
  ['Urdu approximately one week', 'پائپ لائن کو تقریباً ایک ہفتے تک کام بند کرنا پڑا', ['ایک=1/cardinal (approx, counts week)']],
  ['Urdu only one', 'وسطی چین میں صرف ایک واقعہ پیش آیا', ['ایک=1/cardinal (counts incident)']],
  ['Urdu "merely a" (only before no concept)', 'یہ صرف ایک پروپیگنڈا کرتب ہے۔', []],
  ['Urdu "near" a place is no qualifier', 'برازیلیا کے قریب ایک فوجی مقام پر قرنطینہ کیا گیا', []],
  ['Hindi one on top of another is no count', 'कण एक के ऊपर एक रखे गए पाँच मास्कों को पार कर सकते हैं', ['पाँच=5/cardinal (counts मास्कों)']],
  ['Hindi by half: a one-word particle makes no count', 'मृत्यु को आधे तक कम कर सकती हैं', []],
  ['Urdu "another" is no count', 'یہ ایک اور میزبان میں منتقل ہوا', []],
  ['Urdu "not only a" is no qualifier', 'ویتنام نہ صرف ایک فعال شریک ہے', []],
  ['Persian "not only a" is no qualifier', 'تحول دیجیتال نه تنها یک روند است', []],
  ['English one or more', 'patients had one or more underlying conditions', ['one=1/cardinal (at-least, counts condition)']],
  ['Urdu one or more', 'مریضوں میں ایک یا زیادہ بنیادی حالات تھے', ['ایک=1/cardinal (at-least, counts بنیادی)']],
  ['Hindi one or two years is a range', 'यह एक या दो साल के लिए रहेगा।', ['एक या दो=1..2/range (counts year)']],
  ['one with a unit is a measure', 'فاصله سه فوت (یک متر) است', ['سه فوت=3/cardinal (unit ft)', 'یک متر=1/cardinal (unit m)']],
  ['one before a hundredth of a currency is money', 'its shares slid to close one penny', ['one penny=0.01/currency (unit GBP)']],
  ['one year old is an age', 'a promise that is one year old', ['one=1/cardinal (counts year)']],
  ['English one in six is a ratio', 'approximately one person in six becomes ill', ['one=1/cardinal (approx, counts person)', 'six=6/cardinal (counts become)']],
  ['Urdu one of six is a ratio', 'تقریباً چھ میں سے ایک شخص بیمار ہوتا ہے', ['چھ=6/cardinal (approx, counts person)', 'ایک=1/cardinal (counts person)']],
  ['Persian one every ten minutes is a rate', 'هر ده دقیقه یک نفر می‌میرد.', ['ده=10/cardinal (counts minute)', 'یک=1/cardinal (counts person)']],
  // English writes "a" where the other languages write "one": after a qualifier, before a concept, it is one.
  ['English less than an hour', 'detected in less than an hour', ['an=1/cardinal (less-than, counts hour)']],
  ['Persian less than one hour', 'در کمتر از یک ساعت شناسایی شد', ['یک=1/cardinal (less-than, counts hour)']],
  ['Urdu half with a qualifier after its noun', 'لوگوں (نصف آبادی سے زیادہ) کو پابندیوں کا سامنا کرنا پڑا۔', ['نصف=0.5/cardinal (more-than, counts population)']],
  ['Urdu "less than two months" after a pronoun still counts', 'یہ دو مہینے سے بھی کم وقت میں پھیل گئی ہے۔', ['دو=2/cardinal (less-than, counts month)']],
  ['English a year or two', 'circulating for a year or two', ['a=1/cardinal (counts year)', 'two=2/cardinal']],
  ['Persian at least for one month', 'حداقل به مدت یک ماه تعلیق شد', ['یک=1/cardinal (at-least, counts month)']],
  ['Persian twofold is no count (doubled)', 'زمان دو برابر شدن موارد', []],
  ['a vague amount takes the scale after it', 'به کشته شدن صدها هزار نفر منجر می‌شود', ['صدها هزار=null/cardinal (counts person)']],
  ['English a day alone is no figure', 'a day later it spread', []],
  ['English more than a little is no figure', 'it grew more than a little', []],
  // A number word after a demonstrative points back to things counted before, unless it counts a concept.
  ['English these two viruses', 'These two viruses are similar.', []],
  ['Persian these two viruses', 'این دو ویروس شبیه هستند.', []],
  ['Urdu both viruses', 'ان دونوں وائرسز کے مابین مماثلت ہے۔', []],
  ['Hindi these three had recovered', 'ये तीन ठीक हो चुके थे।', []],
  ['these two countries: a count made before, in every language', 'These two countries signed the treaty.', []],
  ['Persian these three (with the classifier نفر)', 'این سه نفر بهبود پیدا کردند.', []],
  // Unless a relative clause follows: then the demonstrative stands before its antecedent ("the three people who").
  ['Urdu the three people who: a correlative before a relative clause', 'وائرس پہلے ان تین افراد سے علیحدہ ہوا ہے جو نمونیا میں مبتلا تھے۔', ['تین=3/cardinal (counts person)']],
  ['Hindi the three people who', 'उन तीन लोगों को पकड़ा गया जो भाग रहे थे।', ['तीन=3/cardinal (counts person)']],
  ['Urdu these three, then another clause, still point back', 'ان تین افراد نے کہا کہ وہ ٹھیک ہیں۔', []],
  ['Persian both', 'هر دو در این مطالعه بررسی شدند', []],
  ['Persian Thursday is no five', 'روز پنج شنبه تعطیل است', []],
  // Persian نه is "not" or nine: nine before a counted concept, unless the sentence pairs it as a negation.
  ['Persian nine before a counted concept', 'روسیه نه هواپیمای نظامی به ایتالیا ارسال کرده است.', ['نه=9/cardinal (counts aircraft)']],
  ['Persian neither … nor is no nine', 'نه دولت و نه مردم راضی نیستند.', []],
  ['Persian not … but is no nine', 'نه هواپیما بلکه کشتی فرستاد.', []],
  ['Persian these nine point back', 'این نه کشور عضو پیمان هستند.', []],
  ['a year after a ratio word is no ratio', 'The outbreak in 2003 is one of the worst.', ['2003=2003/year']],
  ['a ratio word far after one is no ratio', 'the lowest one-day case total in four weeks', ['four=4/cardinal (counts week)']],
  ['Hindi qualifier after the counted noun', 'अवधि एक सप्ताह से कम है', ['एक=1/cardinal (less-than, counts week)']],
];

test('number words: the same figure rules in every language', () => {
  checkRows(rows, (text) => figuresOf(text).map(brief));
});

// Names that repeat their number in an abbreviation, loose dashes in names, a sentence end without its space.
const nameRows: [name: string, text: string, expected: string[]][] = [
  ['a name spelled out before its abbreviation', 'now known as severe acute respiratory syndrome coronavirus 2 (SARS-CoV-2).', []],
  ['Persian digits before a Latin abbreviation', 'سندرم حاد تنفسی ۲ (SARS-CoV-2) نیز نامیده شد', []],
  ['a year before an abbreviation of its last two digits', 'the coronavirus disease 2019 (COVID-19) spread', []],
  ['a name of a few words before its abbreviation', 'The 2019 novel HCoV (2019-nCoV) was renamed.', []],
  ['Persian name with its abbreviation in Persian', 'از بیماری کرونا ویروس 2019 (کووید-19) است', []],
  ['a bracket without a name repeats nothing', 'They sold 5 new cars (5-door).', ['5=5/cardinal (counts car)', '5=5/cardinal (counts door)']],
  ['an abbreviation with a loose dash', 'در سطح آماری ۲ (NUTS - ۲) در دسترس باشند', []],
  ['a number and an unrelated bracket stay', 'They sold 20 (twenty) cars.', ['20=20/cardinal', 'twenty=20/cardinal']],
  ['Urdu letter names spell a name (H1N1, N95)', 'ایچ 1 این 1 وبا کے دوران این 95 ماسک بھیجے گئے۔', []],
  ['Urdu G20 spelled out', 'جی 20 اجلاس میں 19 ممالک', ['19=19/cardinal (counts country)']],
  ['a range after a demonstrative pronoun still counts', 'مگر یہ دو سے چودہ دن کی حد میں ہوسکتا ہے۔', ['دو سے چودہ=2..14/range (counts day)']],
  ['a point between a capitalised name and digits', 'a bat CoV termed ARCoV.2 was found', []],
  ['a point after an abbreviation stays a number', 'see (Fig.33) for 2.5 cases', ['33=33/cardinal', '2.5=2.5/cardinal (counts case)']],
  ['a name with a dash spaced on both sides', 'در کشت سلولی WI - ۳۸ ریه سازگار شد', []],
  ['a capitalised word and a spaced dash is no name', 'in Europe - 20 countries joined', ['20=20/cardinal (counts country)']],
  ['a year after a month and a year word is a date, not a name', 'در دسامبر سال ۲۰۱۹ ویروس کرونای جدید (2019-nCoV) شیوع یافت', ['دسامبر سال ۲۰۱۹=2019-12/date']],
  ['a decade is its ten years', 'Animal CoVs have been known since late 1930s.', ['1930s=1930..1939/range']],
  ['a decade after a prefix', 'isolated in mid-1960s from patients', ['1960s=1960..1969/range']],
  ['a year glued to the next sentence', 'symptoms by 20 January 2020.As of 26 March, the US led.', ['20 January 2020=2020-01-20/date', '26 March=--03-26/date']],
  ['twice is two', 'surveillance moved to twice weekly reports', ['twice=2/cardinal (counts report)']],
];

// Ordinals that are also other words ("other", "a second", "before"): where they rank something and where they do not.
const rankRows: [name: string, text: string, expected: string[]][] = [
  ['Hindi second place', 'वह दूसरे स्थान पर आई', ['दूसरे=2/ordinal']],
  ['Hindi second wave', 'महामारी की दूसरी लहर में 5 लाख मामले', ['दूसरी=2/ordinal', '5 लाख=500000/cardinal (counts case)']],
  ['Urdu second wave', 'وبا کی دوسری لہر آئی', ['دوسری=2/ordinal']],
  ['Urdu second place', 'وہ دوسرے نمبر پر رہا', ['دوسرے=2/ordinal']],
  ['Hindi other countries stay no figure', 'दूसरे देशों ने भी मदद की', []],
  ['Hindi "from one place to another" is no rank', 'वे एक स्थान से दूसरे स्थान पर गए', []],
  ['Urdu "from one stage to another" is no rank', 'ایک مرحلے سے دوسرے مرحلے تک', []],
  ['Hindi "some other place" is no rank', 'उसे किसी दूसरे स्थान पर ले जाया गया', []],
  ['Hindi second from last', 'मुझे आखिरी से दूसरा दिखाएं', ['दूसरा=2/ordinal']],
  ['Urdu second from last', 'آخری سے دوسرا دکھائیں', ['دوسرا=2/ordinal']],
  ['Hindi each other is no count', 'वे एक दूसरे स्थान की बात करते हैं', []],
  ['Hindi पहली is first', 'मुझे पहली पसंद है', ['पहली=1/ordinal']],
  ['Hindi पहली before a count', 'मुझे पहली दो किताबें पसंद हैं', ['पहली=1/ordinal', 'दो=2/cardinal (counts किताबें)']],
  ['Urdu پہلی is first', 'یہ پہلی ملاقات تھی', ['پہلی=1/ordinal']],
  ['Urdu پہلی بار "for the first time" is no figure', 'یہ پہلی بار ہوا ہے', []],
  ['Hindi पहले "before" stays no figure', 'इससे पहले चरण 3 में 40 देश थे', ['3=3/cardinal', '40=40/cardinal (counts country)']],
  ['Hindi Devanagari second before a list', 'मुझे सेकेंड लिस्ट दिखाओ', ['सेकेंड=2/ordinal']],
  ['Hindi a few seconds is no ordinal', 'कुछ सेकंड में सब खत्म हो गया', []],
  ['Hindi seconds in the other spelling count seconds', 'सिर्फ 10 सेकेंड में', ['10=10/cardinal (counts second)']],
  ['Hindi the other side is no rank', 'दूसरी ओर 5 लोग थे', ['5=5/cardinal (counts person)']],
  ['English second before a series noun in Hindi text', 'मुझे second list दिखाओ', ['second=2/ordinal']],
  ['English first page in Hindi text', 'first page पर ही लिखा है.', ['first=1/ordinal']],
  ['English second wave without an article', 'A second wave hit Europe.', ['second=2/ordinal']],
  ['English a second is still time', 'Wait a second, please.', []],
];

test('weak ordinals rank before a noun of a series or counted from an end', () => {
  checkRows(rankRows, (text) => figuresOf(text).map(brief));
});

// English nouns in Latin letters in a Hindi sentence keep their concept (an age in weeks).
const latinConceptRows: [name: string, text: string, expected: string[]][] = [
  ['Latin weeks in Hindi', 'यह बच्चा केवल six weeks का था', ['six=6/cardinal (counts week)']],
  ['Devanagari weeks in Hindi', 'यह बच्चा केवल सिक्स वीक्स का था', ['सिक्स=6/cardinal (counts week)']],
  ['Latin cases in Urdu', 'یہاں 20 cases سامنے آئے', ['20=20/cardinal (counts case)']],
];

test('English nouns in other scripts\' text keep their concept', () => {
  checkRows(latinConceptRows, (text) => figuresOf(text).map(brief));
});

test('numbers in names and glued sentence ends', () => {
  checkRows(nameRows, (text) => figuresOf(text).map(brief));
});

// Hours of the day in every language: a.m./p.m., صبح/عصر/شب, بجے/बजे with a part of the day, ساعت before.
const timeRows: [name: string, text: string, expected: string[]][] = [
  ['English a.m. (not a sentence end)', 'preceding 10 a.m. Central European Time', ['10 a.m.=T10:00/date']],
  ['English p.m. after minutes', 'at 8:00 p.m. the shop closed', ['8:00=T20:00/date']],
  ['Persian hour in words with morning', 'قبل از ده صبح به وقت اروپای مرکزی', ['ده صبح=T10:00/date']],
  ['Persian o\'clock word before the hour', 'در ۱۵ مارس ساعت ۸ صبح گزارش شد', ['۱۵ مارس=--03-15/date', 'ساعت ۸ صبح=T08:00/date']],
  ['Persian night after ساعات', 'بین ساعات 10 شب تا 4 صبح', ['ساعات 10 شب=T22:00/date', '4 صبح=T04:00/date']],
  ['Persian nights after a bare number are a count', 'سه شب در بیمارستان ماند', ['سه=3/cardinal (counts شب)']],
  ['Urdu night before the hour', 'رات 10 بجے دکانیں بند ہو گئیں', ['10 بجے=T22:00/date']],
  ['Urdu daytime: 3 is afternoon, 6 in the morning', 'کرفیو دن 3 بجے سے صبح 6 بجے تک موثر تھا۔', ['3 بجے=T15:00/date', '6 بجے=T06:00/date']],
  ['Urdu 2 at night is after midnight', 'رات 2 بجے دھماکہ ہوا۔', ['2 بجے=T02:00/date']],
  ['English p.m. and a.m. in a span', 'previously between 3 p.m. and 6 a.m.', ['3 p.m.=T15:00/date', '6 a.m.=T06:00/date']],
  ['Hindi morning before the hour', 'सुबह 10 बजे बैठक हुई', ['10 बजे=T10:00/date']],
  // A decade is every year of it, in every language, so translations agree.
  ['English decade with a glued s', 'Cases were rare in the 1990s and the 1980\'s.', ['1990s=1990..1999/range', '1980\'s=1980..1989/range']],
  ['Hindi decade after the year', 'यह 1960 के दशक में अलग किया गया।', ['1960=1960..1969/range']],
  ['Urdu decade after the year, at a sentence start too', '1960 کی دہائی میں یہ الگ کیا گیا۔', ['1960=1960..1969/range']],
  ['Persian decade before the year', 'در اواسط دهه ۱۹۶۰ جدا شد.', ['۱۹۶۰=1960..1969/range']],
  ['a model number after # is no decade', 'N95 masks (series # 1860s) help.', ['1860=1860/year']],
  ['a year not ending in 0 is no decade', 'Its 1995s model sold well.', ['1995=1995/year']],
  // A 24-hour time in four digits before a time zone, which translations keep in Latin letters.
  ['Hindi keeps a four-digit time before UTC', 'बैठक सुबह 10 बजे (0800 UTC) शुरू हुई', ['10 बजे=T10:00/date', '0800 UTC=T08:00/date']],
  ['Urdu keeps a four-digit time before GMT', 'اجلاس 1430 GMT پر شروع ہوا', ['1430 GMT=T14:30/date']],
  ['Persian keeps a four-digit time before UTC', 'نشست در ساعت ۱۶:۰۰ (1230 UTC) آغاز شد', ['۱۶:۰۰=T16:00/date', '1230 UTC=T12:30/date']],
  ['no hour 24 or minute 60 before a zone', 'It was 2460 GMT', ['2460=2460/cardinal (counts gmt)']],
  ['PM in capitals is no time', 'there were 5 PM ministers', ['5=5/cardinal (counts minister)']],
];

test('hours of the day', () => {
  checkRows(timeRows, (text) => figuresOf(text).map(brief));
});
