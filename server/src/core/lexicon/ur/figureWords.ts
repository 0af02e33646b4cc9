/** Urdu figure vocabulary (news usage). Keys are written as in text; they are folded when compiled. */
import type { FigureWords } from '../figureWords';

/** Urdu. */
export const urFigureWords: FigureWords = {
  qualifiersBefore: {
    'تقریباً': 'approx', 'تقریبا': 'approx', 'قریب': 'approx', 'لگ بھگ': 'approx', 'تقریباً کوئی': 'approx',
    'کم و بیش': 'approx', 'اندازاً': 'approx', 'اندازہ': 'approx', 'قریباً': 'approx',
    'کم از کم': 'at-least', 'زیادہ سے زیادہ': 'at-most', 'صرف': 'exact', 'محض': 'exact',
    'تقریباً ایک': 'approx',
  },
  qualifiersAfter: {
    'سے زائد': 'more-than', 'سے زیادہ': 'more-than', 'سے اوپر': 'more-than', 'سے کم': 'less-than',
    'کے قریب': 'approx', 'کے لگ بھگ': 'approx', 'سے بھی زیادہ': 'more-than',
  },
  rangeJoiners: ['سے', 'تا', 'یا'],
  dayJoiners: ['اور', 'و'],
  percent: ['فیصد', 'فی صد', 'پرسنٹ'],
  currencies: {
    'ڈالر': 'USD', 'ڈالرز': 'USD', 'امریکی ڈالر': 'USD', 'امریکی ڈالرز': 'USD', 'روپے': 'PKR', 'روپیہ': 'PKR', 'روپیے': 'PKR',
    'پاکستانی روپے': 'PKR', 'بھارتی روپے': 'INR', 'ہندوستانی روپے': 'INR', 'یورو': 'EUR', 'پاؤنڈ': 'GBP', 'ین': 'JPY',
    'یوآن': 'CNY', 'روبل': 'RUB', 'ریال': 'SAR', 'سعودی ریال': 'SAR', 'درہم': 'AED', 'ڈونگ': 'VND', 'ویتنامی ڈونگ': 'VND',
    'ٹکا': 'BDT', 'افغانی': 'AFN', 'تومان': { code: 'IRR', factor: 10 },
  },
  units: {
    'کلومیٹر': 'km', 'میٹر': 'm', 'کلوگرام': 'kg', 'کلو': 'kg', 'گرام': 'g', 'ٹن': 't', 'لیٹر': 'L', 'میل': 'mi',
    'ایکڑ': 'acre', 'ہیکٹر': 'ha', 'میگاواٹ': 'MW', 'ڈگری': '°', 'سینٹی میٹر': 'cm', 'مربع کلومیٹر': 'km2',
  },
  references: {
    'آرٹیکل': 'article', 'آرٹیکلز': 'article', 'دفعہ': 'article', 'شق': 'clause', 'باب': 'chapter', 'قرارداد': 'resolution',
    'سیکشن': 'section', 'نمبر': 'number', 'ضمیمہ': 'annex', 'پیراگراف': 'paragraph',
  },
  yearCues: ['سال', 'سن', 'سنہ', 'برس'],
  yearFollowers: ['میں', 'کے', 'کی', 'کا', 'سے', 'تک', 'کو', 'ء'],
  concepts: {
    'ملک': 'country', 'ممالک': 'country', 'ملکوں': 'country', 'ریاست': 'state', 'ریاستوں': 'state', 'ریاستیں': 'state',
    'تنظیم': 'organisation', 'تنظیمیں': 'organisation', 'تنظیموں': 'organisation', 'ادارے': 'organisation', 'اداروں': 'organisation', 'ادارہ': 'organisation',
    'نمائندے': 'delegate', 'نمائندوں': 'delegate', 'مندوبین': 'delegate', 'وفود': 'delegation', 'وفد': 'delegation',
    'دستخط': 'signature', 'دستخطوں': 'signature', 'دفعات': 'article', 'ابواب': 'chapter', 'باب': 'chapter',
    'سال': 'year', 'سالوں': 'year', 'برس': 'year', 'برسوں': 'year', 'مہینے': 'month', 'مہینوں': 'month', 'ماہ': 'month',
    'دن': 'day', 'دنوں': 'day', 'روز': 'day', 'ہفتے': 'week', 'ہفتوں': 'week', 'ہفتہ': 'week', 'گھنٹے': 'hour', 'گھنٹوں': 'hour', 'منٹ': 'minute',
    'کمپیوٹر': 'computer', 'کمپیوٹرز': 'computer', 'کمپیوٹروں': 'computer', 'ہسپتال': 'hospital', 'ہسپتالوں': 'hospital',
    'افراد': 'person', 'لوگ': 'person', 'لوگوں': 'person', 'شخص': 'person', 'اشخاص': 'person', 'شہری': 'citizen', 'شہریوں': 'citizen',
    'اجلاس': 'session', 'سیشن': 'session', 'اجلاسوں': 'session', 'میٹنگ': 'meeting', 'تقریبات': 'event', 'پروگرام': 'event', 'پروگراموں': 'event',
    'ادارے تحقیق': 'institute', 'تحقیقی اداروں': 'institute', 'کمپنیاں': 'company', 'کمپنیوں': 'company', 'کمپنی': 'company',
    'شہر': 'city', 'شہروں': 'city', 'صوبے': 'province', 'صوبوں': 'province', 'اسکول': 'school', 'اسکولوں': 'school',
    'طلبہ': 'student', 'طلباء': 'student', 'بچے': 'child', 'بچوں': 'child', 'خواتین': 'woman', 'فوجی': 'soldier', 'فوجیوں': 'soldier',
    'ہلاک': 'death', 'ہلاکتیں': 'death', 'اموات': 'death', 'زخمی': 'injury', 'مقدمات': 'case', 'کیسز': 'case', 'کیس': 'case', 'مریض': 'patient', 'مریضوں': 'patient', 'ٹیسٹ': 'test', 'خوراکیں': 'dose', 'واقعات': 'incident',
    'حملے': 'attack', 'حملوں': 'attack', 'ووٹ': 'vote', 'ووٹوں': 'vote', 'نشستیں': 'seat', 'نشستوں': 'seat', 'ارکان': 'member', 'اراکین': 'member',
    'رکن': 'member', 'رہنما': 'leader', 'رہنماؤں': 'leader', 'وزراء': 'minister', 'صحافی': 'journalist', 'صحافیوں': 'journalist',
    'گھر': 'house', 'گھروں': 'house', 'مکانات': 'house', 'گاڑیاں': 'vehicle', 'گاڑیوں': 'vehicle', 'ماہرین': 'expert',
    'متاثرین': 'victim', 'پناہ گزین': 'refugee', 'پناہ گزینوں': 'refugee', 'ملازمین': 'employee', 'کارکنان': 'worker',
    'سربراہان': 'leader', 'سربراہ': 'leader', 'معاہدے': 'agreement', 'معاہدوں': 'agreement', 'منصوبے': 'project', 'منصوبوں': 'project',
  },
  nounGap: ['و', 'اور', '،', ',', 'بین', 'الاقوامی', 'علاقائی', 'نجی', 'بڑے', 'چھوٹے', 'نئے', 'مختلف', 'غیر', 'یورپی', 'مزید', 'دیگر', 'اہم', 'رکن'],
  functionWords: [
    'کے', 'کی', 'کا', 'میں', 'نے', 'ہے', 'ہیں', 'سے', 'کو', 'اور', 'پر', 'تک', 'بھی', 'کہ', 'یہ', 'وہ', 'جو', 'اس', 'ان', 'تھا', 'تھے', 'تھی',
    'ہو', 'ہوا', 'ہوئے', 'گیا', 'گئے', 'کیا', 'کیے', 'کر', 'لیے', 'لئے', 'ایک', 'بعد', 'پہلے', 'مطابق', 'ساتھ', 'والے', 'والی', 'جس', 'جن', 'ء',
  ],
  earlierTime: ['گزشتہ سال', 'پچھلے سال', 'گذشتہ سال', 'پچھلے برس', 'گزشتہ برس', 'اس سے پہلے'],
  preferredScales: [[1e3, 'ہزار'], [1e5, 'لاکھ'], [1e6, 'ملین'], [1e7, 'کروڑ'], [1e9, 'بلین'], [1e12, 'ٹریلین']],
  months: { 'جنوری': 1, 'فروری': 2, 'مارچ': 3, 'اپریل': 4, 'مئی': 5, 'جون': 6, 'جولائی': 7, 'اگست': 8, 'ستمبر': 9, 'اکتوبر': 10, 'نومبر': 11, 'دسمبر': 12 },
};
