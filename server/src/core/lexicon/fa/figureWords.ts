/** Persian figure vocabulary (news usage). Keys are written as in text; they are folded when compiled. */
import type { FigureWords } from '../figureWords';

/** Persian. */
export const faFigureWords: FigureWords = {
  qualifiersBefore: {
    'تقریباً': 'approx', 'تقریبا': 'approx', 'نزدیک به': 'approx', 'حدود': 'approx', 'حدوداً': 'approx', 'در حدود': 'approx',
    'قریب به': 'approx', 'حدودا': 'approx', 'بیش از': 'more-than', 'بیشتر از': 'more-than', 'افزون بر': 'more-than', 'بالغ بر': 'more-than',
    'کمتر از': 'less-than', 'کم‌تر از': 'less-than', 'زیر': 'less-than', 'دست‌کم': 'at-least', 'دست کم': 'at-least', 'حداقل': 'at-least', 'حداقل به مدت': 'at-least', 'دست کم به مدت': 'at-least', 'بیش از مدت': 'more-than',
    'حداکثر': 'at-most', 'تنها': 'exact', 'فقط': 'exact',
    'بالاتر از': 'more-than', 'پایین‌تر از': 'less-than', 'کمتر یا مساوی': 'at-most', 'کمتر یا برابر با': 'at-most', 'بیشتر یا مساوی': 'at-least',
    'بیشتر یا برابر با': 'at-least', 'نه بیش از': 'at-most', 'نه بیشتر از': 'at-most', 'نه کمتر از': 'at-least', 'برابر با': 'exact',
    'نزدیک': 'approx', 'قریب': 'approx', 'بالای': 'more-than', 'متجاوز از': 'more-than', 'فراتر از': 'more-than',
  },
  // "دمای حداکثر ۴۸ درجه" is the maximum temperature, not "at most 48".
  notQualifiers: ['نه تنها', 'نه فقط', 'نه‌تنها', 'دمای حداکثر', 'دمای حداقل', 'دمای هوا حداکثر', 'دمای هوا حداقل'],
  temperatureExtremes: ['حداکثر', 'حداقل'],
  // چند هزار نفر "several thousand people": an amount without a value, never a thousand.
  looseCounts: { 'چند': null, 'چندین': null },
  qualifiersAfter: { '+': 'more-than', 'به بالا': 'at-least', 'و بیشتر': 'at-least', 'یا بیشتر': 'at-least', 'یا چند': 'at-least', 'و اندی': 'more-than', 'یا کمتر': 'at-most', 'و کمتر': 'at-most', 'به پایین': 'at-most', 'و بالاتر': 'at-least', 'به بالاتر': 'at-least' },
  boundJoiners: ['و', 'اما', 'ولی', '،', ','],
  rangeJoiners: ['تا', 'الی', 'یا'],
  // A change from one level to another: از ۵۸ هزار تومان به ۶۱ هزار تومان رسید (the first is the earlier level).
  changeJoiners: ['به'],
  changeFrom: ['از'],
  dayJoiners: ['و'],
  sinceEventBefore: ['از زمان'],
  sinceBefore: ['از', 'از سال', 'پس از', 'پس از سال', 'بعد از', 'بعد از سال'],
  sinceAfter: ['به این سو', 'به بعد', 'تاکنون'],
  publishedBefore: ['منتشر شده', 'انتشار', 'تاریخ انتشار', 'زمان انتشار', 'به‌روزرسانی', 'بروزرسانی', 'آخرین به‌روزرسانی', 'تاریخ به‌روزرسانی'],
  betweenWords: ['بین', 'میان'],
  // رشد ۲۵ درصدی "a 25 percent growth": the adjective form after an amount.
  // Dari writes فیصد (نرخ بیکاری به ۲۵ فیصد رسید).
  percent: ['درصد', 'درصدی', 'فیصد', 'فی‌صد'],
  percentagePoints: ['واحد درصد'],
  currencies: {
    'دلار': 'USD', 'دلار آمریکا': 'USD', 'دلار آمریکایی': 'USD', 'ریال': 'IRR', 'تومان': { code: 'IRR', factor: 10 }, 'یورو': 'EUR',
    'پوند': 'GBP', 'ین': 'JPY', 'یوان': 'CNY', 'روبل': 'RUB', 'درهم': 'AED', 'دونگ': 'VND', 'روپیه': 'INR', 'افغانی': 'AFN', 'لیر': 'TRY',
    // The adjective forms after an amount: وام ۳ میلیارد دلاری "a 3-billion-dollar loan".
    // Dari (Afghan) news spells the dollar دالر.
    // کلدار is Dari for the Pakistani rupee (هر هزار کلدار پاکستانی ۲۴۵ افغانی).
    'کلدار': 'PKR', 'کلدار پاکستانی': 'PKR',
    // A currency with its country's adjective or name after it: ۵۰۰ روپیه پاکستانی, ۱۰۰ دالر امریکایی.
    'روپیه پاکستانی': 'PKR', 'روپیه پاکستان': 'PKR', 'روپیه هندی': 'INR', 'روپیه هند': 'INR', 'دالر امریکایی': 'USD', 'دالر امریکا': 'USD', 'دلار امریکایی': 'USD', 'دلار امریکا': 'USD',
    'دالر': 'USD', 'دالری': 'USD', 'دلاری': 'USD', 'یورویی': 'EUR', 'ریالی': 'IRR', 'تومانی': { code: 'IRR', factor: 10 },
    'روپیه‌ای': 'INR', 'پوندی': 'GBP', 'یوانی': 'CNY', 'روبلی': 'RUB', 'درهمی': 'AED', 'لیری': 'TRY',
    // همت: هزار میلیارد تومان, the budget unit of Iranian news (۵۴۶۰ همت).
    'همت': { code: 'IRR', factor: 1e13 },
    // A bare dinar is Iraq's, or that of the dinar country a story names most (see figures/rupees.ts).
    'دینار': 'IQD', 'دینار عراق': 'IQD', 'دینار عراقی': 'IQD', 'دینار کویت': 'KWD', 'دینار کویتی': 'KWD', 'دینار بحرین': 'BHD', 'دینار اردن': 'JOD',
  },
  // پول is the Afghan hundredth after an amount in afghanis (۷۰ افغانی و ۵۰ پول); alone it is "money", so it names no currency.
  subunits: ['سنت', 'پنی', 'پنس', 'پول', 'پیسه'],
  subunitCurrencies: { 'سنت': 'USD', 'پنی': 'GBP', 'پنس': 'GBP', 'پیسه': 'INR' },
  units: {
    'پوند': 'lb',
    // A change of an interest rate: ۱۰۰ واحد پایه "100 basis points".
    'واحد پایه': 'bp',
    'کیلومتر': 'km', 'متر': 'm', 'کیلوگرم': 'kg', 'کیلو': 'kg', 'گرم': 'g', 'لیتر': 'L', 'مایل': 'mi', 'هکتار': 'ha', 'ایکر': 'acre',
    'مگاوات': 'MW', 'درجه': '°', 'سانتی‌متر': 'cm', 'سانتیمتر': 'cm', 'کیلومتر مربع': 'km2', 'بشکه': 'bbl', 'بشکه در روز': 'bbl/d', 'بشکه روزانه': 'bbl/d', 'بشکه در هر روز': 'bbl/d',
    'درجه سانتیگراد': '°C', 'درجه سانتی‌گراد': '°C', 'درجه سلسیوس': '°C', 'سانتیگراد': '°C', 'سانتی‌گراد': '°C', 'درجه فارنهایت': '°F', 'فارنهایت': '°F',
    'میلی‌متر': 'mm', 'میلیمتر': 'mm', 'نانومتر': 'nm', 'میکرومتر': 'µm', 'متر مربع': 'm2', 'مترمربع': 'm2', 'متر مکعب': 'm3', 'مترمکعب': 'm3', 'متر‌مکعب': 'm3', 'عیار': 'kt', 'فوت': 'ft', 'پا': 'ft', 'اینچ': 'in',
    'تن': 't', 'میلی‌گرم': 'mg', 'میلیگرم': 'mg', 'میکروگرم': 'µg', 'میلی‌لیتر': 'mL', 'میلیلیتر': 'mL', 'گالن': 'gal', 'کیلومتر بر ساعت': 'km/h', 'کیلومتر در ساعت': 'km/h',
    // The adjective forms: دیوار ۳ متری, در ۳۰ کیلومتری تبریز "30 km from Tabriz" (a flat's متری is its area: premisesArea).
    'متری': 'm', 'کیلومتری': 'km', 'میلی‌متری': 'mm', 'میلیمتری': 'mm', 'سانتی‌متری': 'cm', 'سانتیمتری': 'cm', 'مایل بر ساعت': 'mph',
    // وزنه ۲۱۶ کیلوگرمی "a 216 kg weight", بسته ۵۰۰ گرمی.
    'کیلوگرمی': 'kg', 'کیلویی': 'kg', 'گرمی': 'g', 'تنی': 't',
    // Dari spells the kilogram کیلوگرام (یک بوری ۴۹ کیلوگرامی آرد); Afghan land is measured in jeribs and biswas
    // (یک جریب زمین, a twentieth of it a بسوه); ports count containers in TEU (۲ میلیون تی‌ای‌یو).
    'کیلوگرام': 'kg', 'کیلوگرامی': 'kg', 'جریب': 'jerib', 'بسوه': 'biswa', 'تی‌ای‌یو': 'TEU', 'تی ای یو': 'TEU',
    // The Afghan seer (about 7 kg) grain and rice are sold by: یک سیر برنج ۸۵۰ افغانی.
    'سیر': 'seer',
    'کیلووات': 'kW', 'گیگاوات': 'GW', 'مگابایت': 'MB', 'گیگابایت': 'GB',
    // Dari spells the megawatt with a long vowel: کمبود برق کابل به ۳۰۰ میگاوات رسید.
    'میگاوات': 'MW', 'میگاوات ساعت': 'MWh', 'میگاوات‌ساعت': 'MWh',
    // Energy (۳۰۰ کیلووات ساعت در ماه), engines (موتورسیکلت ۱۲۵ سی‌سی) and bullion (۳۰۰ هزار اونس, ۵ مثقال طلا).
    'کیلووات ساعت': 'kWh', 'کیلووات‌ساعت': 'kWh', 'مگاوات ساعت': 'MWh', 'مگاوات‌ساعت': 'MWh', 'گیگاوات ساعت': 'GWh', 'گیگاوات‌ساعت': 'GWh',
    'سی‌سی': 'cm3', 'سی سی': 'cm3', 'اونس': 'oz', 'مثقال': 'mithqal',
    // The flow of a river (دبی ۱۲۰۰ مترمکعب در ثانیه) and gas volumes (۲۰ میلیارد فوت مکعب).
    'مترمکعب در ثانیه': 'm3/s', 'متر مکعب در ثانیه': 'm3/s', 'فوت مکعب': 'ft3',
    // Air pollution: ذرات کمتر از ۲.۵ میکرون, ۷۵ میکروگرم در مترمکعب.
    'میکرون': 'µm', 'میکروگرم در مترمکعب': 'µg/m3', 'میکروگرم در متر مکعب': 'µg/m3', 'میکروگرم بر مترمکعب': 'µg/m3', 'میکروگرم بر متر مکعب': 'µg/m3', 'میکروگرم در هر متر مکعب': 'µg/m3', 'میکروگرم در هر مترمکعب': 'µg/m3',
  },
  references: { 'ماده': 'article', 'مواد': 'article', 'بند': 'clause', 'فصل': 'chapter', 'قطعنامه': 'resolution', 'اصل': 'article', 'تبصره': 'note', 'شماره': 'number', 'سامانه': 'number', 'پیوست': 'annex', 'دقیقه': 'minute', 'دقیقه‌های': 'minute', 'دقایق': 'minute', 'خط': 'line', 'منطقه': 'district', 'دربی': 'match', 'رتبه': 'rank', 'جایگاه': 'rank', 'رده': 'rank', 'پرواز': 'flight', 'بوئینگ': 'model', 'ایرباس': 'model', 'پژو': 'model', 'پراید': 'model', 'سوخو': 'model', 'میگ': 'model',
    // A court's branch by its number: شعبه ۱۵ دادگاه انقلاب, شعبه ۲ بازپرسی (۱۵ شعبه "15 branches" stays a count).
    'شعبه': 'number' },
  // Page furniture and identifiers: کد خبر: ۸۵۶۲۳۴۱۰ is the story's id, شماره تماس: ۰۲۱… a number to dial.
  identifierLabels: [
    'کد خبر', 'کدخبر', 'شناسه خبر', 'شماره خبر', 'کد مطلب', 'شناسه مطلب', 'کد پستی', 'کدپستی', 'کد ملی', 'شماره ملی',
    'شماره حساب', 'شماره کارت', 'شماره شبا', 'شماره تماس', 'تلفن تماس', 'تلفن', 'نمابر', 'فکس', 'صندوق پستی',
    // A page's counters of views, comments and reading time (تعداد بازدید: ۲۵۰, زمان مطالعه: ۳ دقیقه).
    'تعداد بازدید', 'تعداد نظرات', 'تعداد دیدگاه‌ها', 'زمان مطالعه', 'مدت زمان مطالعه', 'زمان تقریبی مطالعه',
  ],
  // Annual things: بودجه ۱۴۰۴ (the budget of 1404), سال تحصیلی ۱۴۰۳-۱۴۰۲ (a school year).
  // The start or end of a year: تا پایان ۱۴۰۴, از ابتدای ۱۴۰۳.
  yearCues: ['سال', 'سالِ', 'سال‌های', 'سالهای', 'بودجه', 'لایحه', 'تحصیلی', 'زراعی', 'پایان', 'ابتدای', 'اوایل', 'اواخر', 'آغاز', 'نیمه'],
  monthCues: ['در', 'ماه', 'طی'],
  // A census is named by its year: سرشماری نفوس و مسکن ۱۳۹۵.
  yearPhrases: ['سال مالی', 'سال آبی', 'سرشماری', 'سرشماری نفوس و مسکن', 'سرشماری عمومی نفوس و مسکن'],
  yearFollowers: ['میلادی', 'شمسی', 'خورشیدی'],
  concepts: {
    // Planes, as English counts them: نه هواپیمای نظامی "nine military planes".
    'هواپیما': 'aircraft', 'هواپیمای': 'aircraft', 'هواپیماها': 'aircraft', 'هواپیماهای': 'aircraft',
    // Matches played, stations that measure.
    'بازی': 'match', 'بازی‌ها': 'match', 'مسابقه': 'match', 'ایستگاه': 'station', 'ایستگاه‌ها': 'station', 'ایستگاه‌های': 'station',
    // War reports: civilians (غیرنظامیان) are the citizens translations count, hostages, fighters, drones, trucks.
    'غیرنظامی': 'citizen', 'غیرنظامیان': 'citizen', 'گروگان': 'hostage', 'گروگان‌ها': 'hostage', 'شبه‌نظامی': 'militant', 'شبه‌نظامیان': 'militant', 'ستیزه‌جو': 'militant', 'ستیزه‌جویان': 'militant', 'جنگجو': 'militant', 'جنگجویان': 'militant', 'پهپاد': 'drone', 'پهپادها': 'drone', 'کامیون': 'truck', 'کامیون‌ها': 'truck',
    // An exam's marks, as English marks: ۱۱۸۷ نمره از ۱۲۰۰.
    'نمره': 'point', 'نمرات': 'point',
    // Cinemas, hotels and vessels, as Urdu and English count them (not کشتی, also wrestling): ۶۵۰ سالن سینما, ۱۸۵ هتل.
    'سینما': 'cinema', 'سالن سینما': 'cinema', 'سالن‌های سینما': 'cinema', 'هتل': 'hotel', 'هتل‌ها': 'hotel', 'شناور': 'ship',
    // People of a nation counted (۸۵۰ هزار افغان), a plane's crew, camps.
    'افغان': 'person', 'خدمه': 'member', 'مشترک': 'subscriber', 'مشتری': 'customer', 'مشتریان': 'customer', 'کاربر': 'user', 'کاربران': 'user', 'مصرف‌کننده': 'consumer', 'مصرف‌کنندگان': 'consumer', 'بار': 'time', 'مرتبه': 'time', 'دفعه': 'time', 'مشترکان': 'subscriber', 'مشترکین': 'subscriber', 'اتوبوس': 'bus', 'تعطیلی': 'holiday', 'کشاورز': 'farmer', 'کشاورزان': 'farmer', 'سالن': 'screen', 'سالن‌های': 'screen', 'ملوان': 'member', 'ملوانان': 'member', 'دریانورد': 'member', 'دریانوردان': 'member', 'اردوگاه': 'camp', 'اردوگاه‌های': 'camp', 'کمپ': 'camp', 'تماشاگر': 'spectator', 'تماشاگران': 'spectator', 'شهرستان': 'district', 'شهرستان‌ها': 'district',
    'گل': 'goal', 'مدال': 'medal', 'تخت': 'bed', 'معلم': 'teacher', 'معلمان': 'teacher', 'قطار': 'train', 'فرودگاه': 'airport', 'فرودگاه‌ها': 'airport',
    'کشور': 'country', 'کشورها': 'country', 'کشورهای': 'country', 'دولت': 'state', 'دولت‌ها': 'state', 'ایالت': 'state',
    'سازمان': 'organisation', 'سازمان‌ها': 'organisation', 'سازمانها': 'organisation', 'سازمان‌های': 'organisation', 'نهاد': 'organisation', 'نهادها': 'organisation',
    'نماینده': 'delegate', 'نمایندگان': 'delegate', 'هیئت': 'delegation', 'هیات': 'delegation', 'هیئت‌ها': 'delegation',
    'امضا': 'signature', 'امضاها': 'signature', 'فصل': 'chapter', 'ماده': 'article', 'مواد': 'article',
    // A train's cars (خروج ۱۰ واگن از ریل) and a cricket win's margin (با شش ویکت).
    'واگن': 'coach', 'واگن‌ها': 'coach', 'ویکت': 'wicket', 'دوش': 'run', 'آمبولانس': 'ambulance', 'آمبولانس‌ها': 'ambulance',
    'سال': 'year', 'ساله': 'year', 'ساعته': 'hour', 'روزه': 'day', 'ماه': 'month', 'روز': 'day', 'هفته': 'week', 'ساعت': 'hour', 'دقیقه': 'minute', 'ثانیه': 'second',
    'رایانه': 'computer', 'کامپیوتر': 'computer', 'بیمارستان': 'hospital', 'بیمارستان‌ها': 'hospital',
    'مالیات‌دهنده': 'taxpayer', 'مالیات‌دهندگان': 'taxpayer', 'مؤدی': 'taxpayer', 'مودیان': 'taxpayer', 'مؤدیان': 'taxpayer', 'نفر': 'person', 'جمعیت': 'population', 'تن': 'person', 'شخص': 'person', 'فرد': 'person', 'افراد': 'person', 'شهروند': 'citizen', 'شهروندان': 'citizen',
    'جلسه': 'session', 'نشست': 'session', 'رویداد': 'event', 'برنامه': 'event', 'مؤسسه': 'institute', 'موسسه': 'institute', 'شرکت': 'company', 'شرکت‌ها': 'company',
    'شهر': 'city', 'استان': 'province', 'ولایت': 'province', 'ولایات': 'province', 'مدرسه': 'school', 'حوزه امتحانی': 'exam-centre', 'حوزه‌های امتحانی': 'exam-centre', 'حوزه آزمون': 'exam-centre', 'حوزه‌های آزمون': 'exam-centre', 'دانش‌آموز': 'student', 'دانشجو': 'student', 'دانشجوی': 'student', 'پناهجوی': 'refugee', 'کودک': 'child', 'زن': 'woman', 'سرباز': 'soldier',
    'کشته': 'death', 'کشته‌شده': 'death', 'جسد': 'body', 'اجساد': 'body', 'پیکر': 'body', 'کشته‌شدگان': 'death', 'کشتگان': 'death', 'قربانیان': 'death', 'جان‌باختگان': 'death', 'زخمی': 'injury', 'مجروح': 'injury', 'زخمی‌ها': 'injury', 'مجروحان': 'injury',
    'کشته‌ها': 'death', 'جان‌باخته': 'death', 'فوت‌شدگان': 'death', 'زخمیان': 'injury', 'مجروحین': 'injury', 'مصدوم': 'injury', 'مصدومان': 'injury', 'مصدومین': 'injury',
    'کودکان': 'child', 'زنان': 'woman', 'دانش‌آموزان': 'student', 'دانشجویان': 'student', 'رأی‌دهندگان': 'voter', 'رای‌دهندگان': 'voter', 'رأی‌دهنده': 'voter', 'رای‌دهنده': 'voter', 'سربازان': 'soldier', 'نظامی': 'soldier', 'نظامیان': 'soldier',
    'کارگر': 'worker', 'کارگران': 'worker', 'ساکن': 'resident', 'ساکنان': 'resident', 'حادثه': 'incident', 'حوادث': 'incident',
    // Crashes on the road are accidents, as English and Urdu count them (Dari رویداد ترافیکی, Iranian تصادف, سانحه رانندگی).
    'تصادف': 'accident', 'تصادفات': 'accident', 'رویداد ترافیکی': 'accident', 'رویدادهای ترافیکی': 'accident', 'حادثه ترافیکی': 'accident', 'حوادث ترافیکی': 'accident',
    'سانحه ترافیکی': 'accident', 'سوانح ترافیکی': 'accident', 'سانحه رانندگی': 'accident', 'سوانح رانندگی': 'accident', 'حادثه رانندگی': 'accident', 'حوادث رانندگی': 'accident',
    'پناهجویان': 'refugee', 'پناهنده': 'refugee', 'پناهندگان': 'refugee', 'خبرنگاران': 'journalist', 'روزنامه‌نگار': 'journalist', 'روزنامه‌نگاران': 'journalist',
    'منزل': 'house', 'منازل': 'house', 'واحد مسکونی': 'house', 'خانه‌ها': 'house', 'خودروها': 'vehicle', 'مدارس': 'school', 'شهرها': 'city', 'استان‌ها': 'province',
    'آرا': 'vote', 'آراء': 'vote', 'کرسی‌ها': 'seat', 'وزرا': 'minister', 'رهبران': 'leader', 'کارشناسان': 'expert', 'کارمندان': 'employee', 'پرونده': 'case', 'حمله': 'attack', 'رای': 'vote', 'رأی': 'vote',
    'کرسی': 'seat', 'عضو': 'member', 'اعضا': 'member', 'اعضای': 'member', 'رهبر': 'leader', 'وزیر': 'minister', 'خبرنگار': 'journalist',
    'خانه': 'house', 'ساختمان': 'building', 'ساختمان‌ها': 'building', 'روستا': 'village', 'روستای': 'village', 'روستاها': 'village', 'روستاهای': 'village', 'تیم': 'team', 'تیم‌ها': 'team', 'تیم‌های': 'team', 'پس‌لرزه': 'aftershock', 'پس‌لرزه‌ها': 'aftershock', 'واحد': 'unit', 'واحدی': 'unit', 'خودرو': 'vehicle', 'موتر': 'vehicle', 'موترها': 'vehicle', 'کارشناس': 'expert', 'قربانی': 'victim', 'پناهجو': 'refugee', 'کارمند': 'employee',
    'ردیف': 'item', 'ردیف کالا': 'item', 'قلم کالا': 'item', 'کالا': 'item', 'یادداشت تفاهم': 'memorandum', 'یادداشت': 'memorandum', 'متهم': 'suspect', 'متهمان': 'suspect', 'محکوم': 'convict', 'محکومان': 'convict',
    'شاهد': 'witness', 'شاهدان': 'witness', 'مسئول': 'official', 'مسئولان': 'official', 'مأمور': 'personnel', 'مأموران': 'personnel', 'مامور': 'personnel', 'ماموران': 'personnel', 'نیرو': 'soldier', 'نیروی': 'soldier', 'خودروی': 'vehicle',
    'کارمند بهداشت': 'worker', 'منطقه': 'area', 'مناطق': 'area', 'بالگرد': 'helicopter', 'فروند بالگرد': 'helicopter', 'هلیکوپتر': 'helicopter',
    'توافق': 'agreement', 'توافقنامه': 'agreement', 'پروژه': 'project', 'طرح': 'project',
    'موارد': 'case', 'مورد': 'case', 'مورد مرگ': 'death', 'مورد فوت': 'death', 'مورد ابتلا': 'case', 'بیمار': 'patient', 'بیماران': 'patient', 'مرگ': 'death', 'فوتی': 'death', 'آزمایش': 'test', 'دوز': 'dose',
    // An earthquake's magnitude (زلزله ۵.۶ ریشتری); a team of 32 (تیم ۳۲ نفره); deaths registered (۴۴۵ هزار فوت ثبت شد).
    // Relief goods handed out (۳۰۰ دستگاه چادر, ۱۰۰۰ تخته پتو).
    'چادر': 'tent', 'چادرها': 'tent', 'خیمه': 'tent', 'خیمه‌ها': 'tent', 'پتو': 'blanket', 'پتوها': 'blanket',
    'ریشتر': 'magnitude', 'ریشتری': 'magnitude', 'نفره': 'person', 'نفری': 'person', 'فوت': 'death',
    // Medals of each colour are facts apart from the medals in all (۳ طلا و ۱۲ مدال); ماهه is the adjective of months (صادرات ۱۱ ماهه).
    'مدال طلا': 'gold-medal', 'مدال طلای': 'gold-medal', 'طلا': 'gold-medal', 'مدال نقره': 'silver-medal', 'نقره': 'silver-medal', 'مدال برنز': 'bronze-medal', 'برنز': 'bronze-medal',
    'ماهه': 'month', 'کشوری': 'country', 'آرای': 'vote',
    // A multiple (آلودگی ۴ برابر حد مجاز) is so many times, as English "4 times".
    'برابر': 'time',
    // Refugee, prison, exam and tourism news: ۳ هزار تن از مهاجران are people, not tonnes.
    'مهاجران': 'refugee', 'مهاجرین': 'refugee', 'زندانی': 'prisoner', 'اسیر': 'prisoner', 'اسیران': 'prisoner', 'اسرا': 'prisoner', 'زندانیان': 'prisoner', 'زندان': 'prison', 'زندان‌ها': 'prison',
    'خانواده': 'family', 'خانواده‌ها': 'family', 'داوطلب': 'candidate', 'داوطلبان': 'candidate', 'گردشگر': 'tourist', 'گردشگران': 'tourist',
    'معترض': 'protester', 'معترضان': 'protester', 'معترضین': 'protester', 'زائر': 'pilgrim', 'زائران': 'pilgrim', 'ورزشکار': 'athlete', 'ورزشکاران': 'athlete',
  },
  anaphoricBefore: ['این', 'آن', 'همین', 'همان'],
  // Persian writes "the two countries" with no article: دو کشور, دو طرف after a bilateral story's names.
  restatedCounts: ['دو کشور', 'دو طرف'],
  rateWords: ['هر'],
  ratioWords: ['از'],
  partOfWhole: ['از', 'از مجموع', 'از کل'],
  bodySizeWords: ['نفره', 'عضوی', 'کرسی‌ای'],
  // ۱۹۸ در برابر ۲۱ رای: both numbers count votes.
  versusJoiners: ['در برابر', 'در مقابل', 'در مقابلِ', 'در مقایسه با'],
  countOfBeforeNoun: ['تعداد', 'شمار', 'آمار', 'تعداد کل', 'مجموع'],
  clauseBreaks: [';', '؛', 'در حالی که', 'درحالیکه', 'در حالیکه', 'اما', 'ولی', 'درحالی که'],
  relativeWords: ['که'],
  clauseMarkers: ['را', 'پس', 'اما', 'ولی'],
  clauseVerbs: ['است', 'بود', 'هستند', 'دارد', 'دارند', 'سن', 'کرد', 'شد', 'کردند', 'شدند', 'بودند'],
  rateSubjects: {
    'سهم بازار': 'market-share',
    // A government's deficit told as a share of its GDP (۴.۴ درصد تولید ناخالص داخلی) is a rate of its own.
    'کسری بودجه': 'deficit', 'کسر بودجه': 'deficit',
    // An inflation target (هدف تورمی) is a rate of inflation.
    'هدف تورمی': 'inflation',
    // Inflation told point to point (year on year), monthly or over twelve months is inflation, its kind a modifier after it.
    'تورم نقطه به نقطه': 'inflation', 'تورم نقطه‌به‌نقطه': 'inflation', 'تورم ماهانه': 'inflation', 'تورم ماهیانه': 'inflation', 'تورم سالانه': 'inflation', 'تورم دوازده‌ماهه': 'inflation', 'تورم دوازده ماهه': 'inflation',
    'تورم': 'inflation', 'بیکاری': 'unemployment', 'نرخ بیکاری': 'unemployment', 'رشد': 'growth', 'رشد اقتصادی': 'growth',
    'مشارکت': 'turnout', 'میزان مشارکت': 'turnout', 'مشارکت اقتصادی': 'participation', 'نرخ مشارکت اقتصادی': 'participation', 'نرخ بهره': 'interest', 'بازده اوراق': 'yield', 'سود بانکی': 'interest', 'فقر': 'poverty', 'سواد': 'literacy', 'درصد قبولی': 'pass', 'نرخ قبولی': 'pass',
    // Moisture in the air: رطوبت نسبی هوا ۸۰ درصد.
    'رطوبت': 'humidity', 'رطوبت نسبی': 'humidity', 'رطوبت هوا': 'humidity', 'رطوبت نسبی هوا': 'humidity',
  },
  ratioBases: ['تولید ناخالص داخلی', 'تولید ناخالص ملی'],
  lightVerbs: ['کرد', 'کرده', 'کردند', 'کند', 'کنند', 'می‌کند', 'شد', 'شده', 'شدند', 'شود', 'می‌شود'],
  // شب after a bare number is "nights" (سه شب), so it is a part of the day only after ساعت.
  meridiems: { 'صبح': 0, 'بامداد': 0, 'بعدازظهر': 12, 'بعد از ظهر': 12, 'عصر': 15 },
  clockBefore: ['ساعت', 'ساعات'],
  // ساعت ۴ و ۲۳ دقیقه: minutes after "and" (only past an hour ساعت opened, see dates.ts).
  clockAndMinutes: ['و'],
  minuteWords: ['دقیقه'],
  dayParts: { 'صبح': 0, 'بامداد': 0, 'ظهر': 11, 'بعدازظهر': 12, 'بعد از ظهر': 12, 'عصر': 15, 'شب': 18 },
  ageAfter: ['ساله', 'سالہ', 'ماهه'],
  scoreJoiners: ['بر'],
  scoreBefore: ['نتیجه', 'نتیجهٔ', 'نتیجه‌ی'],
  scoreWords: ['برد', 'برتری', 'شکست', 'پیروزی', 'پیروز', 'مغلوب', 'مساوی', 'تساوی', 'باخت', 'بردند', 'باختند', 'واگذار'],
  // نه is "not" far more often than nine: before a counter it counts (نه نفر کشته شدند).
  // They also stand between a number and its noun, which is what the number counts (۶ فروند بالگرد).
  // Dari counts vehicles in عراده: ۱۲ عراده موتر.
  homographsBeforeConcepts: { 'نه': ['نه', 'بلکه'] },
  // A verb right after a counter is no noun it counts (۵۵ هزار دستگاه فروخت: sold 55,000 units).
  verbForms: ['فروخت', 'فروختند', 'فروخته'],
  counters: ['نفر', 'تن', 'فروند', 'دستگاه', 'عدد', 'رأس', 'راس', 'قطعه', 'باب', 'تخته', 'فقره', 'حلقه', 'قلم', 'جلد', 'عراده'],
  notCounts: ['دو طرفه', 'دو جانبه', 'دو و میدانی', 'یک دیگر', 'هر دو', 'دو برابر', 'یک شنبه', 'دو شنبه', 'سه شنبه', 'چهار شنبه', 'پنج شنبه'],
  nounGap: ['امدادی', 'و', '،', ',', 'بین‌المللی', 'بینالمللی', 'منطقه‌ای', 'خصوصی', 'بزرگ', 'کوچک', 'جدید', 'مختلف', 'غیر', 'اروپایی', 'دیگر', 'مهم', 'عضو'],
  functionWords: ['روزانه', 
    'و', 'یا', 'در', 'به', 'از', 'که', 'را', 'با', 'این', 'آن', 'برای', 'است', 'بود', 'شد', 'کرد', 'کردند', 'می', 'هم', 'نیز', 'تا', 'بر', 'یک',
    'خود', 'پس', 'پیش', 'های', 'ها', 'اند', 'شده', 'کرده', 'دیگر', 'هر', 'همه',
    // Pronouns are never what a number counts (سه‌چهارم آنان "three quarters of them").
    'آنها', 'آن‌ها', 'آنان', 'اینها', 'این‌ها', 'اینان', 'ایشان', 'آنچه',
    'رسید', 'رسیده', 'رسیدند', 'شدند', 'بودند', 'هستند', 'دارد', 'دارند', 'باشد', 'میرسد', 'افزایش', 'کاهش',
    'بوده', 'بوده‌اند', 'می‌باشد', 'گردید', 'اعلام', 'ثبت', 'داشت', 'داشته', 'گذشت', 'گذشته',
    // Negation is never what a number counts: این ۴۰۰۰۰ نیست.
    'نیست', 'نیستند', 'نبود', 'نبودند',
    // Qualifiers of the next number (۱۴۰۰ دست‌کم ۸۰۰ نفر) are never what the number before counts.
    'دست‌کم', 'حداقل', 'حداکثر', 'حدود', 'حدودا', 'حدوداً', 'تقریبا', 'تقریباً', 'نزدیک', 'تنها', 'فقط',
    // and the bounds said before "than" (۱۴۰۳ بیش از ۱۲ هزار پرواز: the year counts no بیش).
    'بیش', 'کمتر', 'کم‌تر', 'قریب', 'متجاوز',
    // An adverb of manner (۱۸ هزار تن به‌صورت اجباری اخراج شده‌اند) is no noun either.
    'به‌صورت', 'بصورت', 'به‌طور', 'بطور',
  ],
  reportingWords: ['گفت', 'گفته', 'افزود', 'اظهار', 'داشت', 'عنوان', 'نقل', 'اعلام', 'گزارش', 'می‌گوید', 'می‌گویند', 'گفتند', 'افزودند'],
  obliqueBefore: ['در', 'به', 'از', 'با', 'برای', 'بر', 'نزد', 'میان', 'بین'],
  obliqueAfter: ['را'],
  windowWords: ['گذشته', 'گزشته', 'اخیر', 'آینده', 'آتی'],
  comparedWith: ['نسبت به', 'در مقایسه با', 'در قیاس با'],
  earlierTime: ['سال گذشته', 'سال گزشته', 'پارسال', 'سال قبل', 'پیش از این', 'قبلا', 'قبلاً'],
  preferredScales: [[1e3, 'هزار'], [1e6, 'میلیون'], [1e9, 'میلیارد'], [1e12, 'تریلیون']],
  dayFirst: true,
  headFirst: true,
  counterUnits: { 'تن': ['کشته', 'کشته‌شده', 'زخمی', 'مجروح', 'مصدوم', 'جان', 'بازداشت', 'دستگیر', 'اعدام', 'زندانی', 'ناپدید', 'مفقود', 'شهید', 'هلاک', 'فوت', 'دیگر',
    // People own cards and agree with a verb in the plural, which tonnes of goods do not: ۶۰۰ هزار تن دارای کارت,
    // ۱۲ هزار تن از راه تورخم وارد افغانستان شده‌اند (Dari news counts returnees, migrants and voters in تن).
    'دارای', 'هستند', 'بودند', 'شدند', 'شده‌اند', 'کرده‌اند', 'بازگشته‌اند', 'برگشته‌اند', 'رسیده‌اند', 'بازگشتند', 'برگشتند',
    // and in the present: روزانه ۵ هزار تن از گذرگاه اسلام‌قلعه وارد افغانستان می‌شوند.
    'می‌شوند', 'می‌کنند', 'بازمی‌گردند', 'برمی‌گردند', 'گردیدند', 'گردیده‌اند',
    // People need and have in the plural, as aid news counts them: ۲۳.۷ میلیون تن به کمک‌های بشردوستانه نیاز دارند.
    'دارند', 'داشتند', 'داشته‌اند', 'می‌برند',
    // Exam news counts candidates in تن: ۸۷ هزار تن کامیاب شدند, ۶۲ هزار تن به دانشگاه‌ها راه یافتند, ۳۰ هزار تن پذیرفته شدند.
    'کامیاب', 'ناکام', 'پذیرفته', 'قبول', 'یافتند', 'یافته‌اند'],
    // فوت is a foot, or a death before the words that register deaths (۴۴۵ هزار فوت نیز ثبت شد, ۱۲۰ فوت جدید).
    'فوت': ['نیز', 'جدید', 'ثبت', 'ناشی', 'کرونا', 'کرونایی', 'رخ', 'گزارش'] },
  // دهه اول محرم, هفته دوم فروردین, نیمه دوم اسفند, ۱۰ روز نخست فروردین: an ordinal of the span, no day of the month (روز اول فروردین is one).
  ordinalSpans: { spans: ['دهه', 'دههٔ', 'دهه‌ی', 'هفته', 'هفتهٔ', 'هفته‌ی', 'هفته‌های', 'نیمه', 'نیمهٔ', 'نیمه‌ی', 'روزهای', 'روزها', 'ماه‌های', 'فصل'], counted: ['روز', 'هفته', 'ماه'] },
  // ۲۰ تن از آنان, ۲ هزار تن از بازگشت‌کنندگان: a plural in گان is of people (کنندگان, شدگان, دهندگان, یافتگان).
  peopleAfterOf: { words: ['آنان', 'ایشان', 'اینان'], endings: ['گان'] },
  months: { 'ژانویه': 1, 'فوریه': 2, 'مارس': 3, 'آوریل': 4, 'مه': 5, 'می': 5, 'ژوئن': 6, 'ژوئیه': 7, 'جولای': 7, 'اوت': 8, 'آگوست': 8, 'سپتامبر': 9, 'اکتبر': 10, 'نوامبر': 11, 'دسامبر': 12 },
  hijriMonths: {
    'محرم': 1, 'صفر': 2, 'ربیع‌الاول': 3, 'ربیع الاول': 3, 'ربیع‌الثانی': 4, 'ربیع الثانی': 4, 'ربیع‌الآخر': 4, 'جمادی‌الاول': 5, 'جمادی‌الاولی': 5,
    'جمادی الاول': 5, 'جمادی‌الثانی': 6, 'جمادی الثانی': 6, 'جمادی‌الآخر': 6, 'رجب': 7, 'شعبان': 8, 'رمضان': 9, 'شوال': 10,
    'ذی‌القعده': 11, 'ذیقعده': 11, 'ذی‌الحجه': 12, 'ذیحجه': 12,
  },
  weightCues: ['وزن', 'وزنی'],
  equalWords: ['معادل', 'برابر با', 'برابر', '='],
  // A flat, a house or a plot "of 75 metres" is of 75 square metres: آپارتمان ۷۵ متری, واحد ۶۰ متری, زمین ۵۰۰ متری.
  // از ۹۰ هزار تومان گذشت, از مرز ۲ هزار میلیارد تومان گذشت, از ۲۰۰ میلیون تومان فراتر رفته است: went past; not ۳ سال گذشت (three years went by) without از.
  passedFrom: { from: ['از', 'از مرز', 'از رقم', 'از سقف'], after: ['گذشت', 'گذشته است', 'گذشته‌است', 'فراتر رفت', 'فراتر رفته', 'فراتر رود', 'عبور کرد', 'عبور کرده', 'رد شد'] },
  premisesArea: { nouns: ['آپارتمان', 'واحد', 'واحدهای', 'خانه', 'خانه‌های', 'منزل', 'ملک', 'زمین', 'قطعه', 'مغازه', 'دفتر', 'سوئیت', 'ویلا', 'باغ'], units: { 'متری': 'm2' } },
  belowZero: ['زیر صفر', 'زیر نقطه انجماد', 'پایین‌تر از صفر', 'کمتر از صفر'],
  pluralReferences: ['دقیقه‌های', 'دقایق', 'مواد', 'بندهای', 'اصول', 'ماده‌های'],
  cricketWords: ['کریکت', 'ویکت'],
  decadeBefore: ['دهه', 'دههٔ', 'دهه‌ی'],
};
