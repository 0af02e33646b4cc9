import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { builtinRecords } from '../../server/src/core/entities/builtin';
import { MEDIA_OUTLETS } from '../../server/src/core/lexicon/entities/media';
import { NATIONAL_BODIES } from '../../server/src/core/lexicon/entities/nationalBodies';
import { ORGANISATIONS } from '../../server/src/core/lexicon/entities/organisations';

/** A row: text, then the mentions expected in order as "type text id" (id '-' when unlinked). */
type Row = [name: string, text: string, expected: string[]];

const mentions = (text: string): string[] => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`);

const rows: Row[] = [
  // Urdu
  ['ur: central bank, full name and bare name', 'اسٹیٹ بینک آف پاکستان نے شرح سود برقرار رکھی، اسٹیٹ بینک کے گورنر نے کہا۔',
    ['organisation اسٹیٹ بینک آف پاکستان org:pk-state-bank', 'organisation اسٹیٹ بینک org:pk-state-bank']],
  ['ur: spelled acronyms of a regulator and the tax board', 'نیپرا نے بجلی مہنگی کی جبکہ ایف بی آر نے ٹیکس وصولی بتائی۔',
    ['organisation نیپرا org:pk-nepra', 'organisation ایف بی آر org:pk-fbr']],
  ['ur: parties with parentheses and letter names', 'مسلم لیگ (ن) اور پی ٹی آئی کے رہنماؤں نے پیپلز پارٹی سے ملاقات کی۔',
    ['organisation مسلم لیگ (ن) org:pk-pmln', 'organisation پی ٹی آئی org:pk-pti', 'organisation پیپلز پارٹی org:pk-ppp']],
  ['ur: a house of parliament and the election commission', 'قومی اسمبلی کے اجلاس میں الیکشن کمیشن آف پاکستان پر بحث ہوئی۔',
    ['organisation قومی اسمبلی org:pk-national-assembly', 'organisation الیکشن کمیشن آف پاکستان org:pk-ecp']],
  ['ur: the country-qualified supreme court and the bare one', 'بھارتی سپریم کورٹ کے بعد سپریم کورٹ نے بھی فیصلہ دیا۔',
    ['organisation بھارتی سپریم کورٹ org:in-supreme-court', 'organisation سپریم کورٹ org:pk-supreme-court']],
  ['ur: the US Senate is not the Senate of Pakistan', 'امریکی سینیٹ اور سینیٹ دونوں نے قرارداد منظور کی۔',
    ['organisation امریکی سینیٹ org:us-senate', 'organisation سینیٹ org:pk-senate']],
  ['ur: a provincial election commission is not the national one', 'صوبائی الیکشن کمیشن نے نتائج جاری کیے۔', []],
  ['ur: state broadcaster spelled, TV alone is nothing', 'پی ٹی وی پر خبر چلی اور ٹی وی بند ہوا۔', ['organisation پی ٹی وی org:pk-ptv']],
  ['ur: the met office by its bare name, a city after it', 'محکمہ موسمیات کے مطابق لاہور میں بارش ہوئی جبکہ واپڈا نے بجلی بند کی۔',
    ['organisation محکمہ موسمیات org:pk-pmd', 'place لاہور city:lahore', 'organisation واپڈا org:pk-wapda']],
  // Persian
  ['fa: central bank, with and without the country', 'بانک مرکزی ایران اعلام کرد که بانک مرکزی نرخ ارز را تعیین می کند.',
    ['organisation بانک مرکزی ایران org:ir-central-bank', 'organisation بانک مرکزی org:ir-central-bank']],
  ['fa: parliament, guards and broadcaster', 'نمایندگان مجلس شورای اسلامی از سپاه پاسداران انقلاب اسلامی و صدا و سیما انتقاد کردند.',
    ['organisation مجلس شورای اسلامی org:ir-majlis', 'organisation سپاه پاسداران انقلاب اسلامی org:ir-irgc', 'organisation صدا و سیما org:ir-irib']],
  ['fa: statistics centre and stock exchange', 'مرکز آمار ایران تورم را اعلام کرد و بورس تهران افت کرد.',
    ['organisation مرکز آمار ایران org:ir-statistical-centre', 'organisation بورس تهران org:ir-tse']],
  ['fa: Turkey\'s weather service is not Iran\'s', 'سازمان هواشناسی ترکیه هشدار داد.', ['organisation سازمان هواشناسی -', 'place ترکیه region:TR']],
  ['fa: the European Central Bank is not Iran\'s', 'بانک مرکزی اروپا نرخ بهره را افزایش داد.', ['organisation بانک مرکزی اروپا org:ecb']],
  ['fa: a generic house of representatives is no national body', 'رئیس مجلس نمایندگان ازبکستان گفت.', ['organisation مجلس نمایندگان -', 'place ازبکستان region:UZ']],
  // Hindi
  ['hi: central bank and its abbreviation', 'भारतीय रिज़र्व बैंक ने रेपो दर घटाई और आरबीआई गवर्नर ने कहा।',
    ['organisation भारतीय रिज़र्व बैंक org:in-rbi', 'organisation आरबीआई org:in-rbi']],
  ['hi: houses of parliament and the election commission', 'लोकसभा और राज्यसभा में चुनाव आयोग पर बहस हुई।',
    ['organisation लोकसभा org:in-lok-sabha', 'organisation राज्यसभा org:in-rajya-sabha', 'organisation चुनाव आयोग org:in-eci']],
  ['hi: a state election commission is not the national one', 'राज्य निर्वाचन आयोग ने मतदान की तारीख घोषित की।', ['organisation राज्य निर्वाचन आयोग -']],
  ['hi: parties, Trinamool is not Congress', 'भाजपा, कांग्रेस और तृणमूल कांग्रेस ने बयान दिए।',
    ['organisation भाजपा org:in-bjp', 'organisation कांग्रेस org:in-congress', 'organisation तृणमूल कांग्रेस org:in-tmc']],
  ['hi: the US Congress is not the Indian party', 'अमेरिकी कांग्रेस ने विधेयक पारित किया।', ['organisation अमेरिकी कांग्रेस org:us-congress']],
  ['hi: Pakistan\'s supreme court and party, hyphenated', 'पाकिस्तान की सुप्रीम कोर्ट ने तहरीक-ए-इंसाफ की याचिका सुनी।',
    ['organisation पाकिस्तान की सुप्रीम कोर्ट org:pk-supreme-court', 'organisation तहरीक-ए-इंसाफ org:pk-pti']],
  ['hi: space agency and cricket board', 'इसरो ने उपग्रह छोड़ा और बीसीसीआई ने टीम घोषित की।', ['organisation इसरो org:in-isro', 'organisation बीसीसीआई org:in-bcci']],
  ['hi: "you" is not the Aam Aadmi Party', 'आप क्या कहते हैं? आम आदमी पार्टी ने जवाब दिया।', ['organisation आम आदमी पार्टी org:in-aap']],
  ['hi: another country\'s parliament is left unlinked', 'पुर्तगाल की संसद ने आपातकाल बढ़ाया।', ['place पुर्तगाल region:PT', 'organisation संसद -']],
  ['hi: India\'s own, with the country written', 'भारत की संसद और दिल्ली का सुप्रीम कोर्ट', ['organisation भारत की संसद org:in-parliament', 'place दिल्ली city:delhi', 'organisation सुप्रीम कोर्ट org:in-supreme-court']],
  ['fa: another country\'s central bank is left unlinked', 'بانک مرکزی ترکیه نرخ بهره را افزایش داد.', ['organisation بانک مرکزی -', 'place ترکیه region:TR']],
  ['ur: another country\'s supreme court is left unlinked', 'ترکی کی سپریم کورٹ نے فیصلہ دیا۔', ['place ترکی region:TR', 'organisation سپریم کورٹ -']],
  // English
  ['en: a home name with another country, before or after', "Thailand's National Statistical Office and the National Statistical Office of India",
    ['place Thailand region:TH', 'organisation National Statistical Office -', 'organisation National Statistical Office org:in-nso', 'place India region:IN']],
  ['en: full name, then the acronym alone', 'The State Bank of Pakistan raised its policy rate, the SBP said.',
    ['organisation State Bank of Pakistan org:pk-state-bank', 'organisation SBP org:pk-state-bank']],
  ['en: hyphenated and apostrophe party names', "The PML-N and the Pakistan People's Party met JUI-F leaders.",
    ['organisation PML-N org:pk-pmln', "organisation Pakistan People's Party org:pk-ppp", 'organisation JUI-F org:pk-juif']],
  ['en: PTI alone stays unlinked, its long name links', 'PTI workers protested. Pakistan Tehreek-e-Insaf (PTI) said so.',
    ['organisation PTI -', 'organisation Pakistan Tehreek-e-Insaf org:pk-pti', 'organisation PTI org:pk-pti']],
  ['en: Press Trust of India by its name', 'According to the Press Trust of India, Sebi fined the firm.',
    ['organisation Press Trust of India org:pti', 'organisation Sebi org:in-sebi']],
  ['ur: a bare home name in a report about another country names that country\'s body', 'ممبئی: مہاراشٹر کے انتخابات میں مہاراشٹر کے ووٹروں نے حصہ لیا۔ الیکشن کمیشن نے نتائج جاری کیے۔',
    ['place ممبئی city:mumbai', 'place مہاراشٹر area:maharashtra', 'place مہاراشٹر area:maharashtra', 'organisation الیکشن کمیشن org:in-eci']],
  ['hi: a bare home name in a report about a country without a listed body is unlinked', 'कोलंबो: श्रीलंका में मतदान हुआ। श्रीलंका के चुनाव आयोग ने कहा कि श्रीलंका में 70 प्रतिशत मतदान हुआ।',
    ['place कोलंबो city:colombo', 'place श्रीलंका region:LK', 'place श्रीलंका region:LK', 'organisation चुनाव आयोग -', 'place श्रीलंका region:LK']],
  ['fa: a foreign country named in passing leaves the home body', 'بانک مرکزی اعلام کرد تورم به ۳۲ درصد رسید؛ نرخ بهره در ایالات متحده ثابت ماند.',
    ['organisation بانک مرکزی org:ir-central-bank', 'place ایالات متحده region:US']],
  ['ur: a bare foreign ministry is Pakistan\'s in a report about Pakistan', 'اسلام آباد: پاکستان اور افغانستان کے درمیان بات چیت ہوگی، وزارت خارجہ نے کہا۔',
    ['place اسلام آباد city:islamabad', 'place پاکستان region:PK', 'place افغانستان region:AF', 'organisation وزارت خارجہ org:pk-foreign']],
  ['ur: a bare foreign ministry in a report about Iran is Iran\'s', 'تہران: ایران کے شہر مشہد میں ایران کی حکومت نے اجلاس بلایا۔ وزارت خارجہ نے کہا کہ ایران تیار ہے۔',
    ['place تہران city:tehran', 'place ایران region:IR', 'place مشہد city:mashhad', 'place ایران region:IR', 'organisation وزارت خارجہ org:ir-foreign', 'place ایران region:IR']],
  ['fa: a bare foreign ministry is Iran\'s, after a title too', 'تهران: سخنگوی وزارت امور خارجه ایران گفت وزارت امور خارجه آماده است.',
    ['place تهران city:tehran', 'organisation وزارت امور خارجه org:ir-foreign', 'place ایران region:IR', 'organisation وزارت امور خارجه org:ir-foreign']],
  ['fa: a bare foreign ministry in a Dari report about Afghanistan is Afghanistan\'s', 'کابل: مقام‌های افغانستان در کابل و هرات گفتند افغانستان آماده است و وزارت امور خارجه نشست برگزار می‌کند.',
    ['place کابل city:kabul', 'place افغانستان region:AF', 'place کابل city:kabul', 'place هرات city:herat', 'place افغانستان region:AF', 'organisation وزارت امور خارجه org:af-foreign']],
  ['hi: a bare foreign ministry is India\'s', 'नई दिल्ली: विदेश मंत्रालय ने कहा कि भारत और नेपाल के बीच बातचीत होगी।',
    ['place नई दिल्ली city:new-delhi', 'organisation विदेश मंत्रालय org:in-mea', 'place भारत region:IN', 'place नेपाल region:NP']],
  ['en: bare Congress and Supreme Court are no national body', 'Congress passed the bill and the Supreme Court heard it.', ['organisation Supreme Court -']],
  ['en: short acronyms only in capitals', 'Nab the thief, said the FIA, the NAB and the IRGC.',
    ['organisation FIA org:pk-fia', 'organisation NAB org:pk-nab', 'organisation IRGC org:ir-irgc']],
];

for (const [name, text, expected] of rows) {
  test(`detects national bodies: ${name}`, () => assert.deepEqual(mentions(text), expected));
}

test('a home name of a country no table lists links only to the same words about the same country', () => {
  const keys = (text: string): string[] => analyzeDocument(text, DEFAULT_OPTIONS).entities.filter((m) => m.type === 'organisation').map((m) => `${m.id ?? '-'} ${m.key}`);
  assert.deepEqual(keys('کولمبو: سری لنکا میں انتخابات ہوئے۔ سری لنکا کے عوام نے ووٹ ڈالے اور سری لنکا میں وزارت خارجہ نے بیان دیا۔'), ['- #VZRT-KRJ@region:LK']);
  assert.deepEqual(keys('کٹھمنڈو: نیپال میں انتخابات ہوئے۔ نیپال کے عوام نے ووٹ ڈالے اور نیپال میں وزارت خارجہ نے بیان دیا۔'), ['- #VZRT-KRJ@region:NP']);
  assert.deepEqual(keys('آنکارا: وزارت امور خارجه ترکیه گفت.'), ['- #VZRT-MR-KRJ@region:TR']);
  // A country's adjective before the name: چینی (Chinese), जापानी (Japanese).
  assert.deepEqual(keys('چینی وزارت خارجہ نے کہا۔'), ['- #VZRT-KRJ@region:CN']);
  assert.deepEqual(keys('जापानी विदेश मंत्रालय ने कहा।'), ['- #VDS-MNTRLY@region:JP']);
  // The Urdu spellings of the Persian word order are Pakistan's too.
  assert.deepEqual(keys('وزارت امور خارجہ نے کہا۔'), ['org:pk-foreign VZRT MR KRJ']);
});

test('one body, one id across scripts', () => {
  const ids = (text: string): (string | null)[] => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => m.id);
  const same: [string, string, string][] = [
    ['اسٹیٹ بینک نے کہا۔', 'SBP said so.', 'org:pk-state-bank'],
    ['भारतीय रिज़र्व बैंक ने कहा।', 'ریزرو بینک آف انڈیا نے کہا۔', 'org:in-rbi'],
    ['بانک مرکزی ایران گفت.', 'ایران کا مرکزی بینک نے کہا۔', 'org:ir-central-bank'],
    ['سپاه پاسداران گفت.', 'आईआरजीसी ने कहा।', 'org:ir-irgc'],
    ['پاکستان تحریک انصاف نے کہا۔', 'तहरीक-ए-इंसाफ ने कहा।', 'org:pk-pti'],
    ['لوک سبھا میں بحث ہوئی۔', 'लोकसभा में बहस हुई।', 'org:in-lok-sabha'],
  ];
  for (const [a, b, id] of same) {
    assert.deepEqual(ids(a), [id], a);
    assert.deepEqual(ids(b), [id], b);
  }
});

test('every national body is a built-in organisation with a description and names, ids unique across the three tables', () => {
  const all = [...ORGANISATIONS, ...NATIONAL_BODIES, ...MEDIA_OUTLETS].map((r) => r.id);
  assert.equal(new Set(all).size, all.length);
  assert.ok(NATIONAL_BODIES.length >= 60);
  for (const row of NATIONAL_BODIES) {
    const record = builtinRecords().get(`org:${row.id}`);
    assert.equal(record?.type, 'organisation', row.id);
    assert.ok(row.description.length > 0 && Object.values(record!.names).flat().length >= 2, row.id);
    if (row.homeNames) assert.match(row.country ?? '', /^[A-Z]{2}$/, row.id);
  }
});

test('a bare home name means the body its document names in full, whatever country it is about', () => {
  const rows: Row[] = [
    ['hi: स्टेट बैंक after स्टेट बैंक ऑफ पाकिस्तान', 'पाकिस्तान: स्टेट बैंक ने ब्याज दर घटाई। कराची में स्टेट बैंक ऑफ पाकिस्तान ने सोमवार को दर घटाई।',
      ['place पाकिस्तान region:PK', 'organisation स्टेट बैंक org:pk-state-bank', 'place कराची city:karachi', 'organisation स्टेट बैंक ऑफ पाकिस्तान org:pk-state-bank']],
    ['ur: اسٹیٹ بینک after اسٹیٹ بینک آف انڈیا', 'ممبئی میں اسٹیٹ بینک آف انڈیا نے شرح بڑھائی، اسٹیٹ بینک کے چیئرمین نے کہا۔',
      ['place ممبئی city:mumbai', 'organisation اسٹیٹ بینک آف انڈیا org:in-sbi', 'organisation اسٹیٹ بینک org:in-sbi']],
    ['hi: with no full name, स्टेट बैंक stays India\'s', 'स्टेट बैंक ने ब्याज दर घटाई।', ['organisation स्टेट बैंक org:in-sbi']],
  ];
  for (const [name, text, expected] of rows) assert.deepEqual(mentions(text), expected, name);
});
