/**
 * Hindi and English South Asian news in genres seen less: markets, railways, space, monsoon and
 * sowing, coal, state budgets, exam results. Rows are single sentences or short pairs.
 */
import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, claimTimes, flaggedInDocument, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';

test('an index\'s level after a change verb is its level; a noun of change is the change', () => {
  checkRows(
    [
      ['Hindi: चढ़कर before the close', 'सेंसेक्स 1,200.18 अंक यानी 1.48 प्रतिशत चढ़कर 82,530.74 अंक पर बंद हुआ।', ['1200.18:point sensex|grow', '1.48:%:sensex|grow', '82530.74:point sensex|reach']],
      ['Hindi: टूटकर … के स्तर पर', 'सेंसेक्स 500 अंक टूटकर 80,100 के स्तर पर आ गया।', ['500:point sensex|fall', '80100:point sensex|reach']],
      ['Hindi: की बढ़त के साथ … पर पहुंच', 'निफ्टी 395.2 अंक की बढ़त के साथ 24,578.35 अंक पर पहुंच गया।', ['395.2:point nifty|grow', '24578.35:point nifty|reach']],
      ['Hindi: crossing a level in a headline', 'सेंसेक्स 1,200 अंक उछला, निफ्टी 24,500 के पार', ['1200:point sensex|grow', '24500:point nifty|reach']],
      ['Hindi: the rupee strengthened or weakened by paise', 'रुपया 12 पैसे मजबूत होकर बंद हुआ, जबकि यूरो 8 पैसे कमजोर होकर बंद हुआ।', ['0.12:money:INR|grow', '0.08:money:INR|fall']],
      ['English: points to a level', 'The Sensex fell 720 points to 73,500.', ['720:point sensex|fall', '73500:point sensex|reach']],
    ],
    claimKeys,
  );
});

test('a headline that drops a move\'s decimals states the same move; a small figure or another move does not', () => {
  checkRows(
    [
      ['1,200 over 1,200.18', 'सेंसेक्स 1,200 अंक उछला\nसेंसेक्स 1,200.18 अंक चढ़कर 82,530.74 अंक पर बंद हुआ।', []],
      ['1,200 over 1,284.18', 'सेंसेक्स 1,200 अंक उछला\nसेंसेक्स 1,284.18 अंक चढ़कर 82,530.74 अंक पर बंद हुआ।', ['1,200', '1,284.18']],
      ['5 over 5.4 percent of a small count', 'महंगाई दर 5 प्रतिशत रही\nमहंगाई दर 5.4 प्रतिशत रही।', ['5 प्रतिशत', '5.4 प्रतिशत']],
    ],
    flaggedInDocument,
  );
});

test('a tonnage or an area is of the goods named beside it, in every language', () => {
  checkRows(
    [
      ['English coal output', 'Coal production rose to 1,047 million tonnes.', ['1047000000:unit:t coal|produce']],
      ['English coal after the tonnage', 'Coal India produced 781.1 million tonnes of coal.', ['781100000:unit:t coal|produce']],
      ['Hindi coal output', 'देश का कोयला उत्पादन 1,047.57 मिलियन टन रहा।', ['1047570000:unit:t coal|produce']],
      ['Hindi foodgrain output', 'इस साल खाद्यान्न उत्पादन 3,500 लाख टन से अधिक रह सकता है।', ['350000000:unit:t foodgrain|produce']],
      ['Hindi paddy area', 'धान का रकबा बढ़कर 408.7 लाख हेक्टेयर हो गया है।', ['40870000:unit:ha paddy|reach']],
      ['Urdu coal output', 'ملک میں کوئلے کی پیداوار 2 کروڑ ٹن رہی۔', ['20000000:unit:t coal|produce']],
      ['Persian steel output', 'تولید فولاد ۳۱ میلیون تن بود.', ['31000000:unit:t steel|produce']],
    ],
    claimKeys,
  );
});

