/** Urdu predicates (folded on compile; matched as word prefixes of phrases). */
import type { PredicateTable } from '../claimWords';

/** Urdu. */
export const urPredicates: PredicateTable = {
  // Rain that fell (112 ملی میٹر بارش ہوئی) is the rainfall recorded, as "received 112 mm of rain".
  // A day's maximum or minimum temperature told with a copula (کم سے کم درجہ حرارت 12 ڈگری رہا) is a reading, as "recorded".
  'کم سے کم درجہ حرارت': 'report', 'زیادہ سے زیادہ درجہ حرارت': 'report',
  'بارش ہوئی': 'report', 'بارش ریکارڈ': 'report',
  // Events that took place (53 حادثات ہوئے) are recorded, as Hindi हादसे हुए and "53 accidents took place".
  'حادثات ہوئے': 'report', 'حادثے ہوئے': 'report', 'ٹرانزیکشنز ہوئیں': 'report',
  // A sum spent is what a thing cost (اس منصوبے پر 450 ارب روپے خرچ ہوئے), as English "spent" and Persian هزینه tell it.
  // Trains run and passengers carried, as English "run" and "carried".
  'ٹرینیں چلائی': 'operate', 'ٹرینیں چلانے': 'operate', 'چلائی جائیں گی': 'operate', 'سفر کرایا': 'carry',
  'خرچ ہوئے': 'cost', 'خرچ ہوا': 'cost', 'خرچ ہو': 'cost', 'خرچ کیے': 'cost', 'خرچ کئے': 'cost', 'خرچ کر': 'cost',
  'پیش کیا': 'present', 'پیش کر دیا': 'present', 'پیش کردیا': 'present', 'پیش کیا گیا': 'present', 'پیش کرے گی': 'present', 'پیش کریں گے': 'present',
  // A sum received (ملے) or set aside (رکھے گئے): a budget head's is its allocation, as مختص tells it.
  '=ملے': 'receive', '=ملا': 'receive', '=ملی': 'receive', '=ملیں': 'receive', 'رکھے گئے': 'receive', 'رکھی گئی': 'receive', 'رکھا گیا': 'receive', 'رکھی گئیں': 'receive',
  // A headline drops the verb: "بجٹ پیش" is a budget presented.
  'بجٹ پیش': 'present',
  'دستخط': 'sign', 'دستخط کیے': 'sign', 'دستخط کئے': 'sign', 'دستخطی تقریب': null, 'دستخط کی تقریب': null, 'دستخط کرنے کی تقریب': null,
  'توثیق': 'ratify', 'عمل درآمد': 'ratify', 'نافذ': 'ratify', 'اپنایا': 'adopt', 'منظور': 'adopt', 'منظوری': 'adopt',
  // Pilgrims who performed the Hajj took part in it (18 لاکھ عازمین نے حج ادا کیا), as "performed Hajj", हज किया.
  'حج ادا': 'attend', 'فریضہ حج ادا': 'attend',
  // Patients treated were admitted, as English "treated" (2 ہزار 700 مریضوں کا علاج کیا گیا, 36 زخمی زیر علاج ہیں).
  'علاج کیا': 'admit', 'زیر علاج': 'admit',
  // Crops bought by the state were procured (45 لاکھ ٹن گندم خریدی, گندم کی خریداری), as खरीदा, "procured".
  '=خریدی': 'buy', '=خریدا': 'buy', '=خریدے': 'buy', 'خرید لی': 'buy', 'خرید لیں': 'buy', 'خرید لیا': 'buy', '=خریداری': 'buy',
  // Trains or flights cancelled and running late (38 ٹرینیں منسوخ, 112 ٹرینیں تاخیر کا شکار), as रद्द, देरी से.
  // Load shedding is a power cut, as बिजली कटौती and "power cuts" (8 گھنٹے لوڈشیڈنگ).
  'لوڈشیڈنگ': 'fall', 'لوڈ شیڈنگ': 'fall', 'بجلی کی بندش': 'fall',
  // Candidates who failed an examination (ساڑھے نو ہزار طلبہ ناکام ہوئے, ٣٥ فیصد طلبہ فیل), as अनुत्तीर्ण, "failed the exam".
  'ناکام ہوئے': 'fail', 'ناکام ہوئیں': 'fail', 'ناکام رہے': 'fail', 'ناکام قرار': 'fail', '=فیل': 'fail',
  '=منسوخ': 'cancel', 'تاخیر کا شکار': 'delay', 'تاخیر سے': 'delay', '=لیٹ': 'delay',
  'شریک': 'attend', 'شرکت': 'attend', 'شامل ہوئے': 'attend', 'حصہ لیا': 'attend', 'خیرمقدم': 'attend', 'استقبال': 'attend',
  'خطاب': 'speak', 'تقریر': 'speak', 'بات کی': 'speak',
  'سرمایہ کاری': 'invest', 'وعدہ': 'invest', 'دینے کا اعلان': 'invest', 'امداد': 'invest', 'فراہم': 'invest', 'مختص': 'invest',
  // A budget's deficit (مالیاتی خسارہ) is a level, no loss suffered: "مالیاتی خسارہ جی ڈی پی کے 7.7 فیصد پر رہا".
  'مالیاتی خسارہ': null, 'مالیاتی خسارے': null, 'بجٹ خسارہ': null, 'بجٹ خسارے': null,
  'نقصان': 'lose', 'خسارہ': 'lose', 'ہلاک': 'kill', 'جاں بحق': 'kill', 'مارے گئے': 'kill', 'مارے جا': 'kill', 'مارا گیا': 'kill', 'ماری گئی': 'kill', 'ماری گئیں': 'kill', 'شہید': 'kill', 'جان کی بازی': 'kill', 'جان سے گئے': 'kill', 'دم توڑ': 'kill', 'لقمہ اجل': 'kill', 'جانیں گئیں': 'kill', 'زخمی': 'injure',
  // Deaths told as a passing (35 عازمین انتقال کر گئے, 4 افراد فوت ہو گئے); not انتقال alone, also a transfer (انتقال اقتدار).
  'انتقال کر گئے': 'kill', 'انتقال کر گئیں': 'kill', 'انتقال کر گیا': 'kill', 'انتقال کر گئی': 'kill', 'انتقال کرگئے': 'kill', 'انتقال ہو گیا': 'kill', 'انتقال ہوگیا': 'kill', 'انتقال ہوا': 'kill', 'انتقال ہوئے': 'kill', 'انتقال ہو گئے': 'kill',
  'فوت': 'kill', 'وفات پا': 'kill',
  // A death told as a noun (9 افراد کی موت ہوئی, as Hindi मौत) and cases entered in the books (472 نئے کیس درج کیے گئے, as Hindi दर्ज).
  '=موت': 'kill', '=درج': 'report',
  // Pilgrims at a shrine (5 لاکھ زائرین نے زیارت کی), as Hindi दर्शन किए and "paid obeisance".
  // Cards issued (5 کروڑ کارڈ جاری کیے), as "issued".
  'جاری کیے': 'issue', 'کارڈ بنائے': 'issue',
  'زیارت کی': 'visit', 'زیارت کرنے': 'visit', 'زیارت کر': 'visit',
  // A currency strengthened or weakened (روپیہ 12 پیسے مضبوط ہو کر), as Hindi मजबूत होकर.
  'مضبوط ہو کر': 'grow', 'مضبوط ہوکر': 'grow', 'مضبوط ہوا': 'grow', 'کمزور ہو کر': 'fall', 'کمزور ہوکر': 'fall', 'کمزور ہوا': 'fall',
  'تصدیق': 'confirm', 'منعقد': 'hold', 'اہتمام': 'hold', 'شامل ہیں': 'include', 'پر مشتمل': 'include', 'پہنچ': 'reach', 'اضافہ': 'grow', 'اضافے': 'grow', 'بڑھ': 'grow', 'بڑھا': 'grow', 'کمی': 'fall', 'گر گئے': 'fall', 'گر گیا': 'fall', 'گر گئی': 'fall', 'گر کر': 'fall',
  'متاثر': 'affect', 'متاثرین': 'affect', 'قسط': 'tranche',
  // A price made dearer or cheaper by so much (سونا فی تولہ 2 ہزار روپے مہنگا, ڈالر 12 پیسے سستا ہو کر): a rise or a fall, as English "rose", "fell".
  '=مہنگا': 'grow', '=مہنگی': 'grow', '=مہنگے': 'grow', '=سستا': 'fall', '=سستی': 'fall', '=سستے': 'fall',
  // A pass rate, a toss won are no win; a record set or a record level no report (… کا ریکارڈ, ریکارڈ سطح).
  'کامیابی کا تناسب': null, 'کامیابی کی شرح': null, 'ٹاس جیت': null, 'ٹاس جیتا': null, 'ٹاس جیتنے': null, 'کا ریکارڈ': null, 'ریکارڈ سطح': null, 'ریکارڈ توڑ': null, 'ریکارڈ قائم': null,
  'جیت': 'win', 'حاصل': 'win', 'کامیاب': 'win', 'رجسٹرڈ': 'register', 'اندراج': 'register', 'رجسٹر': 'register',
  // News verbs: a match won (152 رنز سے شکست دی, ہرا دیا), people displaced, houses destroyed, arrests, rescues;
  // 7 وکٹوں کے نقصان پر "for the loss of 7 wickets" is a score, no loss.
  'وکٹوں کے نقصان': null, 'وکٹ کے نقصان': null, 'شکست': 'win', '=ہرا': 'win', '=ہرایا': 'win', 'ہرا دیا': 'win', 'فتح': 'win', 'بے گھر': 'displace', 'نقل مکانی': 'displace',
  'تباہ': 'destroy', 'منہدم': 'destroy', 'مختص شدہ': null, 'گرفتار': 'arrest', 'بھرتی': 'hire', 'بھرتیاں': 'hire', 'لاپتہ': 'missing', '=بچایا': 'rescue', 'بچا لیا': 'rescue', 'بازیاب': 'rescue',
  // People moved out of harm's way and bodies recovered (لاشیں نکالیں); relief camps and teams (امدادی کیمپوں) are no aid pledged.
  'منتقل': 'evacuate', 'لاشیں نکالیں': 'recover', 'لاشیں نکالی': 'recover', 'لاشیں نکال لیں': 'recover', 'نعشیں نکالیں': 'recover', 'نعشیں نکالی': 'recover',
  // Money embezzled (غبن, خورد برد), not the fine or the sentence.
  'غبن': 'embezzle', 'خورد برد': 'embezzle', 'خرد برد': 'embezzle',
  // The adjective (امدادی ٹرک, relief trucks and camps) is no aid pledged.
  '=امدادی': null, 'امدادی کیمپ': null, 'امدادی کیمپوں': null, 'امدادی ٹیم': null, 'امدادی ٹیموں': null, 'امدادی کارکن': null, 'امدادی کارکنوں': null, 'امدادی سرگرمیاں': null, 'امدادی سرگرمیوں': null, 'امدادی کارروائیاں': null, 'امدادی کارروائیوں': null,
  'سامنے آئے': 'report', 'سامنے آئی': 'report', 'سامنے آیا': 'report', 'سامنے آئیں': 'report', 'بات سامنے آئی': null, 'بات سامنے آئے': null, 'بات سامنے آیا': null,
  'رپورٹ': 'report', 'رپورٹ کے مطابق': null, 'کی رپورٹ': null, 'ریکارڈ': 'report', 'مجموعی': 'total', 'مجموعی تعداد': 'total', 'کل تعداد': 'total',
  // Courts and space: a prison term (=قید, not قیدی "prisoner"), a fine, bail (ضمانت, مچلکے), a launch; an innings (58 رنز کی اننگز) is a score, no win.
  '=قید': 'sentence', 'عمر قید': 'sentence', 'معاوضہ': 'compensate', 'معاوضے': 'compensate', 'قید کی سزا': 'sentence', 'سزا سنائی': 'sentence', 'جرمانہ': 'fine', 'جرمانے': 'fine', 'ضمانت': 'bail', 'مچلکوں': 'bail', 'مچلکے': 'bail',
  '=بری': 'acquit', 'بری کر': 'acquit', 'توقع': 'expect', 'پٹڑی سے اتر': 'derail', 'پٹری سے اتر': 'derail', 'تخمینہ': 'expect', 'پیش گوئی': 'expect', 'امکان': 'expect', 'مانگے': 'seek', 'مانگی': 'seek', 'اپیل': 'seek', 'ضرورت': 'seek', 'محتاج': 'seek', '=قتل': 'kill',
  'قطرے پلانے': 'vaccinate', 'قطرے پلائے': 'vaccinate', 'قطرے پلائیں': 'vaccinate', 'ویکسین': 'vaccinate', 'سامنے آ چکے': 'report', 'ووٹ ملے': 'win', 'نشستیں ملیں': 'win',
  // "کیسز کی تعداد 62 ہو گئی", "شارٹ فال 5 ہزار 800 میگاواٹ ہو گیا ہے": a count or level that became so.
  'ہو گئی': 'reach', 'ہو گیا': 'reach', 'ہو گئے': 'reach', 'ہو چکی': 'reach', 'ہو چکا': 'reach', 'ہو چکے': 'reach',
  // A price, fee, quota or wage fixed (مقرر کر دی) is the level it is set at, as تعیین کرد, "fixed at", निर्धारित.
  'مقرر': 'reach',
  // A level ordered or demanded to be fixed is sought, not yet the level: آٹے کی قیمت 120 روپے مقرر کرنے کی ہدایت.
  'مقرر کرنے کی ہدایت': 'seek', 'مقرر کرنے کا حکم': 'seek', 'مقرر کرنے کا مطالبہ': 'seek',
  // A rate or index closing at a level (روپیہ 278.5 پر بند ہوا) is that level, as "closed at".
  'پر بند': 'reach',
  // Cases entered in a record (12 ہزار 340 مقدمات درج کیے, ڈینگی کے 472 کیس درج) are reported, as Hindi दर्ज and English "registered 12,340 FIRs"
  // (enSenses); not "the following" (درج ذیل). Goods snatched (چھینے گئے), as English "snatched", "deprived of".
  'درج کیے': 'report', 'درج کئے': 'report', 'درج کیا': 'report', 'درج کی': 'report', 'درج ہوئے': 'report', 'درج ہوا': 'report', 'درج ذیل': null,
  'چھینے': 'snatch', 'چھینی': 'snatch', 'چھین لیے': 'snatch', 'چھین لی': 'snatch', 'چوری یا چھینی': 'snatch', 'چوری یا چھینے': 'snatch',
  'لانچ': 'launch', 'خلا میں بھیجا': 'launch', 'خلا میں بھیجے': 'launch', 'خلا میں بھیجی': 'launch', 'روانہ کیا': 'launch', 'اننگز': 'score', 'اننگ': 'score',
  // Who was aboard (سوار), who came out alive (زندہ), who went back (واپس), what was set up (قائم), a promise in the plural (وعدے).
  'سوار': 'aboard', 'زندہ': 'survive', 'واپس': 'return', 'وطن واپسی': 'return', 'قائم کیے': 'establish', 'قائم کیا': 'establish', 'قائم کر': 'establish', 'وعدے': 'invest', 'ووٹ ڈالے': 'attend',
  // Security deployed (تعینات), spectators present (موجود تھے), prize money (انعامی رقم).
  'تعینات': 'deploy', 'کی قید میں': 'captive', 'قید میں': 'captive', 'تبادل': 'exchange', 'رہا کیا': 'release', 'رہا کیے': 'release', 'رہا کر دیا': 'release', 'رہا کر دیے': 'release', 'رہائی': 'release', 'فوج طلب': 'deploy', 'طلب کر لی گئی': 'deploy', 'آگ لگا دی': 'burn', 'آگ لگادی': 'burn', 'آگ لگائی': 'burn', 'نذر آتش': 'burn', 'بھیجی گئی': 'deploy', 'بھیجی گئیں': 'deploy', 'بھیجے گئے': 'deploy', 'بھیجا گیا': 'deploy', 'روانہ کی گئی': 'deploy', 'روانہ کیے گئے': 'deploy', 'موجود تھے': 'attend', 'انعامی رقم': 'award', 'انعام': 'award', 'گھر گھر': 'deploy', 'کم کرنے': 'fall', 'کم کر کے': 'fall', 'کم کرکے': 'fall', 'کم ہو کر': 'fall', 'کم ہوکر': 'fall', 'کم ہو گئی': 'fall', 'کم ہو گیا': 'fall', 'کم ہوئی': 'fall', 'کم ہوا': 'fall', 'کم کر دی': 'fall', 'کم کر دیا': 'fall', 'شروع ہو گئی': null, 'شروع ہو گئے': null, 'شروع ہو گیا': null,
  // A quota allotted (عازمین حج کا کوٹہ) is a fact of its own, whatever verb tells it.
  '=کوٹہ': 'quota', '=کوٹے': 'quota',
  // Crew pulled from the water are rescued; cargo laden (لدا ہوا) is aboard, as 'carrying' is.
  'پانی سے نکال': 'rescue', 'پانی سے نکالا': 'rescue', 'پانی سے نکالے': 'rescue', 'سمندر سے نکال': 'rescue', 'سمندر سے نکالا': 'rescue', 'سمندر سے نکالے': 'rescue', 'لدا ہوا': 'aboard', '=لدا': 'aboard',
  // A film's takings (کمائے, بزنس کیا) and the screens it opened on (ریلیز).
  '=کمائے': 'earn', '=کمایا': 'earn', 'کما لیے': 'earn', 'کا بزنس': 'earn', 'بزنس کیا': 'earn', '=ریلیز': 'release',
  // What a company is valued at (مالیت), and whom it serves (خدمات فراہم).
  '=مالیت': 'value', 'خدمات فراہم': 'serve',
  // A population counted (a census), in every language a count of people.
  '=آبادی': 'populate',
  // An air quality index's reading; people brought to or admitted in hospital.
  // Trade: goods sold (فروخت کیں, بیچیں), exported (برآمد: recovered beside arms or drugs, see urSenses), imported (درآمد, درآمدات),
  // produced (پیداوار) and remittances sent home (ترسیلات زر); a production capacity and the national product (GDP) are none of them.
  'خریداری': 'buy', '=خریدیں': 'buy', 'قیمت خرید': null,
  'فروخت': 'sell', '=بیچے': 'sell', '=بیچی': 'sell', '=بیچیں': 'sell', '=بیچا': 'sell', 'برآمد': 'export', 'درآمد': 'import', 'پیداوار': 'produce', 'پیداواری صلاحیت': null, 'مجموعی ملکی پیداوار': null, 'مجموعی قومی پیداوار': null, 'ملکی پیداوار': null, 'قومی پیداوار': null, 'ترسیلات': 'remit',
  // Reached up to (تک پہنچ گئی) is the verb of the level before it, nearer than a change told before the figure (12 فیصد اضافے سے 11 ہزار 700 یونٹس تک پہنچ گئی).
  'ہو گئیں': 'reach', 'تک پہنچ': 'reach', 'تک پہنچا': 'reach', 'تک پہنچی': 'reach', 'تک پہنچے': 'reach', 'تک پہنچیں': 'reach',
  'ایئر کوالٹی انڈیکس': 'aqi', 'ائیر کوالٹی انڈیکس': 'aqi', 'اے کیو آئی': 'aqi', '=aqi': 'aqi', 'مریض لائے': 'admit', 'ہسپتال لائے': 'admit', 'ہسپتال منتقل': 'admit', 'ہسپتالوں میں داخل': 'admit', 'ہسپتال میں داخل': 'admit', 'اسپتال لائے': 'admit', 'اسپتال منتقل': 'admit', 'اسپتالوں میں داخل': 'admit', 'اسپتال میں داخل': 'admit',
  // People deported (ملک بدر, ڈی پورٹ), workers at work on a project (کام کر رہے ہیں), land irrigated (سیراب), what it costs (لاگت), families sheltering (مقیم, پناہ لی).
  'ملک بدر': 'deport', 'ڈی پورٹ': 'deport', 'بے دخل': 'deport',
  'کام کر رہے': 'employ', 'کام کرتے': 'employ', 'سیراب': 'irrigate', 'لاگت': 'cost',
  'مقیم': 'shelter', 'پناہ لی': 'shelter', 'پناہ لیے': 'shelter', 'پناہ لے': 'shelter',
  // Wickets taken and lost (8 وکٹیں لیں, آخری 5 وکٹیں 31 رنز پر گریں).
  // Spectators who watched a match (78 ہزار تماشائیوں نے میچ دیکھا) attended it.
  'میچ دیکھا': 'attend', 'مقابلہ دیکھا': 'attend', 'کھیل دیکھا': 'attend',
  'وکٹیں لیں': 'win', 'وکٹ لی': 'win', 'وکٹیں گریں': 'lose', 'وکٹیں گنوا': 'lose', 'وکٹیں گنوائیں': 'lose',
  // Candidates who passed an examination (پاس ہوئے), as کامیاب.
  'پاس ہوئے': 'win', 'پاس ہوئیں': 'win', 'پاس ہو گئے': 'win',
  // Income exempt from tax (ٹیکس سے مستثنیٰ, کوئی ٹیکس نہیں), and taxpayers who benefit (فائدہ ہوگا, مستفید).
  'مستثنیٰ': 'exempt', 'مستثنی': 'exempt', 'کوئی ٹیکس نہیں': 'exempt', 'ٹیکس فری': 'exempt', 'فائدہ ہوگا': 'benefit', 'فائدہ ہو گا': 'benefit', 'فائدہ پہنچے': 'benefit', 'مستفید': 'benefit',
};

