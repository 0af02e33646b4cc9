/**
 * Look-alike stories of one folder told apart by what they name: the towns past their datelines, the
 * kind of event (crime, an outbreak), the teams of a match, and the time a sentence opens on.
 */
import { test } from 'node:test';
import { checkRows } from '../support/rows';
import { conflictLinks } from '../support/claims';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

test('towns, events, teams and earlier times tell look-alike stories apart; translations still meet', () => {
  checkRows(
    [
      [
        'robbery statistics and a toll of dengue are two stories; the same street-crime figures in Urdu are compared',
        {
          'crime-en.txt': 'Street crime falls in Sindh\n\nSeventy-two people were killed for resisting robbery this year, police data showed.',
          'crime-ur.txt': 'سندھ میں اسٹریٹ کرائم میں کمی\n\nرواں سال ڈکیتی میں مزاحمت پر 74 افراد جاں بحق ہوئے۔',
          'dengue-ur.txt': 'ملک میں پولیو کیسز 39 ہو گئے جن میں سے 11 سندھ سے رپورٹ ہوئے۔\n\nراولپنڈی میں ڈینگی سے اب تک 3 اموات ہو چکی ہیں۔',
        },
        { 'crime-en.txt': [['crime-ur.txt']], 'crime-ur.txt': [['crime-en.txt']] },
      ],
      [
        'last year\'s toll by a month is of last year: not compared with this year\'s; last year\'s in a translation is',
        {
          'then-en.txt': 'Dengue in Rawalpindi\n\nLast year, the district had reported 6,250 cases and 12 deaths by the end of November.',
          'now-en.txt': 'Dengue in Rawalpindi\n\nThree people have died of dengue in Rawalpindi so far.',
          'then-ur.txt': 'راولپنڈی میں ڈینگی\n\nگزشتہ سال نومبر کے آخر تک ضلع میں 6,250 کیسز اور 14 اموات رپورٹ ہوئی تھیں۔',
        },
        { 'then-en.txt': [['then-ur.txt']], 'then-ur.txt': [['then-en.txt']] },
      ],
      [
        'match reports of two matches of one team are two stories; a translation of one is compared',
        {
          'nz-en.txt': 'New Zealand beat Pakistan by 4 wickets\n\nJacob Duffy took 3-56 in the first ODI.',
          'za-ur.txt': 'پاکستان نے جنوبی افریقہ کو 6 وکٹوں سے شکست دے دی\n\nشاہین شاہ آفریدی نے 10 اوورز میں 66 رنز دے کر 2 وکٹیں حاصل کیں۔',
          'za-en.txt': 'Pakistan beat South Africa by 6 wickets\n\nShaheen Shah Afridi took 2 wickets for 60 runs in 10 overs.',
          'my-ur.txt': 'قومی ہاکی ٹیم نے ملائیشیا کو 4-2 سے ہرا دیا\n\nپاکستان نے ملائیشیا کو 2 کے مقابلے میں 4 گول سے شکست دے دی۔',
          'bd-ur.txt': 'ایشیا کپ ہاکی: پاکستان نے بنگلہ دیش کو 8-1 سے ہرا دیا\n\nپاکستان نے بنگلہ دیش کو 1 کے مقابلے میں 8 گول سے شکست دے دی۔',
        },
        { 'za-ur.txt': [['za-en.txt']], 'za-en.txt': [['za-ur.txt']] },
      ],
      [
        'accidents near two towns filed from one city are two stories; the same accident in Urdu is compared, though it names the dateline city only',
        {
          'kasur-en.txt': 'LAHORE: Twelve people were injured when a bus overturned near Kasur on Sunday, Rescue 1122 said.',
          'attock-en.txt': 'LAHORE: Nine people were injured when a van overturned near Attock on Sunday, Rescue 1122 said.',
          'kasur-ur.txt': 'لاہور: اتوار کو بس الٹنے سے 14 افراد زخمی ہو گئے، ریسکیو 1122 کے مطابق۔',
        },
        { 'kasur-en.txt': [['kasur-ur.txt']], 'kasur-ur.txt': [['attock-en.txt', 'kasur-en.txt']], 'attock-en.txt': [['kasur-ur.txt']] },
      ],
      [
        'one flood filed from two desks of one country, both naming its town: compared',
        {
          'swat-en.txt': 'ISLAMABAD: Flash floods killed 12 people in Swat on Monday, officials said.',
          'swat-ur.txt': 'پشاور: سوات میں پیر کو سیلابی ریلے سے 14 افراد جاں بحق ہو گئے۔',
        },
        { 'swat-en.txt': [['swat-ur.txt']], 'swat-ur.txt': [['swat-en.txt']] },
      ],
      [
        'two towns of one story named in both tellings: compared',
        {
          'two-en.txt': 'Rain in Murree and Abbottabad\n\nHeavy rain killed 8 people in Murree and Abbottabad on Monday.',
          'two-ur.txt': 'مری اور ایبٹ آباد میں بارش\n\nپیر کو مری اور ایبٹ آباد میں موسلا دھار بارش سے 9 افراد جاں بحق ہو گئے۔',
        },
        { 'two-en.txt': [['two-ur.txt']], 'two-ur.txt': [['two-en.txt']] },
      ],
      [
        'a wire dateline in capitals abroad, undated and with no headline, is no place of the story: the Tehran telling is compared',
        {
          'dubai-en.txt': 'DUBAI: Iran exported 1.8 million barrels of crude oil a day in October, tanker data showed.',
          'tehran-fa.txt': 'تهران - ایران در ماه اکتبر روزانه ۱.۶ میلیون بشکه نفت خام صادر کرد.',
        },
        { 'dubai-en.txt': [['tehran-fa.txt']], 'tehran-fa.txt': [['dubai-en.txt']] },
      ],
      [
        'daily reports of a price on two weekdays are two days; the Monday report in Urdu is compared',
        {
          'mon-en.txt': 'Gold rises\n\nKARACHI: The price of gold rose by Rs1,500 to Rs280,000 per tola on Monday, the jewellers association said.',
          'tue-en.txt': 'Gold falls\n\nKARACHI: The price of gold fell by Rs2,000 to Rs278,000 per tola on Tuesday, the jewellers association said.',
          'mon-ur.txt': 'سونا مہنگا\n\nکراچی: پیر کو فی تولہ سونے کی قیمت 1,500 روپے اضافے کے بعد 2 لاکھ 81 ہزار روپے ہو گئی۔',
        },
        { 'mon-en.txt': [['mon-ur.txt']], 'mon-ur.txt': [['mon-en.txt']] },
      ],
      [
        "FIRs registered are a crime's cases, not an outbreak's: a police report and a polio count are two stories",
        {
          'police-en.txt': 'Kite flying crackdown\n\nLahore police arrested 14 people and registered 11 FIRs on Sunday.',
          'polio-ur.txt': 'پولیو کیسز\n\nرواں سال ملک میں پولیو کے 47 کیسز رپورٹ ہوئے ہیں۔',
          'police-en2.txt': 'Kite flying crackdown\n\nLahore police arrested 14 people and registered 12 FIRs on Sunday, a spokesman said.',
        },
        { 'police-en.txt': [['police-en2.txt']], 'police-en2.txt': [['police-en.txt']] },
      ],
      [
        "air pollution's toll is another story than a toll of crashes; the pollution toll in English is compared",
        {
          'smog-fa.txt': 'آلودگی هوا در تهران\n\nسالانه حدود ۶ هزار و ۴۰۰ نفر در تهران بر اثر آلودگی هوا جان خود را از دست می‌دهند.',
          'roads-fa.txt': 'تصادفات نوروزی\n\nدر این مدت ۷۴۷ نفر در تصادفات جاده‌ای در تهران جان باختند.',
          'smog-en.txt': 'Air pollution in Tehran\n\nAbout 5,400 people die of air pollution in Tehran every year.',
        },
        { 'smog-fa.txt': [['smog-en.txt']], 'smog-en.txt': [['smog-fa.txt']] },
      ],
      [
        'exam centres are not procurement centres; the exam centres in English are compared',
        {
          'exam-ur.txt': 'میٹرک کے امتحانات\n\nلاہور بورڈ نے صوبے بھر میں 431 امتحانی مراکز قائم کیے۔',
          'wheat-ur.txt': 'گندم کی خریداری\n\nکسانوں سے خریداری کے لیے 400 مراکز قائم کیے گئے ہیں۔',
          'exam-en.txt': 'Matric examinations\n\nThe Lahore board set up 413 examination centres across the province.',
        },
        { 'exam-ur.txt': [['exam-en.txt']], 'exam-en.txt': [['exam-ur.txt']] },
      ],
      [
        'a sum in crore with its decimals dropped is the same sum; another sum is not',
        {
          'fii-hi.txt': 'सेंसेक्स\n\nविदेशी संस्थागत निवेशकों ने बुधवार को 2,306 करोड़ रुपये के शेयर खरीदे।',
          'fii-en.txt': 'Sensex\n\nForeign institutional investors bought equities worth Rs 2,306.88 crore on Wednesday.',
          'fii-en2.txt': 'Sensex\n\nForeign institutional investors bought equities worth Rs 2,360.88 crore on Wednesday.',
        },
        { 'fii-hi.txt': [['fii-en2.txt']], 'fii-en.txt': [['fii-en2.txt']], 'fii-en2.txt': [['fii-en.txt', 'fii-hi.txt']] },
      ],
    ],
    conflictLinks,
  );
});

