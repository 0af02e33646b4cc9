/** Persian predicates (folded on compile; matched as word prefixes of phrases). */
import type { PredicateTable } from '../claimWords';

/** Persian. */
export const faPredicates: PredicateTable = {
  // A sum received, or a head's share of one (سهم دفاع): a budget head's is its allocation, as اختصاص tells it.
  'دریافت': 'receive', '=سهم': 'receive',
  'ارائه کرد': 'present', 'ارائه شد': 'present', 'ارائه داد': 'present', 'تقدیم کرد': 'present', 'تقدیم شد': 'present', 'تقدیم مجلس': 'present',
  // Courts and space: a prison term, a fine (جزای نقدی), bail (وثیقه, کفالت), a launch (پرتاب).
  '=حبس': 'sentence', 'حبس ابد': 'sentence', 'غرامت': 'compensate', '=زندان': 'sentence', 'جزای نقدی': 'fine', 'جریمه': 'fine', 'وثیقه': 'bail', 'قرار وثیقه': 'bail', 'کفالت': 'bail', 'پرتاب': 'launch', 'به فضا فرستاد': 'launch',
  'تبرئه': 'acquit', 'درخواست': 'seek', '=نیاز': 'seek', '=خواستار': 'seek', 'آواره': 'displace', '=قتل': 'kill', 'به قتل': 'kill', 'واکسینه': 'vaccinate', 'واکسیناسیون': 'vaccinate', '=واکسن': 'vaccinate', '=واکسین': 'vaccinate',
  // People moved out of harm's way (تخلیه, منتقل شدند) and bodies recovered (جسد را بیرون کشیدند).
  'منتقل': 'evacuate', 'تخلیه': 'evacuate', 'بیرون کشیدند': 'recover', 'بیرون کشیده': 'recover', 'بیرون آورده': 'recover', 'بیرون آوردند': 'recover',
  // Money embezzled (اختلاس), not the fine or the sentence.
  'اختلاس': 'embezzle',
  // "۱۹ نفر از کشته‌شدگان کودک بودند": a part of the dead (19 of them were children), no toll of its own.
  'از کشته‌شدگان': null, 'از کشته شدگان': null, 'از جان‌باختگان': null, 'از زخمی‌ها': null, 'از مجروحان': null, 'از زخمیان': null, 'آسیب دیده': 'lose', 'آسیب دید': 'lose',
  'امضا': 'sign', 'امضاء': 'sign', 'امضا کردند': 'sign', 'مراسم امضا': null, 'مراسم امضای': null,
  'تصویب': 'adopt', 'تنفیذ': 'ratify',
  // شرکت alone is mostly "company": it attends only as a verb or a participle.
  'شرکت کرد': 'attend', 'شرکت کردند': 'attend', 'شرکت کرده': 'attend', 'شرکت کنند': 'attend', 'شرکت می‌کنند': 'attend', 'شرکت داشتند': 'attend', 'شرکت داشته': 'attend', 'شرکت داشته‌است': 'attend', 'شرکت دارند': 'attend', 'شرکت کرده‌اند': 'attend', 'شرکت کرده‌است': 'attend', 'شرکت نمودند': 'attend', 'شرکت خواهند': 'attend', 'شرکت کنندگان': 'attend', 'شرکت‌کننده': 'attend', 'شرکت‌کنندگان': 'attend', 'حضور': 'attend', 'حاضر': 'attend',
  // «در حال حاضر» is "at present", no one present: ۱۴۵ هزار تخت بیمارستانی در حال حاضر.
  'در حال حاضر': null, 'استقبال': 'attend',
  // Passengers and freight an airport, a port or a railway moves (جابه‌جا شدند), as English "carried", "handled".
  'جابه‌جا': 'carry', 'جابجا': 'carry', 'جا به جا': 'carry',
  // A price a market quotes (دلار ۷۲ هزار تومان معامله شد, درهم ۱۹ هزار تومان قیمت خورد), as English "priced at".
  'معامله شد': 'reach', 'معامله شده': 'reach', 'معامله می‌شود': 'reach', 'معامله می‌شد': 'reach', 'قیمت خورد': 'reach', 'قیمت خورده': 'reach', 'قیمت می‌خورد': 'reach',
  // Relief goods handed out (توزیع), a fact apart from aid pledged.
  'توزیع': 'distribute',
  // A medal table (جدول توزیع مدال‌ها) hands out nothing: the medals in its sentence are won.
  'جدول توزیع': null,
  'سخنرانی': 'speak', 'صحبت': 'speak', 'سخن': 'speak',
  'سرمایه‌گذاری': 'invest', 'سرمایه گذاری': 'invest', 'سرمایهگذاری': 'invest', 'متعهد': 'invest', 'تعهد': 'invest', '=وعده': 'invest', 'کمک': 'invest', 'اختصاص': 'invest', 'قسط': 'tranche',
  'خسارت': 'lose', 'زیان': 'lose', 'کشته': 'kill', 'جان باختند': 'kill', 'جان باخت': 'kill', 'جان باخته': 'kill', 'جان باخته‌اند': 'kill', 'جان باخته‌است': 'kill', 'جان دادند': 'kill', 'جان داده‌اند': 'kill', 'جان خود را از دست': 'kill', 'جان سپردند': 'kill', 'فوت کرد': 'kill', 'فوت کردند': 'kill', 'فوت شد': 'kill', 'فوت شدند': 'kill', 'درگذشت': 'kill', 'هلاکت': 'kill',
  'زخمی': 'injure', 'مجروح': 'injure', 'مصدوم': 'injure', 'سخنگو': null, 'سخنگوی': null, 'سخنگویان': null, 'آسیب': 'affect', 'به دست آوردند': 'win', 'با کسب': 'win', 'کسب کرد': 'win', 'به دست آورد': 'win', '=کسب': 'win', 'پیروز': 'win', 'ثبت نام': 'register', 'ثبت‌نام': 'register', 'ثبتنام': 'register', 'گزارش': 'report', 'به گزارش': null, 'طبق گزارش': null, 'بنا بر گزارش': null, 'بر اساس گزارش': null, 'بر اساس این گزارش': null, 'مجموع': 'total', 'در مجموع': 'total', 'کل موارد': 'total', 'متاثر': 'affect', 'تحت تاثیر': 'affect', 'تحت تأثیر': 'affect',
  'تأیید': 'confirm', 'تایید': 'confirm', 'برگزار': 'hold', 'شامل': 'include', 'رسید': 'reach', 'افزایش': 'grow', 'کاهش': 'fall', 'رشد کرد': 'grow', 'رشد یافت': 'grow', 'رشد داشت': 'grow', 'افت کرد': 'fall', '=افت': 'fall',
  // Arrests and executions are facts of their own in human-rights reporting, apart from deaths.
  'بازداشت': 'arrest', 'استخدام': 'hire', 'دستگیر': 'arrest', 'اعدام': 'execute', '=ثبت': 'report',
  'شناسایی': 'confirm', 'رأی دادند': 'attend', 'رای دادند': 'attend', 'رأی داده': 'attend', 'رای داده': 'attend', 'رأی داده‌اند': 'attend', 'رای داده‌اند': 'attend', 'پیش‌بینی': 'estimate', 'پیش بینی': 'estimate', '=برآورد': 'estimate', 'انتظار می‌رود': 'expect', 'از ریل': 'derail', 'شکست داد': 'win', 'شکست دادند': 'win', 'حضور داشتند': 'attend', 'حضور داشت': 'attend', 'حضور یافتند': 'attend', 'روزه امضا': null, 'انتظار میرود': 'expect', 'برآورد شده': 'estimate', 'برآوردها': 'estimate',
  // Who was aboard (سرنشین), who came out alive (زنده), who went back (بازگشت) or was sent back (بازگردانده شدند, عودت), what was set up (برپا, ایجاد), a level brought to (برساند).
  // A price, fee, quota or wage fixed (تعیین کرد) is the level it is set at, as Urdu مقرر کر دی, "fixed at", निर्धारित.
  '=تعیین': 'reach',
  'سرنشین': 'aboard', 'زنده': 'survive', 'بازگشت': 'return', 'بازگردانده شدند': 'return', 'بازگردانده شده': 'return', 'بازگردانده شده‌اند': 'return', 'بازگردانده می‌شوند': 'return', 'عودت': 'return', 'برپا': 'establish', 'دایر شد': 'establish', 'دایر شده': 'establish', 'دایر کرد': 'establish', 'دایر کردند': 'establish', 'راه‌اندازی شد': 'establish', 'راه‌اندازی شده': 'establish', 'ایجاد': 'establish', 'برساند': 'reach', 'برسانند': 'reach', 'رساند': 'reach',
  // Security deployed (مستقر), spectators who watched (تماشا کردند), prize money (جایزه).
  'مستقر': 'deploy', 'در اسارت': 'captive', 'مبادله': 'exchange', 'تبادل': 'exchange', 'آزاد شدند': 'release', 'از زندان': null, 'آزاد خواهد': 'release', 'آزاد خواهند': 'release', '=آزادی': 'release', 'آزاد شد': 'release', 'آزاد کرد': 'release', 'آزاد کردند': 'release', 'به آتش کشیدند': 'burn', 'به آتش کشید': 'burn', 'به آتش کشیده': 'burn', 'آتش زدند': 'burn', '=اعزام': 'deploy', 'گسیل': 'deploy', 'ویران': 'destroy', 'تخریب': 'destroy', 'نابود': 'destroy', 'تماشا کردند': 'attend', 'جایزه': 'award', 'خانه به خانه': 'deploy',
  // Coming to a conclusion reaches no figure.
  'به این نتیجه رسیده': null, 'به این نتیجه رسید': null, 'به این نتیجه رسیدند': null, 'به نتیجه رسید': null,
  // A quota allotted (سهمیه حج) is a fact of its own, whatever verb tells it.
  '=سهمیه': 'quota',
  // People saved (نجات) or taken from the water are rescued; cargo carried (حمل می‌کرد) is aboard, as 'carrying' is.
  'نجات دادند': 'rescue', 'نجات داده': 'rescue', 'نجات یافتند': 'rescue', 'نجات یافت': 'rescue', 'از آب گرفتند': 'rescue', 'از آب گرفته': 'rescue', 'از آب بیرون کشیدند': 'rescue', 'حمل می‌کرد': 'aboard', '=حامل': 'aboard', 'حمل می‌کند': 'aboard',
  // A film's takings (فروش کرد, فروخت) and the screens it opened on (اکران).
  'فروش کرد': 'earn', 'فروش کرده': 'earn', '=اکران': 'release',
  // Trade: goods sold (فروخت, فروخته شد, فروش رفت), exported (صادرات, صادر کرد: issued beside a permit, see faSenses), imported
  // (واردات, وارد کرد), produced (تولید: not the gross domestic product) and remittances sent home (حواله‌های ارزی).
  // Goods bought, a harvest the state buys (۷ میلیون تن گندم خریداری شد), as English "procured", Urdu خریداری, Hindi खरीदा.
  'خریداری': 'buy', '=خرید': 'buy', 'خرید تضمینی': 'buy', 'قیمت خرید': null,
  '=فروخت': 'sell', '=فروش': 'sell', 'فروخته': 'sell', 'فروش رفت': 'sell', 'صادرات': 'export', 'صادر کرد': 'export', 'صادر کردند': 'export', 'صادر شد': 'export', 'صادر شده': 'export',
  'واردات': 'import', 'وارد کرد': 'import', 'وارد کردند': 'import', 'وارد کرده': 'import', 'وارد شد': 'import', 'وارد شدند': 'import', 'وارد شده': 'import', 'وارد کشور': 'import', '=تولید': 'produce', 'تولید ناخالص': null,
  'حواله‌های ارزی': 'remit', 'حواله‌های ارسالی': 'remit', 'حواله ارسالی': 'remit', 'حواله ارزی': 'remit', 'حواله‌ های ارزی': 'remit',
  // What a company is worth (ارزش), and whom it serves (خدمات می‌دهد).
  '=ارزش': 'value', 'خدمات می‌دهد': 'serve',
  // «به ارزش» after goods is "worth", as English says it with no verb (۱۴.۵ میلیون تن به ارزش ۶.۳ میلیارد دلار صادر شد: the
  // sum is the exports'); a contract or a deal worth so much is valued, as English "contract worth" is.
  'به ارزش': null, 'قراردادی به ارزش': 'value', 'قرارداد به ارزش': 'value', 'قراردادهایی به ارزش': 'value', 'قراردادهای به ارزش': 'value',
  'توافقی به ارزش': 'value', 'توافق‌نامه‌ای به ارزش': 'value', 'توافقنامه‌ای به ارزش': 'value', 'معامله‌ای به ارزش': 'value', 'خدمات ارائه می‌دهد': 'serve',
  // A population counted (a census), in every language a count of people (پرجمعیت‌ترین: most populous).
  '=جمعیت': 'populate', 'پرجمعیت': 'populate',
  // An air quality index's reading; people admitted to hospital (پذیرش, بستری).
  'شاخص کیفیت هوا': 'aqi', 'شاخص کیفیت هوای': 'aqi', '=aqi': 'aqi', '=پذیرش': 'admit', '=بستری': 'admit', 'بستری‌اند': 'admit', 'بستری هستند': 'admit',
  // People deported (اخراج, دیپورت, رد مرز), workers at work on a project (کار می‌کنند), land irrigated (آبیاری), what it costs (هزینه), families sheltering (به سر می‌برند, اسکان).
  '=اخراج': 'deport', 'دیپورت': 'deport', 'رد مرز': 'deport',
  'کار می‌کنند': 'employ', 'مشغول به کار': 'employ', 'مشغول کار': 'employ', 'آبیاری': 'irrigate', '=هزینه': 'cost',
  'به سر می‌برند': 'shelter', 'اسکان': 'shelter', 'پناه گرفته': 'shelter', 'پناه گرفتند': 'shelter', 'پناه گرفته‌اند': 'shelter', 'پناه گرفته اند': 'shelter', 'پناه برده‌اند': 'shelter', 'پناه بردند': 'shelter',
  'ویکت گرفت': 'win', 'شمار کل': 'total', 'تعداد کل': 'total',
  // A bus or a plane that "had 48 passengers" (۴۸ مسافر داشت) had them aboard.
  'مسافر داشت': 'aboard', 'مسافر داشتند': 'aboard', 'سوار بودند': 'aboard', 'سوار بود': 'aboard',
  // Candidates who passed an examination (قبول شدند) succeeded, as Urdu کامیاب says.
  'قبول شدند': 'win', 'قبول شده‌اند': 'win', 'پذیرفته شدند': 'win',
  // and in Dari (کامیاب شدند); Dari takes part with اشتراک (در آزمون کانکور اشتراک کردند).
  'کامیاب شدند': 'win', 'کامیاب شده‌اند': 'win', 'اشتراک کردند': 'attend', 'اشتراک کرده': 'attend', 'اشتراک کرده‌اند': 'attend', 'اشتراک داشتند': 'attend',
  // Income exempt from tax (معاف), and taxpayers who benefit (بهره‌مند, منتفع).
  '=معاف': 'exempt', 'بهره‌مند': 'benefit', '=منتفع': 'benefit',
};