test('coal output and foodgrain output are two facts', () => {
  checkRows(
    [
      ['coal against foodgrain', ['देश का कोयला उत्पादन 1,047.57 मिलियन टन रहा।', 'Foodgrain production is expected to exceed 350 million tonnes.'], []],
      ['coal against coal', ['देश का कोयला उत्पादन 1,047.57 मिलियन टन रहा।', 'Coal production rose to 997.8 million tonnes.'], ['a: 1,047.57 मिलियन टन', 'b: 997.8 million tonnes']],
    ],
    flaggedInPair,
  );
});

test('a unit its document names by an abbreviation in brackets is that unit wherever the abbreviation follows a number', () => {
  checkRows(
    [
      ['million tonnes (MT)', 'CIL produced 781.1 million tonnes (MT) of coal, up from 773.6 MT.', ['781.1 million tonnes=781100000/cardinal (unit t)', '773.6 MT=773600000/cardinal (unit t)']],
      ['in a later sentence, with decimals kept exact', 'CIL produced 781.1 million tonnes (MT).\nOutput touched 1,047.57 MT.', ['781.1 million tonnes=781100000/cardinal (unit t)', '1,047.57 MT=1047570000/cardinal (unit t)']],
      ['a scale before the abbreviation reads it as no such name', 'CIL produced 781.1 million tonnes (MT) and 1.2 million MT of coke.', ['781.1 million tonnes=781100000/cardinal (unit t)', '1.2 million=1200000/cardinal (counts mt)']],
      ['lakh tonnes (LMT)', 'FCI procured 300.3 lakh tonnes (LMT) of wheat against 262 LMT last year.', ['300.3 lakh tonnes=30030000/cardinal (unit t)', '262 LMT=26200000/cardinal (unit t)']],
      ['no naming, no unit', 'Output touched 1,047.57 MT.', ['1,047.57=1047.57/cardinal (counts mt)']],
    ],
    (text: string) => figuresOf(text).map(brief),
  );
  checkRows(
    [['the abbreviation is no organisation', 'CIL produced 781.1 million tonnes (MT) of coal, up from 773.6 MT.', ['CIL']]],
    (text: string) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((e) => e.text),
  );
});

test('railway and exam nouns in Hindi count what English counts', () => {
  checkRows(
    [
      ['rakes past an adjective', 'वंदे भारत एक्सप्रेस की 20 नई रेकें भी इसी महीने से पटरी पर उतरेंगी।', ['20=20/cardinal (counts rake)']],
      ['ticket counters', 'स्टेशनों पर 150 से ज्यादा अतिरिक्त टिकट काउंटर खोले जाएंगे।', ['150=150/cardinal (more-than, counts counter)']],
      ['tickets sold', 'रेलवे ने 5 लाख टिकट बेचे।', ['5 लाख=500000/cardinal (counts ticket)']],
      ['places in a merit list', 'शीर्ष दस स्थानों पर 121 छात्र-छात्राएं रहे।', ['दस=10/cardinal (counts place)', '121=121/cardinal (counts student)']],
      ['English alike', 'Railways ran 405 rakes and opened 150 counters.', ['405=405/cardinal (counts rake)', '150=150/cardinal (counts counter)']],
    ],
    (text: string) => figuresOf(text).map(brief),
  );
});

test('rain that fell is rainfall recorded, and a span of dates is told by its end, in every language', () => {
  checkRows(
    [
      ['English received … of rain from … to', 'The country received 734.1 mm of rain from June 1 to August 31.', ['734.1:unit:mm|report@--08-31']],
      ['English between … and', 'The country received 734.1 mm of rain between June 1 and August 31.', ['734.1:unit:mm|report@--08-31']],
      ['Hindi से … तक', '1 जून से 31 अगस्त तक देश में 743.1 मिमी बारिश दर्ज की गई।', ['743.1:unit:mm|report@--08-31']],
      ['Hindi बारिश हुई', 'लखनऊ में 112 मिमी बारिश हुई।', ['112:unit:mm|report@null']],
      ['Urdu بارش ہوئی', 'لاہور میں 112 ملی میٹر بارش ہوئی۔', ['112:unit:mm|report@null']],
      ['two dates without a range word keep the first', 'Talks were held on June 1 and 40 people attended.', ['40:person|attend@--06-01']],
    ],
    claimTimes,
  );
  checkRows(
    [['a planted rainfall change across languages is flagged', ['1 जून से 31 अगस्त तक देश में 743.1 मिमी बारिश दर्ज की गई।', 'The country received 734.1 mm of rain from June 1 to August 31.'], ['a: 743.1 मिमी', 'b: 734.1 mm']]],
    flaggedInPair,
  );
});

