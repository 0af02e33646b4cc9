import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, claimTimes, flaggedInDocument, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// Persian news sentences written for these tests (budget, disaster, election, sport and health
// reporting): [name, text, expected figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  // Budget amounts: a second thousand before a larger scale makes one scale of both (هزار میلیارد).
  ['Dari hundreds and dollars', 'کارزار برای یک میلیون و دوصد هزار کودک با ۳٫۵ میلیون دالر آغاز شد.', ['یک میلیون و دوصد هزار=1200000/cardinal (counts child)', '۳٫۵ میلیون دالر=3500000/currency (unit USD)']],
  ['thousand and thousand billion tomans in digits', 'لایحه بودجه با سقف ۵ هزار و ۴۶۰ هزار میلیارد تومان تقدیم شد.', ['۵ هزار و ۴۶۰ هزار میلیارد تومان=54600000000000000/currency (unit IRR)']],
  ['thousand and thousand billion in words', 'نقدینگی به هفت هزار و پانصد هزار میلیارد تومان رسید.', ['هفت هزار و پانصد هزار میلیارد تومان=75000000000000000/currency (unit IRR)']],
  ['thousand and billion stays 2,300 billion', 'دولت ۲ هزار و ۳۰۰ میلیارد تومان اختصاص داد.', ['۲ هزار و ۳۰۰ میلیارد تومان=23000000000000/currency (unit IRR)']],
  ['a thousand and a smaller thousand stay two amounts', 'در سال ۳ هزار و ۲ هزار نفر', ['۳ هزار=3000/cardinal (counts person)', '۲ هزار=2000/cardinal (counts person)']],
  ['همت is a thousand billion tomans', 'بدهی دولت به ۱٬۲۴۰ همت رسید.', ['۱٬۲۴۰ همت=12400000000000000/currency (unit IRR)']],
  // Words and digits in one number.
  ['a million in words and thousands in digits', 'یک میلیون و ۲۰۰ هزار مهاجر بازگشتند.', ['یک میلیون و ۲۰۰ هزار=1200000/cardinal (counts refugee)']],
  ['a thousand in words and digits after it', 'هزار و ۲۵۰ نفر زخمی شدند.', ['هزار و ۲۵۰=1250/cardinal (counts person)']],
  ['several thousand is an amount without a value', 'چند هزار نفر در خیابان‌ها بودند.', ['چند هزار=null/cardinal (approx, counts person)']],
  ['a fraction glued with a ZWNJ', 'سه‌چهارم آرا به او رسید.', ['سه‌چهارم=0.75/cardinal (counts vote)']],
  // Percent and unit adjectives, qualifiers.
  ['the adjective form of percent', 'اقتصاد رشد ۴ درصدی داشت.', ['۴ درصدی=4/percent (unit %, counts growth)']],
  ['kilometres in an hour is a speed', 'سرعت اتوبوس ۱۱۰ کیلومتر در ساعت بود.', ['۱۱۰ کیلومتر در ساعت=110/cardinal (unit km/h)']],
  ['the maximum temperature is no upper bound', 'دمای حداکثر اهواز امروز به ۴۹ درجه رسید و دمای حداکثر ۴۷ درجه برای فردا پیش‌بینی شد.', ['۴۹ درجه=49/cardinal (unit °)', '۴۷ درجه=47/cardinal (unit °)']],
  ['نزدیک alone is about', 'نزدیک ۳۰۰ نفر بازداشت شدند.', ['۳۰۰=300/cardinal (approx, counts person)']],
  ['بالای is more than', 'افراد بالای ۶۵ سال واکسن زدند.', ['۶۵=65/cardinal (more-than, counts year)']],
  ['متجاوز از is more than', 'متجاوز از ۲۰۰ خانه تخریب شد.', ['۲۰۰=200/cardinal (more-than, counts house)']],
  // Dates: the day comes first in Persian, so a number after a month name is no day of it.
  ['a number after a dated month is no second day', 'از ۱۰ اسفند ۲۵ درصد گران شد.', ['۱۰ اسفند=--02-29/date', '۲۵ درصد=25/percent (unit %)']],
  ['a number after a month alone is no day', 'در مهر ۴۰ نفر جان باختند.', ['۴۰=40/cardinal (counts person)']],
  ['a bare Solar Hijri year before a function word', 'قانون بودجه ۱۴۰۲ با تأخیر اجرا شد.', ['۱۴۰۲=1402/year']],
  ['a Solar Hijri number counting a noun stays a count', 'حدود ۱۴۰۰ روستا آسیب دید.', ['۱۴۰۰=1400/cardinal (approx, counts village)']],
  ['an Afghan month name', 'نیروهای خارجی تا ۹ اسد ۱۴۰۰ خارج شدند.', ['۹ اسد ۱۴۰۰=2021-07-31/date']],
  ['a lunar Hijri day joined with a ZWNJ', 'جشن ۱۷ ربیع‌الاول در همه شهرها برگزار شد.', ['۱۷ ربیع‌الاول=--03-17[u-ca=islamic]/date']],
  ['صفر after a day is the month, not zero', 'راهپیمایی ۲۸ صفر با حضور ۲ میلیون نفر برگزار شد.', ['۲۸ صفر=--02-28[u-ca=islamic]/date', '۲ میلیون=2000000/cardinal (counts person)']],
  ['a lunar Hijri day, month and year', 'این واقعه در ۱۰ محرم ۱۴۴۶ رخ داد.', ['۱۰ محرم ۱۴۴۶=1446-01-10[u-ca=islamic]/date']],
  // Scores are no figures.
  ['a score in digits and words', 'تیم ملی با نتیجه ۲ بر یک برنده شد و ۳ امتیاز گرفت.', ['۳=3/cardinal (counts امتیاز)']],
  ['a score to nil', 'سپاهان ۴ بر صفر پیروز شد.', []],
  ['a wrestling score in digits', 'کشتی‌گیر ایرانی حریفش را ۱۲ بر ۳ شکست داد.', []],
  ['cubic metres written as one word', 'ذخیره سد به ۹۰ میلیون مترمکعب رسید.', ['۹۰ میلیون مترمکعب=90000000/cardinal (unit m3)']],
  ['gold of 18 karats', 'هر گرم طلای ۱۸ عیار گران شد.', ['۱۸ عیار=18/cardinal (unit kt)']],
  ['registered is no noun', 'شاخص آلودگی هوا ۱۵۲ ثبت شد.', ['۱۵۲=152/cardinal']],
  ['a price range with the currency at both ends', 'قیمت بلیت از ۸۰۰ تومان تا ۲ هزار تومان است.', ['۸۰۰ تومان تا ۲ هزار تومان=8000..20000/range (unit IRR)']],
  // تن is a tonne, or a person before a casualty word.
  ['تن before a casualty word counts people', 'در این انفجار ۳۲ تن کشته و ۱۲۰ تن زخمی شدند.', ['۳۲=32/cardinal (counts person)', '۱۲۰=120/cardinal (counts person)']],
  ['تن before a commodity is a tonne', 'ایران ۸۰۰ هزار تن برنج وارد کرد.', ['۸۰۰ هزار تن=800000/cardinal (unit t)']],
  ['the Dari spelling of million', 'دولت ۴۵ ملیون افغانی پرداخت کرد.', ['۴۵ ملیون افغانی=45000000/currency (unit AFN)']],
  // Labels, not quantities.
  ['the minute of a goal is a label', 'او در دقیقه ۷۸ گل زد.', ['دقیقه ۷۸=78/reference (counts minute)']],
  ['minutes counted before a number are no label', 'او در ۹۰ دقیقه ۲ گل زد.', ['۹۰=90/cardinal (counts minute)', '۲=2/cardinal (counts goal)']],
  ['a clause of an article: both labels', 'طبق بند ۴ ماده ۲۲ قانون کار عمل شد.', ['بند ۴=4/reference (counts clause)', 'ماده ۲۲=22/reference (counts article)']],
  ['a flight number is a label', 'پرواز ۶۵۵ سقوط کرد.', ['پرواز ۶۵۵=655/reference (counts flight)']],
  ['a mobile number is no far end of a range', 'با شماره ۱۵۷۰ یا ۰۹۳۵۱۲۳۴۵۶۷ تماس بگیرید.', ['شماره ۱۵۷۰=1570/reference (counts number)']],
  ['the adjective form of millimetres', 'بارش ۶۵ میلی‌متری در گیلان ثبت شد.', ['۶۵ میلی‌متری=65/cardinal (unit mm)']],
  ['goals, medals and hospital beds are shared concepts', 'او ۲ گل زد، تیم ۵ مدال گرفت و ۳۰۰ تخت آماده شد.', ['۲=2/cardinal (counts goal)', '۵=5/cardinal (counts medal)', '۳۰۰=300/cardinal (counts bed)']],
  ['a city after a number is not what it counts', 'از این تعداد ۱۲ تهران و ۸ مشهد هستند.', ['۱۲=12/cardinal', '۸=8/cardinal']],
  ['a hotline number is a label', 'شهروندان با سامانه ۱۳۷ تماس بگیرند.', ['سامانه ۱۳۷=137/reference (counts number)']],
  ['a phone number typed with its area code after it', 'تلفن دفتر ۶۶۴۴۳۲۱۰-۰۲۱ است.', []],
  ['a metro line is a label', 'خط ۴ مترو روزانه ۲۰۰ هزار مسافر دارد.', ['خط ۴=4/reference (counts line)', '۲۰۰ هزار=200000/cardinal (counts passenger)']],
  ['a rank is a label', 'این دانشگاه در رتبه ۲۱۵ جهان قرار گرفت.', ['رتبه ۲۱۵=215/reference (counts rank)']],
  ['a qualifier after a number is the next number\'s, not a noun', 'در سال‌های ۱۳۹۶ تا ۱۳۹۹ دست‌کم ۳۰۰ نفر بازداشت شدند.', ['۱۳۹۶ تا ۱۳۹۹=1396..1399/range', '۳۰۰=300/cardinal (at-least, counts person)']],
  // Temperatures, weight classes, ranges over two spans of time and listed minutes in sport news.
  ['below the freezing point', 'دمای هوای شهرکرد به ۹ درجه زیر نقطه انجماد رسید.', ['۹ درجه زیر نقطه انجماد=-9/cardinal (unit °)']],
  ['a weight class with a plus', 'این کشتی‌گیر در وزن ۱۲۵+ کیلوگرم به مدال برنز رسید.', ['۱۲۵+ کیلوگرم=125/cardinal (unit kg, more-than)']],
  ['a weight in the adjective form', 'این وزنه‌بردار وزنه ۱۸۵ کیلوگرمی را بالای سر برد.', ['۱۸۵ کیلوگرمی=185/cardinal (unit kg)']],
  ['months to a year', 'این واکسن برای کودکان ۶ ماه تا یک سال رایگان است.', ['۶ ماه تا یک سال=6..12/range (counts month)']],
  ['days to a week', 'نتایج آزمایش ۲ روز تا یک هفته طول می‌کشد.', ['۲ روز تا یک هفته=2..7/range (counts day)']],
  ['the last minute after a singular label and a verb', 'استقلال با گل‌های دقیقه ۲۳ و ۷۰ برد و صدرنشین شد.', ['دقیقه ۲۳=23/reference (counts minute)', '۷۰=70/reference (counts minute)']],
  ['a result after نتیجه with a dash is no range', 'تیم ملی فوتسال با نتیجه ۴-۱ حریف خود را شکست داد.', []],
  ['a result after نتیجه with a space is no figure', 'ذوب‌آهن با نتیجه ۳ ۰ مقابل نساجی پیروز شد.', []],
  ['a result before a win word is no range', 'تیم ملی والیبال ۳-۱ پیروز شد.', []],
  ['the last of listed minutes is a minute', 'سپاهان در دقیقه‌های ۱۲ و ۶۷ گل زد و برنده شد.', ['دقیقه‌های ۱۲=12/reference (counts minute)', '۶۷=67/reference (counts minute)']],
  // A dateline typed with Arabic ي is Persian in a Persian story: its Solar Hijri date is read.
  ['a dateline typed with Arabic yeh', 'تاريخ انتشار: ۲۵ آبان ۱۴۰۳ ساعت ۱۴:۱۰\nبه گزارش خبرنگار ما، صادرات غیرنفتی ایران در این مدت ۱۵ درصد افزایش یافته است.', ['۲۵ آبان ۱۴۰۳=2024-11-15/date', '۱۴:۱۰=T14:10/date', '۱۵ درصد=15/percent (unit %)']],
  // Page furniture: a story's id after its label is no figure.
  ['a news id after its label, with a colon or without', 'کد خبر: ۴۷۳۹۱۰۲۵', []],
  ['a news id with another label', 'شناسه خبر ۶۳۲۱۰۸', []],
  // Earthquakes, floods, gas: magnitudes and units of flow and volume.
  ['a Richter magnitude before a clock time', 'زمین‌لرزه‌ای به بزرگی ۴.۸ ریشتر ساعت ۳ بامداد بندرعباس را لرزاند.', ['۴.۸=4.8/cardinal (counts magnitude)', 'ساعت ۳ بامداد=T03:00/date']],
  ['the adjective form of Richter', 'زلزله ۶.۱ ریشتری در ترکیه رخ داد.', ['۶.۱=6.1/cardinal (counts magnitude)']],
  ['cubic metres a second is a flow', 'دبی رود کارون به ۲۵۰۰ متر مکعب در ثانیه رسید.', ['۲۵۰۰ متر مکعب در ثانیه=2500/cardinal (unit m3/s)']],
  ['particle sizes and concentrations in the air', 'غلظت ذرات معلق کمتر از ۱۰ میکرون به ۱۲۰ میکروگرم بر مترمکعب رسید.', ['۱۰ میکرون=10/cardinal (unit µm, less-than)', '۱۲۰ میکروگرم بر مترمکعب=120/cardinal (unit µg/m3)']],
  ['cubic feet of gas', 'تولید روزانه گاز به ۹۰۰ میلیون فوت مکعب رسید.', ['۹۰۰ میلیون فوت مکعب=900000000/cardinal (unit ft3)']],
  ['فوت before a word that registers deaths is deaths, not feet', 'در این ماه ۳۱ هزار فوت نیز ثبت شد.', ['۳۱ هزار=31000/cardinal (counts death)']],
  // What is counted: the noun after a counting word, a team's size, an ezafe form.
  ['a counting word gives way to the noun after it', 'ارتش ۱۲ فروند جنگنده و ۴۰ دستگاه تانک به مرز فرستاد.', ['۱۲=12/cardinal (counts جنگنده)', '۴۰=40/cardinal (counts تانک)']],
  ['the first noun after a number is what it counts, not the noun after it', '۱۲ پزشک بیمارستان امام خمینی استعفا دادند.', ['۱۲=12/cardinal (counts پزشک)']],
  ['an ordinal\'s noun is no day named after it', 'مرحله سوم واکسیناسیون روز شنبه آغاز شد.', ['سوم=3/ordinal']],
  ['a counting word alone gives way to the noun named before', 'تعداد معاملات آپارتمان‌ها در این ماه ۶۸۴۸ فقره بود.', ['۶۸۴۸=6848/cardinal (counts معاملات)']],
  ['a team of so many people', 'یک گروه ۱۵ نفره از پزشکان اعزام شد.', ['۱۵=15/cardinal (counts person)']],
  ['students in the ezafe form', '۱۲ هزار دانشجوی خارجی در ایران تحصیل می‌کنند.', ['۱۲ هزار=12000/cardinal (counts student)']],
  ['and above after the noun is at least', 'افراد ۶۵ سال و بالاتر واکسن دریافت کردند.', ['۶۵=65/cardinal (at-least, counts year)']],
  // Labels: a city district, a derby; after a demonstrative the word is a noun and counts.
  ['a city district is a label', 'قیمت مسکن در منطقه ۲۲ تهران ۱۰ درصد بالا رفت.', ['منطقه ۲۲=22/reference (counts district)', '۱۰ درصد=10/percent (unit %)']],
  ['a numbered derby is a label', 'دربی ۱۰۵ با تساوی بدون گل به پایان رسید.', ['دربی ۱۰۵=105/reference (counts match)']],
  ['a label word after a demonstrative is a noun', 'در این ماده ۵ تبصره آمده است.', ['۵=5/cardinal (counts تبصره)']],
  // Years: a budget's year, a school year's span.
  ['the year of a budget bill before a verb noun', 'کلیات لایحه بودجه ۱۴۰۳ تصویب شد.', ['۱۴۰۳=1403/year']],
  // Sport other than football: set scores in a list, medals of each colour, a rank in a table.
  ['set scores listed before a verb of winning', 'شاگردان او ست‌های بعدی را ۲۵-۲۰، ۲۵-۱۷ و ۲۸-۲۶ بردند.', []],
  ['a set score before a verb of giving up', 'تیم ملی ست دوم را ۲۳-۲۵ واگذار کرد.', ['دوم=2/ordinal']],
  ['one silver between gold and bronze medals', 'تیم بانوان با ۲ مدال طلا، یک نقره و ۴ برنز به کار خود پایان داد.', ['۲=2/cardinal (counts gold-medal)', 'یک=1/cardinal (counts silver-medal)', '۴=4/cardinal (counts bronze-medal)']],
  ['golds are counted apart from medals in all', 'چین ۳۸ طلا و ۸۸ مدال گرفت.', ['۳۸=38/cardinal (counts gold-medal)', '۸۸=88/cardinal (counts medal)']],
  ['a place in a table after رده is a label', 'تیم ملی در رده ۲۴ رده‌بندی جهانی ایستاد.', ['رده ۲۴=24/reference (counts rank)']],
  // Trade, diplomacy, energy, space and Dari money.
  ['the adjective of months', 'واردات ۹ ماهه کشور ۴۰ میلیارد دلار شد.', ['۹=9/cardinal (counts month)', '۴۰ میلیارد دلار=40000000000/currency (unit USD)']],
  ['countries with a relative ی', '۱۴ کشوری که به قطعنامه رأی منفی دادند عضو ناتو هستند.', ['۱۴=14/cardinal (counts country)']],
  ['a fiscal year after سال مالی', 'گزارش تفریغ بودجه سال مالی ۱۴۰۱ منتشر شد.', ['۱۴۰۱=1401/year']],
  ['the far end of a range of clock hours', 'قطعی برق از ساعت ۱۸ تا ۲۰ ادامه دارد.', ['ساعت ۱۸=T18:00/date', '۲۰=T20:00/date']],
  ['a number closing a quoted name', 'موشک «خیبر ۴» با برد ۲ هزار کیلومتر آزمایش شد.', ['۲ هزار کیلومتر=2000/cardinal (unit km)']],
  ['a quoted name repeated bare before it is quoted', 'آزمایش موشک خرمشهر ۴ موفق بود. موشک «خرمشهر ۴» برد ۲ هزار کیلومتری دارد.', ['۲ هزار کیلومتری=2000/cardinal (unit km)']],
  ['two ranges of clock hours joined by and', 'برق مناطق مسکونی از ساعت ۹ تا ۱۱ و از ۱۵ تا ۱۷ قطع می‌شود.', ['ساعت ۹=T09:00/date', '۱۱=T11:00/date', '۱۵=T15:00/date', '۱۷=T17:00/date']],
  ['تن before "of" and people counts those people', 'هفت تن از معترضان به زندان محکوم شدند و ۲ میلیون تن از برنج وارداتی در گمرک ماند.', ['هفت=7/cardinal (counts protester)', '۲ میلیون تن=2000000/cardinal (unit t)']],
  ['Dari تن before a clause that ends in a death', 'دست‌کم ۲۳ تن در انفجار ماین کنار جاده در ولایت هلمند جان باختند و ۱۰ تن از زخمیان به کابل انتقال یافتند.', ['۲۳=23/cardinal (at-least, counts person)', '۱۰=10/cardinal (counts injury)']],
  ['a bare dinar is Iraq\'s', 'هر لیتر بنزین در بغداد ۸۵۰ دینار است.', ['۸۵۰ دینار=850/currency (unit IQD)']],
  ['a bare dinar in a story about Kuwait is Kuwait\'s', 'حداقل دستمزد کارگران خارجی در کویت ۷۵ دینار است.', ['۷۵ دینار=75/currency (unit KWD)']],
  ['a pronoun after a fraction is not what it counts', 'به گفته پزشکی قانونی نزدیک به دوسوم آنان زیر ۴۰ سال سن داشتند.', ['دوسوم=0.666666666666667/cardinal (approx)', '۴۰=40/cardinal (less-than, counts year)']],
  ['afghanis and puls', 'هر دالر ۶۸ افغانی و ۲۵ پول معامله شد.', ['۶۸ افغانی و ۲۵ پول=68.25/currency (unit AFN)']],
  ['a school year written larger first counts nothing', 'در سال تحصیلی ۱۴۰۲-۱۴۰۱ مدارس کشور ۱۶ میلیون دانش‌آموز داشتند.', ['۱۴۰۲-۱۴۰۱=1401..1402/range', '۱۶ میلیون=16000000/cardinal (counts student)']],
  // Energy, engines, bullion, car models, seasons and labour surveys.
  ['kilowatt hours', 'هر خانوار ماهانه ۲۲۰ کیلووات ساعت برق مصرف می‌کند.', ['۲۲۰ کیلووات ساعت=220/cardinal (unit kWh)']],
  ['an engine size in cc', 'این شرکت موتورسیکلت ۱۵۰ سی‌سی تولید می‌کند.', ['۱۵۰ سی‌سی=150/cardinal (unit cm3)']],
  ['ounces of gold', 'این معدن سالانه ۲۰۰ هزار اونس طلا تولید می‌کند.', ['۲۰۰ هزار اونس=200000/cardinal (unit oz)']],
  ['mithqals of gold', 'خریدار ۳ مثقال طلا خرید.', ['۳ مثقال=3/cardinal (unit mithqal)']],
  ['a car model is no count', 'قیمت پراید ۱۳۱ به ۳۰۰ میلیون تومان رسید.', ['پراید ۱۳۱=131/reference (counts model)', '۳۰۰ میلیون تومان=3000000000/currency (unit IRR)']],
  ['"each season" is no label', 'مهاجم در هر فصل ۲۰ گل می‌زند.', ['۲۰=20/cardinal (counts goal)']],
  ['a scaled number after a label is an amount', 'در فصل ۳ میلیون نفر به شمال سفر کردند.', ['۳ میلیون=3000000/cardinal (counts person)']],
  ['economic participation is no turnout', 'نرخ مشارکت اقتصادی زنان ۱۴ درصد است.', ['۱۴ درصد=14/percent (unit %, counts participation)']],
  ['the year of a bill before a multiple', 'بودجه آموزش در لایحه ۱۴۰۵ دو برابر شد.', ['۱۴۰۵=1405/year']],
  ['a multiple counts times', 'غلظت ذرات معلق ۶ برابر حد مجاز بود.', ['۶=6/cardinal (counts time)']],
  // A scale glued to its number with a ZWNJ, after digits or words.
  ['digits and a scale joined by a ZWNJ', 'قیمت هر گرم طلا به ۴‌میلیون و ۲۰۰‌هزار تومان رسید.', ['۴‌میلیون و ۲۰۰‌هزار تومان=42000000/currency (unit IRR)']],
  ['words and a scale joined by a ZWNJ', 'یک‌میلیون و دویست‌هزار داوطلب در آزمون شرکت کردند.', ['یک‌میلیون و دویست‌هزار=1200000/cardinal (counts candidate)']],
  ['a glued thousand before a billion', 'برای این طرح سه‌هزار میلیارد تومان اختصاص یافت.', ['سه‌هزار میلیارد تومان=30000000000000/currency (unit IRR)']],
  ['a fighter model is no count', 'جنگنده‌های میگ ۲۹ بازنشسته شدند.', ['میگ ۲۹=29/reference (counts model)']],
  // Dari and Iranian refugee and prison news.
  ['Dari percent', 'نرخ فقر در ولایت بامیان به ۶۰ فیصد رسید.', ['۶۰ فیصد=60/percent (unit %, counts poverty)']],
  ['"tonnes of" migrants are people', 'حدود ۵ هزار تن از مهاجران در مرز ماندند.', ['۵ هزار=5000/cardinal (approx, counts refugee)']],
  ['prisoners and families', '۲۰۰ زندانی آزاد شدند و ۸۰ خانواده کمک گرفتند.', ['۲۰۰=200/cardinal (counts prisoner)', '۸۰=80/cardinal (counts family)']],
  // The adjective form of a currency after an amount: بودجه ۱۷ هزار میلیارد روپیه‌ای, a rupee of the country the story names.
  ['the adjective form of the rupee', 'وزیر دارایی پاکستان بودجه ۱۷ هزار و ۵۷۳ میلیارد روپیه‌ای را ارائه کرد و وام ۲ میلیارد پوندی گرفت.', ['۱۷ هزار و ۵۷۳ میلیارد روپیه‌ای=17573000000000/currency (unit PKR)', '۲ میلیارد پوندی=2000000000/currency (unit GBP)']],
  // Housing, migration, exchange-rate, pollution, fuel, port and cinema news.
  ['a flat of so many metres is of square metres', 'یک آپارتمان ۹۰ متری در کرج ۴ میلیارد تومان قیمت دارد.', ['۹۰ متری=90/cardinal (unit m2)', '۴ میلیارد تومان=40000000000/currency (unit IRR)']],
  ['تن of card holders counts people', 'حدود ۳۰۰ هزار تن دارای کارت مهاجرت هستند.', ['۳۰۰ هزار=300000/cardinal (approx, counts person)']],
  ['two counts in تن share a plural verb of people', '۹ هزار تن از مرز دوغارون و ۴ هزار تن از مرز میلک بازگشته‌اند.', ['۹ هزار=9000/cardinal (counts person)', '۴ هزار=4000/cardinal (counts person)']],
  ['went past an amount is more than', 'قیمت سکه از ۸۰ میلیون تومان گذشت.', ['۸۰ میلیون تومان=800000000/currency (unit IRR, more-than)']],
  ['went past the border of an amount', 'صادرات از مرز ۵۰ میلیارد دلار فراتر رفت.', ['۵۰ میلیارد دلار=50000000000/currency (unit USD, more-than)']],
  ['the far end of a range of hours after a part of the day', 'مغازه‌ها از ساعت ۸ صبح تا ۱۰ شب باز هستند.', ['ساعت ۸ صبح=T08:00/date', '۱۰ شب=T22:00/date']],
  ['kilograms spelled the Dari way', 'یک بوری ۵۰ کیلوگرامی شکر ۳۲۰۰ افغانی است.', ['۵۰ کیلوگرامی=50/cardinal (unit kg)', '۳۲۰۰ افغانی=3200/currency (unit AFN)']],
  ['a jerib of land and kaldar', 'یک جریب زمین ۶ میلیون افغانی و هزار کلدار ۲۴۰ افغانی است.', ['یک جریب=1/cardinal (unit jerib)', '۶ میلیون افغانی=6000000/currency (unit AFN)', 'هزار کلدار=1000/currency (unit PKR)', '۲۴۰ افغانی=240/currency (unit AFN)']],
  ['containers in TEU', 'بندر شهید رجایی ۱ میلیون و ۸۰۰ هزار تی‌ای‌یو کانتینر جابه‌جا کرد.', ['۱ میلیون و ۸۰۰ هزار تی‌ای‌یو=1800000/cardinal (unit TEU)']],
  ['cinema halls and hotels', 'این استان ۴۵ سالن سینما و ۱۲۰ هتل دارد.', ['۴۵=45/cardinal (counts cinema)', '۱۲۰=120/cardinal (counts hotel)']],
  ['تن after "the number of" refugees counts them', 'شمار پناهجویان افغان در ترکیه حدود ۳۰۰ هزار تن است.', ['۳۰۰ هزار=300000/cardinal (approx, counts refugee)']],
  ['micrograms in each cubic metre', 'غلظت ذرات معلق در اراک به ۸۸ میکروگرم در هر متر مکعب رسید.', ['۸۸ میکروگرم در هر متر مکعب=88/cardinal (unit µg/m3)']],
  ['a census named by its year, not what counts the population', 'سرشماری نفوس و مسکن ۱۴۰۵ جمعیت کشور را ثبت خواهد کرد.', ['۱۴۰۵=1405/year']],
  ['vehicles counted in عراده', 'پولیس هرات ۷ عراده موتر مسروقه را کشف کرد.', ['۷=7/cardinal (counts vehicle)']],
  ['rice sold by the Afghan seer', 'یک سیر برنج درجه اول ۸۵۰ افغانی فروخته می‌شود.', ['یک سیر=1/cardinal (unit seer)', '۸۵۰ افغانی=850/currency (unit AFN)']],
];