/** Urdu qualifiers of a figure (see claims/qualify.ts and enQualifiers). چینی is sugar and Chinese, and is left out. */
export const urQualifiers: PredicateTable = {
  // A day's minimum temperature is a fact of its own (کم سے کم درجہ حرارت 28), not its maximum; not کم سے کم alone, also "at least".
  'کم سے کم درجہ حرارت': 'of:minimum', 'کم از کم درجہ حرارت': 'of:minimum',
  '=سونا': 'priced:gold', '=سونے': 'priced:gold', 'چاندی': 'priced:silver', 'پیٹرول': 'priced:petrol', 'پٹرول': 'priced:petrol', 'ڈیزل': 'priced:diesel', 'مٹی کا تیل': 'priced:kerosene', 'مٹی کے تیل': 'priced:kerosene',
  // Light diesel oil is a fuel of its own, priced apart from high-speed diesel.
  'لائٹ ڈیزل آئل': 'priced:ldo', 'لائٹ ڈیزل': 'priced:ldo', 'ہائی اسپیڈ ڈیزل': 'priced:diesel', 'ایل پی جی': 'priced:lpg', 'سی این جی': 'priced:cng',
  'گندم': 'priced:wheat', '=آٹا': 'priced:flour', '=آٹے': 'priced:flour', '=چاول': 'priced:rice', 'پیاز': 'priced:onion', 'ٹماٹر': 'priced:tomato', '=دودھ': 'priced:milk', '=گھی': 'priced:ghee', 'خام تیل': 'priced:crude', 'برینٹ': 'priced:crude', '=بجلی': 'priced:electricity',
  'برآمدات': 'of:exports', 'درآمدات': 'of:imports', 'ترسیلات زر': 'of:remittances', '=فروخت': 'of:sales', 'پیداوار': 'of:production', 'معیشت': 'of:economy', 'جی ڈی پی': 'of:economy',
  'محصولات': 'of:revenue', 'ٹیکس وصولی': 'of:revenue', '=قیمت': 'of:prices', '=قیمتوں': 'of:prices', 'انڈیکس': 'of:index', 'کے ایس ای 100 انڈیکس': 'of:kse100', 'کے ایس ای 100': 'of:kse100', 'ہنڈریڈ انڈیکس': 'of:kse100', '100 انڈیکس': 'of:kse100', 'کے ایس ای 30 انڈیکس': 'of:kse30', 'کے ایس ای 30': 'of:kse30', 'سینسیکس': 'of:sensex', 'سینسکس': 'of:sensex', 'نفٹی': 'of:nifty', '=منافع': 'of:profit', '=کیسز': 'of:cases', '=خسارہ': 'of:deficit', '=خسارے': 'of:deficit',
  '=ذخائر': 'of:reserves', '=کرایوں': 'of:fares', '=کرائے': 'of:fares',
  // What a measure is of: power demand, its shortfall and capacity in MW are different facts; crops and inputs priced per maund or bag.
  '=کھپت': 'of:consumption', '=طلب': 'of:demand', 'شارٹ فال': 'of:shortfall', 'شارٹفال': 'of:shortfall', 'گنجائش': 'of:capacity', 'پیداواری صلاحیت': 'of:capacity',
  // Goods mined and grown are what a tonnage is of (see the English table).
  '=کوئلہ': 'priced:coal', '=کوئلے': 'priced:coal', 'غذائی اجناس': 'priced:foodgrain', '=دھان': 'priced:paddy', '=دالوں': 'priced:pulses', '=سیمنٹ': 'priced:cement', '=اسٹیل': 'priced:steel', '=سٹیل': 'priced:steel',
  '=گنے': 'priced:sugarcane', '=گنا': 'priced:sugarcane', 'کپاس': 'priced:cotton', 'پھٹی': 'priced:cotton', 'کھاد': 'priced:fertiliser', 'ڈی اے پی': 'priced:dap', 'یوریا': 'priced:urea',
  // A fare and a wage are prices too: "بس کرایہ 5 ہزار 500 روپے سے بڑھ کر" is no minimum wage raised.
  '=کرایہ': 'priced:fare', 'اجرت': 'priced:wage', 'کم از کم اجرت': 'priced:wage',
  // Land, housing, cars, tickets and bonds are priced goods of their own (5 مرلہ پلاٹ کی قیمت, ٹکٹ کی اوسط قیمت), and a
  // currency priced in rupees is its exchange rate (اوپن مارکیٹ میں ڈالر 281 روپے); land is priced per acre, marla or square foot.
  '=پلاٹ': 'priced:plot', '=پلاٹوں': 'priced:plot', 'زرعی زمین': 'priced:land', '=زمین': 'priced:land', '=جائیداد': 'priced:property', '=مکان': 'priced:house',
  '=گاڑی': 'priced:car', '=گاڑیوں': 'priced:car', '=ٹکٹ': 'priced:ticket', '=بانڈ': 'priced:bond', '=بانڈز': 'priced:bond', 'عمرہ پیکج': 'priced:umrah', 'حج پیکج': 'priced:hajj',
  '=ڈالر': 'priced:usd', 'سعودی ریال': 'priced:sar', 'یو اے ای درہم': 'priced:aed', '=درہم': 'priced:aed', 'برطانوی پاؤنڈ': 'priced:gbp', '=پاؤنڈ': 'priced:gbp', '=یورو': 'priced:eur',
  'فی ایکڑ': 'per:acre', 'فی مرلہ': 'per:marla', 'فی کنال': 'per:kanal', 'فی مربع فٹ': 'per:ft2', 'فی مربع میٹر': 'per:m2', 'فی ایم ایم بی ٹی یو': 'per:mmbtu',
  '=مانگ': 'of:demand', '=تجارت': 'of:trade',
  // The national product (GDP) is the economy, no goods produced.
  'مجموعی ملکی پیداوار': 'of:economy', 'مجموعی قومی پیداوار': 'of:economy', 'ملکی پیداوار': 'of:economy', 'قومی پیداوار': 'of:economy',
  // A company's income (آمدنی) and net loss; تجارتی خسارہ stays the trade deficit.
  'آمدنی': 'of:revenue', '=آمدن': 'of:revenue', 'ریونیو': 'of:revenue', 'خالص خسارہ': 'of:loss', 'خالص خسارے': 'of:loss',
  // What a budget's sums are for: defence, health, education, development, interest on debt are different facts.
  'دفاع': 'for:defence', '=صحت': 'for:health', 'تعلیم': 'for:education', '=زراعت': 'for:agriculture', 'ترقیاتی': 'for:development', 'ترقیاتی بجٹ': 'for:development',
  '=سود': 'for:interest', 'پنشن': 'for:pension', 'تنخواہ': 'for:salary',
  'فی لیٹر': 'per:litre', 'فی کلو': 'per:kg', 'فی کلوگرام': 'per:kg', 'فی گرام': 'per:g', 'فی 10 گرام': 'per:10g', 'فی دس گرام': 'per:10g', 'فی تولہ': 'per:tola', 'فی اونس': 'per:ounce', 'فی بیرل': 'per:barrel',
  // A price of 10 grams or a tola, the goods left to the sentence before (10 گرام کی قیمت 1,715 روپے بڑھ گئی), is per that unit.
  '10 گرام کی قیمت': 'per:10g', 'دس گرام کی قیمت': 'per:10g', 'ایک تولہ کی قیمت': 'per:tola', '10 گرام کا نرخ': 'per:10g',
  'فی من': 'per:maund', 'فی ٹن': 'per:tonne', 'فی یونٹ': 'per:unit', 'فی حصص': 'per:share', 'فی شیئر': 'per:share', 'فی سلنڈر': 'per:cylinder', 'فی درجن': 'per:dozen',
  // Whom money is paid to, named before it as in Hindi: جاں بحق افراد کے لواحقین کو 10 لاکھ، زخمیوں کو 2 لاکھ روپے.
  'جاں بحق': 'to:dead', 'جاں بحق ہونے والوں': 'to:dead', 'ہلاک ہونے والوں': 'to:dead', 'ہر زخمی': 'to:injured', 'جاں بحق افراد': 'to:dead', 'ہلاک شدگان': 'to:dead', 'زخمیوں': 'to:injured', 'شدید زخمیوں': 'to:injured-serious', 'شدید زخمی': 'to:injured-serious', 'معمولی زخمیوں': 'to:injured-minor', 'معمولی زخمی': 'to:injured-minor', 'درکار': 'sub:needed', 'کا ہدف': 'sub:target', 'کے ہدف': 'sub:target',
  // The injured in critical condition are a subgroup of the injured (12 زخمیوں کی حالت تشویشناک ہے).
  // A departure from normal is a fact of its own, not the reading (معمول سے 5 ڈگری زیادہ).
  'معمول سے': 'sub:departure', 'اوسط سے': 'sub:departure',
  'تشویشناک': 'sub:critical', 'تشویش ناک': 'sub:critical', 'حالت نازک': 'sub:critical',
  'لڑکیوں': 'sub:girls', 'طالبات': 'sub:girls', 'لڑکوں': 'sub:boys', 'طلبہ': 'pair:boys', 'طلباء': 'pair:boys', 'طلبا': 'pair:boys', 'خواتین': 'sub:women', 'مردوں': 'sub:men', 'بچوں': 'sub:children', '=ضلع': 'sub:district', '=اضلاع': 'sub:district', 'شہری علاقوں': 'sub:urban', 'دیہی علاقوں': 'sub:rural', 'شہری آبادی': 'sub:urban', 'دیہی آبادی': 'sub:rural',
  'جن میں سے': 'sub:part', '=باقی': 'sub:rest', '=بقیہ': 'sub:rest', 'ان میں سے': 'sub:part', 'بشمول': 'sub:part',
  'کے مقابلے میں': 'cmp:prev', 'کے مقابلے': 'cmp:prev', 'کے مقابلہ میں': 'cmp:prev', 'کے برعکس': 'cmp:prev',
  // The event a year beside it is the year of (claims/yearClaims.ts): built, began, founded.
  'شروع کی': 'year:start', 'شروع کیا': 'year:start', 'شروع ہوئی': 'year:start', 'شروع ہوا': 'year:start', 'آغاز': 'year:start', '=تعمیر': 'year:build', 'بنایا گیا': 'year:build', 'تیار کیا گیا': 'year:build', 'قائم کیا گیا': 'year:found', 'قائم ہوا': 'year:found',
};

