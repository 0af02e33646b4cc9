import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, claimTimes, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// Persian news of oil, money, water, migration, flights, exams, housing and Nowruz travel, written for these tests
// in the ways IRNA, ISNA, BBC Persian and Tolo news write: [name, text, expected figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  // تن after "of" counts people past a pointer back, a pronoun of people or a plural only people take; an adverb after it is no noun.
  ['تن of "these" migrants', 'نزدیک به ۴۰۰ تن از این مهاجران به اردوگاه منتقل شدند.', ['۴۰۰=400/cardinal (approx, counts person)']],
  ['تن of a pronoun of people', 'حدود ۲۰ تن از آنان کودک بودند.', ['۲۰=20/cardinal (approx, counts person)']],
  ['تن of a plural in گان', '۲ هزار و ۵۰۰ تن از بازگشت‌کنندگان زن و کودک بودند.', ['۲ هزار و ۵۰۰=2500/cardinal (counts person)']],
  ['تن before an adverb of manner and a plural verb', 'حدود ۱۸ هزار تن به‌صورت اجباری از ایران اخراج شده‌اند.', ['۱۸ هزار=18000/cardinal (approx, counts person)']],
  ['تن in a clause whose verb is of people', '۳ هزار تن از طریق گذرگاه اسلام‌قلعه در ولایت هرات وارد شدند.', ['۳ هزار=3000/cardinal (counts person)']],
  ['Dari exam news: تن who passed', 'از این میان ۸۷ هزار و ۵۰۰ تن کامیاب شدند.', ['۸۷ هزار و ۵۰۰=87500/cardinal (counts person)']],
  ['Dari exam news: تن who got into universities', '۶۲ هزار تن به دانشگاه‌های دولتی راه یافتند.', ['۶۲ هزار=62000/cardinal (counts person)']],
  ['تن in a clause ending in a past perfect of people', 'حدود ۱۴۸ هزار تن در این آزمون شرکت کرده بودند.', ['۱۴۸ هزار=148000/cardinal (approx, counts person)']],
  ['tonnes of goods before a verb in the singular stay tonnes', 'سالانه ۳ میلیون تن گندم وارد کشور می‌شود.', ['۳ میلیون تن=3000000/cardinal (unit t)']],
  ['tonnes of "this" product stay tonnes', 'سه میلیون تن از این محصول صادر شد.', ['سه میلیون تن=3000000/cardinal (unit t)']],
  // A bound before "than" is no noun the number before it counts.
  ['a year after Nowruz before "more than"', 'در ایام نوروز ۱۴۰۳ بیش از ۱۲ هزار پرواز داخلی انجام شد.', ['۱۴۰۳=1403/year', '۱۲ هزار=12000/cardinal (more-than, counts پرواز)']],
  // An ordinal after a span orders the span: no day of the month after it.
  ['the first ten days of Muharram', 'مراسم دهه اول محرم برگزار شد.', []],
  ['the second week of Farvardin', 'در هفته دوم فروردین بازار تعطیل بود.', ['دوم=2/ordinal']],
  ['the first ten days of Farvardin, counted', 'در ۱۰ روز نخست فروردین ۵ میلیون نفر سفر کردند.', ['۱۰=10/cardinal (counts day)', '۵ میلیون=5000000/cardinal (counts person)']],
  ['the first day of Farvardin is a day', 'روز اول فروردین تعطیل است.', ['اول فروردین=--03-21/date']],
  // A decimal said in tenths: a whole, "and", a numerator and دهم; or the numerator alone.
  ['digits and tenths', 'نرخ بیکاری ۸ و ۲ دهم درصد بود.', ['۸ و ۲ دهم درصد=8.2/percent (unit %, counts unemployment)']],
  ['words and tenths', 'نرخ بیکاری سه و چهار دهم درصد بود.', ['سه و چهار دهم درصد=3.4/percent (unit %, counts unemployment)']],
  ['tenths alone in digits', 'رشد اقتصادی ۴ دهم درصد بود.', ['۴ دهم درصد=0.4/percent (unit %, counts growth)']],
  // A fraction before "of" is a share of a whole, in every language.
  ['half of, in Persian', 'نیمی از داوطلبان پذیرفته شدند.', ['نیمی=0.5/cardinal']],
  ['a fraction written as one word is a figure as its spaced spelling is', 'یک‌سوم مردم در فقر زندگی می‌کنند.', ['یک‌سوم=0.333333333333333/cardinal (counts مردم)']],
  ['half of, in English', 'Half of the candidates were admitted.', ['Half=0.5/cardinal']],
  // A page's counters after their labels are no figures.
  ['reading time and views', 'زمان مطالعه: ۳ دقیقه\nتعداد بازدید: ۲۵۰', []],
  // A currency with its country's adjective after it.
  ['Pakistani rupees', 'این کالا ۵۰۰ روپیه پاکستانی قیمت دارد.', ['۵۰۰ روپیه پاکستانی=500/currency (unit PKR)']],
  ['the Dari American dollar', 'کمک ۱۰۰ دالر امریکایی پرداخت شد.', ['۱۰۰ دالر امریکایی=100/currency (unit USD)']],
];

