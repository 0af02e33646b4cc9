import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// Urdu and Pakistani English news of IMF loans, the stock market, sport, rescue, telecom, crime, property and gold: [name, text, figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  // A glued m after whole digits is a million before a plural of a counted noun; a length otherwise.
  ['45m children are millions', 'A nationwide drive will target 45m children.', ['45m=45000000/cardinal (counts child)']],
  ['3m shares are millions', 'The company sold 3m shares on Friday.', ['3m=3000000/cardinal (counts share)']],
  ['a 45m tower stays metres', 'A 45m tower collapsed in the storm.', ['45m=45/cardinal (unit m)']],
  ['100m stays metres', 'He ran the 100m in 10 seconds.', ['100m=100/cardinal (unit m)', '10=10/cardinal (counts second)']],
  // Service numbers in English, as ریسکیو 1122.
  ['Rescue 1122 is a number to call', 'Rescue 1122 handled 4,000 emergency calls.', ['Rescue 1122=1122/reference (counts number)', '4,000=4000/cardinal (counts call)']],
  // Urdu nouns of crime, market, traffic, telecom, property, sport and loan news, with the English ids.
  ['street crimes are incidents', 'شہر میں اسٹریٹ کرائم کی 58 ہزار 412 وارداتیں رپورٹ ہوئیں۔', ['58 ہزار 412=58412/cardinal (counts incident)']],
  ['حصص and شیئرز are shares', 'مارکیٹ میں 68 کروڑ حصص کا کاروبار ہوا جبکہ گزشتہ روز 52 کروڑ شیئرز کے سودے ہوئے تھے۔',
    ['68 کروڑ=680000000/cardinal (counts share)', '52 کروڑ=520000000/cardinal (counts share)']],
  ['drivers, rickshaws and cars', 'حادثات میں 592 ڈرائیور زخمی ہوئے جبکہ 112 رکشے اور 74 کاریں تباہ ہوئیں۔',
    ['592=592/cardinal (counts driver)', '112=112/cardinal (counts rickshaw)', '74=74/cardinal (counts car)']],
  ['properties', 'ڈیفالٹرز کی 1,250 جائیدادیں سیل کر دی گئیں۔', ['1,250=1250/cardinal (counts property)']],
  ['mobile handsets are handsets, not phones', 'اکتوبر میں 24 لاکھ موبائل ہینڈ سیٹ تیار کیے گئے۔', ['24 لاکھ=2400000/cardinal (counts handset)']],
  ['emergency calls are calls', 'ریسکیو 1122 نے 4 لاکھ ایمرجنسی کالز پر کارروائی کی۔', ['ریسکیو 1122=1122/reference (counts number)', '4 لاکھ=400000/cardinal (counts call)']],
  ['penalty corners in Urdu and English', 'پاکستان کو میچ میں 7 پنالٹی کارنرز ملے۔', ['7=7/cardinal (counts penalty-corner)']],
  ['penalty corners in English', 'Pakistan earned 7 penalty corners.', ['7=7/cardinal (counts penalty-corner)']],
  ['mobile connections and SIMs', 'ستمبر میں 15 لاکھ نئے موبائل کنکشن جاری ہوئے اور 2 لاکھ 80 ہزار جعلی سمز بلاک کی گئیں۔', ['15 لاکھ=1500000/cardinal (counts connection)', '2 لاکھ 80 ہزار=280000/cardinal (counts sim)']],
  ['structural benchmarks', 'حکومت نے 11 میں سے 10 ساختی معیارات پورے کر لیے ہیں۔', ['11=11/cardinal (counts benchmark)', '10=10/cardinal (counts benchmark)']],
  ['proclaimed offenders and weapons seized', 'پولیس نے ۹۸ اشتہاری مجرموں کو گرفتار کر کے ۳۴۵ پستول اور ۲۶ رائفلیں برآمد کیں۔',
    ['۹۸=98/cardinal (counts offender)', '۳۴۵=345/cardinal (counts weapon)', '۲۶=26/cardinal (counts weapon)']],
  ['proclaimed offenders and weapons in English', 'Police arrested 98 proclaimed offenders and seized 345 pistols and 26 Kalashnikovs.',
    ['98=98/cardinal (counts offender)', '345=345/cardinal (counts weapon)', '26=26/cardinal (counts weapon)']],
  ['underage drivers are minors', 'متاثرین میں 592 ڈرائیور، 134 کم عمر اور 619 مسافر شامل تھے۔', ['592=592/cardinal (counts driver)', '134=134/cardinal (counts minor)', '619=619/cardinal (counts passenger)']],
  ['"younger than" stays a bound on years', '5 سال سے کم عمر کے 4 کروڑ بچوں کو قطرے پلائے جائیں گے۔', ['5=5/cardinal (less-than, counts year)', '4 کروڑ=40000000/cardinal (counts child)']],
  // A whole with no number named first, opening the sentence, closed by a comma.
  ['"Of the injured," before the number', 'Of the injured, 687 were shifted to hospitals.', ['687=687/cardinal (counts injury)']],
  // The IMF's unit of account is a currency, XDR.
  ['SDR before its amount', 'The IMF released SDR 760 million to Pakistan.', ['SDR 760 million=760000000/currency (unit XDR)']],
  ['SDRs after the amount', 'The tranche equals 760 million SDRs.', ['760 million SDRs=760000000/currency (unit XDR)']],
  ['ایس ڈی آر after the amount', 'قسط کی رقم 76 کروڑ ایس ڈی آر کے مساوی ہے۔', ['76 کروڑ ایس ڈی آر=760000000/currency (unit XDR)']],
  // "The number of" past one word no table knows to the noun it modifies.
  ['the number of cellular subscribers', 'The number of cellular subscribers in Pakistan reached 195.2 million.', ['195.2 million=195200000/cardinal (counts subscriber)']],
  // Urdu papers name the KSE-100 "100 انڈیکس": no figure; its points after it stay a count.
  ['100 انڈیکس is the index\'s name', '100 انڈیکس ایک لاکھ 20 ہزار پوائنٹس کی سطح عبور کر گیا۔', ['ایک لاکھ 20 ہزار=120000/cardinal (counts point)']],
  ['100 index points stay a count', 'انڈیکس میں 100 انڈیکس پوائنٹس کا اضافہ ہوا۔', ['100=100/cardinal (counts point)']],
];

