import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, claimTimes, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// Persian and Dari news of dams and water, power and gas, oil and petrochemical exports, harvests, rail, schools, health and
// Olympic medals, written for these tests in the ways IRNA, ISNA, Hamshahri, Donya-e-Eqtesad, Tolo and Pajhwok write:
// [name, text, expected figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  // Hindi's cubic metre, as the other languages have it.
  // Road crashes are accidents, as English and Urdu count them: Dari رویداد ترافیکی, Iranian تصادف and سانحه رانندگی.
  ['traffic accidents, in Dari', 'پولیس ترافیک گفت که در سال گذشته ۱۲۰۰ رویداد ترافیکی در شاهراه‌ها رخ داده که در آن ۴۳۰ تن جان باخته‌اند.', ['۱۲۰۰=1200/cardinal (counts accident)', '۴۳۰=430/cardinal (counts person)']],
  ['crashes on the roads', 'در این مدت ۱۲ هزار تصادف در جاده‌های کشور ثبت شد.', ['۱۲ هزار=12000/cardinal (counts accident)']],
  ['driving accidents', 'در ۵۰۰ حادثه رانندگی ۸۰ نفر کشته شدند.', ['۵۰۰=500/cardinal (counts accident)', '۸۰=80/cardinal (counts person)']],
  ['cubic metres, in Hindi', 'जलाशय में 500 घन मीटर पानी है।', ['500 घन मीटर=500/cardinal (unit m3)']],
];

