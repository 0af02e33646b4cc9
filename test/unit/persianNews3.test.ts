import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// Persian and Dari news of earthquakes, inflation, aid and returnees, football, cars and airports, written for these
// tests in the ways IRNA, ISNA, Donya-e-Eqtesad, Tolo and Pajhwok write: [name, text, expected figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  // تن counts people at a plural verb further on in its clause, and when people need or have in the plural.
  ['تن at a verb of people eleven words on', '۳۲ هزار تن از طریق گذرگاه اسلام‌قلعه در ولایت هرات وارد کشور شدند.', ['۳۲ هزار=32000/cardinal (counts person)']],
  ['تن who need aid', '۲۳.۷ میلیون تن در افغانستان به کمک‌های بشردوستانه نیاز دارند.', ['۲۳.۷ میلیون=23700000/cardinal (counts person)']],
  ['tonnes a country needs stay tonnes', 'افغانستان سالانه به ۶.۵ میلیون تن گندم نیاز دارد.', ['۶.۵ میلیون تن=6500000/cardinal (unit t)']],
  ['tonnes exported in the singular stay tonnes', 'سالانه ۳ میلیون تن از طریق بندر چابهار به افغانستان و کشورهای آسیای میانه صادر می‌شود.', ['۳ میلیون تن=3000000/cardinal (unit t)']],
  // Inflation told point to point, monthly or over twelve months; past the year it is of, in every language.
  ['point-to-point inflation past a place', 'بیشترین تورم نقطه به نقطه مربوط به استان کردستان با ۴۱.۹ درصد است.', ['۴۱.۹ درصد=41.9/percent (unit %, counts inflation)']],
  ['monthly inflation', 'تورم ماهانه در این ماه به ۳.۱ درصد رسید.', ['۳.۱ درصد=3.1/percent (unit %, counts inflation)']],
  ['inflation past its Solar year', 'نرخ تورم نقطه به نقطه در آبان ماه ۱۴۰۳ به ۳۵.۷ درصد رسید.', ['۱۴۰۳=1403/year', '۳۵.۷ درصد=35.7/percent (unit %, counts inflation)']],
  ['inflation past its year, in English', 'Inflation in 2024 reached 35.7 percent.', ['2024=2024/year', '35.7 percent=35.7/percent (unit %, counts inflation)']],
  ['inflation past a Solar month and year, in English', 'Point-to-point inflation in the month of Aban 1403 reached 35.7 percent.', ['Aban 1403=2024-10/date', '35.7 percent=35.7/percent (unit %, counts inflation)']],
  ['a count before a percentage is no year', 'Unemployment among 2500 graduates was 12 percent.', ['2500=2500/cardinal (counts graduate)', '12 percent=12/percent (unit %)']],
  // A clock time in hours and minutes after ساعت: ساعت ۴ و ۲۳ دقیقه.
  ['hours and minutes after ساعت', 'زلزله ساعت ۴ و ۲۳ دقیقه بامداد رخ داد.', ['ساعت ۴ و ۲۳ دقیقه بامداد=T04:23/date']],
  ['hours and minutes after ساعت, afternoon', 'زلزله ساعت ۱۶ و ۵ دقیقه رخ داد.', ['ساعت ۱۶ و ۵ دقیقه=T16:05/date']],
  ['minutes after a bare number are no time', 'تاخیر پروازها ۴ و ۲۳ دقیقه بود.', ['۴=4/cardinal (counts minute)', '۲۳=23/cardinal (counts minute)']],
  // Relief goods: tents and blankets.
  ['tents and blankets in Persian', 'هلال احمر ۳۰۰ دستگاه چادر و ۱۰۰۰ تخته پتو توزیع کرد.', ['۳۰۰=300/cardinal (counts tent)', '۱۰۰۰=1000/cardinal (counts blanket)']],
  // A counting word alone counts the noun it counted before in its document; the noun of a light verb after it is none.
  ['a counting word alone after it counted cars', 'ایران خودرو ۳۸۵ هزار دستگاه خودرو تولید کرد. سایپا نیز ۲۹۰ هزار دستگاه تولید کرده است.', ['۳۸۵ هزار=385000/cardinal (counts vehicle)', '۲۹۰ هزار=290000/cardinal (counts vehicle)']],
  ['a counting word alone before a light verb counts nothing it has not counted', 'سایپا ۲۹۰ هزار دستگاه تولید کرده است.', ['۲۹۰ هزار=290000/cardinal']],
  ['a counting word alone keeps the noun "the number of" names before it', 'ایران خودرو ۳۸۵ هزار دستگاه خودرو تولید کرد. تعداد آمبولانس‌ها به ۵۰۰ دستگاه رسید.', ['۳۸۵ هزار=385000/cardinal (counts vehicle)', '۵۰۰=500/cardinal (counts ambulance)']],
  // Goals in matches, stations that measure the air.
  ['goals in matches', 'مهاجم پرسپولیس با زدن ۸ گل در ۱۱ بازی در صدر جدول گلزنان قرار گرفت.', ['۸=8/cardinal (counts goal)', '۱۱=11/cardinal (counts match)']],
  ['measuring stations', '۱۲ ایستگاه سنجش در وضعیت قرمز قرار دارد.', ['۱۲=12/cardinal (counts station)']],
  // Solar Hijri months in English: CLDR's Iranian names and the Afghan zodiac names; a hut is no month.
  ['Iranian month names in English', 'Schools were closed on 7 Azar 1403.', ['7 Azar 1403=2024-11-27/date']],
  ['Afghan month names in English', 'The figures were collected from 1 Hamal to 30 Jawza.', ['1 Hamal=--03-21/date', '30 Jawza=--06-20/date']],
  ['Afghan month with its year in English', 'On 15 Asad 1400 the Taliban entered Kabul.', ['15 Asad 1400=2021-08-06/date']],
  ['huts stay huts', 'Asad Umar said 12 huts were destroyed.', ['12=12/cardinal (counts hut)']],
  // The purity of gold in English, as عیار.
  ['18-carat gold', 'The price of 18-carat gold rose.', ['18-carat=18/cardinal (unit kt)']],
];