test('a sum spent is a cost; trains run and passengers carried are claims, in every language', () => {
  checkRows(
    [
      ['Hindi खर्च हुए', 'इस मिशन पर लगभग 450 करोड़ रुपये खर्च हुए हैं।', ['4500000000:money:INR|cost']],
      ['English spent', 'Nearly ₹450 crore was spent on the mission.', ['4500000000:money:INR|cost']],
      ['Urdu خرچ ہوئے', 'اس منصوبے پر 450 ارب روپے خرچ ہوئے۔', ['450000000000:money:PKR|cost']],
      ['Hindi खर्च होंगे, two currencies', 'योजना पर ढाई लाख करोड़ रुपये और सवा अरब डॉलर खर्च होंगे।', ['2500000000000:money:INR|cost', '1250000000:money:USD|cost']],
      ['Hindi capital expenditure', 'रेलवे ने 2.62 लाख करोड़ रुपये का रिकॉर्ड पूंजीगत व्यय किया था।', ['2620000000000:money:INR|cost']],
      ['English capital expenditure', 'The Railways made a record capital expenditure of Rs 2.62 lakh crore.', ['2620000000000:money:INR|cost']],
      ['a share of total spending is still a total', 'रक्षा को जो मिला वह कुल खर्च का लगभग 13 प्रतिशत है।', ['13:%:defence|total']],
      ['Hindi trains run', 'भारतीय रेलवे ने इस वर्ष 12,011 विशेष ट्रेनें चलाने का फैसला किया है।', ['12011:train|operate']],
      ['English trains run', 'Indian Railways has decided to run 12,011 special trains this year.', ['12011:train|operate']],
      ['Hindi passengers and freight carried', 'रेलवे ने 715 करोड़ यात्रियों को सफर कराया और 1,617 मिलियन टन माल की ढुलाई की।', ['7150000000:passenger|carry', '1617000000:unit:t|carry']],
      ['English passengers carried and freight loaded', 'The Railways carried 715 crore passengers and loaded 1,617 million tonnes of freight.', ['7150000000:passenger|carry', '1617000000:unit:t|carry']],
    ],
    claimKeys,
  );
});

test('the level a sum reached after a converb of change is a level; a tax collection is a sum of its own kind', () => {
  checkRows(
    [
      ['Hindi: grew by one sum to another', 'अर्थव्यवस्था का आकार 2.5 लाख करोड़ रुपये बढ़कर 27.51 लाख करोड़ रुपये हो गया।', ['2500000000000:money:INR|grow', '27510000000000:money:INR|reach']],
      ['Hindi: market capitalisation', 'बाजार पूंजीकरण करीब 7 लाख करोड़ रुपये बढ़कर 439.6 लाख करोड़ रुपये हो गया।', ['7000000000000:money:INR|grow', '439600000000000:money:INR|reach']],
      ['English alike', 'Market capitalisation rose by Rs 7 lakh crore to Rs 439.6 lakh crore.', ['7000000000000:money:INR|grow', '439600000000000:money:INR|reach']],
      ['Hindi GST collection reached', 'जीएसटी संग्रह अप्रैल में 12.6 प्रतिशत बढ़कर 2.37 लाख करोड़ रुपये के रिकॉर्ड स्तर पर पहुंच गया।', ['12.6:%:gst|grow', '2370000000000:money:INR gst|reach']],
      ['English GST to a record', 'GST collections rose 12.6 per cent to a record Rs 2.37 lakh crore in April.', ['12.6:%:gst|grow', '2370000000000:money:INR gst|reach']],
      ['a price per unit after the converb is the level it reached', 'सरकार ने धान का समर्थन मूल्य 69 रुपये बढ़ाकर 2,369 रुपये प्रति क्विंटल कर दिया है।', ['69:money:INR paddy|grow', '2369:money:INR paddy/quintal|reach']],
    ],
    claimKeys,
  );
  checkRows(
    [['a rise and the level it reached in one sentence are no inconsistency', 'अर्थव्यवस्था का आकार 2.5 लाख करोड़ रुपये बढ़कर 27.51 लाख करोड़ रुपये हो गया।', []]],
    flaggedInDocument,
  );
});

