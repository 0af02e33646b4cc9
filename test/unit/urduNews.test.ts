import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, claimTimes, flaggedInDocument, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// How Urdu news (Dawn Urdu, BBC Urdu, Jang, Express) writes figures: [name, text, figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  // Compounds of digits and scale words end in plain hundreds; words may go on in digits.
  ['thousands then hundreds in digits', 'انڈیکس 64 ہزار 320 پوائنٹس پر بند ہوا۔', ['64 ہزار 320=64320/cardinal (counts point)']],
  ['lakh, thousand and hundreds', 'امیدوار نے 2 لاکھ 15 ہزار 608 ووٹ لیے۔', ['2 لاکھ 15 ہزار 608=215608/cardinal (counts vote)']],
  ['hundreds with a currency after them', 'ماہانہ تنخواہ 42 ہزار 750 روپے ہو گئی۔', ['42 ہزار 750 روپے=42750/currency (unit PKR)']],
  ['words up to a scale, then digits', 'تقریباً ایک لاکھ 20 ہزار لوگ متاثر ہوئے۔', ['ایک لاکھ 20 ہزار=120000/cardinal (approx, counts person)']],
  ['a year after a scale stays a year', 'یہاں 3 ہزار 2023 میں آئے۔', ['3 ہزار=3000/cardinal', '2023=2023/year']],
  ['a day of a month after a scale stays a date', 'جلسے میں 8 ہزار 14 اگست کو آئے۔', ['8 ہزار=8000/cardinal', '14 اگست=--08-14/date']],
  ['an hour after a scale stays an hour', 'قافلے کے 3 ہزار 11 بجے پہنچے۔', ['3 ہزار=3000/cardinal', '11 بجے=T11:00/date']],
  ['a thousand or more after a thousand stays apart', 'کل 5 ہزار 1500 ووٹ', ['5 ہزار=5000/cardinal', '1500=1500/cardinal (counts vote)']],
  // A multiplier word before digits: ساڑھے (+½), سوا (+¼), پونے (−¼).
  ['ساڑھے before digits and a scale', 'بجٹ ساڑھے 14 کھرب روپے کا ہے۔', ['ساڑھے 14 کھرب روپے=1450000000000/currency (unit PKR)']],
  ['سوا before digits and a scale', 'سوا 3 لاکھ بچوں کو ویکسین دی گئی۔', ['سوا 3 لاکھ=325000/cardinal (counts child)']],
  ['پونے before digits and a currency', 'منصوبے پر پونے 2 ارب ڈالر خرچ ہوں گے۔', ['پونے 2 ارب ڈالر=1750000000/currency (unit USD)']],
  ['ساڑھے before digits and a unit', 'درجہ حرارت ساڑھے 38 ڈگری رہا۔', ['ساڑھے 38 ڈگری=38.5/cardinal (unit °)']],
  ['کے سوا is "except", no multiplier', 'اس کے سوا 4 ممالک شامل تھے۔', ['4=4/cardinal (counts country)']],
  // Times of day: quarter hours and minutes after the hour word.
  ['half past with digits', 'اجلاس ساڑھے 11 بجے شروع ہوا۔', ['ساڑھے 11 بجے=T11:30/date']],
  ['quarter to in words', 'پرواز پونے پانچ بجے روانہ ہوئی۔', ['پونے پانچ بجے=T04:45/date']],
  ['hour and minutes in digits', 'دھماکہ رات 9 بج کر 20 منٹ پر ہوا۔', ['9 بج کر 20 منٹ=T21:20/date']],
  ['hour and minutes in words', 'جھٹکے صبح چار بجکر پندرہ منٹ پر محسوس ہوئے۔', ['چار بجکر پندرہ منٹ=T04:15/date']],
  // Years said in hundreds are years; a count in hundreds stays a count.
  ['a year in words', 'انیس سو پینسٹھ کی جنگ میں شہر محفوظ رہا۔', ['انیس سو پینسٹھ=1965/year']],
  ['a Hijri month and year with its mark glued', 'ربیع الاول 1445ھ میں اجتماع ہوا۔', ['ربیع الاول 1445=1445-03[u-ca=islamic]/date']],
  // Lunar Hijri dates stay in their calendar (the Gregorian day depends on the moon sighted).
  ['a Hijri day with its epithet', 'مذاکرات 17 رمضان المبارک سے شروع ہوں گے۔', ['17 رمضان المبارک=--09-17[u-ca=islamic]/date']],
  ['a Hijri day, month and year', 'مدرسے کا سال 5 شوال 1446ھ کو شروع ہوا۔', ['5 شوال 1446=1446-10-05[u-ca=islamic]/date']],
  ['a Hijri day that is no count of the month', 'کمیٹی کا اجلاس 29 شعبان کو ہوگا جس میں 12 علما شریک ہوں گے۔', ['29 شعبان=--08-29[u-ca=islamic]/date', '12=12/cardinal (counts علما)']],
  ['یکم before a Hijri month', 'یکم محرم الحرام کو 8 ہزار اہلکار تعینات ہوں گے۔', ['یکم محرم الحرام=--01-01[u-ca=islamic]/date', '8 ہزار=8000/cardinal (counts personnel)']],
  ['a Hijri year with its word', 'سن ۱۴۴۶ ہجری کا آغاز ہوا۔', ['۱۴۴۶=1446/year']],
  ['nineteen hundred people are a count', 'جلسے میں انیس سو افراد شریک تھے۔', ['انیس سو=1900/cardinal (counts person)']],
  // Dates: یکم is the first of a month.
  ['یکم before a month', 'نیا قانون یکم اگست سے نافذ ہوگا۔', ['یکم اگست=--08-01/date']],
  ['a day in words before a month', 'نو مئی کے واقعات پر 100 مقدمات درج ہوئے۔', ['نو مئی=--05-09/date', '100=100/cardinal (counts case)']],
  ['a day in words, a month and a year', 'پانچ جولائی 1977 کو حکومت ختم ہوئی۔', ['پانچ جولائی 1977=1977-07-05/date']],
  ['یکم before a month and a year', 'یکم مارچ 2025 کو انتخابات ہوں گے۔', ['یکم مارچ 2025=2025-03-01/date']],
  // A change from one number to another is no bound on the first.
  ['cut from one rate to another: both are the rate', 'شرح سود 19 فیصد سے کم کر کے 17.5 فیصد کر دی گئی۔', ['19 فیصد=19/percent (unit %, counts interest)', '17.5 فیصد=17.5/percent (unit %, counts interest)']],
  ['fell from one rate to another', 'بیروزگاری 8 فیصد سے کم ہو کر 6 فیصد رہ گئی۔', ['8 فیصد=8/percent (unit %, counts unemployment)', '6 فیصد=6/percent (unit %, counts unemployment)']],
  ['a percentage with its own noun is no rate of the one before', 'شرح خواندگی 62 فیصد ہے اور 30 فیصد بچے اسکول نہیں جاتے۔', ['62 فیصد=62/percent (unit %, counts literacy)', '30 فیصد=30/percent (unit %, counts child)']],
  ['basis points', 'پالیسی ریٹ میں 250 بیسس پوائنٹس کمی کی گئی۔', ['250 بیسس پوائنٹس=250/cardinal (unit bp)']],
  ['to bring below a rate is still less than', 'مہنگائی کو 5 فیصد سے کم کرنے کا ہدف ہے۔', ['5 فیصد=5/percent (unit %, less-than, counts inflation)']],
  // Scores are no ranges; ranges stay ranges.
  ['a series won by a score', 'ٹیم نے سیریز 3-1 سے جیت لی۔', []],
  ['a drawn match', 'میچ 2-2 سے برابر رہا۔', []],
  ['a series taken by a score', 'مہمان ٹیم نے ٹرافی 3-2 سے اپنے نام کر لی۔', []],
  ['a range of degrees is still a range', 'درجہ حرارت 12-18 ڈگری رہے گا۔', ['12-18 ڈگری=12..18/range (unit °)']],
  ['a range of prices with the currency at both ends: the scale is the far end\'s', 'کرایہ 800 روپے سے 3 ہزار روپے تک ہے۔', ['800 روپے سے 3 ہزار روپے=800..3000/range (unit PKR)']],
  ['a unit written once for a maximum and a minimum', 'مری میں زیادہ سے زیادہ درجہ حرارت 24 اور کم سے کم 11 ڈگری رہا۔', ['24=24/cardinal (unit °)', '11 ڈگری=11/cardinal (unit °)']],
  ['the maximum temperature is no upper bound', 'سبی میں درجہ حرارت زیادہ سے زیادہ 47 ڈگری رہا۔', ['47 ڈگری=47/cardinal (unit °)']],
  ['the minimum temperature is no lower bound', 'سکردو میں درجہ حرارت کم از کم 3 ڈگری رہا۔', ['3 ڈگری=3/cardinal (unit °)']],
  ['a flow in cusecs', 'دریائے چناب میں 85 ہزار کیوسک پانی گزر رہا ہے۔', ['85 ہزار کیوسک=85000/cardinal (unit ft3/s)']],
  ['gold of 22 karats', 'بازار میں 22 قیراط سونا فروخت ہوا۔', ['22 قیراط=22/cardinal (unit kt)']],
  // Names, service numbers and references are not counts.
  ['a letter name after one digit is a name', 'کمپنی نے 4 جی سروس شروع کی۔', []],
  ['an acronym after digits: the noun after it is counted', '7 پی ٹی آئی ارکان نے استعفیٰ دیا۔', ['7=7/cardinal (counts member)']],
  ['rescue service number', 'ریسکیو 1122 نے آگ بجھائی۔', ['ریسکیو 1122=1122/reference (counts number)']],
  ['helpline number', 'شکایت کے لیے ہیلپ لائن 8300 پر کال کریں۔', ['ہیلپ لائن 8300=8300/reference (counts number)']],
  ['a mobile number with its country code', 'معلومات کے لیے +92 321 7654321 پر رابطہ کریں۔', []],
  ['a mobile number without its leading zero', 'شہری 3451234567 پر پیغام بھیج سکتے ہیں۔', []],
  ['article with a letter after a dash', 'آرٹیکل 140-اے کے تحت اختیارات دیے گئے۔', ['آرٹیکل 140-اے=140/reference (counts article)']],
  ['article with a spaced letter', 'آرٹیکل 25 اے تعلیم کا حق دیتا ہے۔', ['آرٹیکل 25 اے=25/reference (counts article)']],
  ['article with clauses in brackets', 'آرٹیکل 184 (3) کے تحت 5 رکنی بینچ بنا۔', ['آرٹیکل 184 (3)=184/reference (counts article)', '5=5/cardinal (counts member)']],
  ['case number with a year after a slash', 'مقدمہ نمبر 45/2024 درج ہوا۔', ['نمبر 45/2024=45/reference (counts number)']],
  // What a number counts in sport, elections and disasters.
  ['runs, overs and wickets', 'ٹیم 48.2 اوورز میں 276 رنز بنا کر 9 وکٹوں پر کھیل رہی تھی۔', ['48.2=48.2/cardinal (counts over)', '276=276/cardinal (counts run)', '9=9/cardinal (counts wicket)']],
  ['a population is a concept', 'صوبے کی 12 کروڑ آبادی کو پانی کی کمی کا سامنا ہے۔', ['12 کروڑ=120000000/cardinal (counts population)']],
  ['a nationality before a noun counts the noun', 'حادثے میں 6 پاکستانی شہری زخمی ہوئے۔', ['6=6/cardinal (counts citizen)']],
  ['a nationality alone is the noun: people of a nation (lexicon/demonyms.ts)', 'اس سال 81 ہزار 300 پاکستانی حج کریں گے۔', ['81 ہزار 300=81300/cardinal (counts person)']],
  ['suspects named in two words', 'چھاپے میں 9 مشتبہ افراد پکڑے گئے۔', ['9=9/cardinal (counts suspect)']],
  ['police personnel', 'حملے میں 4 پولیس اہلکار شہید ہو گئے۔', ['4=4/cardinal (counts personnel)']],
  ['recorded is no counted noun', 'زلزلے کی شدت 6.1 ریکارڈ کی گئی۔', ['6.1=6.1/cardinal']],
  ['voters past an adjective', 'ملک میں 13.1 کروڑ رجسٹرڈ ووٹرز ہیں۔', ['13.1 کروڑ=131000000/cardinal (counts voter)']],
  ['a whole and its part share the noun', 'کابینہ کے 30 ارکان میں سے 21 نے حمایت کی۔', ['30=30/cardinal (counts member)', '21=21/cardinal (counts member)']],
  ['villages and families', 'سیلاب سے 40 دیہات اور 6 ہزار خاندان متاثر ہوئے۔', ['40=40/cardinal (counts village)', '6 ہزار=6000/cardinal (counts family)']],
  ['exceeded is more than', 'متاثرین کی تعداد 12 ہزار سے تجاوز کر گئی ہے۔', ['12 ہزار=12000/cardinal (more-than, counts victim)']],
  ['risen from one price to another is no bound', 'قیمت 150 روپے سے بڑھ کر 170 روپے ہو گئی۔', ['150 روپے=150/currency (unit PKR)', '170 روپے=170/currency (unit PKR)']],
  ['a rate before a verb ending names no noun', 'افراط زر 11 فیصد رہنے کا امکان ہے۔', ['11 فیصد=11/percent (unit %, counts inflation)']],
  // A number said twice is "each": one value, not a range from it to itself.
  ['each, in words', 'ہر خاندان کو دو دو لاکھ روپے دیے جائیں گے۔', ['دو دو لاکھ روپے=200000/currency (unit PKR)']],
  ['each, in digits with a dash', 'زخمیوں کو 50-50 ہزار روپے ملیں گے۔', ['50-50 ہزار روپے=50000/currency (unit PKR)']],
  ['a currency named before hundredths is what they price, not their unit', 'انٹربینک میں ڈالر 15 پیسے مہنگا ہو گیا۔', ['15 پیسے=0.15/currency (unit PKR)']],
  ['each, in digits with a comma', 'کھلاڑیوں کو 3، 3 لاکھ روپے انعام ملے گا۔', ['3، 3 لاکھ روپے=300000/currency (unit PKR)']],
  ['each, years of prison with a comma', 'دونوں مجرموں کو 7، 7 سال قید ہوئی۔', ['7، 7=7/cardinal (counts year)']],
  ['an index named with letters and digits is no figure', 'کے ایس ای 100 انڈیکس 900 پوائنٹس گر گیا۔', ['900=900/cardinal (counts point)']],
  ['an adjective between a number and its noun: best', 'فہرست میں 200 بہترین جامعات شامل ہیں۔', ['200=200/cardinal (counts جامعات)']],
  ['an adjective between a number and its noun: additional', 'ریلوے 6 اضافی ٹرینیں چلائے گی۔', ['6=6/cardinal (counts train)']],
  ['an adjective between a number and its noun: special', 'عید پر 4 خصوصی پروازیں چلیں گی۔', ['4=4/cardinal (counts flight)']],
  ['an adjective between a number and its noun: top', 'حکومت 300 ٹاپ طلبہ کو وظائف دے گی۔', ['300=300/cardinal (counts student)']],
  ['"died" after a number alone counts deaths', 'زخمیوں میں سے 6 جاں بحق ہو گئے۔', ['6=6/cardinal (counts death)']],
  ['beds and trains', 'اسپتال میں 450 بستر اور ریلوے کی 12 ٹرینیں ہیں۔', ['450=450/cardinal (counts bed)', '12=12/cardinal (counts train)']],
  ['"or" is no counted noun', 'شکایت 1199 یا 0321-7654321 پر درج کرائیں۔', ['1199=1199/cardinal']],
  ['a place after a number is not what it counts', 'متاثرین میں سے 7 سندھ اور 4 پنجاب سے ہیں۔', ['7=7/cardinal (counts victim)', '4=4/cardinal']],
  ['a place between a number and its noun is passed over', 'حملے میں 3 بلوچستان پولیس اہلکار زخمی ہوئے۔', ['3=3/cardinal (counts personnel)']],
  ['passed is no noun', 'امتحان میں 8 ہزار 400 کامیاب قرار پائے۔', ['8 ہزار 400=8400/cardinal']],
  // Cricket: wickets and runs joined by a dash in a cricket report; the points percentage of a table.
  ['bowling figures with a dash', 'فاسٹ بولر حارث رؤف نے 4-38 کے ساتھ میچ کا اختتام کیا۔', ['4=4/cardinal (counts wicket)', '38=38/cardinal (counts run)']],
  ['points percentage in a cricket table', 'ورلڈ ٹیسٹ چیمپئن شپ کے پوائنٹس ٹیبل پر بنگلہ دیش کی ٹیم 45.83 فیصد پوائنٹس کے ساتھ موجود ہے۔', ['45.83 فیصد پوائنٹس=45.83/percent (unit %)']],
  ['percentage points outside cricket', 'اسٹیٹ بینک نے شرح سود میں 2 فیصد پوائنٹس کی کمی کر دی ہے اور اس کا اعلان کیا گیا۔', ['2 فیصد پوائنٹس=2/percent (unit pp, counts interest)']],
  // Degrees down from the freezing point or from zero.
  ['degrees down from the freezing point', 'محکمہ موسمیات کے مطابق لہہ میں درجہ حرارت نقطہ انجماد سے 7 ڈگری نیچے چلا گیا ہے۔', ['7 ڈگری نیچے=-7/cardinal (unit °)']],
  ['degrees down from zero', 'محکمہ موسمیات کے مطابق استور میں پارہ صفر سے 5 ڈگری نیچے رہا ہے۔', ['صفر سے 5 ڈگری نیچے=-5/cardinal (unit °)']],
  // A day of a month with تاریخ; a weight class; a range over two spans of time.
  ['a lunar month with کی and تاریخ', 'حکومت نے اعلان کیا ہے کہ یوم عاشور محرم کی 10 تاریخ کو منایا جائے گا اور تعطیل ہوگی۔', ['محرم کی 10 تاریخ=--01-10[u-ca=islamic]/date']],
  ['a day with تاریخ and no month', 'حکومت نے کہا ہے کہ انتخابات 8 تاریخ کو ہوں گے اور تیاری مکمل ہے۔', ['8 تاریخ=---08/date']],
  ['a weight class with a plus', 'پہلوان نے 125+ کلوگرام کیٹیگری میں کانسی کا تمغہ جیت لیا ہے۔', ['125+ کلوگرام=125/cardinal (unit kg, more-than)']],
  ['months to a year', 'حکومت کے مطابق 6 ماہ سے ایک سال تک کے بچوں کو قطرے پلائے جائیں گے۔', ['6 ماہ سے ایک سال=6..12/range (counts month)']],
  // Page furniture, courts and crime reports.
  ['a time stamp with pm glued', 'ویب ڈیسک اپ ڈیٹ 12 جون 2025 07:45pm', ['12 جون 2025=2025-06-12/date', '07:45=T19:45/date']],
  ['a bench\'s split majority is no range', 'عدالت نے 4-3 کی اکثریت سے درخواست مسترد کر دی۔', []],
  ['the police helpline', 'ہنگامی صورت میں مددگار 15 پر فون کریں۔', ['مددگار 15=15/reference (counts number)']],
  ['a block of an address', 'نارتھ ناظم آباد بلاک 7 میں ڈکیتی ہوئی۔', ['بلاک 7=7/reference (counts block)']],
  ['attackers are militants, not attacks', 'جوابی فائرنگ میں 5 حملہ آور ہلاک ہو گئے۔', ['5=5/cardinal (counts militant)']],
  ['motorcycles in two words', 'شہر سے 900 موٹر سائیکلیں چوری ہوئیں۔', ['900=900/cardinal (counts motorcycle)']],
  ['"the number of those killed"', 'طوفان میں ہلاک ہونے والوں کی تعداد 312 ہو گئی۔', ['312=312/cardinal (counts death)']],
  ['"completed" is no counted noun', 'منصوبے کے تحت 3 لاکھ مکمل ہو چکے ہیں۔', ['3 لاکھ=300000/cardinal']],
  ['"reported" is no counted noun', 'متاثرین کی تعداد ایک کروڑ 20 لاکھ بتائی گئی ہے۔', ['ایک کروڑ 20 لاکھ=12000000/cardinal (counts victim)']],
  ['decades', 'ملک تین دہائیوں سے توانائی بحران کا شکار ہے۔', ['تین=3/cardinal (counts decade)']],
  ['aftershocks', 'علاقے میں 14 آفٹر شاکس ریکارڈ کیے گئے۔', ['14=14/cardinal (counts aftershock)']],
  ['polling stations', 'ضلع میں 1 ہزار 240 پولنگ اسٹیشن بنائے گئے۔', ['1 ہزار 240=1240/cardinal (counts polling-station)']],
  ['"those who went" are people', 'حج پر جانے والوں کی تعداد ایک لاکھ 80 ہزار ہے۔', ['ایک لاکھ 80 ہزار=180000/cardinal (counts person)']],
  ['a new rate past the basis points it was cut by', 'اسٹیٹ بینک نے شرح سود 150 بیسس پوائنٹس کم کر کے 13.5 فیصد کر دی۔', ['150 بیسس پوائنٹس=150/cardinal (unit bp)', '13.5 فیصد=13.5/percent (unit %, counts interest)']],
  // A population named before its number, and its noun left out after a genitive.
  ['a population named before its number', 'بلوچستان کی آبادی 1 کروڑ 48 لاکھ ہے۔', ['1 کروڑ 48 لاکھ=14800000/cardinal (counts population)']],
  ['populations listed by genitives', 'لاہور کی آبادی 1 کروڑ 30 لاکھ، فیصل آباد کی 36 لاکھ اور ملتان کی 22 لاکھ ہے۔',
    ['1 کروڑ 30 لاکھ=13000000/cardinal (counts population)', '36 لاکھ=3600000/cardinal (counts population)', '22 لاکھ=2200000/cardinal (counts population)']],
  ['a genitive after جبکہ', 'کوئٹہ کی آبادی 26 لاکھ جبکہ گوادر کی 3 لاکھ ہے۔', ['26 لاکھ=2600000/cardinal (counts population)', '3 لاکھ=300000/cardinal (counts population)']],
  ['a noun written once for three counts by place', 'پشاور میں 12، کوہاٹ میں 7 اور سوات میں 4 اموات ہوئیں۔', ['12=12/cardinal (counts death)', '7=7/cardinal (counts death)', '4=4/cardinal (counts death)']],
  ['a unit written once for three temperatures, one after جبکہ', 'سبی میں 49، تربت میں 48 جبکہ نوکنڈی میں 47 ڈگری ریکارڈ کیا گیا۔', ['49=49/cardinal (unit °)', '48=48/cardinal (unit °)', '47 ڈگری=47/cardinal (unit °)']],
  ['a noun written once across جبکہ', 'گوجرانوالہ میں 9 جبکہ سیالکوٹ میں 14 مکانات منہدم ہوئے۔', ['9=9/cardinal (counts house)', '14=14/cardinal (counts house)']],
  ['a whole in its own clause', 'پارٹی نے 40 نشستیں جیتیں جن میں سے 11 پنجاب سے ہیں۔', ['40=40/cardinal (counts seat)', '11=11/cardinal (counts seat)']],
  // Budgets, prices and hours.
  ['a fall of up to a rate', 'نئی پالیسی سے درآمدات میں 15 فیصد تک کمی متوقع ہے۔', ['15 فیصد=15/percent (unit %, at-most)']],
  ['a currency written once for two sums in billions', 'زراعت کے لیے 120 ارب اور آبپاشی کے لیے 95 ارب روپے رکھے گئے۔', ['120 ارب=120000000000/currency (unit PKR)', '95 ارب روپے=95000000000/currency (unit PKR)']],
  ['an hour that starts a range of hours', 'بازار صبح 10 سے رات 8 بجے تک کھلے رہیں گے۔', ['10=T10:00/date', '8 بجے=T20:00/date']],
  // Farming, power, telecom, health, transport and sport news.
  ['پونے after a genitive is still ¾ less', 'صوبے میں ڈاکٹروں کی پونے دو ہزار آسامیاں خالی ہیں۔', ['پونے دو ہزار=1750/cardinal (counts post)']],
  ['ساڑھے at the far end of a range', 'گڑ کا بھاؤ 6 ہزار سے ساڑھے 6 ہزار روپے فی من رہا۔', ['6 ہزار سے ساڑھے 6 ہزار روپے=6000..6500/range (unit PKR)']],
  ['ساڑھے at the far end shares its scale with the near end', 'پھٹی 7 سے ساڑھے 7 ہزار روپے میں بکی۔', ['7 سے ساڑھے 7 ہزار روپے=7000..7500/range (unit PKR)']],
  ['a comparison and a comma close the first number\'s statement: no unit from the next', 'نئے کنکشن 40 ہزار سے بڑھ گئے، منصوبے کی گنجائش 300 میگاواٹ ہے۔', ['40 ہزار=40000/cardinal (more-than)', '300 میگاواٹ=300/cardinal (unit MW)']],
  ['crops are weighed in maunds', 'کپاس کی فی ایکڑ پیداوار 25 سے 30 من رہی۔', ['25 سے 30 من=25..30/range (unit maund)']],
  ['spectrum and speeds', 'کمپنی کو 10 میگا ہرٹز اسپیکٹرم ملا اور اسپیڈ 50 ایم بی پی ایس ہو گئی۔', ['10 میگا ہرٹز=10/cardinal (unit MHz)', '50 ایم بی پی ایس=50/cardinal (unit Mbit/s)']],
  ['medals of three metals, the noun written once', 'ٹیم نے 2 طلائی، 5 چاندی اور 6 کانسی کے تمغے جیتے۔', ['2=2/cardinal (counts gold-medal)', '5=5/cardinal (counts silver-medal)', '6=6/cardinal (counts bronze-medal)']],
  ['silver weighed in tolas is no medal', 'ڈاکو 15 تولہ چاندی لے گئے۔', ['15 تولہ=15/cardinal (unit tola)']],
  ['cotton bales', 'ملوں نے 12 لاکھ گانٹھیں خرید لیں۔', ['12 لاکھ=1200000/cardinal (counts bale)']],
  ['a kind of accident between the number and its noun', 'شہر میں 900 سے زائد ٹریفک حادثات ہوئے۔', ['900=900/cardinal (more-than, counts accident)']],
  ['a kind of factory between the number and its noun', 'علاقے کی 35 جننگ فیکٹریاں بند ہو گئیں۔', ['35=35/cardinal (counts factory)']],
  ['a match format between the number and its noun', 'ٹیم نے رواں سال 9 ٹی ٹوئنٹی میچ کھیلے۔', ['9=9/cardinal (counts match)']],
  ['service names joined by "and" stay names', 'ملک میں 3 جی اور 4 جی صارفین بڑھ گئے۔', []],
  ['passenger trains are trains', 'ریلوے نے 30 مسافر ٹرینیں بند کر دیں جن میں 45 مسافر سوار تھے۔', ['30=30/cardinal (counts train)', '45=45/cardinal (counts passenger)']],
  ['coaches of a train', 'مال گاڑی کی 6 بوگیاں الٹ گئیں۔', ['6=6/cardinal (counts coach)']],
  ['articles of a convention after the number', 'معاہدہ 45 آرٹیکلز پر مشتمل ہے۔', ['45=45/cardinal (counts article)']],
  ['the noun right before the number is what it counts', 'کمپنی کے صارفین 3 کروڑ 20 لاکھ ہیں۔', ['3 کروڑ 20 لاکھ=32000000/cardinal (counts user)']],
  ['the noun before, then a genitive left out', 'جاز کے صارفین 7 کروڑ، زونگ کے 5 کروڑ ہیں۔', ['7 کروڑ=70000000/cardinal (counts user)', '5 کروڑ=50000000/cardinal (counts user)']],
  ['a year before its number is still no count', 'سال 2019 میں سیلاب آیا۔', ['2019=2019/year']],
  ['a helpline written after its number', 'شہری 1717 ہیلپ لائن پر شکایت درج کرائیں۔', ['1717 ہیلپ لائن=1717/reference (counts number)']],
  ['one each is a count', 'کوئٹہ اور پشاور میں ایک ایک کیس رپورٹ ہوا۔', ['ایک ایک=1/cardinal (counts case)']],
  ['one by one is no count', 'مسافر ایک ایک کر کے باہر نکلے۔', []],
  // Power, air quality, engines, bullion, land, refugees, cinemas and prisons.
  ['gigawatt hours written apart', 'گزشتہ ماہ 9 ہزار 800 گیگا واٹ آور بجلی پیدا ہوئی۔', ['9 ہزار 800 گیگا واٹ آور=9800/cardinal (unit GWh)']],
  ['kilowatt hours written apart', 'صارفین نے 350 کلو واٹ آور بجلی استعمال کی۔', ['350 کلو واٹ آور=350/cardinal (unit kWh)']],
  ['micrograms per cubic metre in words', 'کراچی میں پی ایم 2.5 کی مقدار 180 مائیکروگرام فی مکعب میٹر رہی۔', ['180 مائیکروگرام فی مکعب میٹر=180/cardinal (unit µg/m3)']],
  ['micrograms per cubic metre as a symbol', 'ہوا میں ذرات 95 µg/m³ تک پہنچ گئے۔', ['95 µg/m³=95/cardinal (unit µg/m3)']],
  ['an engine size in cc', 'کمپنی نے 660 سی سی انجن والی گاڑی متعارف کرائی۔', ['660 سی سی=660/cardinal (unit cm3)']],
  ['ounces of gold', 'کان سے سالانہ 2 لاکھ اونس سونا نکالا جائے گا۔', ['2 لاکھ اونس=200000/cardinal (unit oz)']],
  ['plots in marla and kanal', 'متاثرین کو 5 مرلہ پلاٹ اور 2 کنال زمین دی جائے گی۔', ['5 مرلہ=5/cardinal (unit marla)', '2 کنال=2/cardinal (unit kanal)']],
  ['refugees after a nationality', 'سرحد سے 12 ہزار افغان مہاجرین واپس گئے۔', ['12 ہزار=12000/cardinal (counts refugee)']],
  ['refugee camps are camps', 'صوبے میں 28 مہاجر کیمپ قائم ہیں۔', ['28=28/cardinal (counts camp)']],
  ['cinemas', 'فلم 90 سینما گھروں میں دکھائی گئی۔', ['90=90/cardinal (counts cinema)']],
  ['prisons', 'صوبے کی 22 جیلوں کا دورہ کیا گیا۔', ['22=22/cardinal (counts prison)']],
  ['residents', 'آپریشن کے بعد 4 ہزار باشندے گھروں کو لوٹ گئے۔', ['4 ہزار=4000/cardinal (counts resident)']],
  ['a multiple counts times', 'شہر میں آلودگی حد سے 30 گنا زیادہ رہی۔', ['30=30/cardinal (counts time)']],
  ['an aircraft model is no count', 'بوئنگ 777 طیارہ 300 مسافروں کو لے کر روانہ ہوا۔', ['بوئنگ 777=777/reference (counts model)', '300=300/cardinal (counts passenger)']],
  ['micrograms per cubic metre, English loanword', 'پشاور میں ذرات کی مقدار 210 مائیکروگرام فی کیوبک میٹر رہی۔', ['210 مائیکروگرام فی کیوبک میٹر=210/cardinal (unit µg/m3)']],
  ['motorcycles written as one word', 'اکتوبر میں 98 ہزار موٹرسائیکلیں فروخت ہوئیں۔', ['98 ہزار=98000/cardinal (counts motorcycle)']],
  ['brick kilns are kilns, not bricks', 'اسموگ کے باعث 2 ہزار اینٹوں کے بھٹے بند کر دیے گئے۔', ['2 ہزار=2000/cardinal (counts kiln)']],
  // Fuel, crime, traffic, land, port, census, prize-bond and film news.
  ['an amount after letter names is a figure', 'کوئٹہ میں سی این جی 225 روپے فی کلو فروخت ہو رہی ہے۔', ['225 روپے=225/currency (unit PKR)']],
  ['an amount with scale words after letter names', 'ایل پی جی 3 ہزار 100 روپے فی سلنڈر ہو گئی۔', ['3 ہزار 100 روپے=3100/currency (unit PKR)']],
  ['mobile phones in two words', 'ڈاکوؤں نے 40 موبائل فون اور 12 موٹر سائیکلیں چھین لیں۔', ['40=40/cardinal (counts phone)', '12=12/cardinal (counts motorcycle)']],
  ['FIRs in letter names', 'ضلع میں 1 ہزار 200 ایف آئی آرز درج ہوئیں۔', ['1 ہزار 200=1200/cardinal (counts fir)']],
  ['e-challans', 'وارڈنز نے 5 ہزار ای چالان جاری کیے۔', ['5 ہزار=5000/cardinal (counts challan)']],
  ['a challan before a loanword is the noun', '900 چالان اوور لوڈنگ پر ہوئے۔', ['900=900/cardinal (counts challan)']],
  ['habitual criminals and robbers', 'پولیس نے 35 عادی مجرم پکڑ لیے اور مقابلے میں 4 ڈاکو مارے گئے۔', ['35=35/cardinal (counts criminal)', '4=4/cardinal (counts robber)']],
  ['housing schemes, and "declared" is no noun', 'ضلع میں 210 ہاؤسنگ اسکیمیں ہیں جن میں سے 48 غیر قانونی قرار پائیں۔', ['210=210/cardinal (counts scheme)', '48=48/cardinal']],
  ['premium bonds', 'بینک نے 15 ہزار پریمیم بانڈز فروخت کیے۔', ['15 ہزار=15000/cardinal (counts bond)']],
  ['ships in two words', 'گوادر پر 36 بحری جہاز لنگر انداز ہوئے۔', ['36=36/cardinal (counts ship)']],
  ['containers in TEU', 'بندرگاہ نے 9 لاکھ ٹی ای یو کنٹینرز ہینڈل کیے۔', ['9 لاکھ ٹی ای یو=900000/cardinal (unit TEU)']],
  ['enumerators in two words', 'سروے میں 4 ہزار شمار کنندگان شریک ہوئے۔', ['4 ہزار=4000/cardinal (counts enumerator)']],
  ['cinema screens are screens', 'فلم 85 سینما اسکرینز پر لگی۔', ['85=85/cardinal (counts screen)']],
  ['a phase of a housing scheme is a label', 'بحریہ ٹاؤن فیز 8 میں 10 مرلہ پلاٹ فروخت ہوا۔', ['فیز 8=8/reference (counts phase)', '10 مرلہ=10/cardinal (unit marla)']],
  ['a quota set is no noun; pilgrims', 'حکومت نے حج کوٹہ 89 ہزار مقرر کیا اور 12 ہزار عازمین حج روانہ ہو گئے۔', ['89 ہزار=89000/cardinal', '12 ہزار=12000/cardinal (counts pilgrim)']],
  ['people arrested wounded are no count of the injured', 'مقابلے کے بعد 14 ملزمان زخمی حالت میں گرفتار ہوئے اور 9 زخمی حالت میں پکڑے گئے۔', ['14=14/cardinal (counts suspect)', '9=9/cardinal (counts person)']],
  ['hotels and households', 'شہر میں 60 ہوٹل بند ہیں اور 3 لاکھ گھرانے رجسٹرڈ ہیں۔', ['60=60/cardinal (counts hotel)', '3 لاکھ=300000/cardinal (counts household)']],
];

