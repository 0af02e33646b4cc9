import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, flaggedInDocument, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// Urdu news of crops, power, Hajj, census, railways, fuel, remittances, schools and weather: [name, text, figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  // Midday starts at eleven: دوپہر 11 بجے is before noon, دوپہر 2 بجے after it (as Persian ظهر).
  ['eleven at midday', 'اجلاس دوپہر 11 بجے شروع ہوا۔', ['11 بجے=T11:00/date']],
  ['two at midday', 'اجلاس دوپہر 2 بجے شروع ہوا۔', ['2 بجے=T14:00/date']],
  ['twelve at midday', 'اجلاس دوپہر 12 بجے شروع ہوا۔', ['12 بجے=T12:00/date']],
  ['a range of hours from eleven at midday', 'شہری دوپہر 11 سے سہ پہر 4 بجے تک گھروں میں رہیں۔', ['11=T11:00/date', '4 بجے=T16:00/date']],
  ['eleven at midday in Hindi', 'बैठक दोपहर 11 बजे शुरू हुई।', ['11 बजे=T11:00/date']],
  // Nouns of crop, power, rail and school news (ids shared with the English and Hindi tables).
  ['sacks of fertiliser', 'کسانوں میں کھاد کی 50 ہزار بوریاں تقسیم کی گئیں۔', ['50 ہزار=50000/cardinal (counts bag)']],
  ['sacks after ساڑھے', 'محکمہ خوراک نے ساڑھے 12 لاکھ بوریاں خرید لیں۔', ['ساڑھے 12 لاکھ=1250000/cardinal (counts bag)']],
  ['growers are farmers', 'ساڑھے 5 لاکھ کاشتکاروں کو قرضے دیے گئے۔', ['ساڑھے 5 لاکھ=550000/cardinal (counts farmer)']],
  ['feeders, the whole and its part', 'کراچی کے 1,900 میں سے 700 فیڈرز پر لوڈشیڈنگ جاری ہے۔', ['1,900=1900/cardinal (counts feeder)', '700=700/cardinal (counts feeder)']],
  ['goods trains are trains, not vehicles', 'ریلوے روزانہ 96 مسافر ٹرینیں اور 14 مال گاڑیاں چلا رہا ہے۔', ['96=96/cardinal (counts train)', '14=14/cardinal (counts train)']],
  ['plants and dams', 'کمپنی نے 3 نئے پلانٹس لگائے اور 2 ڈیم تعمیر کیے۔', ['3=3/cardinal (counts plant)', '2=2/cardinal (counts dam)']],
  ['Hajj assistants', 'عازمین کی رہنمائی کے لیے 1,100 معاونین حج بھیجے جا رہے ہیں۔', ['1,100=1100/cardinal (counts assistant)']],
  ['colleges and rooms', 'صوبے کے 40 کالجوں میں 300 نئے کمرے بنائے جائیں گے۔', ['40=40/cardinal (counts college)', '300=300/cardinal (counts room)']],
  ['sacks in Hindi', 'किसानों को खाद की 20 हजार बोरियां बांटी गईं।', ['20 हजार=20000/cardinal (counts bag)']],
  ['feeders in English', 'Power was cut on 700 feeders across the city.', ['700=700/cardinal (counts feeder)']],
  // The noun before the first number counts the next ones said by place: X میں N، Y میں M.
  ['counts by province after "the number of"', 'پنجاب میں بچوں کی تعداد 96 لاکھ، سندھ میں 78 لاکھ جبکہ بلوچستان میں 31 لاکھ ہے۔',
    ['96 لاکھ=9600000/cardinal (counts child)', '78 لاکھ=7800000/cardinal (counts child)', '31 لاکھ=3100000/cardinal (counts child)']],
  ['words between the place and its noun', 'پنجاب میں اسکولوں سے باہر بچوں کی تعداد 96 لاکھ، سندھ میں 78 لاکھ ہے۔',
    ['96 لاکھ=9600000/cardinal (counts child)', '78 لاکھ=7800000/cardinal (counts child)']],
  ['a noun and its disease between the place and the number', 'کراچی میں ڈینگی کے مریض 400، حیدرآباد میں 120 ہو گئے۔', ['400=400/cardinal (counts patient)', '120=120/cardinal (counts patient)']],
  // Adverbs are no counted noun; a bale in the singular after a number.
  ['"still" is no counted noun', 'سوات میں 17 سیاحوں کو بچا لیا گیا جبکہ 4 تاحال لاپتہ ہیں۔', ['17=17/cardinal (counts tourist)', '4=4/cardinal']],
  ['a bale in the singular, Urdu digits', 'فیکٹریوں میں ۲۲ لاکھ ۴۰ ہزار گانٹھ کپاس پہنچی۔', ['۲۲ لاکھ ۴۰ ہزار=2240000/cardinal (counts bale)']],
  // اڑھائی is ڈھائی (2½); the Hajj months as Urdu papers spell them.
  ['اڑھائی before a currency', 'مٹی کا تیل اڑھائی روپے سستا ہو گیا۔', ['اڑھائی روپے=2.5/currency (unit PKR)']],
  ['اڑھائی before a scale', 'اڑھائی لاکھ افراد متاثر ہوئے۔', ['اڑھائی لاکھ=250000/cardinal (counts person)']],
  ['یکم ذی قعد', 'عازمین کی روانگی یکم ذی قعد سے شروع ہوگی۔', ['یکم ذی قعد=--11-01[u-ca=islamic]/date']],
  ['ذو الحجہ written apart', 'وقوف عرفہ 9 ذو الحجہ کو ہوگا۔', ['9 ذو الحجہ=--12-09[u-ca=islamic]/date']],
  // A train by its number and direction is a reference; locomotives.
  ['a train\'s number with its direction', 'گرین لائن ایکسپریس (5 اپ) کا کرایہ 6 ہزار 200 روپے ہے۔', ['5 اپ=5/reference (counts number)', '6 ہزار 200 روپے=6200/currency (unit PKR)']],
  ['a down train', 'ٹرین 6 ڈاؤن 3 گھنٹے تاخیر سے پہنچی۔', ['6 ڈاؤن=6/reference (counts number)', '3=3/cardinal (counts hour)']],
  ['locomotives', 'ریلوے کے پاس اس وقت 470 کے لگ بھگ لوکوموٹوز ہیں۔', ['470=470/cardinal (approx, counts locomotive)']],
  // A ratio named in letter names before its percentage.
  ['the tax-to-GDP ratio', 'پاکستان میں ٹیکس ٹو جی ڈی پی کی شرح 9.2 فیصد ہے۔', ['9.2 فیصد=9.2/percent (unit %, counts tax-to-gdp)']],
  ['the tax-to-GDP ratio in English', 'Pakistan\'s tax-to-GDP ratio stands at 9.2 percent.', ['9.2 percent=9.2/percent (unit %, counts tax-to-gdp)']],
  // Centres head a compound, as camps and teams do; a verb of keeping is no noun.
  ['relief centres after a compound', 'سندھ حکومت نے شہر میں 50 ہیٹ ویو ریلیف سینٹرز قائم کر دیے ہیں۔', ['50=50/cardinal (counts centre)']],
  ['mobile health centres are centres, not phones', 'ضلع میں 45 موبائل ہیلتھ سینٹرز کام کر رہے ہیں۔', ['45=45/cardinal (counts centre)']],
  ['relief centres in English', 'The city set up 40 heatstroke relief centres.', ['40=40/cardinal (counts centre)']],
  ['"the number of centres" kept at a level', 'خریداری مراکز کی تعداد 400 رکھی گئی ہے۔', ['400=400/cardinal (counts centre)']],
  // A noun after "and" that a genitive gives to the next number is not the first number's.
  ['men and women counted by genitives', 'ملک میں مردوں کی تعداد 12 کروڑ 43 لاکھ اور خواتین کی 11 کروڑ 71 لاکھ ہے۔', ['12 کروڑ 43 لاکھ=124300000/cardinal (counts man)', '11 کروڑ 71 لاکھ=117100000/cardinal']],
  ['men and women, each with its noun', 'حادثے میں 5 مرد اور 3 خواتین زخمی ہوئیں۔', ['5=5/cardinal (counts man)', '3=3/cardinal (counts woman)']],
  ['"two more people" keeps its noun', 'دو اور افراد جاں بحق ہو گئے۔', ['دو=2/cardinal (counts person)']],
  // Gas in million cubic feet a day; CNG stations.
  ['gas in MMCFD', 'سسٹم میں گیس کی قلت 250 ایم ایم سی ایف ڈی تک پہنچ گئی ہے۔', ['250 ایم ایم سی ایف ڈی=250/cardinal (unit MMcfd)']],
  ['gas in mmcfd in English', 'The shortfall reached 250 mmcfd.', ['250 mmcfd=250/cardinal (unit MMcfd)']],
  ['CNG stations', 'صوبے میں 2 ہزار 300 سے زائد سی این جی اسٹیشنز ہیں۔', ['2 ہزار 300=2300/cardinal (more-than, counts station)']],
  // A day's maximum and minimum temperatures are readings, not bounds, in every language; "at least" stays a bound.
  ['minimum, then maximum temperature', 'کراچی میں کم سے کم درجہ حرارت 12 اور زیادہ سے زیادہ 28 ڈگری سینٹی گریڈ رہا۔', ['12=12/cardinal (unit °C)', '28 ڈگری سینٹی گریڈ=28/cardinal (unit °C)']],
  ['minimum and maximum in Hindi', 'दिल्ली में न्यूनतम तापमान 12 और अधिकतम 28 डिग्री सेल्सियस रहा।', ['12=12/cardinal (unit °C)', '28 डिग्री सेल्सियस=28/cardinal (unit °C)']],
  ['minimum and maximum in English', 'Delhi recorded a minimum of 12 and a maximum of 28 degrees Celsius.', ['12=12/cardinal (unit °C)', '28 degrees Celsius=28/cardinal (unit °C)']],
  ['at least before degrees is a bound', 'Temperatures will rise to at least 45 degrees.', ['45 degrees=45/cardinal (unit °, at-least)']],
  ['at most before people is a bound', 'زیادہ سے زیادہ 10 افراد کو اجازت ہوگی۔', ['10=10/cardinal (at-most, counts person)']],
  ['another place\'s percentage keeps its own kind', 'پنجاب میں مریضوں کی تعداد 500 ہو گئی جبکہ سندھ میں 20 فیصد اضافہ ہوا۔', ['500=500/cardinal (counts patient)', '20 فیصد=20/percent (unit %)']],
];