test('Persian news 2 figures: people in تن, spans, tenths, shares and currencies', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// Entities: [name, text, the mentions as "type text id" ('-' when unlinked)].
const entityRows: [name: string, text: string, expected: string[]][] = [
  ['afghanis after an amount are the currency, not Afghanistan', 'یک بوری آرد ۱۸۵۰ افغانی و یک لیتر دیزل ۷۲ افغانی است.', []],
  ['a dollar with its adjective and afghanis', 'هر دالر امریکایی ۷۰ افغانی معامله شد.', []],
  ['people of a nation counted stay its mentions', '۵ ایرانی و ۳ افغان کشته شدند.', ['place ایرانی region:IR', 'place افغان region:AF']],
  ['a سازمان after a title is a body, no person', 'معاون سازمان هواپیمایی کشوری گفت پروازها برقرار است.', ['organisation سازمان هواپیمایی کشوری org:ir-cao']],
  ['an unknown سازمان by its head word', 'سازمان نظام مهندسی ساختمان هشدار داد.', ['organisation سازمان نظام مهندسی ساختمان -']],
  ['"earlier" after a title and its country is no name', 'وزیر کشور ایران پیش‌تر گفته بود که مرز بسته است.', ['place ایران region:IR']],
  ['a superlative ends a body\'s name', 'دانشگاه صنعتی شریف بیشترین متقاضی را داشت.', ['organisation دانشگاه صنعتی شریف -']],
  ['ILNA by its short name', 'به گزارش ایلنا، ۵ هزار نفر تجمع کردند.', ['organisation ایلنا org:ir-ilna']],
  ['"the university one got into" names none', 'داوطلبان برای ثبت‌نام به دانشگاه محل قبولی مراجعه کنند.', []],
  ['a rank ends a body\'s name', 'دانشگاه صنعتی امیرکبیر رتبه دوم را کسب کرد.', ['organisation دانشگاه صنعتی امیرکبیر -']],
];

test('Persian news 2 entities: currencies, bodies and name ends', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`));
});

// [name, text, expected claim keys as value:key].
const claimRows: [name: string, text: string, expected: string[]][] = [
  ['returned by force is a return', 'حدود ۴۰ درصد این افراد به‌صورت اجباری بازگردانده شده‌اند.', ['40:%|return']],
  ['a fall told by the noun افت', 'شاخص کل بورس تهران با ۲۵ هزار واحد افت به ۲ میلیون و ۱۰۰ هزار واحد رسید.', ['25000:point tedpix|fall', '2100000:point tedpix|reach']],
  ['Dari takes part with اشتراک and passes with کامیاب', 'حدود ۱۵۴ هزار داوطلب در آزمون کانکور اشتراک کرده بودند که از این میان ۸۷ هزار و ۵۰۰ تن کامیاب شدند.', ['154000:candidate|attend', '87500:person|win']],
  ['consumption in Urdu', 'کراچی میں پانی کی یومیہ کھپت 50 کروڑ گیلن تک پہنچ گئی۔', ['500000000:unit:gal consumption|reach']],
  ['consumption in Hindi', 'दिल्ली में बिजली की खपत 8000 मेगावाट तक पहुंच गई।', ['8000:unit:MW consumption|reach']],
  ['what a dam holds', 'ذخیره سد کرج به ۸۵ میلیون مترمکعب رسید.', ['85000000:unit:m3 reserves|reach']],
  ['returnees in تن of them', 'حدود ۱۸ هزار تن از آنان از ایران اخراج شدند.', ['18000:person|deport']],
];

test('Persian news 2 claims', () => {
  checkRows(claimRows, claimKeys);
});

// A change from one level to another after "from": the first level is the same fact earlier. [name, text, "value:key@time"].
const timeRows: [name: string, text: string, expected: string[]][] = [
  ['از … به: the dollar\'s earlier rate', 'نرخ دلار از ۵۸ هزار تومان به ۶۱ هزار تومان افزایش یافت.', ['580000:money:IRR usd|grow@earlier', '610000:money:IRR usd|reach@null']],
  ['از … به: inflation\'s earlier rate', 'تورم از ۴۰ درصد به ۳۲ درصد کاهش یافت.', ['40:%:inflation|rate@earlier', '32:%:inflation|rate@null']],
  ['English from … to', 'Inflation fell from 40 percent to 32 percent.', ['40:%:inflation|rate@earlier', '32:%:inflation|rate@null']],
];

test('Persian news 2: a change from one level to another', () => {
  checkRows(timeRows, claimTimes);
});

// Two reports: [name, [file a, file b], the figures the cross-file check flags].
const pairRows: [name: string, input: [string, string], expected: string[]][] = [
  ['a month glossed as a span of days does not date the story', [
    'تهران - معاون وزیر نفت روز شنبه ۱۵ اردیبهشت ۱۴۰۳ گفت صادرات نفت در فروردین به ۱٫۸ میلیون بشکه در روز رسید.\nوزارت نفت همچنین اعلام کرد تولید گاز غنی از میدان مشترک پارس جنوبی به ۷۰۵ میلیون متر مکعب در روز رسیده است.',
    'TEHRAN - Oil exports reached 1.8 million barrels per day in Farvardin (March 21 to April 20), a deputy oil minister said on Saturday, May 4, 2024.\nThe Oil Ministry also said that production of rich gas from the shared South Pars field has reached 750 million cubic metres per day.',
  ], ['a: ۷۰۵ میلیون متر مکعب', 'b: 750 million cubic metres']],
  ['a share returned by force in Persian and English', [
    'سازمان بین‌المللی مهاجرت می‌گوید حدود ۴۰ درصد این افراد به‌صورت اجباری بازگردانده شده‌اند.',
    'The International Organization for Migration says about 45 percent of them were forcibly returned.',
  ], ['a: ۴۰ درصد', 'b: 45 percent']],
  ['water used a day and water the dams hold are two measures', [
    'مصرف روزانه آب در تهران به ۳ میلیون و ۵۰۰ هزار مترمکعب رسید.',
    'حجم آب سدهای تهران به ۴۱۰ میلیون مترمکعب رسید.',
  ], []],
  ['water used in Persian and English', [
    'مصرف روزانه آب در تهران به ۳ میلیون و ۵۰۰ هزار مترمکعب رسید.',
    'Daily water consumption in Tehran reached 3.2 million cubic metres.',
  ], ['a: ۳ میلیون و ۵۰۰ هزار مترمکعب', 'b: 3.2 million cubic metres']],
  ['two stories sharing only bare claims tell two stories', [
    'به گفته وی، حدود ۱٫۸ میلیون مسافر جابه‌جا شدند که نسبت به سال گذشته ۲۵ درصد افزایش داشته است. ضریب اشغال صندلی پروازها به ۹۲ درصد رسیده است.',
    'درآمدهای مالیاتی حدود ۱٬۵۰۰ همت در نظر گرفته شده که نسبت به سال گذشته ۴۰ درصد افزایش دارد. سهم صندوق توسعه ملی از درآمدهای نفتی ۳۰ درصد تعیین شده است.',
  ], []],
];

test('Persian news 2: a report and its translation', () => {
  checkRows(pairRows, flaggedInPair);
});
