/**
 * Claims of stories told in four languages (a bus crash, a cricket Test, a dam, deportations to
 * Afghanistan, an exam result): people deported, workers a project employs, land it irrigates, what it costs,
 * families sheltering in camps, wickets taken and lost, spectators and passengers counted with no
 * verb; migrants, refugees and citizens deported or arrested are people; a height is no one employed;
 * candidates who passed an exam succeeded, past the relative clause on the whole they are part of.
 */
import { test } from 'node:test';
import { claimKeys, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

test('claim keys of deportations, a dam, a cricket Test and a bus crash, in four languages', () => {
  checkRows(
    [
      // People deported, however a telling counts them (migrants, مہاجرین, प्रवासियों, مهاجر).
      ['en: deported migrants', 'Pakistan deported 1,850 Afghan migrants through the Torkham border crossing on Tuesday.', ['1850:person|deport']],
      ['ur: ملک بدر', 'پاکستان نے منگل کو طورخم سرحد کے راستے 1850 افغان مہاجرین کو ملک بدر کر دیا۔', ['1850:person|deport']],
      ['hi: निर्वासित', 'पाकिस्तान ने मंगलवार को तोरखम सीमा के रास्ते 1,850 अफगान प्रवासियों को निर्वासित कर दिया।', ['1850:person|deport']],
      ['fa: اخراج', 'پاکستان روز سه‌شنبه ۱۸۵۰ مهاجر افغان را از طریق گذرگاه تورخم اخراج کرد.', ['1850:person|deport']],
      // Those arrested, as citizens of a nation or by its name, are people.
      ['ur: افغان شہریوں arrested', 'رواں ماہ کراچی میں 3 ہزار 400 سے زائد افغان شہریوں کو گرفتار کیا گیا ہے۔', ['3400:person|arrest']],
      ['hi: अफगानों arrested', 'इस महीने कराची में 3,400 से अधिक अफगानों को गिरफ्तार किया गया है।', ['3400:person|arrest']],
      // Families sheltering in camps.
      ['en: sheltering', 'Officials said 112 families were sheltering in two temporary camps near the border.', ['112:family|shelter', '2:camp|shelter']],
      ['ur: مقیم', 'طورخم کے حکام نے بتایا کہ 112 خاندان سرحد کے قریب 2 عارضی کیمپوں میں مقیم ہیں۔', ['112:family|shelter', '2:camp|shelter']],
      ['hi: रह रहे', 'अधिकारियों ने बताया कि सीमा के पास दो अस्थायी शिविरों में 112 परिवार रह रहे हैं।', ['2:camp|shelter', '112:family|shelter']],
      ['fa: به سر می‌برند', 'مقام‌ها گفتند ۱۱۲ خانواده در دو اردوگاه موقت در نزدیکی مرز به سر می‌برند.', ['112:family|shelter', '2:camp|shelter']],
      // Workers a project employs; its height employs no one.
      ['en: employs, past a height', 'The 213-metre-high dam is being built by a consortium that employs more than 4,500 workers.', ['4500:worker|employ']],
      ['ur: کام کر رہے ہیں', '213 میٹر بلند ڈیم ایک کنسورشیم تعمیر کر رہا ہے جس میں 4 ہزار 500 سے زائد مزدور کام کر رہے ہیں۔', ['4500:worker|employ']],
      ['hi: काम कर रहे हैं', 'इस बांध का निर्माण एक कंसोर्टियम कर रहा है, जिसमें 4,500 से अधिक मजदूर काम कर रहे हैं।', ['4500:worker|employ']],
      ['fa: کار می‌کنند', 'این سد ۲۱۳ متری را کنسرسیومی می‌سازد که بیش از ۴۵۰۰ کارگر در آن کار می‌کنند.', ['4500:worker|employ']],
      // Land irrigated (in acres: ایکر is one in Persian too) and what a project costs.
      // An area is of land, said or not.
      ['en: irrigate acres of land', 'The project will irrigate 16,737 acres of new land in Charsadda.', ['16737:unit:acre|irrigate']],
      ['fa: ایکر آبیاری', 'این طرح ۱۶ هزار و ۷۳۷ ایکر زمین را در چارسده آبیاری خواهد کرد.', ['16737:unit:acre|irrigate']],
      ['hi: सिंचाई', 'यह परियोजना चारसद्दा में 16,737 एकड़ की सिंचाई करेगी।', ['16737:unit:acre|irrigate']],
      ['ur: لاگت', '309 ارب روپے کی لاگت سے تعمیر ہونے والا یہ منصوبہ مکمل ہو گا۔', ['309000000000:money:PKR|cost']],
      ['hi: लागत', '309 अरब रुपये की लागत वाली यह परियोजना पूरी होगी।', ['309000000000:money:INR|cost']],
      // Wickets taken and lost; runs in Afghan Persian (دوش).
      ['hi: विकेट लिए', 'स्पिनर नोमान अली ने 46 रन देकर 8 विकेट लिए, जबकि साजिद खान ने 2 विकेट झटके।', ['8:wicket|win', '2:wicket|win']],
      ['ur: وکٹیں لیں', 'ساجد خان نے 2 وکٹیں لیں۔', ['2:wicket|win']],
      ['hi: विकेट गंवा दिए', 'इंग्लैंड ने अपने आखिरी 5 विकेट गंवा दिए।', ['5:wicket|lose']],
      ['fa: دوش', 'پاکستان با ۱۵۲ دوش اختلاف انگلیس را شکست داد.', ['152:run|win']],
      // Spectators counted are those who watched; passengers those aboard, with no verb for it.
      ['ur: تماشائیوں نے دیکھا', 'آخری روز کا کھیل تقریباً 12 ہزار تماشائیوں نے دیکھا۔', ['12000:spectator|attend']],
      ['hi: दर्शकों ने देखा', 'आखिरी दिन का खेल करीब 12,000 दर्शकों ने देखा।', ['12000:spectator|attend']],
      ['fa: مسافر داشت', 'این اتوبوس ۴۸ مسافر داشت.', ['48:passenger|aboard']],
      // Beds set aside.
      ['en: beds reserved', 'The department said 1,150 beds had been reserved for dengue patients.', ['1150:bed|invest']],
      ['hi: बिस्तर आरक्षित', 'डेंगू मरीजों के लिए 1,150 बिस्तर आरक्षित किए गए हैं।', ['1150:bed|invest']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('an exam result: candidates who passed are people who succeeded, in four languages; a whole’s relative clause is its own', () => {
  checkRows(
    [
      ['en: passing the examination, past "who appeared"', 'The board announced results, with 187,431 of the 243,556 candidates who appeared passing the examination.', ['187431:person|win', '243556:candidate|total']],
      ['ur: کامیاب ہوئے', 'امتحان میں شریک 2 لاکھ 43 ہزار 556 امیدواروں میں سے ایک لاکھ 87 ہزار 431 کامیاب ہوئے۔', ['243556:candidate|total', '187431:person|win']],
      ['hi: पास हुए', 'परीक्षा में शामिल 2,43,556 परीक्षार्थियों में से 1,87,431 पास हुए।', ['243556:candidate|total', '187431:person|win']],
      ['fa: نفر قبول شدند', 'از این داوطلبان، ۱۸۷ هزار و ۴۳۱ نفر قبول شدند.', ['187431:person|win']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('a dengue toll and a dam: a total, whatever verb brings it there; goods named past another figure are that one’s', () => {
  checkRows(
    [
      ['ur: مجموعی تعداد … ہو گئی', 'رواں سال کیسز کی مجموعی تعداد 6 ہزار 830 ہو گئی۔', ['6830:case|total']],
      ['hi: कुल … हो गई', 'इस साल कुल मामलों की संख्या 6,830 हो गई है।', ['6830:case|total']],
      ['fa: شمار کل … رسید', 'شمار کل موارد ابتلا به ۶۸۳۰ مورد رسید.', ['6830:case|total']],
      // The land is the acres', not the cost's.
      ['en: costing …, acres of land', 'The project, costing $2.1 billion, will irrigate 16,737 acres of new land.', ['2100000000:money:USD|cost', '16737:unit:acre|irrigate']],
      ['fa: هزینه …، ایکر زمین', 'هزینه این طرح ۲٫۱ میلیارد دلار است و ۱۶ هزار و ۷۳۷ ایکر زمین جدید را آبیاری خواهد کرد.', ['2100000000:money:USD|cost', '16737:unit:acre|irrigate']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('a train crash: a group heads a compound past modifiers, ambulances, passengers aboard, the badly and slightly injured paid', () => {
  checkRows(
    [
      // 45 mobile health teams are teams, not phones (मोबाइल) or an unknown word (موبائل).
      ['hi: मोबाइल स्वास्थ्य टीमें', 'घटनास्थल पर 200 से अधिक एंबुलेंस और 45 मोबाइल स्वास्थ्य टीमें तैनात की गईं।', ['200:ambulance|deploy', '45:team|deploy']],
      ['ur: موبائل ہیلتھ ٹیمیں', 'جائے حادثہ پر 200 سے زائد ایمبولینسیں اور 45 موبائل ہیلتھ ٹیمیں تعینات کی گئیں۔', ['200:ambulance|deploy', '45:team|deploy']],
      ['fa: آمبولانس', 'بیش از ۲۰۰ آمبولانس و ۴۵ تیم بهداشتی سیار به محل حادثه اعزام شدند.', ['200:ambulance|deploy', '45:team|deploy']],
      ['fa: سوار بودند', 'در این قطار حدود ۱۲۵۷ مسافر سوار بودند.', ['1257:passenger|aboard']],
      // The badly and slightly injured are paid apart, in Persian as in the others.
      ['fa: مجروحان شدید, سطحی', 'وزیر برای مجروحان شدید ۲۰۰ هزار روپیه و برای مجروحان سطحی ۵۰ هزار روپیه غرامت اعلام کرد.', ['200000:money:INR#injured-serious|compensate', '50000:money:INR#injured-minor|compensate']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('a heatwave: power demand in MW is a measure of its own in every language, and a level it rose to; relief camps are camps', () => {
  checkRows(
    [
      ['en: demand rose to', 'Power outages hit several areas as demand rose to 3,650 megawatts.', ['3650:unit:MW demand|reach']],
      ['hi: बिजली की मांग', 'बिजली की मांग 3,650 मेगावाट तक पहुंच गई।', ['3650:unit:MW demand|reach']],
      ['fa: تقاضای برق', 'تقاضای برق به ۳۶۵۰ مگاوات رسید.', ['3650:unit:MW demand|reach']],
      ['ur: ہیٹ ویو ریلیف کیمپ', 'شہری انتظامیہ نے 70 ہیٹ ویو ریلیف کیمپ قائم کیے۔', ['70:camp|establish']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('a football qualifier: spectators watched the match, not won it', () => {
  checkRows(
    [
      ['en: in front of … spectators, past "beat"', 'Iran beat North Korea 3-0 in a World Cup qualifier at Azadi Stadium on Thursday, in front of about 78,000 spectators.', ['78000:spectator|attend']],
      ['ur: تماشائیوں نے میچ دیکھا, past شکست', 'ایران نے شمالی کوریا کو 0-3 سے شکست دے دی، آزادی اسٹیڈیم میں تقریباً 78 ہزار تماشائیوں نے میچ دیکھا۔', ['78000:spectator|attend']],
      ['hi: दर्शकों ने मैच देखा, past हरा दिया', 'ईरान ने उत्तर कोरिया को 3-0 से हरा दिया और करीब 78,000 दर्शकों ने मैच देखा।', ['78000:spectator|attend']],
    ],
    (text: string) => claimKeys(text).filter((k) => k.includes('spectator')),
  );
});

test('translations with a planted change: families in camps, people deported, spectators', () => {
  checkRows(
    [
      [
        'en and fa: 112 and 121 families',
        [
          'KABUL, Nov 5 (Reuters) - Pakistan deported 1,850 Afghan migrants through the Torkham border crossing. Officials said 112 families were sheltering in two temporary camps near the border.',
          'پاکستان ۱۸۵۰ مهاجر افغان را از طریق گذرگاه تورخم اخراج کرد. مقام‌ها گفتند ۱۲۱ خانواده در دو اردوگاه موقت در نزدیکی مرز به سر می‌برند.',
        ],
        ['a: 112', 'b: ۱۲۱'],
      ],
      [
        'ur and hi: 1850 and 1580 deported',
        [
          'پاکستان نے منگل کو طورخم سرحد کے راستے 1850 افغان مہاجرین کو ملک بدر کر دیا۔',
          'पाकिस्तान ने मंगलवार को तोरखम सीमा के रास्ते 1,580 अफगान प्रवासियों को निर्वासित कर दिया।',
        ],
        ['a: 1850', 'b: 1,580'],
      ],
      [
        'ur and fa: 12 and 21 thousand spectators',
        ['آخری روز کا کھیل تقریباً 12 ہزار تماشائیوں نے دیکھا۔', 'حدود ۲۱ هزار تماشاگر روز پایانی مسابقه را تماشا کردند.'],
        ['a: 12 ہزار', 'b: ۲۱ هزار'],
      ],
      [
        'hi and fa: 187,431 and 178,431 passed',
        ['परीक्षा में शामिल 2,43,556 परीक्षार्थियों में से 1,87,431 पास हुए।', 'از ۲۴۳ هزار و ۵۵۶ داوطلب شرکت‌کننده، ۱۷۸ هزار و ۴۳۱ نفر قبول شدند.'],
        ['a: 1,87,431', 'b: ۱۷۸ هزار و ۴۳۱'],
      ],
      [
        'hi and ur: 45 and 54 mobile health teams',
        ['घटनास्थल पर 45 मोबाइल स्वास्थ्य टीमें तैनात की गईं।', 'جائے حادثہ پر 54 موبائل ہیلتھ ٹیمیں تعینات کی گئیں۔'],
        ['a: 45', 'b: 54'],
      ],
    ],
    flaggedInPair,
  );
});