test('Persian news figures: values, units, qualifiers and labels', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// Entities of Persian news: [name, text, the mentions as "type text id" ('-' when unlinked)].
const entityRows: [name: string, text: string, expected: string[]][] = [
  // Tourism, forest, exam, environment and car-industry news.
  ['a ministry\'s short name ends before its target', 'وزارت میراث هدف جذب ۱۰ میلیون گردشگر را دارد.', ['organisation وزارت میراث org:ir-heritage']],
  ['the forests organisation is no person', 'معاون سازمان جنگل‌ها از آتش‌سوزی خبر داد.', ['organisation سازمان جنگل‌ها org:ir-forests']],
  ['the exam body by its short name', 'سازمان سنجش نتایج را اعلام کرد.', ['organisation سازمان سنجش org:ir-sanjesh']],
  ['the environment department', 'سازمان حفاظت محیط زیست از سرشماری پرندگان خبر داد.', ['organisation سازمان حفاظت محیط زیست org:ir-environment']],
  ['carmakers', 'ایران‌خودرو و سایپا تولید را افزایش دادند.', ['organisation ایران‌خودرو org:ir-khodro', 'organisation سایپا org:ir-saipa']],
  ['times of the day and week after a title are no name', 'رئیس‌جمهور عصر امروز یکشنبه به مشهد رفت.', ['place مشهد city:mashhad']],
  ['a portfolio after a title is no name', 'مدیرکل امداد و نجات استان گفت ۲۰ نفر نجات یافتند.', []],
  ['a portfolio after a deputy\'s title is no name', 'معاون حمل و نقل شهرداری گفت کرایه‌ها گران می‌شود.', []],
  ['one word after a governor\'s title is a place', 'فرماندار سرپل‌ذهاب از آسیب دیدن ۴۰ روستا خبر داد.', ['place سرپل‌ذهاب -']],
  ['a governor\'s place before a verb of saying', 'فرماندار ریجاب گفت ۴۰ خانه آسیب دید.', ['place ریجاب -']],
  ['an interim Friday prayer leader\'s town is a place', 'امام جمعه موقت سرپل‌ذهاب از مردم خواست به سیل‌زدگان کمک کنند.', ['place سرپل‌ذهاب -']],
  ['a private bank is no name', 'یک بانک خصوصی ۵۰ شعبه خود را بست.', []],
  ['"the ministry" is no name', 'هدف وزارتخانه کاهش واردات است.', []],
  ['the noun of a light verb ends a body\'s name', 'لایحه در کمیسیون اقتصادی بررسی شد.', ['organisation کمیسیون اقتصادی -']],
  ['a head word and a known place name a body', 'دانشگاه شیراز رتبه نخست را کسب کرد.', ['organisation دانشگاه شیراز -']],
  ['Iran\'s food and drug administration', 'سازمان غذا و دارو هشدار داد.', ['organisation سازمان غذا و دارو org:ir-fda']],
  ['an association\'s name after a title is no person', 'مدیر اجرایی انجمن صنفی نانوایان گفت قیمت نان ثابت می‌ماند.', ['organisation انجمن صنفی نانوایان -']],
  ['Iran\'s interior ministry', 'وزارت کشور نتایج انتخابات را اعلام کرد.', ['organisation وزارت کشور org:ir-interior']],
  ['Amnesty International', 'سازمان عفو بین‌الملل این حکم را محکوم کرد.', ['organisation سازمان عفو بین‌الملل org:amnesty']],
  ['the Red Crescent with Afghanistan is Afghanistan\'s', 'جمعیت هلال احمر افغانستان ۲۰۰ چادر توزیع کرد.', ['organisation جمعیت هلال احمر افغانستان org:af-red-crescent']],
  ['an agency after a title in apposition is no person', 'یوکیا آمانو، مدیرکل آژانس، به تهران سفر کرد.', ['person یوکیا آمانو -', 'place تهران city:tehran']],
  ['an agency ends a board\'s name', 'شورای حکام آژانس متشکل از ۳۵ عضو است.', ['organisation شورای حکام -']],
  ['football clubs by their unambiguous names, a stadium by its head word', 'پرسپولیس در ورزشگاه آزادی از گل‌گهر سیرجان پذیرایی کرد.', ['organisation پرسپولیس org:ir-persepolis', 'place ورزشگاه آزادی -', 'organisation گل‌گهر سیرجان org:ir-gol-gohar']],
  ['a square by its head word; the noun of a light verb ends it', 'معترضان در میدان انقلاب تجمع کردند.', ['place میدان انقلاب -']],
  ['a river\'s discharge (دبی) is no Dubai', 'دبی رودخانه کرخه به ۹۰۰ مترمکعب در ثانیه رسید.', ['place رودخانه کرخه -']],
  ['an airport by its head word and a known city', 'هواپیما در فرودگاه کابل فرود آمد.', ['place فرودگاه کابل -']],
  ['a name before a long title in apposition', 'بهنام یزدانی، رئیس مرکز امور اتباع و مهاجرین خارجی استان فارس، گفت ثبت‌نام آغاز شد.', ['person بهنام یزدانی -', 'organisation مرکز امور اتباع و مهاجرین خارجی org:ir-nationals-bureau', 'place استان فارس area:fars']],
  ['the police after a title is no person', 'رئیس پلیس راه فراجا از مسافران خواست زنجیر چرخ همراه داشته باشند.', ['organisation فراجا org:ir-police']],
  ['a mountain pass and a road by their head words', 'ضخامت برف در گردنه حیران و جاده چالوس به نیم متر رسید.', ['place گردنه حیران -', 'place جاده چالوس -']],
  ['UN human rights office and Iran Human Rights', 'کمیساریای عالی حقوق بشر سازمان ملل به گزارش سازمان حقوق بشر ایران استناد کرد.', ['organisation کمیساریای عالی حقوق بشر سازمان ملل org:ohchr', 'organisation سازمان حقوق بشر ایران org:iran-human-rights']],
  ['a Persian given name starts a person', 'امیرحسین قاسمی در نشست خبری حاضر شد.', ['person امیرحسین قاسمی -']],
  ['an Iranian ministry\'s portfolio after a deputy\'s title is no name', 'معاون وزیر جهاد کشاورزی گفت واردات برنج آزاد شد.', []],
  ['an industry after a spokesman\'s title is no name', 'سخنگوی صنعت برق از خاموشی‌های تابستان خبر داد.', []],
  ['a federation after a title is a body', 'رئیس فدراسیون فوتبال از استعفای سرمربی خبر داد.', ['organisation فدراسیون فوتبال -']],
  ['a Dari ministry ends before its verb', 'وزارت معارف می‌گوید ۳۰۰ مکتب بازسازی شده است.', ['organisation وزارت معارف -']],
  ['a Dari portfolio after a title is no name', 'رئیس زراعت قندهار گفت تولید انگور بیشتر شد.', ['place قندهار city:kandahar']],
  ['the WHO by its Dari name', 'سازمان جهانی صحت از شیوع سرخکان در کابل خبر داد.', ['organisation سازمان جهانی صحت org:who', 'place کابل city:kabul']],
  ['a body\'s name goes on through an ezafe into its province', 'کمیته اضطرار آلودگی هوای استان البرز جلسه تشکیل داد.', ['organisation کمیته اضطرار آلودگی هوای استان البرز -']],
  // افغان is Afghanistan's adjective (entities/demonyms.ts), a mention of the country.
  ['a card\'s acronym is no body', 'دارندگان کارت شهروندی افغان (ACC) و کارت ACC باید تا پایان ماه خارج شوند.', ['place افغان region:AF']],
  ['Afghan news outlets', 'به گزارش پژواک و طلوع‌نیوز، مرز باز شد.', ['organisation پژواک org:af-pajhwok', 'organisation طلوع‌نیوز org:af-tolonews']],
  ['UN Tourism and Tehran\'s air-quality company', 'سازمان جهانی گردشگری و شرکت کنترل کیفیت هوای تهران گزارش دادند.', ['organisation سازمان جهانی گردشگری org:unwto', 'organisation شرکت کنترل کیفیت هوای تهران org:ir-air-quality-company']],
  ['the Nepali Congress and UNEP', 'حزب کنگره نپال و برنامه محیط زیست سازمان ملل بیانیه دادند.', ['organisation حزب کنگره نپال org:np-congress', 'organisation برنامه محیط زیست سازمان ملل org:unep']],
];

test('Persian news entities: names, bodies and places', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`));
});

// [name, text, expected claim keys as value:key].
const claimRows: [name: string, text: string, expected: string[]][] = [
  ['the injured called مصدوم', 'در این حادثه ۴ نفر جان باختند و ۱۷ نفر مصدوم شدند.', ['4:person|kill', '17:person|injure']],
  ['a spokesman is no speech (the houses are destroyed)', 'سخنگوی هلال احمر گفت ۳۰۰ خانه ویران شد.', ['300:house|destroy']],
  ['a pass rate is a rate', 'درصد قبولی داوطلبان کنکور امسال ۶۱ درصد بود.', ['61:%:pass|rate']],
  ['a rate stated with a copula is still a claim', 'میزان مشارکت در انتخابات ۴۸ درصد بوده است.', ['48:%:turnout|rate']],
  ['forecast amounts are estimates (of the revenue درآمد names)', 'درآمد نفتی ۹۰۰ همت پیش‌بینی شده است.', ['9000000000000000:money:IRR revenue|estimate']],
  ['a foot is no death', 'ارتفاع موج به سه فوت رسید.', ['3:unit:ft|reach']],
  ['a company is no attendance', 'قرارداد ۲۰۰ میلیون دلاری با یک شرکت ترکیه‌ای امضا شد.', ['200000000:money:USD|sign']],
  ['took part as a verb attends', 'حدود ۱۲ هزار نفر در این راهپیمایی شرکت کردند.', ['12000:person|attend']],
  ['arrests and executions are facts apart from deaths', 'در این اعتراضات ۳۰ نفر کشته و ۱۲۰۰ نفر بازداشت شدند و ۴ نفر اعدام شدند.', ['30:person|kill', '1200:person|arrest', '4:person|execute']],
  ['died with a ZWNJ-joined ending', 'امسال ۱۷ کودک در حوادث رانندگی جان باخته‌اند.', ['17:child|kill']],
  ['an age is no count of the dead', 'یک کودک ۶ ساله در سیل جان باخت.', []],
  // A price names its goods and the unit it is per (هر before the unit); a part of the dead; courts and launches.
  ['gold per gram and per mithqal', 'قیمت هر گرم طلای ۱۸ عیار به ۳ میلیون و ۸۰۰ هزار تومان رسید. قیمت هر مثقال طلا به ۱۶ میلیون و ۵۰۰ هزار تومان رسید.', ['38000000:money:IRR gold/g|reach', '165000000:money:IRR gold/mithqal|reach']],
  ['petrol and diesel per litre', 'قیمت هر لیتر بنزین به ۱۵۰۰ تومان رسید. قیمت هر لیتر گازوئیل به ۳۰۰ تومان رسید.', ['15000:money:IRR petrol/litre|reach', '3000:money:IRR diesel/litre|reach']],
  ['a part of the dead', 'در این سیل ۳۲ نفر جان باختند که ۹ نفر از آنان کودک بودند.', ['32:person|kill', '9:person#part|kill']],
  ['a prison term and a fine', 'دادگاه متهم را به ۱۰ سال حبس و ۵۰۰ میلیون تومان جزای نقدی محکوم کرد.', ['10:year|sentence', '5000000000:money:IRR|fine']],
  ['bail', 'متهم با قرار وثیقه ۲ میلیارد تومانی آزاد شد.', ['20000000000:money:IRR|bail']],
  ['satellites launched', 'ایران ۳ ماهواره را به فضا پرتاب کرد.', ['3:fa:ماهواره|launch']],
  ['a percentage names what rose', 'صادرات غیرنفتی ۱۴ درصد افزایش یافت.', ['14:%:exports|grow']],
];

test('Persian news claims: predicates and outcomes', () => {
  checkRows(claimRows, claimKeys);
});

// The time of each claim: [name, text, "value:key@time" of each claim].
const timeRows: [name: string, text: string, expected: string[]][] = [
  ['a Solar Hijri month named alone is no time (it overlaps two Gregorian months); a Gregorian one is', 'نرخ تورم در فروردین به ۴۰ درصد رسید. نرخ تورم در ماه مه به ۳۸ درصد رسید.', ['40:%:inflation|rate@null', '38:%:inflation|rate@--05']],
  ['a relative clause that states the figure keeps its time', 'از ۳۴۰ مورد ابتلا که تا ۱۵ مهر ۱۴۰۳ گزارش شده، ۲۰ مورد فوت کرده‌اند.', ['340:case|report@2024-10-06', '20:person|kill@2024-10-06']],
  ['a year after a relative که is its clause\'s', 'پلیس ۹ متهم را دستگیر کرد که در سال ۱۴۰۰ از زندان گریخته بودند.', ['9:suspect|arrest@null']],
];

test('Persian news claims: times', () => {
  checkRows(timeRows, claimTimes);
});

// Two reports: [name, [file a, file b], the figures the cross-file check flags, as "a: text" or "b: text"].
const pairRows: [name: string, input: [string, string], expected: string[]][] = [
  ['gold medals at the Asian Games and at the Olympics are different facts', ['ایران در بازی‌های آسیایی ۱۳ مدال طلا به دست آورد.', 'ایران در المپیک ۳ مدال طلا به دست آورد.'], []],
  ['deaths from cholera (وبا) and from dengue are different facts', ['تاکنون ۱۱ نفر بر اثر وبا جان باخته‌اند.', 'تاکنون ۴ نفر بر اثر تب دنگی جان باخته‌اند.'], []],
  ['the dollar\'s rate and a flat\'s price per square metre are two facts', ['قیمت هر دلار در بازار آزاد به ۸۵ هزار تومان رسید.', 'قیمت هر متر مربع آپارتمان در تهران به ۹۰ میلیون تومان رسید.'], []],
  ['a loss and an income are two sums', ['زیان سالانه آلودگی هوا در ایران ۱۰ میلیارد دلار برآورد شد.', 'درآمد گردشگری ایران ۴ میلیارد دلار برآورد شد.'], []],
  ['a rise of wage levels and of arrivals are two facts', ['در ایران سایر سطوح مزدی ۳۲ درصد افزایش یافت.', 'ورود گردشگران به ایران ۱۵ درصد افزایش یافت.'], []],
];

test('Persian news: two reports of one story', () => {
  checkRows(pairRows, flaggedInPair);
});

// One document's statements: [name, text, the figures the in-document check flags].
const documentRows: [name: string, text: string, expected: string[]][] = [
  ['petrol and diesel per litre are two facts', 'قیمت هر لیتر بنزین به ۱۵۰۰ تومان رسید. قیمت هر لیتر گازوئیل به ۳۰۰ تومان رسید.', []],
  ['gold per gram at two prices is flagged', 'قیمت هر گرم طلا به ۳ میلیون تومان رسید. قیمت هر گرم طلا به ۳ میلیون و ۲۰۰ هزار تومان رسید.', ['۳ میلیون تومان', '۳ میلیون و ۲۰۰ هزار تومان']],
  ['growth of each sector and of the whole economy are other facts', 'نرخ رشد بخش کشاورزی ۱٫۲ درصد بود. نرخ رشد بخش صنعت ۳٫۴ درصد بود. نرخ رشد بخش خدمات ۲٫۲ درصد بود. نرخ رشد کل اقتصاد ۲٫۵ درصد بود.', []],
];

test('Persian news: one document\'s own figures', () => {
  checkRows(documentRows, flaggedInDocument);
});

test('Persian news: a baseline after "در مقایسه با" is the same rate earlier', () => {
  checkRows([['the 40 percent compared with', 'نرخ تورم به ۳۵ درصد رسید که در مقایسه با ۴۰ درصد کمتر است.', ['35:%:inflation|rate@null', '40:%:inflation|rate@earlier']]], claimTimes);
});
