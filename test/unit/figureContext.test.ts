import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

// Figures with their context: [name, text, expected figures as brief() strings].
const rows: [name: string, text: string, expected: string[]][] = [
  // Scales after digits, currencies.
  ['Urdu million dollars', 'آسٹریلیا نے 83.5 ملین ڈالر کی سرمایہ کاری کا وعدہ کیا ہے۔', ['83.5 ملین ڈالر=83500000/currency (unit USD)']],
  ['Urdu billion VND', 'تقریباً 18,900 بلین VND کا نقصان ہوا ہے۔', ['18,900 بلین VND=18900000000000/currency (unit VND, approx)']],
  ['Urdu trillion US dollars', '10.5 ٹریلین امریکی ڈالر تک پہنچنے', ['10.5 ٹریلین امریکی ڈالر=10500000000000/currency (unit USD)']],
  ['Persian million dollars', 'استرالیا متعهد شد 83.5 میلیون دلار سرمایه‌گذاری کند.', ['83.5 میلیون دلار=83500000/currency (unit USD)']],
  ['Hindi lakh rupees', 'सरकार ने 25 लाख रुपये दिए।', ['25 लाख रुपये=2500000/currency (unit INR)']],
  ['English dollar sign', 'They pledged $ 75 million to the fund.', ['$ 75 million=75000000/currency (unit USD)']],
  ['toman to rial', 'قیمت ۵۰ هزار تومان شد.', ['۵۰ هزار تومان=500000/currency (unit IRR)']],
  // Qualifiers.
  ['Urdu approx before', 'تقریباً 70 ممالک اور تنظیموں نے کنونشن پر دستخط کیے', ['70=70/cardinal (approx, counts country)']],
  ['Urdu more-than after', '110 سے زائد ممالک کے نمائندے شریک تھے', ['110=110/cardinal (more-than, counts country)']],
  ['Persian approx', 'نزدیک به 70 کشور و سازمان کنوانسیون را امضا کردند', ['70=70/cardinal (approx, counts country)']],
  ['Persian more-than before', 'بیش از ۱۱۰ کشور شرکت کردند', ['۱۱۰=110/cardinal (more-than, counts country)']],
  ['Hindi more-than after', '2,500 से अधिक प्रतिनिधियों का स्वागत किया गया', ['2,500=2500/cardinal (more-than, counts delegate)']],
  ['Hindi at-least', 'न्यूनतम 40 हस्ताक्षर', ['40=40/cardinal (at-least, counts signature)']],
  ['English about', 'about 70 countries signed', ['70=70/cardinal (approx, counts country)']],
  // What is counted, past adjectives.
  ['Hindi counted past adjectives', '150 अंतर्राष्ट्रीय, क्षेत्रीय और निजी संगठनों', ['150=150/cardinal (counts organisation)']],
  ['unknown noun keeps its surface form', 'وزیر اعظم نے "5 pushes" کے جذبے', ['5=5/cardinal (counts pushes)']],
  ['percentage points are no percent and make no range with one', 'rose 0.3 percentage points to 4.1% in May', ['0.3 percentage points=0.3/percent (unit pp)', '4.1%=4.1/percent (unit %)']],
  ['Persian percentage points', 'نرخ ۲٫۵ واحد درصد کاهش یافت', ['۲٫۵ واحد درصد=2.5/percent (unit pp)']],
  ['Persian cents after va', 'قیمت ۸۵ دلار و ۳۰ سنت بود', ['۸۵ دلار و ۳۰ سنت=85.3/currency (unit USD)']],
  ['Urdu cents', 'قیمت 85 ڈالر 30 سینٹ تھی', ['85 ڈالر 30 سینٹ=85.3/currency (unit USD)']],
  ['an auxiliary verb after a number is no counted noun', 'In all 33 million have been affected', ['33 million=33000000/cardinal']],
  // Percent.
  ['percent word Urdu', 'شرح 25 فیصد رہی', ['25 فیصد=25/percent (unit %)']],
  ['percent word Persian', 'رشد ۷ درصد بود', ['۷ درصد=7/percent (unit %, counts growth)']],
  ['percent word Hindi', 'वृद्धि 7.5 प्रतिशत रही', ['7.5 प्रतिशत=7.5/percent (unit %)']],
  // Ranges.
  ['range with joiner word', '10 سے 15 ممالک', ['10 سے 15=10..15/range (counts country)']],
  ['Persian range with تا', '۱۰ تا ۱۵ کشور', ['۱۰ تا ۱۵=10..15/range (counts country)']],
  // Dates and years.
  ['Urdu date', '25 اکتوبر 2025 کو', ['25 اکتوبر 2025=2025-10-25/date']],
  ['Urdu day range date', '25-26 اکتوبر 2025 کو ہنوئی میں', ['25-26 اکتوبر 2025=2025-10-25/2025-10-26/date']],
  ['Hindi date without year', '25 अक्टूबर को', ['25 अक्टूबर=--10-25/date']],
  ['Persian solar date', '۳ آبان ۱۴۰۴', ['۳ آبان ۱۴۰۴=2025-10-25/date']],
  ['English date', 'on October 25, 2025 in Hanoi', ['October 25, 2025=2025-10-25/date']],
  ['numbers listed after a reference are references', 'آئین کے آرٹیکل 6، 7 اور 10 کی خلاف ورزی', ['آرٹیکل 6=6/reference (counts article)', '7=7/reference (counts article)', '10=10/reference (counts article)']],
  ['a count after a reference and a comma stays a count', 'as does Article 12, 30 countries said', ['Article 12=12/reference (counts article)', '30=30/cardinal (counts country)']],
  ['ISO date in digits', 'published on 2023-10-07 in Lahore', ['2023-10-07=2023-10-07/date']],
  ['day first date in digits', 'رپورٹ 07/10/2023 کو جاری ہوئی', ['07/10/2023=2023-10-07/date']],
  ['month first when the middle cannot be a month', 'meet on 5/17/2018', ['5/17/2018=2018-05-17/date']],
  ['dotted date in digits', 'रिपोर्ट 7.10.2023 को जारी हुई', ['7.10.2023=2023-10-07/date']],
  ['Solar Hijri date in digits', 'گزارش در تاریخ ۱۴۰۲/۰۷/۱۵ منتشر شد', ['۱۴۰۲/۰۷/۱۵=2023-10-07/date']],
  ['no such day is no date', 'on 31/02/2023 it', ['31=31/cardinal', '02=2/cardinal', '2023=2023/year']],
  ['a phone number is no figure', 'Call 0300-1234567 or 0800 12345 for 5 minutes', ['5=5/cardinal (counts minute)']],
  ['a version or an address is no figure', 'version 1.2.3 at 192.168.1.1 has 3 bugs', ['3=3/cardinal (counts bug)']],
  ['a lone leading zero is still a number', 'the code 0033 was', ['0033=33/cardinal']],
  ['a long number with a leading zero is a phone number', 'Call 03001234567 now', []],
  ['a full stop after a dotted date', 'The law was passed on 1.10.2023.', ['1.10.2023=2023-10-01/date']],
  ['Solar Hijri month lengths', 'تاریخ ۱۴۰۲/۰۲/۳۱ تصویب شد', ['۱۴۰۲/۰۲/۳۱=2023-05-21/date']],
  ['no 29 February in a common year', 'on 29/02/2023 it', ['29=29/cardinal', '02=2/cardinal', '2023=2023/year']],
  ['a Hijri year outside Persian is no date', 'مورخہ 12/03/1445 کو', ['12=12/cardinal', '03=3/cardinal', '1445=1445/cardinal']],
  ['a Persian day without its year in Gregorian months', 'روز ۱۵ مهر امضا شد', ['۱۵ مهر=--10-07/date']],
  ['a Persian day without its year is of the year its document last wrote in a date', 'تهران - ۲۶ آذر ۱۴۰۳: جلسه روز ۲۶ آذر برگزار شد.\nدر ۱۶ دی ۱۴۰۲ و روز ۲۶ آذر', ['۲۶ آذر ۱۴۰۳=2024-12-16/date', '۲۶ آذر=--12-16/date', '۱۶ دی ۱۴۰۲=2024-01-06/date', '۲۶ آذر=--12-17/date']],
  ['a percentage that names its own noun has no rate subject', 'बेरोजगारी से परेशान 60 प्रतिशत युवा', ['60 प्रतिशत=60/percent (unit %)']],
  ['a count named before a clause marker is not this number\'s', 'ہلاکتوں کی تعداد میں اضافے کے بعد حکومت نے 500 افراد کو نکالا', ['500=500/cardinal (counts person)']],
  ['no noun for a number after a verb of being', 'Khan, who has 3 children and is 45, was arrested.', ['3=3/cardinal (counts child)', '45=45/cardinal']],
  ['month and year', 'اکتوبر 2025 میں', ['اکتوبر 2025=2025-10/date']],
  ['bare year', '2017 میں، WannaCry نے', ['2017=2017/year']],
  ['year with cue', 'سال 2025 میں', ['2025=2025/year']],
  ['four digits counting something are not a year', '2000 کمپیوٹرز متاثر ہوئے', ['2000=2000/cardinal (counts computer)']],
  // References.
  ['Urdu article', '(آرٹیکل 25)', ['آرٹیکل 25=25/reference (counts article)']],
  ['article with sub-number', 'آرٹیکل 21(4) (طریقہ)', ['آرٹیکل 21(4)=21/reference (counts article)']],
  ['Persian article', 'ماده ۲۵ کنوانسیون', ['ماده ۲۵=25/reference (counts article)']],
  ['Hindi article', 'अनुच्छेद 5 के तहत', ['अनुच्छेद 5=5/reference (counts article)']],
  // A percentage followed by the people it is a share of, with "of" or without; not a noun of no people.
  ['English percent of students', '25% of students failed.', ['25%=25/percent (unit %, counts student)']],
  ['English percent students', '25% students failed.', ['25%=25/percent (unit %, counts student)']],
  ['Urdu فیصد طلبہ', '30 فیصد طلبہ فیل ہوئے۔', ['30 فیصد=30/percent (unit %, counts student)']],
  ['Hindi प्रतिशत मतदाता', '40 प्रतिशत मतदाता नाराज़ हैं।', ['40 प्रतिशत=40/percent (unit %, counts voter)']],
  ['Persian درصد رأی‌دهندگان', '۶۰ درصد رأی‌دهندگان رأی دادند.', ['۶۰ درصد=60/percent (unit %, counts voter)']],
  ['English percent of households is no share of people', '40 percent of households have no power.', ['40 percent=40/percent (unit %)']],
];

test('figures with scales, currencies, qualifiers, counted nouns, ranges, dates and references', () => {
  checkRows(rows, (text) => figuresOf(text).map(brief));
});