test('Urdu news 2: figures', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// Claims: [name, text, claims as "value:key"].
const claimRows: [name: string, text: string, expected: string[]][] = [
  ['pilgrims who passed away died', 'حج کے دوران 35 پاکستانی عازمین انتقال کر گئے۔', ['35:pilgrim|kill']],
  ['people who passed away died', 'حادثے میں 4 افراد انتقال کر گئے۔', ['4:person|kill']],
  ['فوت is died', 'سیلاب میں 12 افراد فوت ہو گئے۔', ['12:person|kill']],
  ['a transfer of power is no death', 'انتقال اقتدار پر 3 اجلاس ہوئے۔', []],
  // A quantity of the goods priced is the unit the price is per, and states no fact of its own.
  ['10 grams of gold before its price', '10 گرام سونے کی قیمت 3 لاکھ 2 ہزار 383 روپے ہو گئی۔', ['302383:money:PKR gold/10g|reach']],
  ['one tola of gold before its price', 'ایک تولہ سونے کی قیمت 3 لاکھ 52 ہزار روپے ہو گئی۔', ['352000:money:PKR gold/tola|reach']],
  ['10 grams of gold in English', '10 grams of gold cost Rs302,383 in Karachi.', ['302383:money:PKR gold/10g|cost']],
  ['a weight of goods with no price is a fact', 'پاکستان نے 50 ٹن سونا درآمد کیا۔', ['50:unit:t gold|import']],
  ['a lot of goods and its worth: no price per the lot', 'پاکستان نے 50 ٹن سونا درآمد کیا جس کی مالیت 4 ارب ڈالر ہے۔', ['50:unit:t gold|import', '4000000000:money:USD gold|value']],
  // A level ordered to be fixed is sought, not yet the level.
  ['a price ordered to be fixed', 'وزیر اعظم نے آٹے کی قیمت 120 روپے فی کلو مقرر کرنے کی ہدایت کی ہے۔', ['120:money:PKR flour/kg|seek']],
  ['a price fixed', 'حکومت نے آٹے کی قیمت 120 روپے فی کلو مقرر کر دی۔', ['120:money:PKR flour/kg|reach']],
  // A price right after the change it went through is the level it reached; a price risen to, with no change told, stays a rise.
  ['a price fallen by so much to a level, in English', 'The price of 10 grams of gold fell by Rs4,544 to Rs302,883 in Karachi.', ['4544:money:PKR gold/10g|fall', '302883:money:PKR gold/10g|reach']],
  ['a price per tola fallen by so much to a level, in English', 'The price of gold per tola fell by Rs5,300 to Rs352,700 in Karachi.', ['5300:money:PKR gold/tola|fall', '352700:money:PKR gold/tola|reach']],
  ['a price risen to a level alone stays a rise', 'Petrol rose to Rs 101 a litre in Delhi.', ['101:money:INR petrol/litre|grow']],
  // A rate raised "to" (تک, तक) a level is that level, not a change by so much; a cut of up to so much stays a change.
  ['a ratio to be raised to a level', 'فنڈ نے کہا کہ ٹیکس ٹو جی ڈی پی تناسب کو 10.6 فیصد تک بڑھایا جائے۔', ['10.6:%:tax-to-gdp|rate']],
  ['a ratio raised to a level in Hindi', 'पाकिस्तान का कर-जीडीपी अनुपात 10.6 प्रतिशत तक बढ़ाया जाए।', ['10.6:%:tax-to-gdp|rate']],
  ['an interest rate risen to a level', 'شرح سود 12 فیصد تک بڑھ گئی۔', ['12:%:interest|rate']],
  ['a rise in a rate by so much', 'مہنگائی میں 2 فیصد اضافہ ہوا۔', ['2:pp:inflation|grow']],
  // The level a price's change reached is per the change's unit.
  ['a change per tola, then the level', 'فی تولہ سونے کی قیمت 5 ہزار 300 روپے کمی کے بعد 3 لاکھ 52 ہزار 700 روپے ہو گئی۔', ['5300:money:PKR gold/tola|fall', '352700:money:PKR gold/tola|reach']],
  ['a change of a fuel, then its new price', 'پیٹرول کی قیمت میں 7 روپے 45 پیسے فی لیٹر اضافہ کیا گیا ہے جس کے بعد نئی قیمت 272 روپے 15 پیسے فی لیٹر ہو گئی ہے۔', ['7.45:money:PKR petrol/litre|grow', '272.15:money:PKR petrol/litre|reach']],
  ['a change\'s goods stop at a clause break', 'ڈیزل کی قیمت 3 روپے اضافے کے بعد 284 روپے فی لیٹر ہو گئی جبکہ درآمدی بل 5 ارب ڈالر رہا۔', ['3:money:PKR diesel|grow', '284:money:PKR diesel/litre|reach', '5000000000:money:USD imports|reach']],
  ['a change of 10 grams, then the level', '10 گرام سونے کی قیمت 4 ہزار 544 روپے کم ہو کر 3 لاکھ 2 ہزار 383 روپے ہو گئی۔', ['4544:money:PKR gold/10g|fall', '302383:money:PKR gold/10g|reach']],
];

test('Urdu news 2: claims', () => {
  checkRows(claimRows, claimKeys);
});

// Two reports of one story: [name, [a, b], the figures the cross-file check flags].
const pairRows: [name: string, texts: [string, string], expected: string[]][] = [
  ['a fuel\'s new price after its rise, and the price fixed, differ', ['پیٹرول کی قیمت میں 7 روپے 45 پیسے فی لیٹر اضافہ کیا گیا جس کے بعد نئی قیمت 272 روپے 15 پیسے فی لیٹر ہو گئی۔', 'پیٹرول کی نئی قیمت 274.15 روپے فی لیٹر مقرر کی گئی ہے۔'], ['a: 272 روپے 15 پیسے', 'b: 274.15 روپے']],
  ['prices of 10 grams of gold after their fall that differ, in Urdu and English', ['10 گرام سونے کی قیمت 4 ہزار 544 روپے کم ہو کر 3 لاکھ 2 ہزار 383 روپے ہو گئی۔', 'In Karachi, the price of 10 grams of gold fell by Rs4,544 to Rs302,883.'], ['a: 3 لاکھ 2 ہزار 383 روپے', 'b: Rs302,883']],
  ['the same price per tola after its fall agrees, in Urdu and English', ['فی تولہ سونے کی قیمت 5 ہزار 300 روپے کمی کے بعد 3 لاکھ 52 ہزار 700 روپے ہو گئی۔', 'In Karachi, the price of gold per tola fell by Rs5,300 to Rs352,700.'], []],
  ['the same new price told both ways agrees', ['پیٹرول کی قیمت میں 7 روپے 45 پیسے فی لیٹر اضافہ کیا گیا جس کے بعد نئی قیمت 272 روپے 15 پیسے فی لیٹر ہو گئی۔', 'پیٹرول کی نئی قیمت 272.15 روپے فی لیٹر مقرر کی گئی ہے۔'], []],
];

test('Urdu news 2: two reports of one story', () => {
  checkRows(pairRows, flaggedInPair);
});

// One document's statements: [name, text, the figures the in-document check flags].
const documentRows: [name: string, text: string, expected: string[]][] = [
  ['gold per tola and 10 grams of gold are two facts', 'فی تولہ سونے کی قیمت 5 ہزار 300 روپے کمی کے بعد 3 لاکھ 52 ہزار 700 روپے ہو گئی۔ 10 گرام سونے کی قیمت 4 ہزار 544 روپے کم ہو کر 3 لاکھ 2 ہزار 383 روپے ہو گئی۔', []],
  ['a price reached and a price ordered are two facts', 'آٹے کی قیمت 150 روپے فی کلو تک پہنچ گئی۔ وزیر اعظم نے آٹے کی قیمت 120 روپے فی کلو مقرر کرنے کی ہدایت کی ہے۔', []],
  ['gold per tola at two levels is flagged', 'فی تولہ سونے کی قیمت 5 ہزار روپے کمی کے بعد 3 لاکھ 52 ہزار روپے ہو گئی۔ فی تولہ سونے کی قیمت 3 لاکھ 55 ہزار روپے ہو گئی۔', ['3 لاکھ 52 ہزار روپے', '3 لاکھ 55 ہزار روپے']],
];

test('Urdu news 2: one document\'s own figures', () => {
  checkRows(documentRows, flaggedInDocument);
});

// Entities: [name, text, mentions in order as "type text id" (id '-' when unlinked)].
const entityRows: [name: string, text: string, expected: string[]][] = [
  ['the IMF by its common Urdu name', 'عالمی مالیاتی فنڈ نے قسط جاری کر دی۔', ['organisation عالمی مالیاتی فنڈ org:imf']],
  ['Karachi\'s power company', 'کراچی میں کے الیکٹرک کے فیڈرز ٹرپ کر گئے۔', ['place کراچی city:karachi', 'organisation کے الیکٹرک org:pk-k-electric']],
  ['power companies by their short names', 'لیسکو، میپکو اور کیسکو کے علاقوں میں لوڈشیڈنگ ہوئی۔', ['organisation لیسکو org:pk-lesco', 'organisation میپکو org:pk-mepco', 'organisation کیسکو org:pk-qesco']],
  ['the Power Division', 'پاور ڈویژن کے مطابق شارٹ فال بڑھ گیا۔', ['organisation پاور ڈویژن org:pk-power-division']],
  ['a dam', 'تربیلا ڈیم میں پانی کی سطح بلند ہو گئی۔', ['place تربیلا ڈیم area:tarbela-dam']],
  ['the farmers\' union', 'کسان اتحاد نے احتجاج کا اعلان کیا۔', ['organisation کسان اتحاد org:pk-kissan-ittehad']],
  ['a noun before a ministry is no part of its name', 'اوگرا نے سمری وزارت خزانہ کو ارسال کی۔', ['organisation اوگرا org:pk-ogra', 'organisation وزارت خزانہ org:pk-finance']],
  ['a report sent to a ministry', 'رپورٹ وزارت داخلہ کو بھیج دی گئی۔', ['organisation وزارت داخلہ -']],
  ['a place before a head word still opens the name', 'پنجاب یونیورسٹی کے طلبہ نے احتجاج کیا۔', ['organisation پنجاب یونیورسٹی -']],
  ['the Finance Division', 'فنانس ڈویژن کے اعلامیے کے مطابق پیٹرول مہنگا ہو گیا۔', ['organisation فنانس ڈویژن org:pk-finance']],
  ['a school stream is no group name', 'سائنس گروپ میں کامیابی کا تناسب 71 فیصد جبکہ جنرل گروپ میں 48 فیصد رہا۔', []],
  ['a general is still a title', 'جنرل عاصم منیر نے خطاب کیا۔', ['person عاصم منیر -']],
  ['another country\'s finance ministry', 'بھارت کی وزارت خزانہ نے بجٹ پیش کیا۔', ['place بھارت region:IN', 'organisation وزارت خزانہ -']],
  ['the gas companies', 'سوئی ناردرن گیس پائپ لائنز لمیٹڈ (ایس این جی پی ایل) اور سوئی سدرن گیس کمپنی نے گیس بند کر دی۔', ['organisation سوئی ناردرن گیس پائپ لائنز لمیٹڈ org:pk-sngpl', 'organisation ایس این جی پی ایل org:pk-sngpl', 'organisation سوئی سدرن گیس کمپنی org:pk-ssgc']],
  ['Saudia is an airline, not Saudi Arabia', 'پی آئی اے اور سعودی ایئرلائنز سمیت چار فضائی کمپنیاں پروازیں چلائیں گی۔', ['organisation پی آئی اے org:pk-pia', 'organisation سعودی ایئرلائنز org:saudia']],
  ['Pakistani airlines', 'ایئربلیو اور سیرین ایئر نے کرایوں میں کمی کر دی۔', ['organisation ایئربلیو org:airblue', 'organisation سیرین ایئر org:serene-air']],
  ['towns of a heat report', 'سبی، نوکنڈی اور بھکر میں شدید گرمی رہی۔', ['place سبی city:sibi', 'place نوکنڈی city:nokkundi', 'place بھکر city:bhakkar']],
];

test('Urdu news 2: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`));
});