test('Persian news 3 figures: people in تن, inflation, clock minutes and relief goods', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// [name, text, expected claim keys as value:key].
const claimRows: [name: string, text: string, expected: string[]][] = [
  ['aid needed is sought, not pledged', '۲۳.۷ میلیون تن در افغانستان به کمک‌های بشردوستانه نیاز دارند.', ['23700000:person|seek']],
  ['aid appealed for is sought', 'این دفتر خواستار ۲.۴ میلیارد دالر کمک شده است.', ['2400000000:money:USD|seek']],
  ['aid allotted stays pledged', 'آلمان ۵۰ میلیون یورو کمک به افغانستان اختصاص داد.', ['50000000:money:EUR|invest']],
  ['relief goods handed out, in Persian', 'هلال احمر ۳۰۰ دستگاه چادر و ۱۰۰۰ تخته پتو در میان زلزله‌زدگان توزیع کرده است.', ['300:tent|distribute', '1000:blanket|distribute']],
  ['relief goods handed out, in English', 'The Red Crescent has distributed 300 tents and 1,000 blankets among the quake victims.', ['300:tent|distribute', '1000:blanket|distribute']],
  ['point-to-point inflation of two provinces', 'بیشترین تورم نقطه به نقطه مربوط به استان کردستان با ۴۱.۹ درصد و کمترین آن مربوط به استان تهران با ۳۲ درصد است.', ['41.9:%:inflation|rate', '32:%:inflation|rate']],
  ['a contract worth, in Persian', 'باشگاه این بازیکن را با قراردادی به ارزش ۱.۲ میلیون یورو به خدمت گرفت.', ['1200000:money:EUR|value']],
  ['a contract worth, in English', 'Persepolis signed the player on a contract worth 1.4 million euros.', ['1400000:money:EUR|value']],
  ['a deal worth, in English', 'The two countries signed a deal worth $2 billion.', ['2000000000:money:USD|value']],
  // Passengers and freight an airport moves; deaths told in the present.
  ['passengers moved, in Persian', 'در ۹ ماه نخست سال جاری ۵.۲ میلیون مسافر در این فرودگاه جابه‌جا شده‌اند.', ['5200000:passenger|carry']],
  ['passengers who passed through, in English', 'He said 5.2 million passengers had passed through the airport.', ['5200000:passenger|carry']],
  ['passengers handled', 'The airport handled 5.2 million passengers.', ['5200000:passenger|carry']],
  ['cargo moved, in Persian', 'حجم بار جابه‌جا شده در فرودگاه امام ۹۵ هزار تن بوده است.', ['95000:unit:t|carry']],
  ['people who die each year', 'About 6,400 people die each year in Tehran because of air pollution.', ['6400:person|kill']],
  // Housing priced per square metre: a per phrase before the price past its place and month, one square metre of residential property.
  ['a square metre of housing past place and month, in Persian', 'متوسط قیمت هر متر مربع واحد مسکونی در شهر تهران در آذر ماه به ۹۲ میلیون و ۵۰۰ هزار تومان رسید.', ['925000000:money:IRR housing/m2|reach']],
  ['one square metre of residential property, in English', 'The average price of one square metre of residential property in Tehran reached 92.5 million tomans in Azar.', ['925000000:money:IRR housing/m2|reach']],
  // Currencies quoted on Tehran's market: the level a market put them at, and the euro and the dirham as goods in English.
  ['the euro\'s level after its rise, in Persian', 'یورو نیز با ۱۵۰۰ تومان افزایش ۷۶ هزار و ۲۰۰ تومان معامله شد.', ['15000:money:IRR eur|grow', '762000:money:IRR eur|reach']],
  ['the euro\'s level after its rise, in English', 'The euro also rose 1,500 tomans to 76,200 tomans.', ['15000:money:IRR eur|grow', '762000:money:IRR eur|reach']],
  ['the dirham priced, in Persian', 'درهم امارات نیز ۱۹ هزار و ۶۰۰ تومان قیمت خورد.', ['196000:money:IRR aed|reach']],
  ['the dirham priced, in English', 'The UAE dirham was priced at 19,600 tomans.', ['196000:money:IRR aed|reach']],
];

test('Persian news 3 claims', () => {
  checkRows(claimRows, claimKeys);
});

// Two reports of one story, Persian or Dari and English: [name, [a, b], the figures the cross-file check flags].
const pairRows: [name: string, texts: [string, string], expected: string[]][] = [
  ['tents handed out that differ', ['هلال احمر ۳۰۰ دستگاه چادر و ۱۰۰۰ تخته پتو در میان زلزله‌زدگان توزیع کرده است.', 'The Red Crescent has distributed 350 tents and 1,000 blankets among the quake victims.'], ['a: ۳۰۰', 'b: 350']],
  ['the lowest provincial inflation that differs', ['بیشترین تورم نقطه به نقطه مربوط به استان کردستان با ۴۱.۹ درصد و کمترین آن مربوط به استان تهران با ۳۲ درصد است.', 'The highest point-to-point inflation was in Kurdistan province at 41.9 percent and the lowest in Tehran province at 33 percent.'], ['a: ۳۲ درصد', 'b: 33 percent']],
  ['people in need that differ, in Dari and English', ['۲۳.۷ میلیون تن در افغانستان به کمک‌های بشردوستانه نیاز دارند.', 'OCHA said 28.3 million people in Afghanistan need humanitarian aid.'], ['a: ۲۳.۷ میلیون', 'b: 28.3 million']],
  ['a transfer fee that differs', ['باشگاه پرسپولیس این بازیکن را با قراردادی به ارزش ۱.۲ میلیون یورو به خدمت گرفته بود.', 'Persepolis signed the player on a contract worth 1.4 million euros.'], ['a: ۱.۲ میلیون یورو', 'b: 1.4 million euros']],
  ['cars a maker produced that differ, told by a counting word alone', ['ایران خودرو ۳۸۵ هزار دستگاه خودرو تولید کرد. سایپا نیز در همین مدت ۲۹۰ هزار دستگاه تولید کرده است.', 'Iran Khodro produced 385,000 vehicles. Saipa produced 295,000 vehicles over the same period.'], ['a: ۲۹۰ هزار', 'b: 295,000']],
  ['passengers an airport moved that differ', ['در ۹ ماه نخست سال جاری ۵.۲ میلیون مسافر در فرودگاه امام جابه‌جا شده‌اند.', 'In the first 9 months of this year, 5.4 million passengers passed through Imam Khomeini airport.'], ['a: ۵.۲ میلیون', 'b: 5.4 million']],
  ['deaths a year from pollution that differ', ['سالانه حدود ۶ هزار و ۴۰۰ نفر در تهران بر اثر آلودگی هوا جان خود را از دست می‌دهند.', 'About 4,600 people die each year in Tehran because of air pollution.'], ['a: ۶ هزار و ۴۰۰', 'b: 4,600']],
  ['the price of a square metre that differs', ['متوسط قیمت هر متر مربع واحد مسکونی در شهر تهران در آذر ماه به ۹۲ میلیون و ۵۰۰ هزار تومان رسید.', 'The average price of one square metre of residential property in Tehran reached 95.2 million tomans in Azar.'], ['a: ۹۲ میلیون و ۵۰۰ هزار تومان', 'b: 95.2 million tomans']],
  ['the dirham\'s price that differs', ['درهم امارات نیز ۱۹ هزار و ۶۰۰ تومان قیمت خورد.', 'The UAE dirham was priced at 19,800 tomans.'], ['a: ۱۹ هزار و ۶۰۰ تومان', 'b: 19,800 tomans']],
];

test('Persian news 3: two reports of one story', () => {
  checkRows(pairRows, flaggedInPair);
});

// Entities: [name, text, mentions in order as "type text id" (id '-' when unlinked)].
const entityRows: [name: string, text: string, expected: string[]][] = [
  // A country's adjective right after a title is the role's nationality, no person's name; a name after it is the person.
  ['a Croatian coach', 'رقم قرارداد سرمربی کروات این تیم ۸۵۰ هزار یورو است.', ['place کروات region:HR']],
  ['a German coach by name', 'سرمربی آلمانی یواخیم لوو گفت.', ['place آلمانی region:DE', 'person یواخیم لوو -']],
  ['a Pakistani president by name, in Urdu', 'صدر پاکستانی آصف علی زرداری نے کہا۔', ['place پاکستانی region:PK', 'person آصف علی زرداری -']],
  // Towns of earthquake news and Tehran's airports.
  ['Kahnuj and Bam', 'زلزله کهنوج یادآور زلزله ۱۳۸۲ بم بود.', ['place کهنوج city:kahnuj', 'place بم city:bam']],
  ['Bam in English', 'More than 26,000 people died in the 2003 Bam earthquake.', ['place Bam city:bam']],
  ['Imam Khomeini airport in full', 'مسافران فرودگاه بین‌المللی امام خمینی افزایش یافت.', ['place فرودگاه بین‌المللی امام خمینی area:ika-airport']],
  ['Imam airport for short, and Mehrabad', 'فرودگاه امام و فرودگاه مهرآباد شلوغ بود.', ['place فرودگاه امام area:ika-airport', 'place فرودگاه مهرآباد area:mehrabad-airport']],
  ['Mehrabad in English', 'Mehrabad airport handled 8.6 million passengers.', ['place Mehrabad airport area:mehrabad-airport']],
];

test('Persian news 3: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`));
});
