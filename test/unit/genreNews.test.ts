import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';
import { flaggedInPair } from '../support/claims';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// News of genres the other news tables leave out (exams, health, weather, sports, farming, space,
// aviation), in the four languages.

// Figures: [name, text, figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  ['the number a count comes to is no year', 'رواں سال متاثرہ افراد کی تعداد 1850 ہو گئی ہے۔', ['1850=1850/cardinal (counts person)']],
  ['a year after the count word with its postposition stays a year', 'طلبہ کی تعداد 2019 میں 500 تھی۔', ['2019=2019/year', '500=500/cardinal']],
  ['the number a Hindi count comes to is no year', 'इस साल मरीजों की संख्या 1850 हो गई है।', ['1850=1850/cardinal (counts patient)']],
  ['a lead in a series is a score', 'Pakistan lead the three-match series 2-0.', ['three=3/cardinal (counts match)']],
  ['a lead at half-time is a score', 'India led 2-1 at half-time.', []],
  ['an infinitive after a bound is no counted noun', 'प्लेटलेट्स 20 हजार से नीचे आने पर ही चढ़ाने की जरूरत होती है।', ['20 हजार=20000/cardinal (less-than)']],
  ['an Urdu infinitive after a bound is no counted noun', 'پلیٹ لیٹس 20 ہزار سے نیچے آنے پر خون لگایا جاتا ہے۔', ['20 ہزار=20000/cardinal (less-than)']],
  ['a maker and its model stand between a number and its noun', 'Emirates plans to add 65 Boeing 777-9 jets and 10 Airbus A320 aircraft.', ['65=65/cardinal (counts aircraft)', '10=10/cardinal (counts aircraft)']],
  ['an aircraft\'s model number is no figure', 'PIA will lease 4 ATR 72 planes and 2 Airbus 320 jets.', ['4=4/cardinal (counts aircraft)', '2=2/cardinal (counts aircraft)']],
  ['an article before the second number keeps its noun to itself', "Babar Azam's 73 and a four-wicket haul from Afridi won it.", ['73=73/cardinal', 'four=4/cardinal (counts wicket)']],
  ['a bowler who led the attack keeps his figures', 'The bowlers shone in the ODI. Naseem led the attack with 4-31.', ['4=4/cardinal (counts wicket)', '31=31/cardinal (counts run)']],
];

test('News of other genres: figures', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// Entities: [name, text, "text=type[:id]" of each mention].
const entityRows: [name: string, text: string, expected: string[]][] = [
  ['a Hindi initial with its point opens the name after a title', 'इसरो अध्यक्ष वी. नारायणन ने कहा कि मिशन सफल रहा।', ['इसरो=organisation:org:in-isro', 'वी. नारायणन=person']],
  ['Hindi initials open a name without a title', 'भाजपा अध्यक्ष ने कहा कि जे.पी. नड्डा और एम.के. स्टालिन मिले।', ['भाजपा=organisation:org:in-bjp', 'जे.पी. नड्डा=person', 'एम.के. स्टालिन=person']],
  ['के as an initial is no postposition', 'बैठक में के. चंद्रशेखर राव भी थे।', ['के. चंद्रशेखर राव=person']],
  ['cricketers by their given names', 'پہلی اننگز میں سعود شکیل نے 134 رنز بنائے جبکہ نعمان علی نے 4 وکٹیں لیں۔', ['سعود شکیل=person', 'نعمان علی=person']],
  ['an English "and" goes on after "of"', 'بورڈ آف انٹرمیڈیٹ اینڈ سیکنڈری ایجوکیشن لاہور نے نتائج جاری کیے۔', ['بورڈ آف انٹرمیڈیٹ اینڈ سیکنڈری ایجوکیشن=organisation', 'لاہور=place:city:lahore']],
  ['an English "and" joins words before a head', 'واٹر اینڈ پاور ڈیولپمنٹ اتھارٹی نے بجلی بند کی۔', ['واٹر اینڈ پاور ڈیولپمنٹ اتھارٹی=organisation']],
  ['an English surname repeats its person', 'Erling Haaland scored twice. Later, Haaland said he was happy.', ['Erling Haaland=person', 'Haaland=person']],
  ['Persian athletes by compound given names', 'محمدهادی ساروی در وزن ۹۷ کیلوگرم و آرین سلیمی در وزن ۸۰ کیلوگرم طلایی شدند.', ['محمدهادی ساروی=person', 'آرین سلیمی=person']],
  ['Indian cricketers by their given names', 'श्रेयस अय्यर और हार्दिक पांड्या ने रन बनाए।', ['श्रेयस अय्यर=person', 'हार्दिक पांड्या=person']],
  ['bodies of space, sport and aviation', 'NASA and SpaceX launched it; the IOC, FIFA and Boeing watched.', ['NASA=organisation:org:nasa', 'SpaceX=organisation:org:spacex', 'IOC=organisation:org:ioc', 'FIFA=organisation:org:fifa', 'Boeing=organisation:org:boeing']],
  ['the cricket council spelled in letters is no court', 'آئی سی سی نے ناسا اور فیفا کے ساتھ معاہدہ کیا۔', ['آئی سی سی=organisation:org:cricket-council', 'ناسا=organisation:org:nasa', 'فیفا=organisation:org:fifa']],
  ['the cricket council in Hindi', 'आईसीसी और नासा ने घोषणा की।', ['आईसीसी=organisation:org:cricket-council', 'नासा=organisation:org:nasa']],
  ['seas of weather news', 'ارتفاع موج در دریای خزر و دریای عمان به ۲ متر می‌رسد.', ['دریای خزر=place:area:caspian-sea', 'دریای عمان=place:area:gulf-of-oman']],
  ['the Bay of Bengal and the launch site', 'बंगाल की खाड़ी में चक्रवात बना और श्रीहरिकोटा से प्रक्षेपण टला।', ['बंगाल की खाड़ी=place:area:bay-of-bengal', 'श्रीहरिकोटा=place:city:sriharikota']],
  ['Auckland as Persian news spells it', 'پرواز در آکلند به زمین نشست.', ['آکلند=place:city:auckland']],
  ['a city opens its airport\'s name', 'Dubai International Airport handled 92 million passengers.', ['Dubai International Airport=place']],
];

test('News of other genres: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((e) => `${text.slice(e.start, e.end)}=${e.type}${e.id ? `:${e.id}` : ''}`));
});

// Sentences: [name, text, number of sentences].
const sentenceRows: [name: string, text: string, expected: number][] = [
  ['a Hindi initial\'s point ends no sentence', 'विदेश मंत्री एस. जयशंकर ने बैठक में भाग लिया।', 1],
  ['a point after a Hindi sentence still ends it', 'मोदी जी ने बात की. उन्होंने कहा कि काम होगा।', 2],
];

test('News of other genres: sentences', () => {
  checkRows(sentenceRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).sentences.length);
});

// Two reports: [name, [file a, file b], the figures the cross-file check flags, as "a: text" or "b: text"].
const pairRows: [name: string, input: [string, string], expected: string[]][] = [
  ['two tours filed from grounds in different countries are different stories', [
    'راولپنڈی: پاکستان نے انگلینڈ کو 9 وکٹوں سے ہرا دیا۔ ساجد خان نے 69 رنز دے کر 6 وکٹیں حاصل کیں۔',
    'CAPE TOWN: Babar Azam\'s 73 and a four-wicket haul from Shaheen Shah Afridi helped Pakistan to an 81-run win over South Africa.',
  ], []],
];

test('News of other genres: two reports', () => {
  checkRows(pairRows, flaggedInPair);
});
