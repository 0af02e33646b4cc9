/**
 * Claims of stories told in four languages (a heatwave's toll by state, refugee returns by month, a
 * Hajj quota): a bound is no stand-in for a figure far past it, a figure another telling states in
 * any words is no difference, two figures told differently are paired by size, a sentence opening
 * on "last year" tells of then, and returnees and pilgrims are counted alike in every language.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../../server/src/core/index/findings';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { compareFigures } from '../../server/src/core/claims/compare';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import type { Figure } from '../../server/src/core/types';
import { claimKeys, claimTimes, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

function fig(value: number, qualifier: Figure['qualifier'] = 'exact'): Figure {
  return { start: 0, end: 1, text: '', value, unit: null, counted: null, min: null, max: null, qualifier, kind: 'cardinal', number: { start: 0, end: 1, value }, digits: null, digitRuns: [] };
}

test('a one-sided bound stands for figures near it, not for one several times past it', () => {
  checkRows(
    [
      ['more than 256,000 and 1.2 million only meet', [fig(256000, 'more-than'), fig(1200000, 'approx')], 'compatible'],
      ['less than 50 and 10 only meet', [fig(50, 'less-than'), fig(10)], 'compatible'],
      ['more than 1,900 and 2,400 agree', [fig(1900, 'more-than'), fig(2400)], 'same'],
      ['at least 54 and 64 agree', [fig(54, 'at-least'), fig(64)], 'same'],
      ['more than 1,900 and more than 19,000 conflict', [fig(1900, 'more-than'), fig(19000, 'more-than')], 'conflict'],
      ['at least 54 and at least 64 are compatible but different', [fig(54, 'at-least'), fig(64, 'at-least')], 'compatible'],
    ],
    ([a, b]) => compareFigures(a, b, DEFAULT_OPTIONS),
  );
});

test('claims of returnees, pilgrims and tolls, and a sentence opening on an earlier time', () => {
  checkRows(
    [
      // Those who went back are people returned, whether a telling calls them migrants or by their nation.
      ['fa: مهاجر افغان returned are people', '۳۱۰ هزار مهاجر افغان در ماه ژوئیه از پاکستان بازگشتند.', ['310000:person|return@--07']],
      ['en: Afghans returned are people', 'More than 310,000 Afghans returned from Pakistan in July.', ['310000:person|return@--07']],
      // Pilgrims in Hindi and Urdu, as in English and Persian.
      ['hi: हज यात्रियों', 'इस साल 1,22,518 हज यात्रियों को मंजूरी मिली और 4,500 हाजियों की मौत नहीं हुई।', ['122518:pilgrim|adopt@null', '4500:pilgrim|kill@null']],
      ['ur: عازمین', 'سعودی عرب نے 89 ہزار 605 عازمین کو اجازت دی جبکہ 310 عازمین جاں بحق ہوئے۔', ['310:pilgrim|kill@null']],
      // A life lost (जान गई) is a death.
      ['hi: जान गई', 'असम में बाढ़ से 41 लोगों की जान गई है।', ['41:person|kill@null']],
      // "Last year" opening a sentence tells its figures of then, however far the figure stands.
      ['en: Last year, more than …', 'Last year, more than 2,100 pilgrims died in the heat during the Hajj.', ['2100:pilgrim|kill@earlier']],
      ['hi: पिछले साल … से अधिक', 'पिछले साल हज के दौरान भीषण गर्मी से 2,100 से अधिक हाजियों की मौत हुई थी।', ['2100:pilgrim|kill@earlier']],
      ['ur: گزشتہ سال … far before the figure', 'گزشتہ سال حج کے دوران شدید گرمی سے 2100 عازمین جاں بحق ہوئے۔', ['2100:pilgrim|kill@earlier']],
    ],
    (text: string) => claimTimes(text),
  );
});

test('two tellings of one story: a value told in other words is no difference; figures told differently are paired by size', () => {
  checkRows(
    [
      // The Hindi telling states 46.2 with no predicate and claims 48.1 of another station; the Persian one leaves that station out.
      ['46.2 told without a verb', ['دمای هوا در ایستگاه صفدرجنگ دهلی روز یکشنبه به ۴۶٫۲ درجه رسید.', 'दिल्ली के सफदरजंग में अधिकतम तापमान 46.2 डिग्री सेल्सियस रहा, जबकि मुंगेशपुर में 48.1 डिग्री दर्ज हुआ।'], []],
      // A state's toll with no verb in English ("Uttar Pradesh 17") is told; the toll and one state's differ, each paired with its like.
      [
        'a toll and a state’s, both told differently',
        ['At least 71 people have died in Assam and Bihar this week. Assam reported 29 deaths and Bihar 42.', 'असम और बिहार में इस हफ्ते कम से कम 81 लोगों की मौत हो गई। असम में 39 लोगों की जान गई है और बिहार में 42 की।'],
        ['a: 71', 'a: 29', 'b: 81', 'b: 39'],
      ],
      ['scale slip of a returnee total', ['About 1.4 million Afghans have returned from Iran since January.', 'जनवरी से अब तक ईरान से करीब 1.4 करोड़ अफगान लौट चुके हैं।'], ['a: 1.4 million', 'b: 1.4 करोड़']],
      ['a bound far below a total is no agreement with it', ['More than 310,000 Afghans returned in July. About 1.4 million Afghans have returned since January.', 'جولائی میں 3 لاکھ 10 ہزار سے زائد افغان واپس آئے۔ جنوری سے اب تک تقریباً 14 لاکھ افغان واپس آ چکے ہیں۔'], []],
      ['a total told ten times over beside a monthly bound', ['More than 310,000 Afghans returned in July. About 1.4 million Afghans have returned since January.', 'जुलाई में 3.1 लाख से अधिक अफगान लौटे। जनवरी से अब तक करीब 1.4 करोड़ अफगान लौट चुके हैं।'], ['a: 1.4 million', 'b: 1.4 करोड़']],
    ],
    flaggedInPair,
  );
});

test('a quota counts people in every language, whatever a telling calls them', () => {
  checkRows(
    [
      ['en: a quota of pilgrims', 'Saudi Arabia has allotted Nigeria a quota of 95,000 pilgrims.', ['95000:person|quota']],
      ['ur: عازمین کا کوٹہ', 'نائجیریا کے لیے 95 ہزار عازمین کا کوٹہ مقرر کیا گیا ہے۔', ['95000:person|quota']],
      ['hi: यात्रियों का कोटा', 'नाइजीरिया को 95,000 हज यात्रियों का कोटा मिला है।', ['95000:person|quota']],
      ['fa: سهمیه … نفر', 'سهمیه نیجریه ۹۵ هزار نفر تعیین شد.', ['95000:person|quota']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('two tellings filed from different cities, and figures of different places in one sentence', () => {
  checkRows(
    [
      // A dateline says where the story was filed: a Karachi paper and a Delhi one telling one quota are one story.
      [
        'datelines of two cities',
        [
          'Hajj quotas announced\n\nISLAMABAD (Dawn) — Saudi Arabia allotted Bangladesh a quota of 127,198 pilgrims, Pakistan’s religious affairs ministry said.',
          'हज कोटा घोषित\n\nनई दिल्ली (भाषा)। सऊदी अरब ने बांग्लादेश को 1,72,198 हज यात्रियों का कोटा दिया है, भारत के अधिकारियों ने बताया।',
        ],
        ['a: 127,198', 'b: 1,72,198'],
      ],
      // Two local stories named only in their datelines stay two stories.
      ['two local stories, each in its dateline alone', ['KARACHI: Floods killed 12 people on Monday.', 'PESHAWAR: Floods killed 20 people on Monday.'], []],
      // India's quota is no Bangladesh's: each figure is of the country its clause names.
      [
        'a clause’s country',
        ['Under the quotas, Indonesia will send 221,000 pilgrims and Bangladesh 127,198.', 'कोटे के अनुसार भारत को 1,75,025 हज यात्रियों का कोटा मिला है और इंडोनेशिया को 2,21,000 का।'],
        [],
      ],
    ],
    flaggedInPair,
  );
});

test('claims of a ship accident and a film’s opening, told alike in four languages', () => {
  checkRows(
    [
      // Crew pulled from the water are people rescued; crew missing are people missing, however a telling counts them.
      ['en: sailors from the water', 'Coast guards pulled 14 sailors from the water.', ['14:person|rescue']],
      ['ur: ملاحوں کو پانی سے نکال لیا', 'امدادی ٹیموں نے 14 ملاحوں کو پانی سے نکال لیا۔', ['14:person|rescue']],
      ['hi: नाविकों को पानी से बाहर निकाला', 'तटरक्षकों ने 14 नाविकों को पानी से बाहर निकाला।', ['14:person|rescue']],
      ['fa: نفر از خدمه را از آب گرفتند', 'نیروهای امدادی ۱۴ نفر از خدمه را از آب گرفتند.', ['14:person|rescue']],
      ['fa: نجات دادند', 'امدادگران ۱۴ ملوان را نجات دادند.', ['14:person|rescue']],
      ['en: crew members missing', 'Six crew members are still missing.', ['6:person|missing']],
      // Cargo laden or carried is aboard, as "carrying" is.
      ['ur: ٹن خام تیل لدا ہوا', 'جہاز پر 90 ہزار ٹن خام تیل لدا ہوا تھا۔', ['90000:unit:t crude|aboard']],
      ['fa: تن نفت خام حمل می‌کرد', 'این کشتی ۹۰ هزار تن نفت خام حمل می‌کرد.', ['90000:unit:t crude|aboard']],
      // A film's takings and the screens it opened on.
      ['en: collected', 'The film collected Rs 95 crore in its first week.', ['950000000:money:INR|earn']],
      ['hi: कमाए', 'फिल्म ने पहले हफ्ते में 95 करोड़ रुपये कमाए।', ['950000000:money:INR|earn']],
      ['ur: کمائے', 'بھارتی فلم نے ممبئی میں پہلے ہفتے میں 95 کروڑ روپے کمائے۔', ['950000000:money:INR|earn']],
      ['fa: فروش کرد', 'این فیلم در هفته نخست ۹۵۰ میلیون روپیه فروش کرد.', ['950000000:money:INR|earn']],
      ['en: released on screens', 'The film was released on 3,100 screens.', ['3100:screen|release']],
      ['hi: स्क्रीन्स पर रिलीज', 'फिल्म 3,100 स्क्रीन्स पर रिलीज हुई।', ['3100:screen|release']],
      ['ur: اسکرینز پر ریلیز', 'فلم 3100 اسکرینز پر ریلیز کی گئی۔', ['3100:screen|release']],
      ['fa: سالن اکران شد', 'این فیلم در ۳ هزار و ۱۰۰ سالن اکران شد.', ['3100:screen|release']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('claims of a funding round and a census: levels a noun names, amounts a change reaches, populations and whom a company serves', () => {
  checkRows(
    [
      // A valuation is what the amount after it is, whatever level verb tells it.
      ['en: valuing the company at', 'The round valued the company at $2.3 billion.', ['2300000000:money:USD|value']],
      ['fa: ارزش … رسید', 'ارزش این شرکت به ۲٫۳ میلیارد دلار رسید.', ['2300000000:money:USD|value']],
      ['hi: मूल्यांकन … हो गया', 'कंपनी का मूल्यांकन 2.3 अरब डॉलर हो गया।', ['2300000000:money:USD|value']],
      ['ur: مالیت … ہو گئی', 'بھارتی کمپنی کی مالیت 2.3 ارب ڈالر ہو گئی۔', ['2300000000:money:USD|value']],
      // An amount a change reaches is the level it stands at; the change itself stays a change. Both are of the revenue (tradeClaims.test.ts).
      ['en: rose … to an amount', 'Its revenue rose 35% to 4.2 billion rupees in India.', ['35:%:revenue|grow', '4200000000:money:INR revenue|reach']],
      ['hi: बढ़कर before an amount', 'कंपनी का राजस्व 35 प्रतिशत बढ़कर 420 करोड़ रुपये हो गया।', ['35:%:revenue|grow', '4200000000:money:INR revenue|reach']],
      // Whom a company serves.
      ['en: serves farmers', 'The firm serves 2.1 million farmers.', ['2100000:farmer|serve']],
      ['fa: به کشاورز خدمات می‌دهد', 'این شرکت به ۲٫۱ میلیون کشاورز خدمات می‌دهد.', ['2100000:farmer|serve']],
      ['hi: किसानों को सेवाएं देती', 'कंपनी 21 लाख किसानों को सेवाएं देती है।', ['2100000:farmer|serve']],
      ['ur: کسانوں کو خدمات فراہم', 'کمپنی 21 لاکھ کسانوں کو خدمات فراہم کرتی ہے۔', ['2100000:farmer|serve']],
      // A population is a count of people in every language; a growth rate of it stays a rate.
      ['en: population has grown to', 'The population has grown to 88.2 million.', ['88200000:person|populate']],
      ['en: most populous with … people, and a noun shared from the figure before', 'Punjab is the most populous province with 127.7 million people, followed by Sindh with 55.7 million, Khyber Pakhtunkhwa with 40.8 million and Balochistan with 14.9 million.', ['127700000:person|populate', '55700000:person|populate', '40800000:person|populate', '14900000:person|populate']],
      ['hi: आबादी before its number', 'सिंध की आबादी 5.57 करोड़ है।', ['55700000:person|populate']],
      ['ur: آبادی before its number', 'سندھ کی آبادی 5 کروڑ 57 لاکھ ہے۔', ['55700000:person|populate']],
      ['fa: جمعیت … نفر رسید', 'جمعیت این کشور به ۸۸ میلیون و ۲۰۰ هزار نفر رسید.', ['88200000:person|populate']],
      ['fa: a growth rate of the population', 'نرخ رشد سالانه جمعیت ۲٫۵۵ درصد بوده است.', ['2.55:%:growth|rate']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('a bound on a rounded figure holds to its rounding', () => {
  checkRows(
    [
      ['crossed 24.15 crore and 241,490,000', [{ ...fig(241500000, 'more-than') }, fig(241490000)], 'same'],
      ['more than 1.2 million and 1,100,000 still conflict', [fig(1200000, 'more-than'), fig(1100000)], 'conflict'],
    ],
    ([a, b]) => compareFigures(a, b, DEFAULT_OPTIONS),
  );
});

test('claims of an air-quality emergency: an index reading and patients admitted, in four languages', () => {
  checkRows(
    [
      ['en: AQI climbed to', 'The city’s air quality index (AQI) climbed to 482 on Monday.', ['482:aqi|aqi']],
      ['en: AQI stood at', 'Peshawar’s AQI stood at 390.', ['390:aqi|aqi']],
      ['ur: ایئر کوالٹی انڈیکس', 'پشاور کا ایئر کوالٹی انڈیکس 390 ریکارڈ کیا گیا۔', ['390:aqi|aqi']],
      ['hi: वायु गुणवत्ता सूचकांक', 'पेशावर का वायु गुणवत्ता सूचकांक 390 दर्ज किया गया।', ['390:aqi|aqi']],
      ['fa: شاخص کیفیت هوا', 'شاخص کیفیت هوای پیشاور به ۳۹۰ رسید.', ['390:aqi|aqi']],
      ['en: treated in hospital', 'Hospitals treated more than 2,700 people for breathing problems.', ['2700:person|admit']],
      ['ur: مریض لائے گئے', 'ہسپتالوں میں سانس کی بیماریوں کے 2700 سے زائد مریض لائے گئے۔', ['2700:person|admit']],
      ['ur: اسپتالوں میں داخل', 'ہیٹ اسٹروک کے 2700 سے زائد مریض سرکاری اسپتالوں میں داخل کیے گئے۔', ['2700:person|admit']],
      ['hi: मरीज पहुंचे', 'अस्पतालों में सांस की बीमारी के 2,700 से ज्यादा मरीज पहुंचे।', ['2700:person|admit']],
      ['fa: پذیرش کردند', 'بیمارستان‌ها بیش از ۲۷۰۰ نفر را به دلیل مشکلات تنفسی پذیرش کردند.', ['2700:person|admit']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('one story told twice: readings of two cities, a value another thing counts, and bounds a scale apart', () => {
  checkRows(
    [
      // Each city's reading is compared with that city's; 610 vehicles impounded tell no reading of 610.
      [
        'two cities’ readings, one told differently',
        ['Lahore’s AQI stood at 610 and Multan’s AQI stood at 540. Police impounded 450 vehicles.', 'لاهور: شاخص کیفیت هوای لاهور به ۶۱۰ رسید. شاخص کیفیت هوای مولتان به ۴۵۰ رسید.'],
        ['a: 540', 'b: ۴۵۰'],
      ],
      // Two cities of one province are two places: Multan's reading is no Lahore's.
      ['a city’s reading against another city’s', ['Multan’s AQI stood at 540.', 'شاخص کیفیت هوای لاهور به ۶۱۰ رسید.'], []],
      // "More than 1,900" and "more than 19,000" cannot be one count.
      ['bounds a scale apart', ['Hospitals treated more than 1,900 people.', 'ہسپتالوں میں 19 ہزار سے زائد مریض لائے گئے۔'], ['a: 1,900', 'b: 19 ہزار']],
    ],
    flaggedInPair,
  );
});

test('a file that states our value in other words is named in no difference, though its group-mates are', () => {
  const texts: Record<string, string> = {
    'a.txt': 'صرف جناح اسپتال میں 1100 مریض لائے گئے۔',
    'b.txt': 'Hospitals admitted 3,200 people. Jinnah Hospital received 1,100 patients.',
    'c.txt': 'Hospitals admitted 3,200 people.',
  };
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  for (const [name, text] of Object.entries(texts)) index.set(name, text);
  const messages = findingsOf(index, 'a.txt').filter((f) => f.code === 'concord.figure-conflict').map((f) => f.message.replace(/[\u2068\u2069]/g, ''));
  assert.deepEqual(messages, ['1,100 (person, admit) contradicts 3,200 in c.txt.']);
});

test('a year a sentence tells of an event (built, began, founded) is a claim of its own, with no time', () => {
  checkRows(
    [
      ['en: built in', 'The ferry, built in 1998, was carrying 300 passengers.', ['1998:year|build@null', '300:passenger|aboard@null']],
      ['fa: در سال … ساخته شده', 'این کشتی که در سال ۱۹۹۸ ساخته شده بود، ۳۰۰ مسافر داشت.', ['1998:year|build@null', '300:passenger|aboard@null']],
      ['en: began … in', 'India began its vaccination drive in 2021.', ['2021:year|start@null']],
      ['ur: … میں شروع کی', 'بھارت نے ویکسینیشن مہم 2021 میں شروع کی تھی۔', ['2021:year|start@null']],
      ['hi: … में शुरू', 'भारत ने 2021 में टीकाकरण अभियान शुरू किया था।', ['2021:year|start@null']],
      // A year a span runs from, or one past another figure, is no such claim.
      ['en: since a year', 'Prices have risen every year since 2019, officials said.', []],
    ],
    (text: string) => claimTimes(text),
  );
});

test('a story filed from abroad: a dateline in an unnamed country is left out, a place named in the story is kept', () => {
  checkRows(
    [
      [
        'a tanker’s year built, told from Dubai and from Chabahar',
        [
          'Tanker fire\n\nDUBAI (Reuters) - A fire broke out on a tanker off Iran’s Chabahar port. The tanker, built in 2004, was sailing to Mumbai.',
          'آتش‌سوزی نفتکش\n\nچابهار - ایرنا - در نفتکشی در آب‌های چابهار آتش‌سوزی رخ داد. این نفتکش که در سال ۲۰۰۶ ساخته شده، به سمت بمبئی در هند در حرکت بود.',
        ],
        ['a: 2004', 'b: ۲۰۰۶'],
      ],
    ],
    flaggedInPair,
  );
});