/**
 * Urdu words that give a predicate its other sense (see claims/predicates.ts): برآمد beside arms, drugs,
 * cash or bodies taken from someone (قبضے سے, ملزم) is what was recovered, not exported.
 */
export const urSenses: PredicateTable = {
  'قبضے': 'export>recover', 'قبضہ': 'export>recover', 'اسلحہ': 'export>recover', 'اسلحے': 'export>recover', 'منشیات': 'export>recover', 'ہیروئن': 'export>recover', 'چرس': 'export>recover',
  '=آئس': 'export>recover', 'کلاشنکوف': 'export>recover', 'پستول': 'export>recover', 'گولیاں': 'export>recover', 'کارتوس': 'export>recover', 'دستی بم': 'export>recover', 'بارود': 'export>recover',
  'دھماکہ خیز': 'export>recover', 'مسروقہ': 'export>recover', 'نقدی': 'export>recover', 'لاش': 'export>recover', 'نعش': 'export>recover', 'چھاپ': 'export>recover', 'ملزم': 'export>recover', 'پولیس': 'export>recover',
  // Agencies that raid and recover (ایف آئی اے نے 2 کروڑ روپے برآمد کر لیے), goods seized, people arrested.
  'ایف آئی اے': 'export>recover', '=نیب': 'export>recover', 'اے این ایف': 'export>recover', 'اینٹی نارکوٹکس': 'export>recover', 'سی ٹی ڈی': 'export>recover', 'رینجرز': 'export>recover',
  '=ضبط': 'export>recover', 'گرفتار': 'export>recover', 'کارروائی': 'export>recover', '=شراب': 'export>recover',
};