test('a budget head is the sum\'s its preposition or postposition ties it to', () => {
  checkRows(
    [
      ['English for … and … for', 'The government has set aside Rs630 billion for health and Rs811bn for education, while Rs129.8bn has been earmarked for agriculture.', ['630000000000:money:INR health|invest', '811000000000:money:INR education|invest', '129800000000:money:INR agriculture|invest']],
      ['English for … and … for, two heads', 'The budget allocates Rs2.1 trillion for defence and Rs1.2tr for development.', ['2100000000000:money:INR defence|invest', '1200000000000:money:INR development|invest']],
      ['English heads before their sums, as before', 'Defence gets Rs2.1tr and health Rs1.2tr.', ['2100000000000:money:INR defence|invest', '1200000000000:money:INR health|invest']],
      ['Hindi के लिए before the next share', 'बुनियादी ढांचे के लिए 22 प्रतिशत, शिक्षा के लिए 13 फीसदी और कृषि के लिए 11 फीसदी राशि आवंटित की गई है।', ['22:%|invest', '13:%:education|invest', '11:%:agriculture|invest']],
      ['Urdu کے لیے', 'دفاع کے لیے 2 ہزار ارب روپے اور تعلیم کے لیے 800 ارب روپے مختص کیے گئے۔', ['2000000000000:money:PKR defence|invest', '800000000000:money:PKR education|invest']],
    ],
    claimKeys,
  );
});

test('a change from one amount to another is two amounts, no range; a span of prices stays a range', () => {
  checkRows(
    [
      ['increased from … to', 'The minimum wage has been increased from Rs37,000 to Rs40,000 a month.', ['Rs37,000=37000/currency (unit INR)', 'Rs40,000=40000/currency (unit INR)']],
      ['raised from … to', 'The fare was raised from Rs 500 to Rs 650.', ['Rs 500=500/currency (unit INR)', 'Rs 650=650/currency (unit INR)']],
      ['a measure too', 'The range was increased from 10 km to 12 km.', ['10 km=10/cardinal (unit km)', '12 km=12/cardinal (unit km)']],
      ['prices ranging from … to stay a range', 'Prices range from Rs 500 to Rs 650.', ['Rs 500 to Rs 650=500..650/range (unit INR)']],
    ],
    (text: string) => figuresOf(text).map(brief),
  );
  checkRows(
    [['the level reached is a level', 'The minimum wage has been increased from Rs37,000 to Rs40,000 a month.', ['37000:money:INR|grow', '40000:money:INR|reach']]],
    claimKeys,
  );
});

test('a whole the sentence opens with, closed by a comma, gives the part its noun', () => {
  checkRows(
    [
      ['English of the … who appeared,', 'Of the 16,92,794 candidates who appeared, 14,96,307 passed.', ['16,92,794=1692794/cardinal (counts candidate)', '14,96,307=1496307/cardinal (counts candidate)']],
      ['English of the … on board,', 'Of the 300 passengers on board, 12 were injured.', ['300=300/cardinal (counts passenger)', '12=12/cardinal (counts passenger)']],
      ['Persian از مجموع … ،', 'از مجموع ۳۰۰ مسافر، ۱۲ نفر زخمی شدند.', ['۳۰۰=300/cardinal (counts passenger)', '۱۲=12/cardinal (counts person)']],
      ['a span of time is no whole', 'Of the 20 years since, 5 were lost.', ['20=20/cardinal (counts year)', '5=5/cardinal']],
      ['no part-of-whole words, no whole', 'In the 300 villages, 12 were flooded.', ['300=300/cardinal (counts village)', '12=12/cardinal']],
    ],
    (text: string) => figuresOf(text).map(brief),
  );
});

