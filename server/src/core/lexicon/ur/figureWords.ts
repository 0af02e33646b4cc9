/** Urdu figure vocabulary (news usage). Keys are written as in text; they are folded when compiled. */
import type { FigureWords } from '../figureWords';

/** Urdu. */
export const urFigureWords: FigureWords = {
  qualifiersBefore: {
    'تقریباً': 'approx', 'تقریبا': 'approx', 'قریب': 'approx', 'لگ بھگ': 'approx', 'تقریباً کوئی': 'approx',
    'کم و بیش': 'approx', 'اندازاً': 'approx', 'اندازہ': 'approx', 'قریباً': 'approx',
    'کم از کم': 'at-least', 'زیادہ سے زیادہ': 'at-most', 'ذیادہ سے ذیادہ': 'at-most', 'صرف': 'exact', 'محض': 'exact',
    'تقریباً ایک': 'approx',
  },
  // کے قریب before a number ends a place (برازیلیا کے قریب ایک اڈہ, "near Brasília"); after a number it is "about".
  // "درجہ حرارت زیادہ سے زیادہ 44 ڈگری" is the maximum temperature, not "at most 44".
  notQualifiers: ['نہ صرف', 'نا صرف', 'کے قریب', 'کے نزدیک', 'حرارت زیادہ سے زیادہ', 'حرارت کم از کم'],
  temperatureExtremes: ['زیادہ سے زیادہ', 'ذیادہ سے ذیادہ', 'کم از کم', 'کم سے کم'],
  qualifiersAfter: {
    '+': 'more-than',
    'سے زائد': 'more-than', 'سے زیادہ': 'more-than', 'سے اوپر': 'more-than', 'سے کم': 'less-than',
    'کے قریب': 'approx', 'کے لگ بھگ': 'approx', 'سے بھی زیادہ': 'more-than', 'سے بھی کم': 'less-than',
    // زیادہ is often typed with ذ (ایک سے ذیادہ "more than one"): the same word.
    'سے ذیادہ': 'more-than', 'سے بھی ذیادہ': 'more-than', 'یا ذیادہ': 'at-least', 'یا اس سے ذیادہ': 'at-least',
    'سے کم نہیں': 'at-least', 'سے زیادہ نہیں': 'at-most', 'سے زائد نہیں': 'at-most', 'یا اس سے زیادہ': 'at-least', 'یا اس سے زائد': 'at-least', 'یا زیادہ': 'at-least',
    'یا اس سے کم': 'at-most', 'یا کم': 'at-most', 'سے بڑا': 'more-than', 'سے بڑی': 'more-than', 'سے بڑے': 'more-than', 'سے چھوٹا': 'less-than', 'سے چھوٹی': 'less-than',
    'سے چھوٹے': 'less-than', 'سے نیچے': 'less-than', 'کے برابر': 'exact',
    // "10 ہزار سے تجاوز کر گئی", "100 سے بڑھ گئی" (went past); سے بڑھ کر 170 is a change, not a bound.
    // "20 فیصد تک کمی" (a fall of up to 20%); not تک alone, which is also "for" (3 گھنٹے تک) and "reached" (تک پہنچ گیا).
    'تک کمی': 'at-most', 'تک کی کمی': 'at-most', 'تک اضافہ': 'at-most', 'تک اضافے': 'at-most', 'تک کا اضافہ': 'at-most',
    'سے تجاوز': 'more-than', 'سے متجاوز': 'more-than', 'سے بڑھ گئی': 'more-than', 'سے بڑھ گیا': 'more-than', 'سے بڑھ گئے': 'more-than',
  },
  // A change from the number to another (22 فیصد سے کم کر کے 20.5 فیصد, 50 سے کم ہو کر 40); without کے / کر
  // (10 فیصد سے کم کرنے کا ہدف "to bring below 10%") سے کم stays "less than".
  changeJoiners: ['سے بڑھ کر', 'سے بڑھا کر', 'سے کم کر کے', 'سے کم کرکے', 'سے کم ہو کر', 'سے کم ہوکر', 'سے گھٹ کر', 'سے گھٹا کر'],
  notQualifiersAfter: ['سے کم کر کے', 'سے کم کرکے', 'سے کم ہو کر', 'سے کم ہوکر', 'سے گھٹ کر', 'سے گھٹا کر', 'سے نیچے آ کر'],
  orEqual: ['یا برابر', 'یا اس کے برابر'],
  boundJoiners: ['اور', 'لیکن', 'مگر', 'پر', '،', ','],
  betweenAfter: ['کے درمیان', 'کے بیچ', 'کے مابین'],
  rangeJoiners: ['سے', 'تا', 'یا'],
  dayJoiners: ['اور', 'و'],
  sinceAfter: ['کے بعد', 'کے بعد سے', 'سے اب تک', 'سے لے کر اب تک', 'کو شروع ہوا', 'کو شروع ہوئی', 'کو شروع ہونے', 'میں شروع ہوا', 'میں شروع ہوئی', 'میں شروع ہونے'],
  publishedBefore: ['شائع', 'شائع شدہ', 'شائع ہوا', 'اشاعت', 'تاریخ اشاعت', 'اپ ڈیٹ', 'اپڈیٹ', 'اپ ڈیٹ شدہ'],
  betweenWords: ['مابین', 'بین'],
  percent: ['فیصد', 'فی صد', 'پرسنٹ'],
  // "بیس کا فیصد" with nothing after: twenty percent.
  percentOfAfter: ['کا فیصد'],
  percentagePoints: ['فیصد پوائنٹس', 'فیصد پوائنٹ', 'فیصدی پوائنٹس', 'پرسنٹیج پوائنٹس'],
  currencies: {
    'ڈالر': 'USD', 'ڈالرز': 'USD', 'امریکی ڈالر': 'USD', 'امریکی ڈالرز': 'USD', 'روپے': 'PKR', 'روپیہ': 'PKR', 'روپیے': 'PKR',
    'پاکستانی روپے': 'PKR', 'بھارتی روپے': 'INR', 'ہندوستانی روپے': 'INR', 'یورو': 'EUR', 'پاؤنڈ': 'GBP', 'ین': 'JPY',
    'یوآن': 'CNY', 'روبل': 'RUB', 'ریال': 'SAR', 'سعودی ریال': 'SAR', 'درہم': 'AED', 'ڈونگ': 'VND', 'ویتنامی ڈونگ': 'VND',
    'ٹکا': 'BDT', 'افغانی': 'AFN', 'ایس ڈی آر': 'XDR', 'تومان': { code: 'IRR', factor: 10 },
  },
  subunits: ['پیسے', 'پیسہ', 'سینٹ', 'سینٹس'],
  subunitCurrencies: { 'پیسے': 'PKR', 'پیسہ': 'PKR', 'سینٹ': 'USD', 'سینٹس': 'USD' },
  units: {
    'پاؤنڈ': 'lb',
    'کلومیٹر': 'km', 'میٹر': 'm', 'کلوگرام': 'kg', 'کلو': 'kg', 'گرام': 'g', 'ٹن': 't', 'لیٹر': 'L', 'میل': 'mi',
    'ایکڑ': 'acre', 'ہیکٹر': 'ha', 'میگاواٹ': 'MW', 'ڈگری': '°', 'سینٹی میٹر': 'cm', 'مربع کلومیٹر': 'km2',
    'ڈگری سینٹی گریڈ': '°C', 'ڈگری سیلسیس': '°C', 'ڈگری سیلسیئس': '°C', 'سینٹی گریڈ': '°C', 'سیلسیس': '°C', 'ڈگری فارن ہائیٹ': '°F', 'ڈگری فارن ہائٹ': '°F', 'فارن ہائیٹ': '°F',
    'درجہ': '°', 'درجے': '°', 'درجہ حرارت': '°', 'ملی میٹر': 'mm', 'فٹ': 'ft', 'انچ': 'in', 'گز': 'yd', 'مربع میٹر': 'm2', 'مربع میل': 'mi2', 'مربع فٹ': 'ft2', 'مکعب میٹر': 'm3', 'کیوسک': 'ft3/s', 'قیراط': 'kt',
    'ملی گرام': 'mg', 'مائیکرو گرام': 'µg', 'میٹرک ٹن': 't', 'ملی لیٹر': 'mL', 'گیلن': 'gal', 'بیرل': 'bbl', 'بیرل یومیہ': 'bbl/d', 'بیرل روزانہ': 'bbl/d', 'بیرل فی دن': 'bbl/d', 'کلومیٹرز': 'km', 'کلو میٹر': 'km', 'میلوں': 'mi',
    'بیسس پوائنٹس': 'bp', 'بیسس پوائنٹ': 'bp', 'بیسز پوائنٹس': 'bp', 'بیس پوائنٹس': 'bp',
    'کلومیٹر فی گھنٹہ': 'km/h', 'میل فی گھنٹہ': 'mph', 'کلوواٹ': 'kW', 'گیگاواٹ': 'GW', 'نینو میٹر': 'nm', 'نینومیٹر': 'nm',
    // Crops are weighed in maunds (40 kg): "فی ایکڑ 32 من"; spectrum and speeds in telecom news.
    'من': 'maund', 'تولہ': 'tola', 'تولے': 'tola', 'میگا ہرٹز': 'MHz', 'میگاہرٹز': 'MHz', 'گیگا ہرٹز': 'GHz', 'گیگاہرٹز': 'GHz', 'ایم بی پی ایس': 'Mbit/s', 'میگا بٹس فی سیکنڈ': 'Mbit/s',
    'جی بی پی ایس': 'Gbit/s', 'میگا بائٹ': 'MB', 'گیگا بائٹ': 'GB', 'میگاواٹ آور': 'MWh', 'کلوواٹ آور': 'kWh', 'گیگاواٹ آور': 'GWh',
    // Power written apart (13 ہزار گیگا واٹ آور), air quality (612 مائیکروگرام فی مکعب میٹر), engines (1000 سی سی),
    // bullion (3 لاکھ اونس سونا) and plots of land (5 مرلہ گھر, 2 کنال).
    // Gas in million cubic feet a day (250 ایم ایم سی ایف ڈی), as Pakistan's gas companies report it.
    'ایم ایم سی ایف ڈی': 'MMcfd', 'ملین مکعب فٹ یومیہ': 'MMcfd',
    'گیگا واٹ': 'GW', 'میگا واٹ': 'MW', 'کلو واٹ': 'kW', 'گیگا واٹ آور': 'GWh', 'میگا واٹ آور': 'MWh', 'کلو واٹ آور': 'kWh',
    'مائیکروگرام': 'µg', 'مائیکروگرام فی مکعب میٹر': 'µg/m3', 'مائیکرو گرام فی مکعب میٹر': 'µg/m3', 'مائیکروگرام فی کیوبک میٹر': 'µg/m3', 'مائیکرو گرام فی کیوبک میٹر': 'µg/m3', 'کیوبک میٹر': 'm3', 'کیوبک فٹ': 'ft3', 'سی سی': 'cm3', 'اونس': 'oz',
    'مرلہ': 'marla', 'مرلے': 'marla', 'کنال': 'kanal', 'کنالوں': 'kanal',
    // Port traffic in twenty-foot equivalent units: 21 لاکھ ٹی ای یو کنٹینرز.
    'ٹی ای یو': 'TEU', 'ٹی ای یوز': 'TEU',
  },
  references: {
    'آرٹیکل': 'article', 'آرٹیکلز': 'article', 'دفعہ': 'article', 'شق': 'clause', 'باب': 'chapter', 'قرارداد': 'resolution',
    'سیکشن': 'section', 'نمبر': 'number', 'ضمیمہ': 'annex', 'پیراگراف': 'paragraph',
    // Service numbers: ریسکیو 1122, ہیلپ لائن 1700 are numbers to call, not counts.
    'ریسکیو': 'number', 'ہیلپ لائن': 'number', 'ہاٹ لائن': 'number', 'مددگار': 'number',
    // An address: گلشن اقبال بلاک 13 ڈی, سیکٹر جی 9 is a place, not a count.
    'بلاک': 'block', 'سیکٹر': 'sector',
    // A phase of a housing scheme: ڈیفنس فیز 6.
    'فیز': 'phase',
    // Aircraft and car models: جے ایف 17 تھنڈر, سوخو 35, بوئنگ 777, ایئربس اے 320 name a model, not a count.
    'جے ایف': 'model', 'سوخو': 'model', 'میگ': 'model', 'بوئنگ': 'model', 'ایئربس': 'model',
  },
  // A train by its number and direction (گرین لائن ایکسپریس (5 اپ), 6 ڈاؤن), as English trains by their number.
  referencesAfter: { 'ہیلپ لائن': 'number', 'ہاٹ لائن': 'number', 'اپ': 'number', 'ڈاؤن': 'number' },
  yearCues: ['سال', 'سن', 'سنہ', 'برس'],
  monthCues: ['میں', 'ماہ', 'مہینے'],
  yearFollowers: ['میں', 'کے', 'کی', 'کا', 'سے', 'تک', 'کو', 'ء'],
  concepts: {
    // War reports: hostages, fighters (جنگجو), drones; civilians are citizens (شہری).
    'یرغمالی': 'hostage', 'یرغمالیوں': 'hostage', 'جنگجو': 'militant', 'جنگجوؤں': 'militant', 'ڈرون': 'drone', 'ڈرونز': 'drone', 'ٹرک': 'truck', 'ٹرکوں': 'truck',
    // Units sold (55 ہزار یونٹس فروخت), as English and Hindi count them.
    'یونٹ': 'unit', 'یونٹس': 'unit', 'یونٹوں': 'unit',
    // People of a nation counted (ساڑھے 8 لاکھ افغان), camps.
    'افغان': 'person', 'افغانی': 'person', 'افغان باشندے': 'person', 'افغان باشندوں': 'person', 'کیمپ': 'camp', 'کیمپوں': 'camp', 'کیمپس': 'camp', 'تماشائی': 'spectator',
    'ملک': 'country', 'ممالک': 'country', 'ملکوں': 'country', 'ریاست': 'state', 'ریاستوں': 'state', 'ریاستیں': 'state',
    'تنظیم': 'organisation', 'تنظیمیں': 'organisation', 'تنظیموں': 'organisation', 'ادارے': 'organisation', 'اداروں': 'organisation', 'ادارہ': 'organisation',
    'نمائندے': 'delegate', 'نمائندوں': 'delegate', 'مندوبین': 'delegate', 'وفود': 'delegation', 'وفد': 'delegation',
    'دستخط': 'signature', 'دستخطوں': 'signature', 'دفعات': 'article', 'آرٹیکلز': 'article', 'شقیں': 'article', 'شقوں': 'article',
    // A train's cars: 12 بوگیاں پٹڑی سے اتر گئیں.
    // An index's points (900 پوائنٹس کا اضافہ) and an exam's marks (1200 میں سے 1187 نمبر), as English points and marks.
    'نمبر': 'point', 'نمبروں': 'point',
    'پوائنٹس': 'point', 'پوائنٹ': 'point',
    'بوگیاں': 'coach', 'بوگیوں': 'coach', 'بوگی': 'coach', 'ڈبے': 'coach', 'ڈبوں': 'coach', 'ابواب': 'chapter', 'باب': 'chapter',
    'سال': 'year', 'سالوں': 'year', 'برس': 'year', 'برسوں': 'year', 'مہینے': 'month', 'مہینوں': 'month', 'ماہ': 'month',
    'دن': 'day', 'دنوں': 'day', 'روز': 'day', 'ہفتے': 'week', 'ہفتوں': 'week', 'ہفتہ': 'week', 'گھنٹے': 'hour', 'گھنٹوں': 'hour', 'منٹ': 'minute', 'سیکنڈ': 'second',
    'کمپیوٹر': 'computer', 'کمپیوٹرز': 'computer', 'کمپیوٹروں': 'computer', 'ہسپتال': 'hospital', 'ہسپتالوں': 'hospital',
    'افراد': 'person', 'لوگ': 'person', 'لوگوں': 'person', 'شخص': 'person', 'اشخاص': 'person', 'شہری': 'citizen', 'شہریوں': 'citizen', 'آبادی': 'population',
    'اجلاس': 'session', 'سیشن': 'session', 'اجلاسوں': 'session', 'میٹنگ': 'meeting', 'تقریبات': 'event', 'پروگرام': 'event', 'پروگراموں': 'event',
    'ادارے تحقیق': 'institute', 'تحقیقی اداروں': 'institute', 'کمپنیاں': 'company', 'کمپنیوں': 'company', 'کمپنی': 'company',
    'شہر': 'city', 'شہروں': 'city', 'صوبے': 'province', 'صوبوں': 'province', 'اسکول': 'school', 'اسکولوں': 'school',
    'طلبہ': 'student', 'طلباء': 'student', 'بچے': 'child', 'بچوں': 'child', 'خواتین': 'woman', 'فوجی': 'soldier', 'فوجیوں': 'soldier',
    'ہلاک': 'death', 'ہلاکتیں': 'death', 'لاش': 'body', 'لاشیں': 'body', 'لاشوں': 'body', 'نعشیں': 'body', 'نعشوں': 'body', 'ہلاکتوں': 'death', 'اموات': 'death', 'ہلاک شدگان': 'death', 'جاں بحق افراد': 'death', 'زخمی': 'injury', 'زخمیوں': 'injury', 'مقدمات': 'case', 'کیسز': 'case', 'کیس': 'case', 'مریض': 'patient', 'مریضوں': 'patient', 'ٹیسٹ': 'test', 'خوراکیں': 'dose', 'واقعات': 'incident', 'واقعہ': 'incident', 'واقعے': 'incident',
    'حملے': 'attack', 'حملوں': 'attack', 'ووٹ': 'vote', 'ووٹوں': 'vote', 'نشستیں': 'seat', 'نشستوں': 'seat', 'ارکان': 'member', 'اراکین': 'member',
    'رکن': 'member', 'رکنی': 'member', 'رہنما': 'leader', 'رہنماؤں': 'leader', 'وزراء': 'minister', 'صحافی': 'journalist', 'صحافیوں': 'journalist',
    'گھر': 'house', 'گھروں': 'house', 'مکانات': 'house', 'گاڑیاں': 'vehicle', 'گاڑیوں': 'vehicle', 'ماہرین': 'expert',
    'متاثرین': 'victim', 'پناہ گزین': 'refugee', 'پناہ گزینوں': 'refugee', 'ملازمین': 'employee', 'ملاح': 'member', 'ملاحوں': 'member', 'کارکنان': 'worker',
    // Holidays announced for a festival: عید الاضحیٰ پر 4 چھٹیوں کا اعلان.
    'چھٹی': 'holiday', 'چھٹیاں': 'holiday', 'چھٹیوں': 'holiday', 'تعطیلات': 'holiday', 'سبسکرائبرز': 'subscriber',
    // How many times, as English counts "three times": دن میں 3 بار گیس بند, تین مرتبہ وزیراعظم رہے.
    'بار': 'time', 'مرتبہ': 'time',
    'سربراہان': 'leader', 'سربراہ': 'leader', 'معاہدے': 'agreement', 'معاہدوں': 'agreement', 'منصوبے': 'project', 'منصوبوں': 'project',
    // News beyond the conference seeds: oblique plurals, spelling variants, disasters, elections, sport, crime.
    'مقدموں': 'case', 'ٹیسٹوں': 'test', 'خوراکوں': 'dose', 'طالب علم': 'student', 'طالب علموں': 'student', 'وزرا': 'minister', 'وزیروں': 'minister',
    'منٹوں': 'minute', 'ڈاکٹر': 'doctor',
    'سکول': 'school', 'سکولوں': 'school', 'اسپتال': 'hospital', 'اسپتالوں': 'hospital', 'مکانوں': 'house', 'طلبا': 'student', 'طالبات': 'student',
    'ممبران': 'member', 'مزدور': 'worker', 'مزدوروں': 'worker',
    'گاؤں': 'village', 'دیہات': 'village', 'دیہاتوں': 'village', 'خاندان': 'family', 'خاندانوں': 'family', 'اضلاع': 'district', 'ضلعوں': 'district',
    'مسافر': 'passenger', 'مسافروں': 'passenger', 'پروازیں': 'flight', 'پروازوں': 'flight', 'دکانیں': 'shop', 'دکانوں': 'shop',
    'ٹیکس دہندگان': 'taxpayer', 'ٹیکس دہندہ': 'taxpayer', 'ٹیکس گزار': 'taxpayer', 'ٹیکس گزاروں': 'taxpayer', 'ووٹر': 'voter', 'ووٹرز': 'voter', 'ووٹروں': 'voter', 'امیدوار': 'candidate', 'امیدواروں': 'candidate', 'حلقے': 'constituency', 'حلقوں': 'constituency',
    'رن': 'run', 'رنز': 'run', 'وکٹ': 'wicket', 'وکٹیں': 'wicket', 'وکٹوں': 'wicket', 'اوور': 'over', 'اوورز': 'over', 'گیندوں': 'ball', 'گیندیں': 'ball',
    'چوکے': 'four', 'چوکوں': 'four', 'چھکے': 'six', 'چھکوں': 'six', 'گول': 'goal', 'گولز': 'goal', 'تمغے': 'medal', 'تمغوں': 'medal',
    'جاں بحق': 'death', 'جان بحق': 'death', 'بستر': 'bed', 'بستروں': 'bed', 'ٹرین': 'train', 'ٹرینیں': 'train', 'ٹرینوں': 'train',
    'اساتذہ': 'teacher', 'استاد': 'teacher', 'ہوائی اڈوں': 'airport', 'ہوائی اڈے': 'airport',
    'کھلاڑی': 'player', 'کھلاڑیوں': 'player', 'ٹیمیں': 'team', 'ٹیموں': 'team', 'میچز': 'match', 'میچوں': 'match',
    'ملزمان': 'suspect', 'مشتبہ افراد': 'suspect', 'مشتبہ ملزمان': 'suspect', 'ملزم': 'suspect', 'ملزموں': 'suspect', 'قیدی': 'prisoner', 'جنگی قیدی': 'prisoner', 'جنگی قیدیوں': 'prisoner', 'قیدیوں': 'prisoner', 'شدت پسند': 'militant', 'شدت پسندوں': 'militant',
    'جوان': 'soldier', 'جوانوں': 'soldier', 'شہدا': 'death', 'شہداء': 'death',
    'دہشت گرد': 'militant', 'دہشت گردوں': 'militant', 'اہلکار': 'personnel', 'اہلکاروں': 'personnel', 'ڈاکٹرز': 'doctor', 'ڈاکٹروں': 'doctor',
    'حملہ آور': 'militant', 'حملہ آوروں': 'militant', 'موٹر سائیکل': 'motorcycle', 'موٹر سائیکلیں': 'motorcycle', 'موٹر سائیکلوں': 'motorcycle',
    'پولنگ اسٹیشن': 'polling-station', 'پولنگ اسٹیشنز': 'polling-station', 'پولنگ اسٹیشنوں': 'polling-station', 'آفٹر شاکس': 'aftershock', 'آفٹر شاک': 'aftershock',
    'دہائی': 'decade', 'دہائیوں': 'decade', 'دہائیاں': 'decade', 'خواجہ سرا': 'transgender', 'خواجہ سراؤں': 'transgender',
    // "جانے والوں کی تعداد" (the number of those who went) counts people; ہلاک ہونے والوں the dead.
    'والوں': 'person', 'ہلاک ہونے والوں': 'death', 'مرنے والوں': 'death', 'زخمی ہونے والوں': 'injury', 'بحق ہونے والوں': 'death',
    'اشیا': 'item', 'اشیاء': 'item', 'مصنوعات': 'item', 'ٹیرف لائنز': 'item', 'مفاہمتی یادداشتوں': 'memorandum', 'مفاہمتی یادداشتیں': 'memorandum', 'یادداشتوں': 'memorandum',
    'افسر': 'official', 'افسران': 'official', 'افسروں': 'official', 'عہدیدار': 'official', 'عہدیداران': 'official', 'عہدیداروں': 'official', 'ورکرز': 'worker', 'پولیو ورکرز': 'worker', 'علاقوں': 'area', 'علاقے': 'area', 'ہیلی کاپٹر': 'helicopter', 'ہیلی کاپٹرز': 'helicopter', 'گواہ': 'witness', 'گواہوں': 'witness',
    'کسان': 'farmer', 'کسانوں': 'farmer', 'سیاح': 'tourist', 'سیاحوں': 'tourist', 'ملازمتیں': 'job', 'ملازمتوں': 'job', 'نوکریاں': 'job',
    // Farming, industry, transport, telecom and sport news.
    'گانٹھ': 'bale', 'گانٹھیں': 'bale', 'گانٹھوں': 'bale', 'فیکٹریاں': 'factory', 'فیکٹریوں': 'factory', 'کارخانے': 'factory', 'کارخانوں': 'factory',
    'حادثات': 'accident', 'حادثوں': 'accident', 'بینک': 'bank', 'بینکوں': 'bank', 'بینکس': 'bank', 'کارڈ': 'card', 'کارڈز': 'card', 'کارڈوں': 'card', 'عمارتیں': 'building', 'عمارتوں': 'building', 'آسامیاں': 'post', 'آسامیوں': 'post',
    // "4 طلائی، 3 چاندی اور 4 کانسی کے تمغے": a metal right after a bare number is its medals, each colour its own
    // concept as in the other languages (4 gold, ۴ طلا, 4 स्वर्ण).
    'طلائی': 'gold-medal', 'چاندی': 'silver-medal', 'کانسی': 'bronze-medal', 'تمغہ': 'medal', 'طلائی تمغے': 'gold-medal', 'چاندی کے تمغے': 'silver-medal', 'کانسی کے تمغے': 'bronze-medal', 'سونے کے تمغے': 'gold-medal',
    'طلائی تمغہ': 'gold-medal', 'طلائی تمغوں': 'gold-medal', 'سونے کا تمغہ': 'gold-medal', 'سونے کے تمغوں': 'gold-medal', 'چاندی کا تمغہ': 'silver-medal', 'چاندی کے تمغوں': 'silver-medal', 'کانسی کا تمغہ': 'bronze-medal', 'کانسی کے تمغوں': 'bronze-medal',
    'صارفین': 'user', 'صارف': 'user', 'کسٹمرز': 'customer', 'کسٹمر': 'customer', 'یوزرز': 'user', 'میچ': 'match', 'ایمبولینس': 'ambulance', 'ایمبولینسیں': 'ambulance', 'ایمبولینسوں': 'ambulance', 'شائقین': 'spectator', 'تماشائیوں': 'spectator',
    // "27 ہزار افغان مہاجرین" counts refugees, "43 مہاجر کیمپ" camps; cinemas, prisons and residents.
    'عازمین': 'pilgrim', 'عازمین حج': 'pilgrim', 'حاجی': 'pilgrim', 'حاجیوں': 'pilgrim', 'زائرین': 'pilgrim', 'مہاجر': 'refugee', 'مہاجرین': 'refugee', 'مہاجروں': 'refugee', 'مہاجر کیمپ': 'camp', 'مہاجر کیمپوں': 'camp',
    // A multiple (40 گنا زیادہ) is so many times, as English "40 times".
    'گنا': 'time', 'گنّا': 'time',
    'موٹرسائیکل': 'motorcycle', 'موٹرسائیکلیں': 'motorcycle', 'موٹرسائیکلوں': 'motorcycle', 'بھٹے': 'kiln', 'بھٹوں': 'kiln', 'اینٹوں کے بھٹے': 'kiln', 'اینٹوں کے بھٹوں': 'kiln',
    'باشندے': 'resident', 'باشندوں': 'resident', 'سینما': 'cinema', 'ہوٹل': 'hotel', 'ہوٹلوں': 'hotel', 'سینما گھر': 'cinema', 'سینما گھروں': 'cinema', 'جیل': 'prison', 'جیلیں': 'prison', 'جیلوں': 'prison',
    // Crime, traffic, land, shipping, census, prize-bond and film news: nouns of two words and loanwords.
    'موبائل فون': 'phone', 'موبائل فونز': 'phone', 'موبائل فونوں': 'phone', 'فون': 'phone', 'ایف آئی آر': 'fir', 'ایف آئی آرز': 'fir', 'مجرم': 'criminal',
    'ڈاکو': 'robber', 'ڈاکوؤں': 'robber', 'چالان': 'challan', 'چالانز': 'challan', 'ای چالان': 'challan', 'ای چالانز': 'challan', 'کیمرے': 'camera', 'کیمروں': 'camera',
    'اسکیم': 'scheme', 'اسکیمیں': 'scheme', 'اسکیموں': 'scheme', 'سکیم': 'scheme', 'سکیمیں': 'scheme', 'سکیموں': 'scheme',
    'بحری جہاز': 'ship', 'بحری جہازوں': 'ship', 'کنٹینرز': 'container', 'کنٹینروں': 'container',
    'شمار کنندگان': 'enumerator', 'گھرانے': 'household', 'گھرانوں': 'household', 'بانڈ': 'bond', 'بانڈز': 'bond', 'انعام': 'prize', 'انعامات': 'prize',
    // "512 زخمی حالت میں گرفتار" are people arrested wounded, no count of the injured.
    // Farming, power, rail, school and relief news, with the ids of the English and Hindi tables: sacks of grain or
    // fertiliser (12 لاکھ بوریاں), growers, feeders, dams and power plants; goods trains (14 مال گاڑیاں) are trains, not
    // vehicles; buses, colleges, rooms, roads, bridges, transformers, animals, tractors, stations, volunteers, trees.
    'بوری': 'bag', 'بوریاں': 'bag', 'بوریوں': 'bag', 'کاشتکار': 'farmer', 'کاشتکاروں': 'farmer', 'کاشت کار': 'farmer', 'کاشت کاروں': 'farmer',
    'فیڈر': 'feeder', 'فیڈرز': 'feeder', 'فیڈروں': 'feeder', 'ڈیم': 'dam', 'ڈیموں': 'dam', 'ڈیمز': 'dam',
    'پلانٹ': 'plant', 'پلانٹس': 'plant', 'پلانٹوں': 'plant', 'بجلی گھر': 'plant', 'بجلی گھروں': 'plant',
    'مال گاڑی': 'train', 'مال گاڑیاں': 'train', 'مال گاڑیوں': 'train', 'بسیں': 'bus', 'بسوں': 'bus',
    'کالج': 'college', 'کالجز': 'college', 'کالجوں': 'college', 'کمرے': 'room', 'کمروں': 'room', 'سڑکیں': 'road', 'سڑکوں': 'road', 'پلوں': 'bridge',
    'ٹرانسفارمر': 'transformer', 'ٹرانسفارمرز': 'transformer', 'ٹرانسفارمروں': 'transformer', 'جانور': 'animal', 'جانوروں': 'animal',
    'مویشی': 'cattle', 'مویشیوں': 'cattle', 'ٹریکٹر': 'tractor', 'ٹریکٹرز': 'tractor', 'ٹریکٹروں': 'tractor', 'اسٹیشن': 'station', 'اسٹیشنز': 'station', 'اسٹیشنوں': 'station',
    'مرد': 'man', 'مردوں': 'man',
    // CNG stations in letter names (سی is no letter name alone: also "-ish").
    'سی این جی اسٹیشن': 'station', 'سی این جی اسٹیشنز': 'station', 'سی این جی اسٹیشنوں': 'station', 'سی این جی سٹیشنز': 'station',
    'سینٹر': 'centre', 'سینٹرز': 'centre', 'سینٹروں': 'centre', 'مراکز': 'centre', 'امتحانی مراکز': 'exam-centre', 'امتحانی مرکز': 'exam-centre', 'امتحانی سینٹرز': 'exam-centre', 'امتحانی سینٹر': 'exam-centre',
    'لوکوموٹو': 'locomotive', 'لوکوموٹوز': 'locomotive', 'لوکوموٹیوز': 'locomotive', 'ریلوے انجن': 'locomotive', 'ریلوے انجنوں': 'locomotive',
    // Tents of Mina, applicants of the Hajj draw, examiners and sanitation workers.
    'مضامین': 'subject', 'مضمون': 'subject', 'خیمے': 'tent', 'خیموں': 'tent', 'درخواست گزار': 'applicant', 'درخواست گزاروں': 'applicant', 'ممتحن': 'examiner', 'ممتحنین': 'examiner', 'خاکروب': 'cleaner', 'خاکروبوں': 'cleaner', 'صفائی ورکرز': 'cleaner',
    'رضاکار': 'volunteer', 'رضاکاروں': 'volunteer', 'معاونین': 'assistant', 'معاونین حج': 'assistant', 'درخت': 'tree', 'درختوں': 'tree',
    // Crime, market, traffic, telecom, property, sport and loan news, with the English ids: street crimes (58 ہزار وارداتیں) are
    // incidents, حصص and شیئرز shares; drivers, rickshaws, cars, properties, handsets, proclaimed offenders, weapons seized, calls,
    // connections and SIMs, penalty corners, structural benchmarks.
    'واردات': 'incident', 'وارداتیں': 'incident', 'وارداتوں': 'incident', 'حصص': 'share', 'شیئرز': 'share', 'شیئر': 'share',
    'ڈرائیور': 'driver', 'ڈرائیورز': 'driver', 'ڈرائیوروں': 'driver', 'کم عمر ڈرائیور': 'driver', 'کم عمر ڈرائیوروں': 'driver', 'کم عمر': 'minor', 'رکشے': 'rickshaw', 'رکشوں': 'rickshaw', 'رکشہ': 'rickshaw', 'کاریں': 'car', 'کاروں': 'car',
    'جائیداد': 'property', 'جائیدادیں': 'property', 'جائیدادوں': 'property', 'ہینڈ سیٹ': 'handset', 'ہینڈ سیٹس': 'handset', 'موبائل ہینڈ سیٹ': 'handset', 'موبائل ہینڈ سیٹس': 'handset',
    'اشتہاری': 'offender', 'اشتہاریوں': 'offender', 'اشتہاری مجرم': 'offender', 'اشتہاری مجرموں': 'offender', 'اشتہاری ملزمان': 'offender',
    'پستول': 'weapon', 'پستولیں': 'weapon', 'پستولوں': 'weapon', 'رائفل': 'weapon', 'رائفلیں': 'weapon', 'رائفلوں': 'weapon',
    'موبائل کنکشن': 'connection', 'موبائل کنکشنز': 'connection', 'کنکشنز': 'connection', 'سم': 'sim', 'سمز': 'sim', 'جعلی سمز': 'sim', 'سم کارڈز': 'sim',
    'کالز': 'call', 'کالوں': 'call', 'ایمرجنسی کالز': 'call', 'پنالٹی کارنر': 'penalty-corner', 'پنالٹی کارنرز': 'penalty-corner', 'ساختی معیارات': 'benchmark',
    'زخمی حالت میں': 'person', 'حجاج': 'pilgrim', 'اسکرین': 'screen', 'اسکرینز': 'screen', 'اسکرینوں': 'screen', 'سکرینز': 'screen', 'سینما اسکرینز': 'screen', 'سینما اسکرینوں': 'screen',
  },
  anaphoricBefore: ['ان', 'اِن', 'اُن', 'یہ', 'وہ', 'بعد کے', 'ان تمام', 'ان سب'],
  correlatives: ['ان', 'اُن'],
  restatedCounts: ['دونوں', 'تینوں', 'چاروں'],
  rateWords: ['ہر', 'فی'],
  ratioWords: ['میں سے'],
  partOfWhole: ['میں سے'],
  bodySizeWords: ['رکنی', 'نشستوں والی', 'نشستوں والے', 'نشستی'],
  // A vote won 234 کے مقابلے میں 4 ووٹوں سے: both numbers count votes.
  versusJoiners: ['کے مقابلے میں', 'کے مقابلے'],
  // An index closing at its level: 850 پوائنٹس کی کمی سے 77,600 پر بند ہوا, … 78 ہزار کی سطح پر.
  levelAfter: ['پر', 'کی سطح پر', 'کی سطح'],
  countOfAfterNoun: ['کی تعداد', 'کی مجموعی تعداد', 'کی کل تعداد'],
  totalsBefore: ['آبادی', 'مجموعی آبادی', 'کل آبادی'],
  // A relative clause of a part (… واپس پہنچ گئے جن میں 213 فوجی شامل ہیں) has its own verb.
  clauseBreaks: [';', '؛', 'کر کے اسے', 'کرتے ہوئے اسے', 'جبکہ', 'جب کہ', 'لیکن', 'مگر', 'تاہم', 'جن میں', 'جس میں'],
  gapBreaks: ['جبکہ', 'جب کہ'],
  relativeWords: ['جو', 'جس', 'جن', 'جنہوں', 'جنہیں', 'جسے'],
  clauseMarkers: ['نے', 'بعد', 'جبکہ', 'لیکن'],
  clauseVerbs: ['ہے', 'ہیں', 'تھا', 'تھے', 'تھی', 'عمر'],
  rateSubjects: {
    'مارکیٹ شیئر': 'market-share', 'مارکیٹ میں حصہ': 'market-share', 'ووٹ شیئر': 'vote-share', 'ووٹوں کا تناسب': 'vote-share', 'ووٹ بینک کا تناسب': 'vote-share',
    'مہنگائی': 'inflation', 'افراط زر': 'inflation', 'بے روزگاری': 'unemployment', 'بیروزگاری': 'unemployment', 'شرح نمو': 'growth',
    'معاشی ترقی': 'growth', 'ترقی کی شرح': 'growth', 'اضافے کی شرح': 'growth', 'اضافے کی سالانہ شرح': 'growth', 'سالانہ شرح نمو': 'growth', 'ٹرن آؤٹ': 'turnout', 'ووٹنگ کی شرح': 'turnout', 'ووٹ ڈالنے کی شرح': 'turnout',
    'شرح سود': 'interest', 'پالیسی ریٹ': 'interest', 'بانڈ ییلڈ': 'yield', 'غربت': 'poverty', 'شرح خواندگی': 'literacy', 'خواندگی': 'literacy',
    'کامیابی کا تناسب': 'pass', 'کامیابی کی شرح': 'pass',
    // A government's deficit told as a share of its GDP (جی ڈی پی کا 4.4 فیصد) is a rate of its own.
    'مالیاتی خسارہ': 'deficit', 'مالیاتی خسارے': 'deficit', 'بجٹ خسارہ': 'deficit', 'بجٹ خسارے': 'deficit',
    // Moisture in the air: ہوا میں نمی کا تناسب 75 فیصد.
    'نمی': 'humidity', 'نمی کا تناسب': 'humidity', 'ہوا میں نمی': 'humidity', 'ہوا میں نمی کا تناسب': 'humidity', 'ہیومیڈیٹی': 'humidity',
    // Taxes as a share of GDP are a ratio of their own, not the economy's growth (ٹیکس ٹو جی ڈی پی تناسب کو 10.6 فیصد تک بڑھایا جائے).
    'ٹیکس ٹو جی ڈی پی': 'tax-to-gdp', 'ٹیکس ٹو جی ڈی پی تناسب': 'tax-to-gdp', 'ٹیکس ٹو جی ڈی پی شرح': 'tax-to-gdp', 'ٹیکس کا جی ڈی پی سے تناسب': 'tax-to-gdp', 'ٹیکس اور جی ڈی پی کا تناسب': 'tax-to-gdp',
  },
  ratioBases: ['جی ڈی پی', 'مجموعی ملکی پیداوار', 'مجموعی قومی پیداوار'],
  lightVerbs: ['کیا', 'کیے', 'کیں', 'کر', 'کرے', 'کریں', 'کرنے', 'رکھا', 'رکھی', 'رکھے'],
  changeVerbs: [
    'اضافہ', 'اضافے', 'کمی', 'بڑھ', 'بڑھا', 'بڑھی', 'بڑھے', 'گر', 'گرا', 'گری', 'گرے', 'گھٹ', 'گھٹا', 'گھٹی',
    'کم ہو', 'کم ہوکر', 'کم ہوئی', 'کم ہوا', 'کم ہوئے', 'کم کر', 'کم کرکے', 'کم کیا', 'کم کی',
  ],
  ratioWholeFirst: true,
  countedSubjectBefore: true,
  // Not کے (K, also "of"), سی (C, also "-ish"), آئی (I, also "came"), بی (B, also بی بی); ای (E) for names like کے ایس ای 100.
  letterNames: ['این', 'ایچ', 'ایس', 'ایم', 'ایف', 'ایل', 'جی', 'ڈبلیو', 'وی', 'پی', 'ٹی', 'ڈی', 'آر', 'کیو', 'زیڈ', 'ایکس', 'وائی', 'اے', 'جے', 'او', 'یو', 'ای'],
  scoreBefore: ['اسکور'],
  scoreWords: ['جیت', 'جیتی', 'جیتا', 'جیتے', 'جیتنے', 'شکست', 'ہرا', 'ہرایا', 'ہار', 'ہاری', 'ہارا', 'ہارے', 'برابر', 'فتح', 'کامیابی', 'کلین', 'برتری', 'مات', 'اپنے',
    // A bench's split decision: 3-2 کی اکثریت سے.
    'اکثریت'],
  // Page time stamps keep the English meridiem: اپ ڈیٹ 10 مئی 2025 09:15pm.
  meridiems: { 'am': 0, 'pm': 12, 'a.m.': 0, 'p.m.': 12 },
  clockAfter: ['بجے'],
  clockAndMinutes: ['بج کر', 'بجکر', 'بجکے', 'بج کے'],
  minuteWords: ['منٹ'],
  dayParts: { 'صبح': 0, 'دن': 9, 'دن کے': 9, 'دوپہر': 11, 'سہ پہر': 14, 'شام': 15, 'رات': 18 },
  ageAfter: ['پرانا', 'پرانے', 'پرانی', 'سالہ'],
  // دوسرے نمبر پر "in second place", دوسری لہر "the second wave"; not مقام or دور (also "another place", "era").
  rankNouns: ['نمبر', 'پوزیشن', 'مرحلے', 'مرحلہ', 'راؤنڈ', 'سہ ماہی', 'لہر', 'فہرست', 'لسٹ', 'اننگز', 'ٹیسٹ', 'میچ', 'قسط', 'ایڈیشن', 'خوراک', 'ڈوز', 'بار', 'مرتبہ', 'سال', 'برس'],
  rankFrom: ['آخری سے', 'آخر سے', 'نیچے سے'],
  notCounts: ['پہلی بار', 'پہلی مرتبہ', 'پہلی دفعہ', 'پہلی نظر', 'ایک کے اوپر ایک', 'ایک کے بعد ایک', 'ایک ایک کر کے', 'ایک ایک کرکے', 'دو گنا', 'دوگنا', 'دو طرفہ', 'دو دھاری', 'دو چار', 'دو ٹوک', 'ایک دوسرے', 'ایک دوسرا', 'ایک دوسری', 'ایک اور', 'ایک جیسے', 'ایک جیسا', 'ایک جیسی', 'چاروں طرف', 'چاروں اطراف', 'چاروں جانب'],
  nounGap: ['کم', 'ترین', 'ترقی', 'یافتہ', 'پذیر', 'امدادی', 'و', 'اور', '،', ',', 'بین', 'الاقوامی', 'علاقائی', 'نجی', 'بڑے', 'چھوٹے', 'نئے', 'نئی', 'نیا', 'تصدیق', 'شدہ', 'مختلف', 'غیر', 'یورپی', 'مزید', 'دیگر', 'اہم', 'رکن',
    // "12.85 کروڑ رجسٹرڈ ووٹرز", "45 مثبت کیسز", "4 پولیس اہلکار".
    'رجسٹرڈ', 'مثبت', 'فعال', 'مقامی', 'سرکاری', 'سابق', 'نامعلوم', 'آئی', 'پولیس', 'سیکیورٹی', 'سکیورٹی',
    // "500 بہترین جامعات", "5 خصوصی ٹرینیں", "18 اضافی پروازیں".
    'بہترین', 'خصوصی', 'اضافی', 'ٹاپ', 'ہوم',
    // "10 ہزار ٹریفک حادثات", "472 جننگ فیکٹریاں", "11 ٹی ٹوئنٹی میچ", "3 ون ڈے میچ".
    'ٹریفک', 'ریل', 'سڑک', 'جننگ', 'ٹوئنٹی', 'ون', 'ڈے', 'ریٹنگ',
    // "1 ہزار 400 ہاؤسنگ اسکیمیں", "62 غیر قانونی سکیموں", "1 ہزار عادی مجرم", "2 لاکھ پریمیم بانڈز" (not the ordinal
    // of "3 دوسرے انعامات": second and third prizes would be one fact).
    'ہاؤسنگ', 'قانونی', 'عادی', 'پریمیم'],
  // "5 پاکستانی شہری" counts citizens, "89 ہزار پاکستانی" Pakistanis; "93 آزاد امیدوار", "14 متاثرہ".
  // "30 مسافر ٹرینیں" counts trains, "45 مسافر" passengers.
  gapNouns: ['پاکستانی', 'افغان', 'بھارتی', 'غیر ملکی', 'ملکی', 'نوجوان', 'آزاد', 'متاثرہ', 'مسلح', 'لاپتہ', 'مسافر'],
  // Verbs a count is said with when its noun is left out ("… اور 2024 میں 93 جیتیں"): no counted noun.
  verbForms: ['جیتیں', 'جیتے', 'جیتی', 'جیتا', 'ہاریں', 'ہارے', 'ہاری', 'ملیں', 'ملے', 'ملی', 'ملا', 'حاصل', 'کامیاب',
    // "ایک کروڑ 30 لاکھ بتائی گئی", "122 ارب مختص", "ساڑھے چھ لاکھ مکمل ہو چکے": reported, allocated, completed.
    'بتائی', 'بتایا', 'بتائے', 'مختص', 'مکمل',
    // "387 غیر قانونی قرار دی جا چکی ہیں": declared; "حج کوٹہ 1 لاکھ 79 ہزار مقرر کیا": set.
    'قرار', 'مقرر',
    // Infinitives after a bound: پلیٹ لیٹس 20 ہزار سے نیچے آنے پر, 40 ڈگری سے اوپر جانے سے.
    'آنے', 'جانے', 'ہونے', 'پہنچنے', 'گرنے', 'بڑھنے', 'رہنے'],
  functionWords: ['روزانہ', 
    'کے', 'کی', 'کا', 'میں', 'نے', 'ہے', 'ہیں', 'سے', 'کو', 'اور', 'یا', 'پر', 'تک', 'بھی', 'کہ', 'یہ', 'وہ', 'جو', 'اس', 'ان', 'تھا', 'تھے', 'تھی',
    'ہو', 'ہوا', 'ہوئے', 'ہوئی', 'گیا', 'گئے', 'گئی', 'رہا', 'رہی', 'رہے', 'کیا', 'کیے', 'کر', 'لیے', 'لئے', 'ایک', 'بعد', 'پہلے', 'مطابق', 'ساتھ', 'والے', 'والی', 'جس', 'جن', 'ء',
    // Verb endings and light verbs: "12 فیصد رہنے کا امکان", "245 کے قریب پیش آیا" name no counted noun.
    'رہنے', 'رہ', 'رہیں', 'ہونے', 'ہوگا', 'ہوگی', 'ہوں', 'گا', 'گی', 'گے', 'دیا', 'دی', 'دیے', 'دیئے', 'گئیں', 'تھیں', 'پیش', 'جائے', 'جائیں', 'سکتا', 'سکتی', 'سکتے', 'چکا', 'چکی', 'چکے', 'جبکہ', 'ریکارڈ', 'درج',
    // Pronouns of attribution ("انہوں نے بتایا کہ") tell no two statements apart.
    'انہوں', 'انھوں', 'اُنہوں',
    // Negation is never what a number counts: 40000 نہیں ہوتا; nor an adverb of time or degree: 4 تاحال لاپتہ ہیں, 3 ابھی زیر علاج.
    'نہیں', 'تاحال', 'ابھی', 'اب', 'صرف', 'ہی',
    // Nor a verb of keeping a figure at a level: خریداری مراکز کی تعداد 400 رکھی گئی ہے.
    'رکھی', 'رکھا', 'رکھے', 'رکھیں',
  ],
  reportingWords: ['بتایا', 'کہا', 'کہنا', 'کہنے', 'بتانا', 'بتاتے', 'کہتے', 'بقول', 'مطابق'],
  subjectMarkers: ['نے'],
  windowWords: ['گذشتہ', 'گزشتہ', 'پچھلے', 'پچھلی', 'آئندہ', 'اگلے', 'اگلی'],
  // "گزشتہ سال اسی مدت تک 83 لاکھ": the same period is the baseline's.
  comparedWith: ['کے مقابلے میں', 'کے مقابلے', 'کی نسبت'],
  earlierTime: ['گزشتہ سال', 'پچھلے سال', 'گذشتہ سال', 'پچھلے برس', 'گزشتہ برس', 'اس سے پہلے', 'اسی مدت', 'اسی عرصے', 'گزشتہ مالی سال', 'پچھلے مالی سال'],
  preferredScales: [[1e3, 'ہزار'], [1e5, 'لاکھ', 100], [1e6, 'ملین'], [1e7, 'کروڑ'], [1e9, 'ارب'], [1e9, 'بلین'], [1e11, 'کھرب', 100], [1e12, 'ٹریلین']],
  dayWordsBeforeMonth: true,
  repeatedIsEach: true,
  hijriYearMarks: ['ھ', 'ہ', 'ہجری', 'ھجری', 'سن ہجری'],
  otherCalendarCues: ['سال', 'سن', 'سنہ'],
  months: { 'جنوری': 1, 'فروری': 2, 'مارچ': 3, 'اپریل': 4, 'مئی': 5, 'جون': 6, 'جولائی': 7, 'اگست': 8, 'ستمبر': 9, 'اکتوبر': 10, 'نومبر': 11, 'دسمبر': 12 },
  hijriMonths: {
    'محرم': 1, 'محرم الحرام': 1, 'صفر': 2, 'صفر المظفر': 2, 'ربیع الاول': 3, 'ربیع الاوّل': 3, 'ربیع الثانی': 4, 'ربیع الآخر': 4,
    'جمادی الاول': 5, 'جمادی الاولیٰ': 5, 'جمادی الاولی': 5, 'جمادی الثانی': 6, 'جمادی الآخر': 6, 'جمادی الثانیہ': 6, 'رجب': 7, 'رجب المرجب': 7,
    'شعبان': 8, 'شعبان المعظم': 8, 'رمضان': 9, 'رمضان المبارک': 9, 'شوال': 10, 'شوال المکرم': 10, 'ذوالقعدہ': 11, 'ذیقعد': 11, 'ذی القعدہ': 11,
    // Spellings of the Hajj months in Urdu papers: یکم ذی قعد, ذیقعدہ, ذو الحجہ.
    'ذی قعد': 11, 'ذی قعدہ': 11, 'ذیقعدہ': 11, 'ذوالقعد': 11, 'ذو القعدہ': 11, 'ذوالحجہ': 12, 'ذی الحجہ': 12, 'ذوالحج': 12, 'ذو الحجہ': 12, 'ذی الحج': 12, 'ذیالحجہ': 12,
  },
  weightCues: ['وزن', 'وزنی'],
  equalWords: ['کے برابر', 'برابر', '='],
  belowZero: ['صفر سے نیچے', 'صفر سے کم', 'نقطہ انجماد سے نیچے', 'نقطۂ انجماد سے نیچے'],
  belowZeroAfterRange: ['نیچے', 'کم'],
  freezingBefore: ['نقطہ انجماد سے', 'نقطۂ انجماد سے'],
  dayOfMonthWords: ['تاریخ'],
  monthGenitives: ['کی', 'کے'],
  exactCounts: { 'ایک جوڑا': 2, 'ایک جوڑے': 2, 'ایک جوڑی': 2 },
  countGenitives: ['کا', 'کی', 'کے'],
  pluralReferences: ['آرٹیکلز', 'دفعات', 'شقوں'],
  cricketWords: ['کرکٹ', 'وکٹ', 'وکٹیں', 'وکٹوں', 'اوور', 'اوورز', 'بولر', 'باؤلر', 'بالر', 'بیٹر', 'بیٹسمین', 'بلے باز', 'اننگز', 'اسپنر', 'فاسٹ بولر', 'بولرز', 'باؤلرز', 'بلے بازوں', 'ٹیسٹ چیمپئن شپ', 'ٹیسٹ چیمپئن شپ'],
  decadeAfter: ['کی دہائی', 'کے عشرے', 'کی دہائیوں', 'کے عشرے میں'],
};