test('Urdu news 3: figures', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// Claims: [name, text, claims as "value:key"].
const claimRows: [name: string, text: string, expected: string[]][] = [
  // A price made dearer (مہنگا) or cheaper (سستا) by so much is a rise or a fall; the level after it the level reached.
  ['gold dearer per tola', 'سونا فی تولہ 2 ہزار 100 روپے مہنگا ہو گیا۔', ['2100:money:PKR gold/tola|grow']],
  ['flour dearer per kilo', 'آٹا 10 روپے فی کلو مہنگا ہو گیا۔', ['10:money:PKR flour/kg|grow']],
  ['the dollar cheaper, then its level', 'انٹربینک مارکیٹ میں ڈالر 12 پیسے سستا ہو کر 280 روپے 95 پیسے پر بند ہوا۔', ['0.12:money:PKR usd|fall', '280.95:money:PKR usd|reach']],
  ['petrol made cheaper', 'پیٹرول 5 روپے فی لیٹر سستا کر دیا گیا۔', ['5:money:PKR petrol/litre|fall']],
  ['inflation is no rise', 'ملک میں مہنگائی کی شرح 4.1 فیصد رہی۔', ['4.1:%:inflation|rate']],
  // A price after its change is the level it reached, also past the unit the change is per.
  // Translations of one fact share a key: subscribers are users, FIRs cases reported (درج کیے, as Hindi दर्ज).
  ['subscribers are users', 'The number of cellular subscribers in Pakistan reached 195.2 million.', ['195200000:user|reach']],
  ['صارفین are users', 'ملک میں سیلولر موبائل صارفین کی تعداد 19 کروڑ 52 لاکھ ہو گئی ہے۔', ['195200000:user|reach']],
  ['FIRs registered are cases reported', 'Police registered 12,340 FIRs and arrested 3,215 suspects.', ['12340:case|report', '3215:suspect|arrest']],
  ['مقدمات درج کیے are cases reported', 'پولیس نے مختلف تھانوں میں 12 ہزار 340 مقدمات درج کیے اور 3 ہزار 215 ملزمان کو گرفتار کیا۔', ['12340:case|report', '3215:suspect|arrest']],
  ['"the following" registers nothing', 'اس کی درج ذیل 3 وجوہات ہیں۔', []],
  // Goods snatched.
  ['phones snatched', 'Citizens were deprived of 18,650 mobile phones in Karachi.', ['18650:phone|snatch']],
  ['phones snatched in Urdu', 'کراچی میں شہریوں سے 18 ہزار 650 موبائل فونز چھینے گئے۔', ['18650:phone|snatch']],
  // A count "the number of" names, risen to a level, is that level (as "… کی تعداد 39 ہو گئی"); risen by so much stays a rise.
  ['the number of cases risen to a level', 'The number of polio cases this year has risen to 39.', ['39:case|reach']],
  ['the number of cases risen by so much', 'The number of cases rose by 39.', ['39:case|grow']],
  // "gaining" is a rise.
  ['an index gaining points to close at a level', 'The benchmark KSE-100 index gaining 1,548.21 points to close at 120,345.67 points.', ['1548.21:point kse100|grow', '120345.67:point kse100|reach']],
  ['a price that went up by so much to a level', 'In Karachi, 10 grams of gold went up by Rs1,800 to Rs373,542.', ['1800:money:PKR gold/10g|grow', '373542:money:PKR gold/10g|reach']],
  // The KSE-30 is an index of its own.
  ['the KSE-30 in Urdu', 'کے ایس ای 30 انڈیکس 512 پوائنٹس بڑھ کر 36 ہزار 812 پوائنٹس پر بند ہوا۔', ['512:point kse30|grow', '36812:point kse30|reach']],
  ['the KSE-30 in English', 'The KSE-30 index rose 512 points to close at 36,812 points.', ['512:point kse30|grow', '36812:point kse30|reach']],
  ['risen by so much per tola to a level', 'In Karachi, gold prices rose by Rs2,100 per tola to Rs435,700.', ['2100:money:PKR gold/tola|grow', '435700:money:PKR gold/tola|reach']],
];

test('Urdu news 3: claims', () => {
  checkRows(claimRows, claimKeys);
});

// Two reports of one story: [name, [a, b], the figures the cross-file check flags].
const pairRows: [name: string, texts: [string, string], expected: string[]][] = [
  ['gold\'s level per tola after its rise differs, in Urdu and English', ['فی تولہ سونے کی قیمت 2 ہزار 100 روپے اضافے کے بعد 4 لاکھ 35 ہزار 700 روپے ہو گئی۔', 'In Karachi, gold prices rose by Rs2,100 per tola to Rs435,200.'], ['a: 4 لاکھ 35 ہزار 700 روپے', 'b: Rs435,200']],
  ['the same level per tola agrees', ['فی تولہ سونے کی قیمت 2 ہزار 100 روپے اضافے کے بعد 4 لاکھ 35 ہزار 700 روپے ہو گئی۔', 'In Karachi, gold prices rose by Rs2,100 per tola to Rs435,700.'], []],
  ['an index\'s close with its decimals dropped, told in scale words, agrees', ['KARACHI: The benchmark KSE-100 index gaining 1,548.21 points to close at 120,345.67 points.', 'کراچی: کے ایس ای 100 انڈیکس 1,548 پوائنٹس اضافے کے ساتھ ایک لاکھ 20 ہزار 345 پوائنٹس پر بند ہوا۔'], []],
  ['an index\'s close that differs', ['KARACHI: The benchmark KSE-100 index gaining 1,548.21 points to close at 120,345.67 points.', 'کراچی: کے ایس ای 100 انڈیکس 1,548 پوائنٹس اضافے کے ساتھ ایک لاکھ 20 ہزار 435 پوائنٹس پر بند ہوا۔'], ['a: 120,345.67', 'b: ایک لاکھ 20 ہزار 435']],
  ['the KSE-30 is not the index an intraday high is of', ['The index touched an intraday high of 120,709 points.', 'کے ایس ای 30 انڈیکس 512 پوائنٹس بڑھ کر 36 ہزار 812 پوائنٹس پر بند ہوا۔'], []],
  ['phones snatched that differ, in English and Urdu', ['Citizens were deprived of 18,650 mobile phones in Karachi.', 'کراچی میں شہریوں سے 18 ہزار 560 موبائل فونز چھینے گئے۔'], ['a: 18,650', 'b: 18 ہزار 560']],
  ['cases registered that agree, FIRs and مقدمات', ['Karachi police registered 12,340 FIRs.', 'کراچی پولیس نے 12 ہزار 340 مقدمات درج کیے۔'], []],
  ['cases registered that differ', ['Karachi police registered 12,340 FIRs.', 'کراچی پولیس نے 12 ہزار 430 مقدمات درج کیے۔'], ['a: 12,340', 'b: 12 ہزار 430']],
  ['a tranche in SDRs that differs', ['آئی ایم ایف نے پاکستان کو 76 کروڑ ایس ڈی آر کی قسط جاری کر دی۔', 'The IMF released a tranche of SDR 770 million to Pakistan.'], ['a: 76 کروڑ ایس ڈی آر', 'b: SDR 770 million']],
  ['the dollar\'s closing rate after a fall and a rise', ['انٹربینک مارکیٹ میں ڈالر 12 پیسے سستا ہو کر 280 روپے 95 پیسے پر بند ہوا۔', 'انٹربینک مارکیٹ میں ڈالر 12 پیسے مہنگا ہو کر 281 روپے 19 پیسے پر بند ہوا۔'], ['a: 280 روپے 95 پیسے', 'b: 281 روپے 19 پیسے']],
];

test('Urdu news 3: two reports of one story', () => {
  checkRows(pairRows, flaggedInPair);
});

// Entities: [name, text, mentions in order as "type text id" (id '-' when unlinked)].
const entityRows: [name: string, text: string, expected: string[]][] = [
  ['SDR is a currency, no organisation', 'The IMF released SDR 760 million.', ['organisation IMF org:imf']],
  ['ایس ڈی آر is a currency, no organisation', 'قسط 76 کروڑ ایس ڈی آر کے مساوی ہے۔', []],
  ['a fiscal year\'s prefix is no organisation', 'Growth is forecast at 3.6pc in FY26.', []],
  ['cricketers by their given names', 'Daryl Mitchell top-scored and Tom Latham made 61 while Matt Henry and Heinrich Klaasen starred.',
    ['person Daryl Mitchell -', 'person Tom Latham -', 'person Matt Henry -', 'person Heinrich Klaasen -']],
  ['a stadium named after a bank is a place', 'کراچی کے نیشنل بینک اسٹیڈیم میں میچ ہوا۔', ['place کراچی city:karachi', 'place نیشنل بینک اسٹیڈیم -']],
  ['a bank written with its head first stays a bank', 'انہوں نے نیشنل بینک کے صدر سے ملاقات کی۔', ['organisation نیشنل بینک -']],
  ['Malaysia as Urdu papers spell it', 'قومی ہاکی ٹیم نے ملائیشیا کو ہرا دیا۔', ['place ملائیشیا region:MY']],
];

test('Urdu news 3: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`));
});