test('polio drops given are a vaccination, in every language; supervisors are counted', () => {
  checkRows(
    [
      ['Hindi दवा पिलाई', 'प्रदेश में लगभग 3.30 करोड़ बच्चों को पोलियो की दवा पिलाई जाएगी।', ['33000000:child|vaccinate']],
      ['English polio drops', 'More than 45 million children under the age of five will be administered polio drops.', ['45000000:child|vaccinate']],
      ['English supervisors', 'Over 400,000 workers and 28,000 supervisors were deployed.', ['400000:worker|deploy', '28000:supervisor|deploy']],
    ],
    claimKeys,
  );
  checkRows(
    [['Hindi supervisors', 'अभियान में 28 हजार पर्यवेक्षक लगाए गए हैं।', ['28 हजार=28000/cardinal (counts supervisor)']]],
    (text: string) => figuresOf(text).map(brief),
  );
});

test('two ministries that share their head word but differ in another word are two bodies; one ministry spelled two ways is one', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('a.txt', 'कोयला मंत्रालय के मुताबिक उत्पादन बढ़ा।');
  index.set('b.txt', 'कृषि मंत्रालय के ताजा आंकड़ों के अनुसार बुवाई बढ़ी।');
  index.set('c.txt', 'कोयला मंत्रालय ने कहा कि आयात घटा।');
  const ministries = index.entities.entities()
    .map((e) => Object.values(e.namesByLang).flat().map((n) => n!.text).filter((t) => t.includes('मंत्रालय')).sort().join(' / ') + ` ×${e.mentions.length}`)
    .filter((t) => t.includes('मंत्रालय'))
    .sort();
  checkRows([['coal and agriculture ministries', ministries, ['कृषि मंत्रालय ×1', 'कोयला मंत्रालय ×2']]], (x: string[]) => x);
});

test('a fiscal year or season of two years is the time of the figures it dates, in every language', () => {
  checkRows(
    [
      ['Hindi वित्त वर्ष 2024-25', 'वित्त वर्ष 2024-25 में जीएसटी संग्रह 22.08 लाख करोड़ रुपये रहा।', ['22080000000000:money:INR gst|reach@2024/2025']],
      ['English FY 2024-25', 'GST collections stood at Rs 22.08 lakh crore in FY 2024-25.', ['22080000000000:money:INR gst|reach@2024/2025']],
      ['Urdu مالی سال', 'مالی سال 2024-25 میں ترسیلات زر 38 ارب ڈالر رہیں۔', ['38000000000:money:USD remittances|reach@2024/2025']],
      ['a baseline year keeps its earlier time', 'CIL produced 781.1 million tonnes of coal in 2024-25, up from 773.6 million tonnes in 2023-24.', ['781100000:unit:t coal|produce@2024/2025', '773600000:unit:t coal|produce@earlier']],
      ['a span of more years is no time', 'Between 2020-2024, 500 people died.', ['500:person|kill@null']],
    ],
    claimTimes,
  );
  checkRows(
    [
      ['two fiscal years are two facts', ['वित्त वर्ष 2024-25 में कोयला उत्पादन 1,047.57 मिलियन टन रहा।', 'Coal production was 997.83 million tonnes in 2023-24.'], []],
      ['one fiscal year told two ways is one', ['वित्त वर्ष 2024-25 में कोयला उत्पादन 1,047.57 मिलियन टन रहा।', 'Coal production was 997.83 million tonnes in 2024-25.'], ['a: 1,047.57 मिलियन टन', 'b: 997.83 million tonnes']],
    ],
    flaggedInPair,
  );
});

test('candidates who passed won a pass in every language; a bill passed is still adopted', () => {
  checkRows(
    [
      ['English fronted whole and passed', 'Of the 16,92,794 candidates who appeared, 14,96,307 passed.', ['1692794:candidate|attend', '1496307:person|win']],
      ['Hindi पास हुए', 'परीक्षा में शामिल 16,92,794 परीक्षार्थियों में से 14,96,307 पास हुए।', ['1692794:candidate|total', '1496307:person|win']],
      ['a bill passed', 'The bill was passed with 220 votes.', ['220:vote|adopt']],
    ],
    claimKeys,
  );
});
