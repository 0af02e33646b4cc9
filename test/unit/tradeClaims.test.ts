/**
 * Business and trade news told in four languages: cars sold and exported, a month's exports,
 * imports and remittances, a company's quarterly profit and revenue, wheat produced and imported.
 * The translations of each fact share a key, different facts of one story have different keys
 * (a sum of money is of what it is a sum of: exports, remittances, profit), and a different value
 * of one fact in another file is flagged. Urdu برآمد is "recovered" beside arms, drugs or a raid.
 */
import { test } from 'node:test';
import { claimKeys, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

test('a carmaker\'s month: cars sold and cars exported, in every language', () => {
  checkRows(
    [
      ['en: sold and exported', 'Pak Suzuki sold 8,500 cars in March and exported 300 cars to Afghanistan.', ['8500:vehicle|sell', '300:vehicle|export']],
      ['ur: فروخت کیں and برآمد کیں', 'پاک سوزوکی نے مارچ میں 8 ہزار 500 گاڑیاں فروخت کیں اور 300 گاڑیاں افغانستان برآمد کیں۔', ['8500:vehicle|sell', '300:vehicle|export']],
      ['hi: बेचीं and निर्यात कीं', 'पाक सुजुकी ने मार्च में 8,500 कारें बेचीं और 300 कारें अफगानिस्तान को निर्यात कीं।', ['8500:vehicle|sell', '300:vehicle|export']],
      ['fa: فروخت and صادر کرد', 'پاک سوزوکی در ماه مارس ۸ هزار و ۵۰۰ خودرو فروخت و ۳۰۰ خودرو به افغانستان صادر کرد.', ['8500:vehicle|sell', '300:vehicle|export']],
      // Units sold, however a telling counts them; a verb after a counter is no noun it counts.
      ['en: units sold', 'The company sold 55,000 units in October.', ['55000:unit|sell']],
      ['ur: یونٹس فروخت کیے', 'کمپنی نے اکتوبر میں 55 ہزار یونٹس فروخت کیے۔', ['55000:unit|sell']],
      ['hi: यूनिट बेचीं', 'कंपनी ने अक्टूबर में 55,000 यूनिट बेचीं।', ['55000:unit|sell']],
      ['fa: دستگاه فروخت names nothing counted', 'این شرکت در ماه اکتبر ۵۵ هزار دستگاه فروخت.', []],
      // Sales that rose to a count are the count sold, with the change told between them; investors' net selling (बिकवाली) sells no goods.
      ['en: sales rose … to units', "Maruti Suzuki's sales rose 10 percent to 1.8 lakh units in October.", ['10:%:sales|grow', '180000:unit|sell']],
      ['hi: बिक्री … बढ़कर … यूनिट हो गई', 'मारुति सुजुकी की बिक्री अक्टूबर में 10 प्रतिशत बढ़कर 1.8 लाख यूनिट हो गई।', ['10:%:sales|grow', '180000:unit|sell']],
      ['ur: فروخت … اضافے سے … یونٹس تک پہنچ گئی', 'اکتوبر میں ماروتی سوزوکی کی فروخت 10 فیصد اضافے سے 1 لاکھ 80 ہزار یونٹس تک پہنچ گئی۔', ['10:%:sales|grow', '180000:unit|sell']],
      ['hi: बिकवाली', 'विदेशी निवेशकों ने 3,000 करोड़ रुपये की बिकवाली की।', []],
    ],
    claimKeys,
  );
});

test('a month\'s trade: exports, remittances, imports and the deficit are sums of their own', () => {
  checkRows(
    [
      [
        'en: rose to, reached',
        "Pakistan's exports rose 8 percent to $3 billion in March, while remittances reached $3.2 billion.",
        ['8:%:exports|grow', '3000000000:money:USD exports|reach', '3200000000:money:USD remittances|reach'],
      ],
      [
        'ur: اضافے سے … ہو گئیں, رہیں',
        'مارچ میں پاکستان کی برآمدات 8 فیصد اضافے سے 3 ارب ڈالر ہو گئیں جبکہ ترسیلات زر 3.2 ارب ڈالر رہیں۔',
        ['8:%:exports|grow', '3000000000:money:USD exports|reach', '3200000000:money:USD remittances|reach'],
      ],
      [
        'hi: बढ़कर … हो गया, रहा',
        'मार्च में पाकिस्तान का निर्यात 8 प्रतिशत बढ़कर 3 अरब डॉलर हो गया, जबकि रेमिटेंस 3.2 अरब डॉलर रहा।',
        ['8:%:exports|grow', '3000000000:money:USD exports|reach', '3200000000:money:USD remittances|reach'],
      ],
      [
        'fa: افزایش به … رسید',
        'صادرات پاکستان در ماه مارس با ۸ درصد افزایش به ۳ میلیارد دلار رسید و حواله‌های ارزی کارگران به ۳٫۲ میلیارد دلار رسید.',
        ['8:%:exports|grow', '3000000000:money:USD exports|reach', '3200000000:money:USD remittances|reach'],
      ],
      ['en: stood at, leaving a deficit', 'Imports stood at $4.5 billion, leaving a trade deficit of $1.5 billion.', ['4500000000:money:USD imports|reach', '1500000000:money:USD deficit|reach']],
      ['ur: درآمدات رہیں, تجارتی خسارہ رہا', 'درآمدات 4.5 ارب ڈالر رہیں اور تجارتی خسارہ 1.5 ارب ڈالر رہا۔', ['4500000000:money:USD imports|reach', '1500000000:money:USD deficit|reach']],
      ['hi: आयात रहा, व्यापार घाटा रहा', 'आयात 4.5 अरब डॉलर रहा और व्यापार घाटा 1.5 अरब डॉलर रहा।', ['4500000000:money:USD imports|reach', '1500000000:money:USD deficit|reach']],
      ['fa: واردات بود, کسری تجاری رسید', 'واردات ۴٫۵ میلیارد دلار بود و کسری تجاری به ۱٫۵ میلیارد دلار رسید.', ['4500000000:money:USD imports|reach', '1500000000:money:USD deficit|reach']],
      // A trade verb makes a sum the level of that trade; a change by a sum stays a change, of what changed.
      ['en: exported goods worth', 'Pakistan exported goods worth $3 billion in March.', ['3000000000:money:USD exports|reach']],
      ['ur: کی اشیا درآمد کیں', 'پاکستان نے مارچ میں 4.5 ارب ڈالر کی اشیا درآمد کیں۔', ['4500000000:money:USD imports|reach']],
      ['hi: का सामान आयात किया', 'पाकिस्तान ने मार्च में 4.5 अरब डॉलर का सामान आयात किया।', ['4500000000:money:USD imports|reach']],
      ['fa: کالا وارد کرد', 'پاکستان در ماه مارس ۴٫۵ میلیارد دلار کالا وارد کرد.', ['4500000000:money:USD imports|reach']],
      ['en: exports rose by', 'Exports rose by $300 million in March.', ['300000000:money:USD exports|grow']],
      ['en: remittances rose by', 'Remittances rose by $300 million in March.', ['300000000:money:USD remittances|grow']],
      ['en: reserves fell to', "Pakistan's foreign exchange reserves fell to $8 billion.", ['8000000000:money:USD reserves|reach']],
      ['ur: ذخائر کم ہو کر … رہ گئے', 'زرمبادلہ کے ذخائر کم ہو کر 8 ارب ڈالر رہ گئے۔', ['8000000000:money:USD reserves|reach']],
      // What a sum is of stands before it or just after it ("$2.5 billion in remittances"); farther on it is another clause's, and a unit per
      // before a clause break is the clause before's; an import bill is of imports.
      ['en: sent in remittances', 'Overseas Pakistanis sent $2.5 billion in remittances in March.', ['2500000000:money:USD remittances|reach']],
      ['ur: کی ترسیلات زر بھیجیں', 'سمندر پار پاکستانیوں نے مارچ میں 2.5 ارب ڈالر کی ترسیلات زر بھیجیں۔', ['2500000000:money:USD remittances|reach']],
      ['en: a tranche that will boost reserves', 'The IMF approved a $1.1 billion tranche, which will boost reserves.', ['1100000000:money:USD|tranche']],
      ['en: invest to expand production', 'The company will invest Rs 10 billion to expand production.', ['10000000000:money:INR|invest']],
      ['ur: درآمدی بل after a price per tola', 'سونے کی قیمت 2 لاکھ 80 ہزار روپے فی تولہ ہو گئی جبکہ درآمدی بل 5 ارب ڈالر رہا۔', ['280000:money:PKR gold/tola|reach', '5000000000:money:USD imports|reach']],
      ['en: import bill', "Pakistan's oil import bill rose to $1.5 billion in March.", ['1500000000:money:USD imports|reach']],
      // The national product (GDP) is the economy, no goods produced.
      ['ur: مجموعی ملکی پیداوار', 'پاکستان کی مجموعی ملکی پیداوار 375 ارب ڈالر رہی۔', []],
      ['fa: تولید ناخالص داخلی', 'تولید ناخالص داخلی ایران ۴۰۰ میلیارد دلار برآورد شد.', ['400000000000:money:USD|estimate']],
    ],
    claimKeys,
  );
});

test('a company\'s quarter: net profit and revenue, however a telling earns them', () => {
  checkRows(
    [
      [
        'en: posted a net profit, revenue rose to',
        "Pakistan's Engro Corporation posted a net profit of Rs 12.5 billion in the July-September quarter, while its revenue rose to Rs 95 billion.",
        ['12500000000:money:PKR profit|reach', '95000000000:money:PKR revenue|reach'],
      ],
      [
        'ur: خالص منافع کمایا, آمدنی بڑھ کر',
        'پاکستان کی اینگرو کارپوریشن نے جولائی تا ستمبر کی سہ ماہی میں 12.5 ارب روپے خالص منافع کمایا جبکہ اس کی آمدنی بڑھ کر 95 ارب روپے ہو گئی۔',
        ['12500000000:money:PKR profit|reach', '95000000000:money:PKR revenue|reach'],
      ],
      [
        'hi: शुद्ध मुनाफा कमाया, राजस्व बढ़कर',
        'पाकिस्तान की एंग्रो कॉरपोरेशन ने जुलाई-सितंबर तिमाही में 12.5 अरब रुपये का शुद्ध मुनाफा कमाया, जबकि उसका राजस्व बढ़कर 95 अरब रुपये हो गया।',
        ['12500000000:money:PKR profit|reach', '95000000000:money:PKR revenue|reach'],
      ],
      [
        'fa: سود خالص به دست آورد, درآمد (revenue) رسید',
        'شرکت انگرو پاکستان در سه‌ماهه ژوئیه تا سپتامبر ۱۲٫۵ میلیارد روپیه سود خالص به دست آورد و درآمد آن به ۹۵ میلیارد روپیه رسید.',
        ['12500000000:money:PKR profit|reach', '95000000000:money:PKR revenue|reach'],
      ],
      // A net loss, had or posted.
      ['en: posted a net loss', "Pakistan's national airline posted a net loss of Rs 5 billion in the first half.", ['5000000000:money:PKR loss|reach']],
      ['hi: शुद्ध घाटा हुआ', 'पाकिस्तान की राष्ट्रीय एयरलाइन को पहली छमाही में 5 अरब रुपये का शुद्ध घाटा हुआ।', ['5000000000:money:PKR loss|reach']],
      ['fa: زیان خالص داشت', 'هواپیمایی ملی پاکستان در شش ماه نخست ۵ میلیارد روپیه زیان خالص داشت.', ['5000000000:money:PKR loss|reach']],
      ['ur: خالص خسارہ ہوا', 'پاکستان کی قومی ایئر لائن کو پہلی ششماہی میں 5 ارب روپے کا خالص خسارہ ہوا۔', ['5000000000:money:PKR loss|reach']],
    ],
    claimKeys,
  );
});

test('a harvest: wheat produced and wheat imported, and Urdu برآمد of seized arms is no export', () => {
  checkRows(
    [
      [
        'en: production reached, imported',
        "Pakistan's wheat production reached 28 million tonnes this year, while it imported 2.5 million tonnes of wheat.",
        ['28000000:unit:t wheat|produce', '2500000:unit:t wheat|import'],
      ],
      [
        'ur: پیداوار رہی, درآمد کی گئی',
        'پاکستان میں اس سال گندم کی پیداوار 2 کروڑ 80 لاکھ ٹن رہی جبکہ 25 لاکھ ٹن گندم درآمد کی گئی۔',
        ['28000000:unit:t wheat|produce', '2500000:unit:t wheat|import'],
      ],
      [
        'hi: उत्पादन हुआ, आयात किया गया',
        'पाकिस्तान में इस साल 2.8 करोड़ टन गेहूं का उत्पादन हुआ, जबकि 25 लाख टन गेहूं का आयात किया गया।',
        ['28000000:unit:t wheat|produce', '2500000:unit:t wheat|import'],
      ],
      ['fa: تولید … رسید, وارد شد', 'تولید گندم پاکستان امسال به ۲۸ میلیون تن رسید و ۲٫۵ میلیون تن گندم وارد شد.', ['28000000:unit:t wheat|produce', '2500000:unit:t wheat|import']],
      ['ur: چاول برآمد کیا', 'پاکستان نے گزشتہ سال 50 لاکھ ٹن چاول برآمد کیا۔', ['5000000:unit:t rice|export']],
      ['fa: برنج صادر کرد', 'پاکستان سال گذشته ۵ میلیون تن برنج صادر کرد.', ['5000000:unit:t rice|export']],
      // برآمد beside arms seized or bodies is recovered; صادر کرد beside a visa or a verdict is issued; people who entered were imported by no one.
      ['ur: arms recovered', 'پولیس نے ملزمان کے قبضے سے 12 کلاشنکوف اور 500 گولیاں برآمد کر لیں۔', ['12:ur:کلاشنکوف|recover', '500:ur:گولیاں|recover']],
      ['ur: bodies recovered', 'دریا سے 3 لاشیں برآمد ہوئیں۔', ['3:body|recover']],
      ['ur: cash an agency recovered is no export', 'ایف آئی اے نے کارروائی کرتے ہوئے 2 کروڑ روپے برآمد کر لیے۔', []],
      ['ur: containers exported from a port', 'کراچی پورٹ سے 500 کنٹینر برآمد کیے گئے۔', ['500:ur:کنٹینر|export']],
      ['fa: visas issued', 'سفارت ۵۰۰ ویزا صادر کرد.', []],
      ['fa: tourists entered', 'در شش ماه نخست امسال ۲ میلیون گردشگر خارجی وارد کشور شدند.', []],
      ['fa: wheat into the country', 'امسال ۲٫۵ میلیون تن گندم وارد کشور شد.', ['2500000:unit:t wheat|import']],
    ],
    claimKeys,
  );
});

test('two reports of one business story: a planted value is flagged, different sums are not', () => {
  checkRows(
    [
      ['cars sold: 8,500 and 8,800', ['Pak Suzuki sold 8,500 cars in March.', 'پاک سوزوکی نے مارچ میں 8 ہزار 800 گاڑیاں فروخت کیں۔'], ['a: 8,500', 'b: 8 ہزار 800']],
      ['cars sold and cars exported are two facts', ['Pak Suzuki sold 8,500 cars in March.', 'پاک سوزوکی در ماه مارس ۳۰۰ خودرو به افغانستان صادر کرد.'], []],
      ['exports: $3 billion and $3.3 billion', ["Pakistan's exports reached $3 billion in March.", 'मार्च में पाकिस्तान का निर्यात 3.3 अरब डॉलर रहा।'], ['a: $3 billion', 'b: 3.3 अरब डॉलर']],
      ['exports and remittances are two sums', ["Pakistan's exports reached $3 billion in March.", 'مارچ میں پاکستان کی ترسیلات زر 3.2 ارب ڈالر رہیں۔'], []],
      [
        'net profit: Rs 12.5 billion and Rs 13.5 billion',
        ["Pakistan's Engro Corporation posted a net profit of Rs 12.5 billion in the July-September quarter.", 'شرکت انگرو پاکستان در سه‌ماهه ژوئیه تا سپتامبر ۱۳٫۵ میلیارد روپیه سود خالص به دست آورد.'],
        ['a: Rs 12.5 billion', 'b: ۱۳٫۵ میلیارد روپیه'],
      ],
      [
        'profit and revenue are two sums',
        ["Pakistan's Engro Corporation posted a net profit of Rs 12.5 billion in the July-September quarter.", 'پاکستان کی اینگرو کارپوریشن کی جولائی تا ستمبر کی سہ ماہی میں آمدنی 95 ارب روپے رہی۔'],
        [],
      ],
      ['wheat produced: 28 and 26 million tonnes', ["Pakistan's wheat production reached 28 million tonnes this year.", 'پاکستان میں اس سال گندم کی پیداوار 2 کروڑ 60 لاکھ ٹن رہی۔'], ['a: 28 million tonnes', 'b: 2 کروڑ 60 لاکھ ٹن']],
      ['wheat produced and imported are two facts', ["Pakistan's wheat production reached 28 million tonnes this year.", 'پاکستان میں اس سال 25 لاکھ ٹن گندم درآمد کی گئی۔'], []],
    ],
    flaggedInPair,
  );
});
