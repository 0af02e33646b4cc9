import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core/analyze';
import { placesOf } from '../../server/src/core/claims/about';
import { builtinRecord } from '../../server/src/core/entities/builtin';
import { findingsOf } from '../../server/src/core/index/findings';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { countryOfMention } from '../../server/src/core/lexicon/entities';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

/** A row: text, then the place mentions expected in order as "text id". */
type Row = [name: string, text: string, expected: string[]];

const places = (text: string): string[] =>
  analyzeDocument(text, DEFAULT_OPTIONS).entities.filter((m) => m.type === 'place').map((m) => `${m.text} ${m.id ?? '-'}`);

const rows: Row[] = [
  // Hindi
  ['hi: a state and its capital', 'बिहार के मुख्यमंत्री ने पटना में बैठक की।', ['बिहार area:bihar', 'पटना city:patna']],
  ['hi: two-word state names and a city', 'उत्तर प्रदेश और मध्य प्रदेश में बारिश हुई, लखनऊ में स्कूल बंद रहे।', ['उत्तर प्रदेश area:uttar-pradesh', 'मध्य प्रदेश area:madhya-pradesh', 'लखनऊ city:lucknow']],
  ['hi: a state with its head word after it', 'महाराष्ट्र राज्य सरकार ने पुणे और नागपुर के लिए राशि दी।', ['महाराष्ट्र राज्य area:maharashtra', 'पुणे city:pune', 'नागपुर city:nagpur']],
  ['hi: Pakistani and Iranian provinces', 'सिंध प्रांत और खैबर पख्तूनख्वा में, और ईरान के सिस्तान बलूचिस्तान में भी।', ['सिंध प्रांत area:sindh', 'खैबर पख्तूनख्वा area:khyber-pakhtunkhwa', 'ईरान region:IR', 'सिस्तान बलूचिस्तान area:sistan-and-baluchestan']],
  ['hi: Indian usage for Azad Kashmir', 'पाक अधिकृत कश्मीर में चुनाव हुए।', ['पाक अधिकृत कश्मीर area:azad-kashmir']],
  // Urdu
  ['ur: provinces and cities of Pakistan', 'سندھ میں سیلاب کے بعد فیصل آباد، ملتان اور راولپنڈی سے امداد بھیجی گئی۔', ['سندھ area:sindh', 'فیصل آباد city:faisalabad', 'ملتان city:multan', 'راولپنڈی city:rawalpindi']],
  ['ur: a province with its head word, joined and spaced spellings', 'صوبہ خیبر پختونخوا اور خیبرپختونخوا کے شہر پشاور میں', ['صوبہ خیبر پختونخوا area:khyber-pakhtunkhwa', 'خیبرپختونخوا area:khyber-pakhtunkhwa', 'پشاور city:peshawar']],
  ['ur: بہار is a state only after ریاست', 'ریاست بہار میں بہار کا موسم آ گیا۔', ['ریاست بہار area:bihar']],
  ['ur: the parts of Kashmir', 'مقبوضہ کشمیر، آزاد کشمیر اور گلگت بلتستان میں برفباری ہوئی جبکہ کشمیر کا مسئلہ حل طلب ہے۔',
    ['مقبوضہ کشمیر area:jammu-and-kashmir', 'آزاد کشمیر area:azad-kashmir', 'گلگت بلتستان area:gilgit-baltistan', 'کشمیر area:kashmir']],
  ['ur: Indian states', 'مہاراشٹر اور اتر پردیش کے بعد مغربی بنگال میں انتخابات ہوں گے۔', ['مہاراشٹر area:maharashtra', 'اتر پردیش area:uttar-pradesh', 'مغربی بنگال area:west-bengal']],
  // Persian
  ['fa: a province with and without استان', 'در استان خراسان رضوی و در خراسان جنوبی سیل آمد و مشهد آسیب دید.', ['استان خراسان رضوی area:razavi-khorasan', 'خراسان جنوبی area:south-khorasan', 'مشهد city:mashhad']],
  ['fa: a province named like its capital is the city when bare', 'استان تهران و شهر تهران و استان اصفهان', ['استان تهران area:tehran-province', 'تهران city:tehran', 'استان اصفهان area:isfahan-province']],
  ['fa: فارس and مرکزی are provinces only with استان', 'خبرگزاری فارس گزارش داد که دولت مرکزی به استان فارس و استان مرکزی کمک کرد.', ['استان فارس area:fars', 'استان مرکزی area:markazi']],
  ['fa: سند is a province only after ایالت', 'سند رسمی در ایالت سند امضا شد.', ['ایالت سند area:sindh']],
  ['fa: Iranian cities', 'زلزله در تبریز، شیراز و بندرعباس حس شد.', ['تبریز city:tabriz', 'شیراز city:shiraz', 'بندرعباس city:bandar-abbas']],
  ['fa: Afghan provinces, غور only after ولایت', 'در ولایت هلمند و ولایت غور و قندهار، باید غور کرد.', ['ولایت هلمند area:helmand', 'ولایت غور area:ghor', 'قندهار city:kandahar']],
  ['fa: Kurdistan bare is shared, with استان it is Iran\'s', 'کردستان عراق و استان کردستان', ['کردستان area:kurdistan', 'عراق region:IQ', 'استان کردستان area:kurdistan-province']],
  // English
  ['en: a province, a state, a shared city name', 'Floods in Sindh province and Bihar state reached Hyderabad and Patna.', ['Sindh province area:sindh', 'Bihar state area:bihar', 'Hyderabad city:hyderabad', 'Patna city:patna']],
  ['en: Gulf and world cities', 'Ministers met in Jeddah, Davos and The Hague.', ['Jeddah city:jeddah', 'Davos city:davos', 'The Hague city:the-hague']],
  ['en: CLDR\'s "&" and "St." as articles write them', 'Trinidad and Tobago, Bosnia and Herzegovina and Saint Lucia sent aid, as did St. Lucia.',
    ['Trinidad and Tobago region:TT', 'Bosnia and Herzegovina region:BA', 'Saint Lucia region:LC', 'St. Lucia region:LC']],
  // Everyday words are no places.
  ['ur: thought, men, less a quarter', 'اس پر غور کیا جائے گا، مردان کار نے پونے دو ارب روپے مانگے۔', []],
  ['fa: Monday, men, rose garden', 'مردان و زنان روز دوشنبه در گلستان سعدی جمع شدند.', []],
  ['hi: matching, face, monarchy, to open', 'आंकड़ों का मिलान किया, किसी भी सूरत में राजशाही नहीं, दुकान खुलना तय है।', []],
  ['ur: عمان is Oman, not Amman', 'عمان اور مسقط', ['عمان region:OM', 'مسقط city:muscat']],
];