test('Persian news 4 figures: units', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// [name, text, expected claim keys as value:key].
const claimRows: [name: string, text: string, expected: string[]][] = [
  // «در حال حاضر» is "at present": no one attends.
  ['hospital beds at present', 'وزیر بهداشت گفت کشور در حال حاضر ۱۴۵ هزار تخت بیمارستانی دارد.', []],
  // A medal table hands out nothing, and a list's joiner ends no clause: the bronze is won as the gold is.
  ['medals won, listed before the medal table', 'کاروان ورزشی ایران با کسب ۳ مدال طلا، ۶ نقره و ۳ برنز در رده بیست‌ویکم جدول توزیع مدال‌ها قرار گرفت.', ['3:gold-medal|win', '6:silver-medal|win', '3:bronze-medal|win']],
  // شامل between a whole and its first part is "including": the whole and its parts are won.
  ['medals won, including so many gold', 'ایران در المپیک توکیو ۷ مدال شامل ۳ طلا، ۲ نقره و ۲ برنز کسب کرده بود.', ['7:medal|win', '3:gold-medal|win', '2:silver-medal|win', '2:bronze-medal|win']],
  ['medals won, including so many gold, in English', 'Iran had won 7 medals including 3 gold, 2 silver and 2 bronze in Tokyo.', ['7:medal|win', '3:gold-medal|win', '2:silver-medal|win', '2:bronze-medal|win']],
  // «به ارزش» after goods is "worth": the tonnes are exported, the sum is the level the sentence's verb tells, as in English.
  ['tonnes worth so many dollars, in Persian', 'صادرات محصولات پتروشیمی در ۷ ماه نخست سال جاری به ۱۴.۵ میلیون تن به ارزش ۶.۳ میلیارد دلار رسید.', ['14500000:unit:t|export', '6300000000:money:USD|reach']],
  // A measure has no worth nor cost of its own: the kilometres of a road the sum rebuilds cost nothing; lives and shares of GDP still do.
  ['the length of a road rebuilt at a cost', 'بازسازی شاهراه کابل-قندهار به طول ۴۸۰ کیلومتر با هزینه ۱۲ میلیارد افغانی آغاز شده است.', ['12000000000:money:AFN|cost']],
  ['lives a war cost', 'The war cost 500 lives.', ['500:life|cost']],
  ['a share of GDP a project costs', 'The project will cost 3 percent of GDP.', ['3:%:economy|cost']],
  // Subscribers or cases identified are confirmed, as Persian شناسایی says.
  ['subscribers identified, in English', 'He said at least 750,000 high-consumption subscribers have been identified.', ['750000:user|confirm']],
  // A relative clause after the verb of a level (۱۳ درصد است که …) tells a change of its own figure, not the level's.
  // Goods bought: a harvest the state buys, in every language; the price it buys at stays the level it is fixed at.
  ['wheat bought, in Persian', 'تا امروز ۷ میلیون و ۲۰۰ هزار تن گندم به صورت تضمینی از کشاورزان خریداری شده است.', ['7200000:unit:t wheat|buy']],
  ['wheat bought, in English', 'So far 7.2 million tonnes of wheat have been purchased from farmers.', ['7200000:unit:t wheat|buy']],
  ['wheat procured, in English', 'The government procured 7.2 million tonnes of wheat.', ['7200000:unit:t wheat|buy']],
  ['wheat bought, in Urdu', 'حکومت نے 72 لاکھ ٹن گندم خریدی۔', ['7200000:unit:t wheat|buy']],
  ['wheat bought, in Hindi', 'सरकार ने 72 लाख टन गेहूं खरीदा।', ['7200000:unit:t wheat|buy']],
  ['the price wheat is bought at', 'قیمت خرید تضمینی هر کیلوگرم گندم امسال ۱۵ هزار تومان تعیین شده بود.', ['150000:money:IRR wheat/kg|reach']],
  ['a level and the fall a relative clause tells', 'درصد پرشدگی سدهای استان تهران هم‌اکنون ۱۳ درصد است که ۸ درصد کاهش نشان می‌دهد.', ['8:%|fall']],
];

test('Persian news 4 claims', () => {
  checkRows(claimRows, claimKeys);
});

// An earlier time set against the story's is a baseline, not the time of the change: [name, text, expected value:key@time].
const timeRows: [name: string, text: string, expected: string[]][] = [
  ['compared with last year, in English', 'Rail passengers rose 12 percent compared with last year.', ['12:%|grow@null']],
  ['compared with last year, in Persian', 'مسافران قطار نسبت به سال گذشته ۱۲ درصد افزایش یافت.', ['12:%|grow@null']],
  ['compared with last year, in Urdu', 'ریل کے مسافروں میں گزشتہ سال کے مقابلے میں 12 فیصد اضافہ ہوا۔', ['12:%|grow@null']],
  ['compared with last year, in Hindi', 'रेल यात्रियों में पिछले साल की तुलना में 12 प्रतिशत की वृद्धि हुई।', ['12:%|grow@null']],
  ['a figure of last year it is compared with stays earlier', 'Inflation was 8 percent compared with 9 percent last year.', ['8:%:inflation|rate@null', '9:%:inflation|rate@earlier']],
];

test('Persian news 4 claim times', () => {
  checkRows(timeRows, claimTimes);
});

// Two reports of one story, Persian and English: [name, [a, b], the figures the cross-file check flags].
const pairRows: [name: string, texts: [string, string], expected: string[]][] = [
  ['bronze medals that differ', ['کاروان ورزشی ایران با کسب ۳ مدال طلا، ۶ نقره و ۳ برنز در رده بیست‌ویکم جدول توزیع مدال‌ها قرار گرفت.', 'The Iranian team finished 21st in the medal table, winning 3 gold, 6 silver and 4 bronze medals.'], ['a: ۳', 'b: 4']],
  ['medals in all that differ', ['ایران در المپیک توکیو ۷ مدال شامل ۳ طلا، ۲ نقره و ۲ برنز کسب کرده بود.', 'Iran had won 8 medals in Tokyo, including 3 gold, 2 silver and 2 bronze.'], ['a: ۷', 'b: 8']],
  ['the worth of exports that differs', ['صادرات محصولات پتروشیمی ایران در ۷ ماه نخست سال جاری به ۱۴.۵ میلیون تن به ارزش ۶.۳ میلیارد دلار رسید.', "Iran's petrochemical exports in the first 7 months of the current year reached 14.5 million tonnes worth $6.8 billion."], ['a: ۶.۳ میلیارد دلار', 'b: $6.8 billion']],
  ['subscribers identified that differ', ['وی گفت دست‌کم ۷۰۰ هزار مشترک پرمصرف شناسایی شده‌اند.', 'He said at least 750,000 high-consumption subscribers have been identified.'], ['a: ۷۰۰ هزار', 'b: 750,000']],
  ['the cost of a road that differs', ['بازسازی شاهراه کابل-قندهار به طول ۴۸۰ کیلومتر با هزینه ۱۲ میلیارد افغانی آغاز شده است.', 'Reconstruction of the 480-kilometre Kabul-Kandahar highway, costing 13 billion afghanis, has begun.'], ['a: ۱۲ میلیارد افغانی', 'b: 13 billion afghanis']],
  ['wheat bought that differs', ['تا امروز ۷ میلیون و ۲۰۰ هزار تن گندم به صورت تضمینی از کشاورزان خریداری شده است.', 'So far 7.5 million tonnes of wheat have been purchased from farmers.'], ['a: ۷ میلیون و ۲۰۰ هزار تن', 'b: 7.5 million tonnes']],
  // Medals of one games' edition are no other edition's: Tokyo's against Paris's is no conflict, in Persian, Urdu or English.
  ['medals of the Asian Games and the Olympics, in Persian and Urdu', ['ایران در بازی‌های آسیایی ۲۱ مدال کسب کرد.', 'ایران نے اولمپکس میں 12 تمغے جیتے۔'], []],
  ['medals of the Asian Games and the Olympics, in English and Urdu', ['Iran won 21 medals at the Asian Games.', 'ایران نے اولمپکس میں 12 تمغے جیتے۔'], []],
  ['medals of two Olympics, in Persian and Urdu', ['ایران در المپیک توکیو ۷ مدال کسب کرد.', 'ایران نے پیرس اولمپکس میں 12 تمغے جیتے۔'], []],
  ['medals of one Olympics that differ, in Persian and Urdu', ['ایران در المپیک توکیو ۷ مدال کسب کرد.', 'ایران نے ٹوکیو اولمپکس میں 8 تمغے جیتے۔'], ['a: ۷', 'b: 8']],
  ['medals of two Olympics, in Persian and English', ['ایران در المپیک توکیو ۷ مدال کسب کرد.', 'Iran won 12 medals at the Paris Olympics.'], []],
  ['medals of two Olympics, both in Persian', ['ایران در المپیک توکیو ۷ مدال کسب کرد.', 'ایران در المپیک پاریس ۱۲ مدال کسب کرد.'], []],
  ['a rise this year that differs, one telling it against last year', ['تعداد مسافران قطار امسال ۱۲ درصد افزایش یافت.', 'The number of rail passengers rose 15 percent compared with last year.'], ['a: ۱۲ درصد', 'b: 15 percent']],
];

test('Persian news 4: two reports of one story', () => {
  checkRows(pairRows, flaggedInPair);
});

// Entities: [name, text, mentions in order as "type text id" (id '-' when unlinked)].
const entityRows: [name: string, text: string, expected: string[]][] = [
  // A railway's portfolio after a title (معاون مسافری) and what a minister aims at (هدف ساخت) are no person's names.
  ['a deputy for passengers', 'معاون مسافری شرکت راه‌آهن جمهوری اسلامی ایران گفت.', ['organisation راه‌آهن جمهوری اسلامی ایران org:ir-railways']],
  ['a minister\'s aim', 'وزیر نیرو هدف ساخت ۳۰ هزار مگاوات نیروگاه را اعلام کرد.', []],
];

test('Persian news 4: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`));
});