test('Urdu news: figures as news writes them', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// Claims of Urdu news sentences: [name, text, "value:key" of each claim].
const claimRows: [name: string, text: string, expected: string[]][] = [
  ['a rate with no verb is a rate claim', 'شرح نمو 3.2 فیصد رہی۔', ['3.2:%:growth|rate']],
  ['a rate expected (توقع) is an estimate, not its level', 'شرح نمو 3.2 فیصد رہنے کی توقع ہے۔', ['3.2:%:growth|estimate']],
  ['turnout with no verb', 'انتخابات میں ٹرن آؤٹ 52 فیصد رہا۔', ['52:%:turnout|rate']],
  ['a rise from one rate to another states both rates, not a rise of the first', 'مہنگائی کی شرح 6 فیصد سے بڑھ کر 7.2 فیصد ہو گئی۔', ['6:%:inflation|rate', '7.2:%:inflation|rate']],
  ['a change right after a rate\'s percentage tells by how many points the rate named before it changed', 'مہنگائی کی شرح 0.3 فیصد کم ہو کر 5.1 فیصد رہ گئی۔ شرح سود 1 فیصد کم کر کے 12 فیصد کر دی گئی۔ بے روزگاری کی شرح میں 0.2 فیصد اضافہ ہوا۔', ['0.3:pp:inflation|fall', '5.1:%:inflation|rate', '1:pp:interest|fall', '12:%:interest|rate', '0.2:pp:unemployment|grow']],
  ['a margin of victory', 'بنگلہ دیش نے زمبابوے کو 87 رنز سے شکست دی۔', ['87:run|win']],
  ['people made homeless', 'طوفان سے 12 ہزار افراد بے گھر ہو گئے۔', ['12000:person|displace']],
  ['houses destroyed', 'زلزلے میں 340 مکانات منہدم ہو گئے۔', ['340:house|destroy']],
  ['money allocated is pledged, for what it is for', 'صحت کے لیے 800 ارب روپے مختص کیے گئے۔', ['800000000000:money:PKR health|invest']],
  ['a budget\'s heads are different facts', 'دفاع کے لیے 2 ہزار 281 ارب روپے مختص کیے گئے جبکہ قرضوں پر سود کی ادائیگی کے لیے 8 ہزار 200 ارب روپے مختص کیے گئے۔',
    ['2281000000000:money:PKR defence|invest', '8200000000000:money:PKR interest|invest']],
  ['dedicated data is no allocation', 'یہ مختص شدہ 20 مراکز ہیں۔', []],
  ['soldiers martyred are killed', 'جھڑپ میں 3 جوان شہید ہو گئے۔', ['3:soldier|kill']],
  ['suspects arrested', 'پولیس نے 14 ملزمان کو گرفتار کر لیا۔', ['14:suspect|arrest']],
  ['a rate recorded is a rate', 'ستمبر میں افراط زر 6.9 فیصد ریکارڈ کی گئی۔', ['6.9:%:inflation|rate']],
  ['cases that came to light are reported', 'صوبے میں ڈینگی کے 415 نئے کیسز سامنے آئے۔', ['415:case|report']],
  ['"it came to light that" reports nothing', 'تحقیق سے یہ بات سامنے آئی ہے کہ 70 فیصد حصہ مشترک ہے۔', []],
  ['runs for the loss of wickets are no loss', 'ٹیم نے 6 وکٹوں کے نقصان پر 301 رنز بنائے۔', []],
  ['a pass rate is a rate, not a win', 'انٹرمیڈیٹ کے نتائج میں کامیابی کا تناسب 68.4 فیصد رہا۔', ['68.4:%:pass|rate']],
  ['a toss won is no win of the runs after it', 'مہمان ٹیم نے ٹاس جیت کر بیٹنگ کی اور 7 وکٹوں پر 244 رنز بنائے۔', []],
  ['a record set is no report', 'انہوں نے 10 ہزار رنز مکمل کرنے کا ریکارڈ بنایا۔', []],
  ['a rise before اضافے سے is a rise', 'چینی کی قیمت 6 روپے اضافے سے 150 روپے فی کلو ہو گئی۔', ['6:money:PKR|grow', '150:money:PKR/kg|reach']],
  // A price names its goods and the unit it is per; a subgroup makes another fact; courts and launches; an innings is no margin.
  ['gold per tola and per 10 grams', 'کراچی میں فی تولہ سونا 3 لاکھ 2 ہزار روپے تک پہنچ گیا۔ فی 10 گرام سونے کی قیمت 2 لاکھ 59 ہزار روپے تک پہنچ گئی۔', ['302000:money:PKR gold/tola|reach', '259000:money:PKR gold/10g|reach']],
  ['petrol and diesel per litre', 'پیٹرول کی قیمت 262 روپے فی لیٹر تک پہنچ گئی۔ ڈیزل کی قیمت 270 روپے فی لیٹر تک پہنچ گئی۔', ['262:money:PKR petrol/litre|reach', '270:money:PKR diesel/litre|reach']],
  ['the girls\' pass rate is a subgroup\'s', 'مجموعی طور پر کامیابی کا تناسب 58.4 فیصد رہا۔ طالبات کی کامیابی کا تناسب 66.1 فیصد رہا۔', ['58.4:%:pass|rate', '66.1:%:pass#girls|rate']],
  ['deaths in one district', 'صوبے بھر میں ڈینگی سے 61 افراد ہلاک ہو چکے ہیں۔ ملتان ضلع میں ڈینگی سے 18 افراد ہلاک ہوئے۔', ['61:person|kill', '18:person#district|kill']],
  ['an age is no count of the dead', 'نہر میں ڈوب کر 12 سالہ بچہ جاں بحق ہو گیا۔', []],
  ['a prison term and a fine', 'عدالت نے مجرم کو 5 سال قید اور 2 لاکھ روپے جرمانے کی سزا سنائی۔', ['5:year|sentence', '200000:money:PKR|fine']],
  ['a price in Indian rupees keeps its goods and unit', 'بھارت میں پیٹرول کی قیمت 95 روپے فی لیٹر تک پہنچ گئی۔', ['95:money:INR petrol/litre|reach']],
  ['a bail bond', 'ہائی کورٹ نے 5 لاکھ روپے کے مچلکوں کے عوض ضمانت منظور کر لی۔', ['500000:money:PKR|bail']],
  ['satellites launched', 'سپارکو نے 3 سیٹلائٹ لانچ کیے۔', ['3:ur:سیٹلائٹ|launch']],
  ['an innings is a score, the margin a win', 'بابر نے 48 گیندوں پر 73 رنز کی اننگز کھیلی اور پاکستان نے میچ 29 رنز سے جیت لیا۔', ['48:ball|score', '73:run|score', '29:run|win']],
  ['a percentage names what rose', 'برآمدات میں 9 فیصد اضافہ ہوا۔', ['9:%:exports|grow']],
  ['a count that became so', 'مریضوں کی تعداد 340 ہو گئی ہے۔', ['340:patient|reach']],
  ['power demand in megawatts', 'بجلی کی طلب 25 ہزار میگاواٹ تک پہنچ گئی۔', ['25000:unit:MW demand|reach']],
  ['the shortfall in megawatts, with no verb of the tables', 'شارٹ فال 4 ہزار میگاواٹ ہو گیا ہے۔', ['4000:unit:MW shortfall|reach']],
  ['a sugarcane price per maund', 'گنے کی قیمت 450 روپے فی من تک پہنچ گئی۔', ['450:money:PKR sugarcane/maund|reach']],
  ['a fare is a price of its own', 'بس کا کرایہ 900 روپے سے بڑھ کر 1100 روپے ہو گیا۔', ['900:money:PKR fare|grow', '1100:money:PKR fare|reach']],
  ['a wage is a price of its own', 'کم از کم اجرت 32 ہزار روپے سے بڑھا کر 37 ہزار روپے کر دی گئی۔', ['32000:money:PKR wage|grow', '37000:money:PKR wage|grow']],
  ['the dollar priced in rupees is its rate; dollars sent are no price of the dollar', 'اوپن مارکیٹ میں ڈالر 283 روپے کا ہو گیا جبکہ ترسیلات زر 3 ارب ڈالر تک پہنچ گئیں اور ڈالر مستحکم رہا۔', ['283:money:PKR usd|reach', '3000000000:money:USD remittances|reach']],
  ['a plot priced per marla', 'پلاٹ کی قیمت 25 لاکھ روپے فی مرلہ تک پہنچ گئی۔', ['2500000:money:PKR plot/marla|reach']],
];

test('Urdu news: claim keys', () => {
  checkRows(claimRows, claimKeys);
});

// The time of each claim: [name, text, "value:key@time" of each claim].
const timeRows: [name: string, text: string, expected: string[]][] = [
  ['a month named alone is a time', 'اپریل میں مہنگائی کی شرح 12 فیصد رہی۔', ['12:%:inflation|rate@--04']],
  ['a year in a relative clause is not the time of the figure before it', 'پولیس نے 11 ملزمان کو گرفتار کیا جو 2020 میں جیل سے فرار ہوئے تھے۔', ['11:suspect|arrest@null']],
  ['a year after جبکہ is the other clause\'s', 'سیلاب سے 40 مکانات تباہ ہوئے جبکہ 2022 میں یہاں کوئی نقصان نہیں ہوا تھا۔', ['40:house|destroy@null']],
  ['a Hijri day is the time of a figure after it', '10 محرم کو جلوس میں 30 ہزار افراد شریک ہوئے۔', ['30000:person|attend@--01-10[u-ca=islamic]']],
  ['the same period is the baseline\'s', 'ملوں میں 50 لاکھ گانٹھیں پہنچیں جبکہ گزشتہ سال اسی مدت تک 70 لاکھ گانٹھیں پہنچی تھیں۔', ['5000000:bale|reach@null', '7000000:bale|reach@earlier']],
];

test('Urdu news: claim times', () => {
  checkRows(timeRows, claimTimes);
});

// Two reports of one story: [name, [file a, file b], the figures the cross-file check flags, as "a: text" or "b: text"].
const pairRows: [name: string, input: [string, string], expected: string[]][] = [
  ['inflation rates that differ, no verb in either', ['مہنگائی کی شرح 12 فیصد رہنے کا امکان ہے۔', 'مہنگائی کی شرح ۱۰ فیصد رہنے کی توقع ہے۔'], ['a: 12 فیصد', 'b: ۱۰ فیصد']],
  ['the same count in digits and in mixed words', ['سیلاب سے 1 لاکھ 50 ہزار افراد بے گھر ہو گئے۔', 'سیلاب سے ایک لاکھ 50 ہزار لوگ بے گھر ہوئے۔'], []],
  ['a new rate against the rate it was cut from and to', ['شرح سود 22 فیصد سے کم کر کے 20.5 فیصد کر دی گئی۔', 'اعلان کے بعد شرح سود 19.5 فیصد ہو گئی ہے۔'], ['b: 19.5 فیصد']],
  ['the rate it was cut to agrees', ['شرح سود 22 فیصد سے کم کر کے 20.5 فیصد کر دی گئی۔', 'اعلان کے بعد شرح سود 20.5 فیصد ہو گئی ہے۔'], []],
  ['deaths from heatstroke and deaths from dengue are different facts', ['سندھ میں ہیٹ اسٹروک سے 14 افراد جاں بحق ہو گئے۔', 'صوبے میں ڈینگی سے 23 افراد جاں بحق ہو چکے ہیں۔'], []],
  ['one budget head in Urdu and Hindi', ['پاکستان نے دفاع کے لیے 2 ہزار 122 ارب روپے مختص کیے۔', 'पाकिस्तान ने रक्षा के लिए 2,281 अरब रुपये आवंटित किए।'], ['a: 2 ہزار 122 ارب روپے', 'b: 2,281 अरब रुपये']],
  ['one budget head in Urdu and Persian', ['پاکستان نے دفاع کے لیے 2 ہزار 122 ارب روپے مختص کیے۔', 'پاکستان برای دفاع ۲۲۸۱ میلیارد روپیه اختصاص داد.'], ['a: 2 ہزار 122 ارب روپے', 'b: ۲۲۸۱ میلیارد روپیه']],
  ['two budget heads in Urdu and Hindi are two facts', ['پاکستان نے دفاع کے لیے 2 ہزار 122 ارب روپے مختص کیے۔', 'पाकिस्तान ने स्वास्थ्य के लिए 2,281 अरब रुपये आवंटित किए।'], []],
  ['margins that differ', ['پاکستان نے انگلینڈ کو 152 رنز سے شکست دی۔', 'قومی ٹیم نے انگلینڈ کو 125 رنز سے ہرا دیا۔'], ['a: 152', 'b: 125']],
  ['power demand and the shortfall are two facts', ['بجلی کی طلب 25 ہزار میگاواٹ تک پہنچ گئی۔', 'بجلی کا شارٹ فال 4 ہزار میگاواٹ تک پہنچ گیا۔'], []],
  ['shortfalls that differ', ['بجلی کا شارٹ فال 4 ہزار میگاواٹ ہو گیا ہے۔', 'بجلی کا شارٹ فال 3 ہزار 600 میگاواٹ ہو گیا ہے۔'], ['a: 4 ہزار میگاواٹ', 'b: 3 ہزار 600 میگاواٹ']],
  ['a ticket\'s price and a car\'s are two facts', ['سینما ٹکٹ کی قیمت 1,500 روپے تک پہنچ گئی۔', 'نئی گاڑی کی قیمت 45 لاکھ روپے تک پہنچ گئی۔'], []],
  ['land per acre and a plot per marla are two facts', ['زرعی زمین کی قیمت 90 لاکھ روپے فی ایکڑ ہو گئی۔', 'پلاٹ کی قیمت 25 لاکھ روپے فی مرلہ ہو گئی۔'], []],
  // A price fixed (مقرر, تعیین کرد, fixed, निर्धारित) is the level it is set at, in every language.
  ['a price fixed in Urdu and in Persian', ['حکومت نے ڈیزل کی قیمت 270 روپے فی لیٹر مقرر کی۔', 'دولت پاکستان قیمت هر لیتر گازوئیل را ۲۷۵ روپیه تعیین کرد.'], ['a: 270 روپے', 'b: ۲۷۵ روپیه']],
  ['a price fixed in Urdu and in English', ['حکومت نے ڈیزل کی قیمت 270 روپے فی لیٹر مقرر کی۔', 'The government fixed the price of diesel in Pakistan at Rs275 per litre.'], ['a: 270 روپے', 'b: Rs275']],
  ['a price fixed in Urdu and in Hindi', ['حکومت نے ڈیزل کی قیمت 270 روپے فی لیٹر مقرر کی۔', 'सरकार ने पाकिस्तान में डीजल की कीमत 275 रुपये प्रति लीटर निर्धारित की।'], ['a: 270 روپے', 'b: 275 रुपये']],
  ['matches in different cities are different stories', ['ایڈیلیڈ میں پاکستان نے آسٹریلیا کے خلاف ہدف 26 اوورز میں حاصل کیا۔', 'بلاوایو میں پاکستان نے زمبابوے کے خلاف ہدف 18 اوورز میں حاصل کیا۔'], []],
];

test('Urdu news: two reports of one story', () => {
  checkRows(pairRows, flaggedInPair);
});

// One document's statements: [name, text, the figures the in-document check flags].
const documentRows: [name: string, text: string, expected: string[]][] = [
  ['gold per tola and per 10 grams are two facts', 'کراچی میں فی تولہ سونا 3 لاکھ 2 ہزار روپے تک پہنچ گیا۔ فی 10 گرام سونے کی قیمت 2 لاکھ 59 ہزار روپے تک پہنچ گئی۔', []],
  ['a budget\'s allocations for two heads are two facts', 'تعلیم کے لیے 95 ارب روپے مختص کیے گئے۔ ترقیاتی منصوبوں کے لیے 340 ارب روپے مختص کیے گئے۔', []],
  ['high-speed diesel and light diesel oil are two fuels', 'وزارت خزانہ کے مطابق پیٹرول کی قیمت میں 4 روپے 10 پیسے فی لیٹر اضافہ کیا گیا ہے جس کے بعد نئی قیمت 262 روپے 50 پیسے فی لیٹر ہو گئی ہے۔ ہائی اسپیڈ ڈیزل 9 روپے 10 پیسے اضافے سے 281 روپے 50 پیسے فی لیٹر کا ہو گیا۔\nمٹی کے تیل کی قیمت 2 روپے بڑھا کر 190 روپے جبکہ لائٹ ڈیزل آئل کی قیمت 171 روپے 20 پیسے فی لیٹر مقرر کی گئی ہے۔', []],
  ['one fuel at two prices is flagged', 'پیٹرول کی قیمت 262 روپے فی لیٹر تک پہنچ گئی۔ پیٹرول کی قیمت 266 روپے فی لیٹر تک پہنچ گئی۔', ['262 روپے', '266 روپے']],
  ['a province\'s toll and a district\'s are two facts', 'صوبے بھر میں ڈینگی سے 61 افراد ہلاک ہو چکے ہیں۔ ملتان ضلع میں ڈینگی سے 18 افراد ہلاک ہوئے۔', []],
  ['a survey\'s sectors are other facts; the economy restated with another rate is flagged', 'زرعی شعبے کی شرح نمو 1.2 فیصد رہی۔ صنعتی شعبے کی شرح نمو 3.4 فیصد رہی۔ خدمات کے شعبے کی شرح نمو 2.2 فیصد رہی۔ معیشت کی شرح نمو 2.5 فیصد رہی۔ انہوں نے بتایا کہ معیشت کی شرح نمو 2.7 فیصد رہی۔', ['2.5 فیصد', '2.7 فیصد']],
  ['turnout under two provinces\' headings is two facts', 'انتخابی نتائج\n\nسندھ\n\nصوبے میں ٹرن آؤٹ 44 فیصد رہا۔\n\nبلوچستان\n\nصوبے میں ٹرن آؤٹ 41 فیصد رہا۔\n\nحتمی نتائج جلد جاری ہوں گے۔', []],
];

test('Urdu news: one document\'s own figures', () => {
  checkRows(documentRows, flaggedInDocument);
});

test('Urdu news: a baseline "کے مقابلے میں" is the same rate earlier', () => {
  checkRows([['the 74 percent compared with', 'کامیابی کی شرح 79 فیصد رہی جو 74 فیصد کے مقابلے میں زیادہ ہے۔', ['79:%:pass|rate@null', '74:%:pass|rate@earlier']]], claimTimes);
});

// Entities of Urdu news: [name, text, mentions in order as "type text id" (id '-' when unlinked)].
const entityRows: [name: string, text: string, expected: string[]][] = [
  // Film, exam, air-quality, gas, refugee, cricket, gold and car-sales news.
  ['a distributor is no company name', 'ڈسٹری بیوٹر کے مطابق تقسیم کار کمپنی نے فلم 80 سینما گھروں میں ریلیز کی۔', []],
  ['a school stream is no group name', 'آرٹس گروپ کے 20 ہزار طلبہ پاس ہوئے۔', []],
  ['a year before a league is no name', 'اس سال لیگ میں 6 ٹیمیں حصہ لیں گی۔', []],
  ['AQI is no organisation', 'کراچی کا ایئر کوالٹی انڈیکس (AQI) 210 رہا۔', ['place کراچی city:karachi']],
  ['AQI in letter names is no organisation', 'ملتان میں اے کیو آئی 350 ریکارڈ کیا گیا۔', ['place ملتان city:multan']],
  ['MMBTU is no organisation', 'گیس 1,500 روپے فی ایم ایم بی ٹی یو ہو گئی۔', []],
  ['a POR card is no organisation', 'ایک لاکھ افغانوں کے پی او آر کارڈ کی مدت ختم ہو گئی۔', []],
  ['PSL franchises are no cities', 'کراچی کنگز نے ملتان سلطانز کو 5 وکٹوں سے ہرا دیا۔', ['organisation کراچی کنگز org:pk-karachi-kings', 'organisation ملتان سلطانز org:pk-multan-sultans']],
  ['the sarafa association', 'آل پاکستان صرافہ ایسوسی ایشن کے مطابق سونا سستا ہو گیا۔', ['organisation آل پاکستان صرافہ ایسوسی ایشن org:pk-sarafa-association']],
  ['the carmakers\' association by its short name', 'پاما کے مطابق گاڑیوں کی فروخت بڑھ گئی۔', ['organisation پاما org:pk-pama']],
  ['a stadium named before its head word is a place', 'ٹی ٹوئنٹی کا فائنل قذافی اسٹیڈیم میں کھیلا جائے گا۔', ['place قذافی اسٹیڈیم -']],
  ['a match before a stadium is no part of its name', 'میچ نیشنل اسٹیڈیم میں ہوگا۔', ['place نیشنل اسٹیڈیم -']],
  ['mining finance and its miner', 'آئی ایف سی اور بیرک گولڈ نے ریکوڈک معاہدے پر دستخط کیے۔', ['organisation آئی ایف سی org:ifc', 'organisation بیرک گولڈ org:barrick']],
  ['the Premier League', 'انگلش پریمیئر لیگ کے کلب نے کھلاڑی خرید لیا۔', ['organisation انگلش پریمیئر لیگ org:premier-league']],
  ['a test match before a stadium is no part of its name', 'پہلا ٹیسٹ راولپنڈی کرکٹ اسٹیڈیم میں کھیلا جائے گا۔', ['place راولپنڈی کرکٹ اسٹیڈیم -']],
  ['a postposition before a head word is no name', 'اس کے علاوہ بورڈ نے فیصلہ کیا۔', []],
  ['"now" after a title is no name', 'وزیر اعظم اب تک دو بار ملاقات کر چکے ہیں۔', []],
  ['a river is not its province', 'دریائے چناب میں طغیانی سے دیہات زیر آب آ گئے۔', ['place دریائے چناب area:chenab-river']],
  ['districts of Khyber Pakhtunkhwa', 'بنوں اور لکی مروت میں کرفیو نافذ ہے۔', ['place بنوں city:bannu', 'place لکی مروت city:lakki-marwat']],
  ['a police title in letter names, its district, then the name', 'ایس ایچ او سوات عبدالواحد ترین نے بتایا کہ ملزم فرار ہے۔', ['place سوات city:swat', 'person عبدالواحد ترین -']],
  ['a title, the place it is of, then the name', 'ڈپٹی کمشنر کراچی طحہٰ سلیم نے بتایا کہ سڑکیں کھلی ہیں۔', ['place کراچی city:karachi', 'person طحہٰ سلیم -']],
  ['the police is part of the title', 'انسپکٹر جنرل پولیس فیصل شاہکار نے دورہ کیا۔', ['person فیصل شاہکار -']],
  ['a mission chief', 'عالمی بینک کی مشن چیف نادیہ روشنی نے بریفنگ دی۔', ['organisation عالمی بینک org:world-bank', 'person نادیہ روشنی -']],
  ['a provincial assembly is a body, not its province', 'سندھ اسمبلی نے قرارداد منظور کر لی۔', ['organisation سندھ اسمبلی org:pk-sindh-assembly']],
  ['a programme named after a person', 'بینظیر انکم سپورٹ پروگرام کے تحت رقوم جاری ہوئیں۔', ['organisation بینظیر انکم سپورٹ پروگرام org:pk-bisp']],
  ['an association after its city', 'کراچی بار ایسوسی ایشن نے ہڑتال کی۔', ['organisation کراچی بار ایسوسی ایشن -']],
  ['the constitution of a country is a document', 'آئین پاکستان کا آرٹیکل 25 برابری کی ضمانت دیتا ہے۔', ['document آئین پاکستان -']],
  ['خواجہ سرا is a noun, not a name', 'خواجہ سراؤں کے لیے الگ کاؤنٹر بنایا گیا۔', []],
  ['اعظم after a portfolio starts the name', 'وزیر تجارت اعظم خان نے کہا۔', ['person اعظم خان -']],
  ['a division between two titles is part of the role', 'ڈی آئی جی ساؤتھ ڈاکٹر اسد رضا نے پریس کانفرنس کی۔', ['person اسد رضا -']],
  ['a federal ministry named after its head word', 'وفاقی وزارت مذہبی امور نے حج پالیسی جاری کر دی۔', ['organisation وزارت مذہبی امور -']],
  ['a wife named after her husband', 'سابق وزیر اعظم کی اہلیہ نصرت بیگم نے عدالت سے رجوع کیا۔', ['person نصرت بیگم -']],
  ['the Waziristans', 'شمالی وزیرستان اور جنوبی وزیرستان میں کرفیو نافذ ہے۔', ['place شمالی وزیرستان city:north-waziristan', 'place جنوبی وزیرستان city:south-waziristan']],
  ['a clinic named after a person is no part of the name', 'مریم نواز ہیلتھ کلینکس میں مفت علاج ہوگا۔', ['person مریم نواز -']],
  ['a conjunction before a party is no part of its name', 'حکمران اتحاد کو 40 نشستیں ملیں جبکہ عوامی پارٹی نے 12 نشستیں جیتیں۔', ['organisation عوامی پارٹی -']],
  ['a quantity word before police names no body', 'جلسے کی حفاظت پر دو ہزار سے زائد پولیس اہلکار مامور تھے۔', []],
  ['a portfolio after a minister\'s title is no name', 'قطر کے وزیر سرمایہ کاری نے کل ملاقات کی۔', ['place قطر region:QA']],
  ['next month after a title is no name', 'صدر آئندہ ماہ چین کا دورہ کریں گے۔', ['place چین region:CN']],
  ['Shaheed Benazirabad after a title is a district, not a person', 'اسسٹنٹ کمشنر شہید بینظیر آباد نے بتایا کہ سڑک بحال ہو گئی۔', ['place شہید بینظیر آباد city:nawabshah']],
  ['the Nepali Congress is not the Indian one', 'نیپالی کانگریس نے حکومت سے علیحدگی کا اعلان کیا۔', ['organisation نیپالی کانگریس org:np-congress']],
  ['cricketers named without a title', 'دوسرے میچ میں حارث رؤف نے چار اور شاہین شاہ آفریدی نے دو وکٹیں لیں۔', ['person حارث رؤف -', 'person شاہین شاہ آفریدی -']],
  // Prize-bond, fuel, exchange-rate, port and car news.
  ['a general secretary is a title, not part of the name', 'تاجر تنظیم کے جنرل سیکرٹری نعیم میر نے کہا کہ دکانیں کھلی رہیں گی۔', ['person نعیم میر -']],
  ['an analyst is a title', 'معاشی تجزیہ کار خرم شہزاد نے کہا۔', ['person خرم شہزاد -']],
  ['عمر ("age") opens a name after a title and before a given name', 'کرکٹ تجزیہ کار عمر علی رضا نے کہا۔', ['person عمر علی رضا -']],
  ['National Savings after a title is a body', 'ڈائریکٹر جنرل نیشنل سیونگز نے نئی شرح منافع کا اعلان کیا۔', ['organisation نیشنل سیونگز org:pk-national-savings']],
  ['the petroleum dealers with "All"', 'آل پاکستان پیٹرولیم ڈیلرز ایسوسی ایشن نے ہڑتال کی کال دے دی۔', ['organisation آل پاکستان پیٹرولیم ڈیلرز ایسوسی ایشن org:pk-petroleum-dealers']],
  ['the port trust by its letters', 'کے پی ٹی نے نئے برتھ کا افتتاح کیا۔', ['organisation کے پی ٹی org:pk-kpt']],
  ['the exchange companies\' association', 'ایکسچینج کمپنیز ایسوسی ایشن نے ریٹ جاری کیے۔', ['organisation ایکسچینج کمپنیز ایسوسی ایشن org:pk-ecap']],
  ['carmakers', 'پاک سوزوکی نے 6 ہزار اور ٹویوٹا انڈس نے 2 ہزار گاڑیاں فروخت کیں جبکہ ہونڈا اٹلس کی فروخت کم رہی۔', ['organisation پاک سوزوکی org:pk-pak-suzuki', 'organisation ٹویوٹا انڈس org:pk-indus-motor', 'organisation ہونڈا اٹلس org:pk-honda-atlas']],
  ['a car body type and a trim are no bodies', 'نئی ایس یو وی اور سٹی وی ایکس آر کی بکنگ شروع ہو گئی۔', []],
];

test('Urdu news: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`));
});