/** Persian qualifiers of a figure (see claims/qualify.ts and enQualifiers): هر before the unit is "per" (قیمت هر لیتر بنزین). */
export const faQualifiers: PredicateTable = {
  // A day's minimum temperature is a fact of its own (حداقل دمای تهران ۲۸), not its maximum.
  'دمای حداقل': 'of:minimum', 'حداقل دما': 'of:minimum', 'حداقل دمای': 'of:minimum',
  // Whom money is paid to, named before it: به خانواده هر یک از جان‌باختگان ۱ میلیارد تومان; the injured get other sums.
  'جان‌باختگان': 'to:dead', 'جان‌باخته': 'to:dead', 'قربانی': 'to:dead', 'قربانیان': 'to:dead', 'کشته‌شدگان': 'to:dead', 'متوفی': 'to:dead', 'مصدومان': 'to:injured', 'مجروحان': 'to:injured', 'مجروحان شدید': 'to:injured-serious', 'مجروحان سطحی': 'to:injured-minor', 'زخمی‌های شدید': 'to:injured-serious', 'زخمی‌های سطحی': 'to:injured-minor', 'زخمی‌ها': 'to:injured', '=زخمی': 'to:injured', 'زخمیان': 'to:injured',
  '=طلا': 'priced:gold', '=طلای': 'priced:gold', 'نقره': 'priced:silver', 'بنزین': 'priced:petrol', 'گازوئیل': 'priced:diesel', 'نفت گاز': 'priced:diesel', 'نفت سفید': 'priced:kerosene', 'گندم': 'priced:wheat', '=آرد': 'priced:flour',
  // Goods mined and made are what a tonnage is of (see the English table).
  'زغال سنگ': 'priced:coal', '=فولاد': 'priced:steel', '=سیمان': 'priced:cement', 'سنگ آهن': 'priced:ironore',
  '=برنج': 'priced:rice', 'پیاز': 'priced:onion', 'گوجه': 'priced:tomato', 'نفت خام': 'priced:crude', 'برنت': 'priced:crude', '=سکه': 'priced:coin', 'مرغ': 'priced:chicken',
  '=دفاع': 'for:defence', '=دفاعی': 'for:defence', '=بهداشت': 'for:health', '=آموزش': 'for:education', '=کشاورزی': 'for:agriculture', '=عمرانی': 'for:development', '=بازنشستگی': 'for:pension', 'بازنشستگان': 'for:pension', 'حقوق بازنشستگان': 'for:pension', 'حقوق کارکنان': 'for:salary', 'حقوق کارمندان': 'for:salary', '=دستمزد': 'for:salary',
  'صادرات': 'of:exports', 'واردات': 'of:imports', '=فروش': 'of:sales', '=تولید': 'of:production', 'اقتصاد': 'of:economy', 'تولید ناخالص داخلی': 'of:economy', 'درآمدهای مالیاتی': 'of:revenue',
  '=قیمت': 'of:prices', '=قیمتها': 'of:prices', '=قیمت‌ها': 'of:prices', 'شاخص': 'of:index', 'شاخص کل': 'of:tedpix', 'شاخص کل بورس': 'of:tedpix', 'شاخص هم‌وزن': 'of:tedpix-ew', 'شاخص کل هم‌وزن': 'of:tedpix-ew', '=سود': 'of:profit', '=موارد': 'of:cases', '=کسری': 'of:deficit', '=ذخایر': 'of:reserves', 'کرایه': 'of:fares',
  'هر لیتر': 'per:litre', 'هر کیلو': 'per:kg', 'هر کیلوگرم': 'per:kg', 'هر گرم': 'per:g', 'هر 10 گرم': 'per:10g', 'هر مثقال': 'per:mithqal', 'هر اونس': 'per:ounce', 'هر بشکه': 'per:barrel', 'هر تن': 'per:tonne',
  'هر سهم': 'per:share', 'هر قطعه': 'per:piece', 'در هر لیتر': 'per:litre', 'برای هر لیتر': 'per:litre',
  // Housing and land are priced per square metre (به متری ۸۷ میلیون تومان), hectare or jerib; rent and wages are prices of their own;
  // a currency priced in tomans or afghanis is its exchange rate (قیمت هر دلار ۹۰ هزار تومان, هر دالر ۶۸ افغانی).
  'هر متر مربع': 'per:m2', 'هر مترمربع': 'per:m2', 'به متری': 'per:m2', 'با متری': 'per:m2', 'هر متر': 'per:m', 'هر هکتار': 'per:hectare', 'هر جریب': 'per:jerib', 'یک جریب': 'per:jerib', 'هر بسوه': 'per:biswa', 'یک بسوه': 'per:biswa',
  '=مسکن': 'priced:housing', '=آپارتمان': 'priced:housing', 'واحد مسکونی': 'priced:housing', 'واحدهای مسکونی': 'priced:housing', '=اجاره': 'priced:rent', 'اجاره‌بها': 'priced:rent', '=زمین': 'priced:land',
  'حداقل دستمزد': 'for:salary', '=مزد': 'for:salary', 'سطوح مزدی': 'for:salary', '=حقوق': 'priced:salary',
  '=دلار': 'priced:usd', '=دالر': 'priced:usd', '=یورو': 'priced:eur', '=درهم': 'priced:aed', '=پوند': 'priced:gbp', '=کلدار': 'priced:pkr',
  // A loss and foreign-exchange earnings are different sums: زیان اقتصادی آلودگی هوا ۱۲ میلیارد دلار, درآمد ارزی گردشگری ۳ میلیارد دلار.
  '=زیان': 'for:loss', '=خسارت': 'for:damage', 'درآمد ارزی': 'for:revenue', '=درآمد': 'of:revenue', 'زیان خالص': 'of:loss', 'حواله‌های ارزی': 'of:remittances', 'حواله‌های ارسالی': 'of:remittances', 'حواله ارسالی': 'of:remittances', 'حواله ارزی': 'of:remittances', 'ورود گردشگران': 'of:arrivals', '=گردشگران': 'of:arrivals',
  // The injured in critical condition are a subgroup of the injured (حال ۱۲ مجروح وخیم است).
  '=وخیم': 'sub:critical', 'وضعیت وخیم': 'sub:critical', 'حال وخیم': 'sub:critical',
  'دختران': 'sub:girls', 'پسران': 'sub:boys', '=زنان': 'sub:women', '=مردان': 'sub:men', 'کودکان': 'sub:children', '=شهرستان': 'sub:district', '=ولسوالی': 'sub:district', 'مناطق شهری': 'sub:urban', 'مناطق روستایی': 'sub:rural',
  // The rest of a whole (the remaining 40 seats) is no count of its own parts.
  'باقی‌مانده': 'sub:rest', 'باقیمانده': 'sub:rest', 'از آنان': 'sub:of', 'از آنها': 'sub:of', 'از این تعداد': 'sub:part', 'از جمله': 'sub:part', '=لازم': 'sub:needed', 'مورد نیاز': 'sub:needed', 'به هدف': 'sub:target', 'هدف کسری': 'sub:target', 'هدف تورم': 'sub:target', 'هدف تورمی': 'sub:target', 'هدف رشد': 'sub:target',
  'در مقایسه با': 'cmp:next', 'نسبت به': 'cmp:next', 'در قیاس با': 'cmp:next',
  // The event a year beside it is the year of (claims/yearClaims.ts): built, began, founded.
  'ساخته شده': 'year:build', 'ساخته شد': 'year:build', '=آغاز': 'year:start', '=شروع': 'year:start', '=تأسیس': 'year:found', '=تاسیس': 'year:found',
  // Power demand in MW is a measure of its own (تقاضای برق به ۳۶۵۰ مگاوات), as Urdu طلب.
  '=تقاضای': 'of:demand', '=تقاضا': 'of:demand',
  // Water, power or fuel used (مصرف روزانه آب), apart from what dams hold (ذخیره سد).
  '=مصرف': 'of:consumption', '=ذخیره': 'of:reserves',
};

/**
 * Persian words that give a predicate its other sense (see claims/predicates.ts): صادر شد beside a
 * permit, a verdict or a statement is issued, not exported; وارد کرد beside damage or a charge is
 * inflicted or laid, no import.
 */
export const faSenses: PredicateTable = {
  '=حکم': 'export>', '=احکام': 'export>', '=مجوز': 'export>', 'مجوزها': 'export>', '=پروانه': 'export>', '=ویزا': 'export>', '=روادید': 'export>', '=بیانیه': 'export>', '=دستور': 'export>', '=کارت': 'export>', '=گواهی': 'export>', '=قرار': 'export>',
  // Aid needed (نیاز دارند) or appealed for (خواستار) is sought, not pledged: ۲۳.۷ میلیون تن به کمک‌های بشردوستانه نیاز دارند.
  '=نیاز': 'invest>seek', '=خواستار': 'invest>seek',
  '=خسارت': 'import>', '=آسیب': 'import>', '=ضربه': 'import>', '=اتهام': 'import>', '=فشار': 'import>',
};