test('the weekday a lead names, in each language; Urdu day names only as days', () => {
  checkRows(
    [
      ['en', 'The index closed at 120,345 on Monday.', 1],
      ['hi', 'सेंसेक्स शुक्रवार को 720 अंक गिरा।', 5],
      ['hi: Thursday in its long form', 'बृहस्पतिवार को बारिश हुई।', 4],
      ['fa: Tuesday written apart is no Saturday', 'شاخص بورس روز سه شنبه ۲ درصد رشد کرد.', 2],
      ['fa: Saturday', 'روز شنبه مدارس تعطیل بود.', 6],
      ['fa: Thursday joined by a non-joiner', 'پنج‌شنبه باران بارید.', 4],
      ['ur: Monday with کو', 'پیر کو انڈیکس 512 پوائنٹس بڑھا۔', 1],
      ['ur: Saturday with کے روز', 'ہفتے کے روز بارش ہوئی۔', 6],
      ['ur: بروز before the day', 'اجلاس بروز جمعرات ہوگا۔', 4],
      ['ur: a week is no Saturday, the Buddha no Wednesday, a saint no Monday', 'اس ہفتے کے دوران بدھ مت کے پیر صاحب آئے۔', null],
    ],
    (text: string) => weekdayOf(text),
  );
});

/** The weekday the lead of a one-sentence document names. */
function weekdayOf(text: string): number | null {
  return analyzeDocument(text, DEFAULT_OPTIONS).lead?.weekday ?? null;
}
