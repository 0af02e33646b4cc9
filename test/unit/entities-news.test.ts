import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

/**
 * Names of everyday news that earlier tables missed: airlines, football clubs, border crossings,
 * rivers, festivals and pilgrimages, treaties, foreign ministries and dailies. A row: text, then
 * the mentions expected in order as "type text id" (id '-' when unlinked).
 */
type Row = [name: string, text: string, expected: string[]];

const mentions = (text: string): string[] => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`);

const rows: Row[] = [
  // Airlines: Emirates is no country, the Emirates' airline in every script.
  ['en: Emirates is the airline', 'Emirates and Pakistan International Airlines suspended flights.',
    ['organisation Emirates org:emirates', 'organisation Pakistan International Airlines org:pk-pia']],
  ['ur: Emirates is the airline', 'ایمریٹس نے پروازیں معطل کر دیں۔', ['organisation ایمریٹس org:emirates']],
  ['fa: the Emirates airline, not the country', 'شرکت هواپیمایی امارات پروازهای خود را لغو کرد.', ['organisation هواپیمایی امارات org:emirates']],
  ['hi: Emirates is the airline', 'एमिरेट्स ने उड़ानें रद्द कीं।', ['organisation एमिरेट्स org:emirates']],
  // Football clubs named after a city are the club.
  ['ur: Real Madrid is no Madrid', 'ریال میڈرڈ نے میچ جیت لیا۔', ['organisation ریال میڈرڈ org:real-madrid']],
  ['hi: Real Madrid is no Madrid', 'रियल मैड्रिड ने मैच जीता।', ['organisation रियल मैड्रिड org:real-madrid']],
  ['en: Real Madrid and Manchester United', 'Real Madrid beat Manchester United.', ['organisation Real Madrid org:real-madrid', 'organisation Manchester United org:manchester-united']],
  // Border crossings.
  ['fa: the Mehran crossing', 'زائران از مرز مهران عبور کردند.', ['place مرز مهران area:mehran-crossing']],
  ['ur: the Torkham crossing', 'طورخم بارڈر پر تجارت بحال ہو گئی۔', ['place طورخم بارڈر area:torkham-crossing']],
  ['fa: the Torkham crossing', 'تردد از گذرگاه تورخم از سر گرفته شد.', ['place گذرگاه تورخم area:torkham-crossing']],
  ['en: the Torkham crossing', 'Trade resumed at the Torkham border crossing.', ['place Torkham border crossing area:torkham-crossing']],
  ['hi: the Attari-Wagah crossing', 'अटारी-वाघा बॉर्डर पर समारोह रद्द हुआ।', ['place अटारी-वाघा बॉर्डर area:wagah-crossing']],
  // Rivers.
  ['hi: the Ganges', 'श्रद्धालुओं ने गंगा में डुबकी लगाई।', ['place गंगा area:ganges-river']],
  ['en: the Ganges', 'Millions bathed in the Ganges.', ['place Ganges area:ganges-river']],
  // Festivals and pilgrimages.
  ['hi: the Maha Kumbh', 'प्रयागराज में महाकुंभ शुरू हुआ।', ['place प्रयागराज city:prayagraj', 'other महाकुंभ event:kumbh-mela']],
  ['en: the Maha Kumbh', 'Pilgrims gathered at Prayagraj for the Maha Kumbh.', ['place Prayagraj city:prayagraj', 'other Maha Kumbh event:kumbh-mela']],
  ['fa: Arbaeen and Nowruz', 'زائران اربعین پس از نوروز آمدند.', ['other اربعین event:arbaeen', 'other نوروز event:nowruz']],
  ['ur: Arbaeen', 'اربعین کے موقع پر زائرین عراق گئے۔', ['other اربعین event:arbaeen', 'place عراق region:IQ']],
  // Treaties and agreements in every script.
  ['ur: the Indus Waters Treaty is no Sindh', 'سندھ طاس معاہدے کی معطلی مسترد کر دی گئی۔', ['document سندھ طاس معاہدے doc:indus-waters-treaty']],
  ['hi: the Indus Waters Treaty', 'भारत ने सिंधु जल संधि को निलंबित किया।', ['place भारत region:IN', 'document सिंधु जल संधि doc:indus-waters-treaty']],
  ['en: the Indus Waters Treaty is one name', 'India suspended the Indus Waters Treaty.', ['place India region:IN', 'document Indus Waters Treaty doc:indus-waters-treaty']],
  ['fa: the JCPOA', 'عراقچی گفت برجام زنده است.', ['document برجام doc:jcpoa']],
  ['en: the JCPOA is a document', 'He said the JCPOA was alive.', ['document JCPOA doc:jcpoa']],
  // Foreign ministries by their country; a daily named after a city is no mention of the city.
  ['ur: the Foreign Office is Pakistan\'s, another country\'s is unlinked', 'دفتر خارجہ نے کہا۔ چین کے دفتر خارجہ نے کہا۔',
    ['organisation دفتر خارجہ org:pk-foreign', 'place چین region:CN', 'organisation دفتر خارجہ -']],
  ['ur: the Iranian foreign ministry by its adjective', 'ایرانی وزارت خارجہ کے ترجمان نے کہا۔', ['organisation ایرانی وزارت خارجہ org:ir-foreign']],
  ['hi and en: India\'s Ministry of External Affairs', 'भारतीय विदेश मंत्रालय ने कहा। The Ministry of External Affairs said.',
    ['organisation भारतीय विदेश मंत्रालय org:in-mea', 'organisation Ministry of External Affairs org:in-mea']],
  ['hi: AIIMS is a hospital, Delhi the city', 'एम्स दिल्ली में मरीज भर्ती हैं।', ['organisation एम्स org:in-aiims', 'place दिल्ली city:delhi']],
  ['ur and en: the Washington Post is no Washington', 'واشنگٹن پوسٹ نے رپورٹ دی۔ By then The Washington Post reported it.',
    ['organisation واشنگٹن پوسٹ org:washington-post', 'organisation The Washington Post org:washington-post']],
];

for (const [name, text, expected] of rows) {
  test(`detects names of news: ${name}`, () => assert.deepEqual(mentions(text), expected));
}

/** Rows of general rules: a district named by one word, a place and a head word alone, a body named inside a title, titles. */
const ruleRows: Row[] = [
  ['en: one capitalised word before "district" is a place', 'Floods submerged 40 villages in Duki district.', ['place Duki district -']],
  ['en: a district opening a sentence', 'Sherani district remained cut off.', ['place Sherani district -']],
  // The adjective is a mention of its country (entities/demonyms.ts), never a place name with the head word.
  ['en: a nation\'s adjective before "province" is no name', 'The virus spread to every Chinese province and an Afghan village.', ['place Chinese region:CN', 'place Afghan region:AF']],
  ['en: a place and one head word are a body, not the place', 'Delhi University announced the dates.', ['organisation Delhi University -']],
  ['en: a place, a head word and more of a name', 'Delhi University Students Union protested.', ['organisation Delhi University Students Union -']],
  ['en: a place and a head word before a title', 'Karachi University Vice Chancellor Khalid Iraqi said.', ['organisation Karachi University -', 'person Khalid Iraqi -']],
  ['fa: a ministry named inside a spokesman\'s title', 'سخنگوی وزارت امور خارجه گفت ایران پایبند است.', ['organisation وزارت امور خارجه org:ir-foreign', 'place ایران region:IR']],
  ['fa: the ministry in the title, then the spokesman', 'سخنگوی وزارت امور خارجه اسماعیل بقائی گفت.', ['organisation وزارت امور خارجه org:ir-foreign', 'person اسماعیل بقائی -']],
  // A district's head word and one name word; a known place keeps its id, an adjective is no name.
  ['ur: a district no table knows', 'جنوبی وزیرستان کے قریب ضلع شیرانی میں حملہ ہوا۔', ['place جنوبی وزیرستان city:south-waziristan', 'place ضلع شیرانی -']],
  ['ur: a known district, the whole district, its administration', 'ضلع چترال میں اور ضلع بھر میں ضلع انتظامیہ نے اسکول بند کیے۔', ['place چترال city:chitral']],
  // Towns the table knows, named with the district's head word: the town, as ضلع چترال is Chitral (everyday homographs: ٹانک, کرم).
  ['en, ur: known towns before "district" and after ضلع', 'Floods hit Muzaffargarh district and Kurram district.\nجنوبی وزیرستان کے ضلع ٹانک میں حملہ ہوا۔',
    ['place Muzaffargarh city:muzaffargarh', 'place Kurram city:kurram', 'place جنوبی وزیرستان city:south-waziristan', 'place ٹانک city:tank']],
  ['ur: a district\'s mayor is no district', 'ضلع ناظم نے کہا کہ تحصیل ناظم بھی آئے۔', []],
  ['hi: a district no table knows', 'उत्तर प्रदेश के बहराइच जिले में भेड़ियों का आतंक है।', ['place उत्तर प्रदेश area:uttar-pradesh', 'place बहराइच जिले -']],
  ['hi: a known district, the whole district', 'मुजफ्फरपुर जिले के बाद पूरे जिले में नुकसान हुआ।', ['place मुजफ्फरपुर city:muzaffarpur']],
  // A minister's opposite number, and India's foreign minister by the ministry's name.
  ['ur: a counterpart\'s name', 'اسحاق ڈار نے چینی ہم منصب وانگ ای سے ملاقات کی۔', ['person اسحاق ڈار -', 'person وانگ ای -']],
  // A hospital by its name, in every script; one described (nearby, temporary) is none.
  ['ur: hospitals by their names', 'زخمیوں کو جناح ہسپتال اور لیڈی ریڈنگ ہسپتال منتقل کیا گیا، ایک کو قریبی ہسپتال۔',
    ['organisation جناح ہسپتال -', 'organisation لیڈی ریڈنگ ہسپتال -']],
  ['fa: hospitals by their names', 'مجروحان به بیمارستان امام خمینی منتقل شدند و بیمارستان موقت برپا شد.', ['organisation بیمارستان امام خمینی -']],
  ['hi: hospitals by their names', 'घायलों को सफदरजंग अस्पताल में भर्ती कराया गया, बाकी को नजदीकी अस्पताल में।', ['organisation सफदरजंग अस्पताल -']],
  ['hi: a country\'s adjective opens a body\'s name; the word before it is the sentence\'s', 'इसका उद्देश्य चीनी कम्युनिस्ट पार्टी की छवि सुधारना था। इसका मकसद अमेरिकी रक्षा मंत्रालय को संदेश देना था।', ['organisation चीनी कम्युनिस्ट पार्टी -', 'organisation अमेरिकी रक्षा मंत्रालय -']],
  ['hi: a relative or "without" before the head word names no hospital', 'उन रोगियों जिन्हें अस्पताल में भर्ती नहीं किया गया, और उनके बिना अस्पताल में भर्ती लोगों का प्रतिशत।', []],
  ['en: two hospitals joined by "and" are two names', 'They were taken to Jinnah Hospital and Lady Reading Hospital.',
    ['organisation Jinnah Hospital -', 'organisation Lady Reading Hospital -']],
  ['en: the External Affairs Minister and a counterpart', 'External Affairs Minister S Jaishankar met his Chinese counterpart Wang Yi.', ['person S Jaishankar -', 'place Chinese region:CN', 'person Wang Yi -']],
];

for (const [name, text, expected] of ruleRows) {
  test(`detects names of news: ${name}`, () => assert.deepEqual(mentions(text), expected));
}

/** A constitutional amendment by its number is one document in every script, by the number; a place by its ordinal is none. */
test('a constitutional amendment links across scripts by its number', () => {
  const keyed = (text: string): string[] => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.key}`);
  assert.deepEqual(keyed('پی ٹی آئی نے 26ویں آئینی ترمیم کو چیلنج کر دیا۔').slice(1), ['document 26ویں آئینی ترمیم #amendment@26']);
  assert.deepEqual(keyed('26वें संविधान संशोधन को चुनौती दी गई।'), ['document 26वें संविधान संशोधन #amendment@26']);
  assert.deepEqual(keyed('The 26th Amendment was passed.'), ['document 26th Amendment #amendment@26']);
  assert.deepEqual(keyed('He finished 26th in the race.'), []);
});

/** A known place with one head word is one name in every script, by its kind and place. */
test('a place and a head word link across scripts by kind and place', () => {
  const keys = (text: string): string[] => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => m.key);
  const university = '#university@area:punjab';
  assert.deepEqual(keys('Students of Punjab University protested.'), [university]);
  assert.deepEqual(keys('پنجاب یونیورسٹی نے امتحانات ملتوی کر دیے۔'), [university]);
  assert.deepEqual(keys('पंजाब विश्वविद्यालय ने परीक्षा टाली।'), [university]);
  assert.deepEqual(keys('دانشگاه کابل بسته شد.'), ['#university@city:kabul']);
  assert.deepEqual(keys('Kabul University was closed.'), ['#university@city:kabul']);
  assert.deepEqual(keys('پشاور ہسپتال میں داخل۔'), ['#hospital@city:peshawar']);
  assert.deepEqual(keys('Peshawar Hospital admitted them.'), ['#hospital@city:peshawar']);
  assert.deepEqual(keys('قذافی اسٹیڈیم لاہور میں میچ ہوا۔').slice(0, 1).map((k) => k.startsWith('#')), [false]);
});
