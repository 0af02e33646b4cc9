/** Persian figure vocabulary (news usage). Keys are written as in text; they are folded when compiled. */
import type { FigureWords } from '../figureWords';

/** Persian. */
export const faFigureWords: FigureWords = {
  qualifiersBefore: {
    'تقریباً': 'approx', 'تقریبا': 'approx', 'نزدیک به': 'approx', 'حدود': 'approx', 'حدوداً': 'approx', 'در حدود': 'approx',
    'قریب به': 'approx', 'حدودا': 'approx', 'بیش از': 'more-than', 'بیشتر از': 'more-than', 'افزون بر': 'more-than', 'بالغ بر': 'more-than',
    'کمتر از': 'less-than', 'کم‌تر از': 'less-than', 'زیر': 'less-than', 'دست‌کم': 'at-least', 'دست کم': 'at-least', 'حداقل': 'at-least',
    'حداکثر': 'at-most', 'تنها': 'exact', 'فقط': 'exact',
  },
  qualifiersAfter: { 'به بالا': 'at-least', 'و بیشتر': 'at-least', 'یا بیشتر': 'at-least', 'و اندی': 'more-than' },
  rangeJoiners: ['تا', 'الی', 'یا'],
  dayJoiners: ['و'],
  betweenWords: ['بین', 'میان'],
  percent: ['درصد'],
  currencies: {
    'دلار': 'USD', 'دلار آمریکا': 'USD', 'دلار آمریکایی': 'USD', 'ریال': 'IRR', 'تومان': { code: 'IRR', factor: 10 }, 'یورو': 'EUR',
    'پوند': 'GBP', 'ین': 'JPY', 'یوان': 'CNY', 'روبل': 'RUB', 'درهم': 'AED', 'دونگ': 'VND', 'روپیه': 'INR', 'افغانی': 'AFN', 'لیر': 'TRY',
  },
  subunits: [],
  units: {
    'پوند': 'lb',
    'کیلومتر': 'km', 'متر': 'm', 'کیلوگرم': 'kg', 'کیلو': 'kg', 'گرم': 'g', 'لیتر': 'L', 'مایل': 'mi', 'هکتار': 'ha',
    'مگاوات': 'MW', 'درجه': '°', 'سانتی‌متر': 'cm', 'سانتیمتر': 'cm', 'کیلومتر مربع': 'km2', 'بشکه': 'bbl',
    'درجه سانتیگراد': '°C', 'درجه سانتی‌گراد': '°C', 'درجه سلسیوس': '°C', 'سانتیگراد': '°C', 'سانتی‌گراد': '°C', 'درجه فارنهایت': '°F', 'فارنهایت': '°F',
    'میلی‌متر': 'mm', 'میلیمتر': 'mm', 'نانومتر': 'nm', 'میکرومتر': 'µm', 'متر مربع': 'm2', 'مترمربع': 'm2', 'متر مکعب': 'm3', 'فوت': 'ft', 'پا': 'ft', 'اینچ': 'in',
    'تن': 't', 'میلی‌گرم': 'mg', 'میلیگرم': 'mg', 'میکروگرم': 'µg', 'میلی‌لیتر': 'mL', 'میلیلیتر': 'mL', 'گالن': 'gal', 'کیلومتر بر ساعت': 'km/h', 'مایل بر ساعت': 'mph',
    'کیلووات': 'kW', 'گیگاوات': 'GW', 'مگابایت': 'MB', 'گیگابایت': 'GB',
  },
  references: { 'ماده': 'article', 'مواد': 'article', 'بند': 'clause', 'فصل': 'chapter', 'قطعنامه': 'resolution', 'اصل': 'article', 'تبصره': 'note', 'شماره': 'number', 'پیوست': 'annex' },
  yearCues: ['سال', 'سالِ'],
  yearFollowers: ['میلادی', 'شمسی', 'خورشیدی'],
  concepts: {
    'کشور': 'country', 'کشورها': 'country', 'کشورهای': 'country', 'دولت': 'state', 'دولت‌ها': 'state', 'ایالت': 'state',
    'سازمان': 'organisation', 'سازمان‌ها': 'organisation', 'سازمانها': 'organisation', 'سازمان‌های': 'organisation', 'نهاد': 'organisation', 'نهادها': 'organisation',
    'نماینده': 'delegate', 'نمایندگان': 'delegate', 'هیئت': 'delegation', 'هیات': 'delegation', 'هیئت‌ها': 'delegation',
    'امضا': 'signature', 'امضاها': 'signature', 'فصل': 'chapter', 'ماده': 'article', 'مواد': 'article',
    'سال': 'year', 'ساله': 'year', 'ماه': 'month', 'روز': 'day', 'هفته': 'week', 'ساعت': 'hour', 'دقیقه': 'minute',
    'رایانه': 'computer', 'کامپیوتر': 'computer', 'بیمارستان': 'hospital', 'بیمارستان‌ها': 'hospital',
    'نفر': 'person', 'تن': 'person', 'شخص': 'person', 'فرد': 'person', 'افراد': 'person', 'شهروند': 'citizen', 'شهروندان': 'citizen',
    'جلسه': 'session', 'نشست': 'session', 'رویداد': 'event', 'برنامه': 'event', 'مؤسسه': 'institute', 'موسسه': 'institute', 'شرکت': 'company', 'شرکت‌ها': 'company',
    'شهر': 'city', 'استان': 'province', 'مدرسه': 'school', 'دانش‌آموز': 'student', 'دانشجو': 'student', 'کودک': 'child', 'زن': 'woman', 'سرباز': 'soldier',
    'کشته': 'death', 'کشته‌شده': 'death', 'زخمی': 'injury', 'مجروح': 'injury', 'پرونده': 'case', 'حمله': 'attack', 'رای': 'vote', 'رأی': 'vote',
    'کرسی': 'seat', 'عضو': 'member', 'اعضا': 'member', 'اعضای': 'member', 'رهبر': 'leader', 'وزیر': 'minister', 'خبرنگار': 'journalist',
    'خانه': 'house', 'واحد': 'unit', 'خودرو': 'vehicle', 'کارشناس': 'expert', 'قربانی': 'victim', 'پناهجو': 'refugee', 'کارمند': 'employee',
    'توافق': 'agreement', 'توافقنامه': 'agreement', 'پروژه': 'project', 'طرح': 'project',
    'موارد': 'case', 'بیمار': 'patient', 'بیماران': 'patient', 'مرگ': 'death', 'فوتی': 'death', 'آزمایش': 'test', 'دوز': 'dose',
  },
  nounGap: ['و', '،', ',', 'بین‌المللی', 'بینالمللی', 'منطقه‌ای', 'خصوصی', 'بزرگ', 'کوچک', 'جدید', 'مختلف', 'غیر', 'اروپایی', 'دیگر', 'مهم', 'عضو'],
  functionWords: [
    'و', 'در', 'به', 'از', 'که', 'را', 'با', 'این', 'آن', 'برای', 'است', 'بود', 'شد', 'کرد', 'کردند', 'می', 'هم', 'نیز', 'تا', 'بر', 'یک',
    'خود', 'پس', 'پیش', 'های', 'ها', 'اند', 'شده', 'کرده', 'دیگر', 'هر', 'همه',
  ],
  earlierTime: ['سال گذشته', 'سال گزشته', 'پارسال', 'سال قبل', 'پیش از این', 'قبلا', 'قبلاً'],
  preferredScales: [[1e3, 'هزار'], [1e6, 'میلیون'], [1e9, 'میلیارد'], [1e12, 'تریلیون']],
  months: { 'ژانویه': 1, 'فوریه': 2, 'مارس': 3, 'آوریل': 4, 'مه': 5, 'می': 5, 'ژوئن': 6, 'ژوئیه': 7, 'جولای': 7, 'اوت': 8, 'آگوست': 8, 'سپتامبر': 9, 'اکتبر': 10, 'نوامبر': 11, 'دسامبر': 12 },
  weightCues: ['وزن', 'وزنی'],
};