for (const [name, text, expected] of rows) {
  test(`finds places: ${name}`, () => assert.deepEqual(places(text), expected));
}

test('one place written in three scripts has one id and type', () => {
  for (const [id, texts] of [
    ['city:patna', ['Patna', 'पटना', 'پٹنہ', 'پتنا']],
    ['area:sindh', ['Sindh', 'सिंध', 'سندھ', 'ایالت سند']],
    ['area:razavi-khorasan', ['Razavi Khorasan', 'खुरासान रजवी', 'خراسان رضوی']],
    ['city:quetta', ['Quetta', 'क्वेटा', 'کوئٹہ', 'کویته']],
    // Hosts of games and summits.
    ['city:hangzhou', ['Hangzhou', 'हांग्जो', 'ہانگژو', 'هانگژو']],
    ['city:sharm-el-sheikh', ['Sharm el-Sheikh', 'शर्म अल-शेख', 'شرم الشیخ', 'شرم‌الشیخ']],
    ['city:rio-de-janeiro', ['Rio de Janeiro', 'रियो डी जेनेरो', 'ریو ڈی جنیرو', 'ریو دو ژانیرو']],
    ['city:buenos-aires', ['Buenos Aires', 'ब्यूनस आयर्स', 'بیونس آئرس', 'بوئنوس آیرس']],
  ] as const) {
    for (const text of texts) {
      const [m] = analyzeDocument(`${text} `, DEFAULT_OPTIONS).entities;
      assert.deepEqual([m?.type, m?.id], ['place', id], text);
    }
  }
});

test('countryOfMention: a province or city has its country; shared names have none', () => {
  const rows: [id: string, country: string | null][] = [
    ['area:sindh', 'PK'], ['area:gilgit-baltistan', 'PK'], ['area:bihar', 'IN'], ['area:jammu-and-kashmir', 'IN'], ['area:fars', 'IR'],
    ['area:tehran-province', 'IR'], ['area:helmand', 'AF'], ['area:sylhet-division', 'BD'], ['city:patna', 'IN'], ['city:faisalabad', 'PK'],
    ['city:mashhad', 'IR'], ['city:kandahar', 'AF'], ['city:jeddah', 'SA'], ['area:punjab', null], ['area:kashmir', null],
    ['area:kurdistan', null], ['city:hyderabad', null], ['region:PK', 'PK'], ['region:142', null], ['area:nowhere', null],
  ];
  for (const [id, country] of rows) assert.equal(countryOfMention({ type: 'place', id }), country, id);
  assert.equal(countryOfMention({ type: 'organisation', id: 'area:sindh' }), null);
  assert.equal(builtinRecord('area:sindh')?.description, 'Province or territory of Pakistan');
  assert.equal(builtinRecord('city:hyderabad')?.description, 'City in India or Pakistan');
});

test('a statement about a province is about its country: floods in Sindh and floods in Bihar are different facts', () => {
  const facts = analyzeDocument('Floods in Sindh killed 200 people. In Bihar, floods killed 120.', DEFAULT_OPTIONS);
  assert.deepEqual(facts.figures.map((f) => [...placesOf(facts, f)]), [['PK'], ['IN']]);
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('sindh-en.txt', 'Floods in Sindh killed 200 people on Monday.');
  index.set('sindh-ur.txt', 'پیر کو سندھ میں سیلاب سے 150 افراد ہلاک ہو گئے۔');
  index.set('bihar-hi.txt', 'सोमवार को बिहार में बाढ़ से 120 लोग मारे गए।');
  const related = (k: string) => findingsOf(index, k).filter((f) => f.code === 'concord.figure-conflict').map((f) => [...new Set(f.related.map((r) => r.doc))].sort());
  assert.deepEqual(related('sindh-en.txt'), [['sindh-ur.txt']], 'Sindh against Sindh conflicts; Bihar is another story');
  assert.deepEqual(related('bihar-hi.txt'), []);
});
