/**
 * Hindi, Indian English and Urdu news of markets, monsoon, road accidents and crime statistics,
 * elections, dengue and health schemes, telecom, cricket, digital payments, vehicle sales and
 * pilgrimages. Rows are single sentences or short pairs.
 */
import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, claimTimes, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// Figures: [name, text, figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  // A scale word alone after a rate word is one of that scale (else vague: millions of people).
  ['per lakh population', 'The crime rate stood at 66.4 per lakh population.', ['66.4=66.4/cardinal', 'lakh=100000/cardinal (counts population)']],
  ['प्रति लाख आबादी', 'प्रति लाख आबादी पर अपराध दर 66.4 रही।', ['लाख=100000/cardinal (counts population)', '66.4=66.4/cardinal']],
  ['per million people', 'The death rate was 12 per million people.', ['12=12/cardinal', 'million=1000000/cardinal (counts person)']],
  ['a scale word alone with no rate word stays vague', 'Millions of people fled.', ['Millions=null/cardinal']],
  // "over" after a percentage change is its base, not "more than".
  ['per cent over a base', 'Cases rose 4 per cent over 4,28,278 cases in 2021.', ['4 per cent=4/percent (unit %)', '4,28,278=428278/cardinal (counts case)', '2021=2021/year']],
  ['% over a base', 'Sales rose 12% over 1,200 units last year.', ['12%=12/percent (unit %)', '1,200=1200/cardinal (counts unit)']],
  ['"over" before a count is still more than', 'Over 200 people are missing.', ['200=200/cardinal (more-than, counts person)']],
  // A comparison after a number and a comma closes its phrase: the next number's noun is not its.
  ['a count past a comparison and a comma', 'डेंगू के मरीज 12 हजार के पार, 24 घंटे में 318 नए केस मिले।', ['12 हजार=12000/cardinal (more-than)', '24=24/cardinal (counts hour)', '318=318/cardinal (counts case)']],
  // A noun with its genitive right before a number names what it is: the index's points are not the investors' wealth.
  ['wealth after an index\'s level', 'सेंसेक्स 1,018 अंक चढ़कर 78,956 पर बंद, निवेशकों की संपत्ति 6.4 लाख करोड़ बढ़ी', ['1,018=1018/cardinal (counts point)', '78,956=78956/cardinal (counts point)', '6.4 लाख करोड़=6400000000000/cardinal']],
  ['a genitive alone still takes the noun written once', 'भाजपा को 240 सीटें, कांग्रेस की 99।', ['240=240/cardinal (counts seat)', '99=99/cardinal (counts seat)']],
  // Nouns of road, bank, health-scheme, weather and telecom news.
  ['road accidents head their compound', 'वर्ष 2022 में देश में कुल 4,61,312 सड़क दुर्घटनाएं हुईं।', ['2022=2022/year', '4,61,312=461312/cardinal (counts accident)']],
  ['road accidents in English', 'There were 4,61,312 road accidents in 2022.', ['4,61,312=461312/cardinal (counts accident)', '2022=2022/year']],
  ['हादसे and lives', 'हर घंटे औसतन 53 हादसे हुए और रोज 462 जानें गईं।', ['53=53/cardinal (counts accident)', '462=462/cardinal (counts life)']],
  ['banks in Hindi and Urdu', 'देश में 632 बैंक यूपीआई से जुड़े हैं।', ['632=632/cardinal (counts bank)']],
  ['banks in Urdu', 'ملک میں 632 بینک کام کر رہے ہیں۔', ['632=632/cardinal (counts bank)']],
  ['a card after a scheme\'s name', 'अब तक 5.12 करोड़ आयुष्मान कार्ड बनाए जा चुके हैं।', ['5.12 करोड़=51200000/cardinal (counts card)']],
  ['the elderly', 'योजना से 48 लाख बुजुर्गों को जोड़ा जाएगा।', ['48 लाख=4800000/cardinal (counts elderly)']],
  ['weather subdivisions, a part and its whole', '36 में से 21 मौसम उपखंडों में सामान्य बारिश हुई।', ['36=36/cardinal (counts subdivision)', '21=21/cardinal (counts subdivision)']],
  ['telecom towers', 'देश में 4.6 लाख टावर लगाए गए हैं।', ['4.6 लाख=460000/cardinal (counts tower)']],
  // A letter name glued after digits makes them a name (5जी = 5G), not the units of a compound before it.
  ['5G after lakhs adds nothing', 'देश में 4.6 लाख 5जी टावर लगाए गए हैं।', ['4.6 लाख=460000/cardinal']],
  ['digits after lakhs still close a compound', 'उन्हें 98 हजार 12 वोट मिले।', ['98 हजार 12=98012/cardinal (counts vote)']],
  // An exchange rate after a change told in paise is in the currency set against the dollar.
  ['the rupee\'s level after a change in paise, Hindi', 'रुपया 12 पैसे मजबूत होकर 84.38 प्रति डॉलर पर बंद हुआ।', ['12 पैसे=0.12/currency (unit INR)', '84.38=84.38/currency (unit INR)']],
  ['the rupee\'s level after a change in paise, English', 'The rupee fell 12 paise to close at 84.38 against the dollar.', ['12 paise=0.12/currency (unit INR)', '84.38=84.38/currency (unit INR)']],
  ['a rate quoted after another currency\'s sum stays bare', 'dollar : 143.80 yen , up 0.95 today.', ['143.80 yen=143.8/currency (unit JPY)', '0.95=0.95/cardinal']],
  // A network's users counted as its base, at the level after their change too.
  ['a subscriber base after its change', 'Vodafone Idea\'s subscriber base shrank by 15.5 lakh to 21.24 crore.', ['15.5 lakh=1550000/cardinal (counts subscriber)', '21.24 crore=212400000/cardinal (counts subscriber)']],
  // A verb of change after a number is no noun it counts.
  ['बढ़कर is no counted noun', 'सक्रिय मामले 1,200 बढ़कर 45,000 पर पहुंच गए।', ['1,200=1200/cardinal', '45,000=45000/cardinal']],
  // A party's vote share is a rate of its own.
  ['vote share in Hindi', 'भाजपा का वोट शेयर 39.94 प्रतिशत रहा।', ['39.94 प्रतिशत=39.94/percent (unit %, counts vote-share)']],
  ['vote share in English', 'The BJP\'s vote share was 39.94 per cent.', ['39.94 per cent=39.94/percent (unit %, counts vote-share)']],
  ['vote share in Urdu', 'پی ٹی آئی کا ووٹ شیئر 31 فیصد رہا۔', ['31 فیصد=31/percent (unit %, counts vote-share)']],
  // Users, customers and subscribers head their compound (as teams and camps): mobile customers are customers, not phones.
  ['mobile customers', 'जियो ने सितंबर में 34.8 लाख नए मोबाइल ग्राहक जोड़े।', ['34.8 लाख=3480000/cardinal (counts customer)']],
  ['mobile phones stay phones', 'बस में 5 मोबाइल फोन चोरी हुए।', ['5=5/cardinal (counts phone)']],
  ['SUVs in Hindi', 'कंपनी ने 46,222 एसयूवी बेचीं।', ['46,222=46222/cardinal (counts suv)']],
];

test('Hindi news 3: figures', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// Claims: [name, text, claims as "value:key"].
const claimRows: [name: string, text: string, expected: string[]][] = [
  // The base of a rate states no fact of its own.
  ['a rate per lakh population', 'The rate of crime against women per lakh population stood at 66.4.', []],
  ['deaths per 1,000 live births', 'Infant deaths per 1,000 live births fell to 28.', []],
  ['प्रति लाख आबादी', 'प्रति लाख आबादी पर अपराध दर 66.4 रही।', []],
  // A base after "per cent over" is the earlier figure.
  ['a base after per cent over', 'A total of 4,45,256 cases were registered in 2022, an increase of 4 per cent over 4,28,278 cases in 2021.',
    ['445256:case|report', '4:%:cases|report', '428278:case|report']],
  // Events that took place are recorded, in every language.
  ['transactions that took place, Hindi', 'फास्टैग से 34.5 करोड़ लेनदेन हुए।', ['345000000:transaction|report']],
  ['transactions a system saw, English', 'FASTag saw 36.5 crore transactions.', ['365000000:transaction|report']],
  ['transactions made, English', 'On average, 53.5 crore transactions were made daily.', ['535000000:transaction|report']],
  ['accidents that took place, Hindi', 'सड़क पर 53 हादसे हुए।', ['53:accident|report']],
  ['accidents that took place, Urdu', 'پنجاب میں 53 حادثات ہوئے۔', ['53:accident|report']],
  ['accidents that took place, English', '53 accidents took place on the road.', ['53:accident|report']],
  // Urdu cases entered (درج) and a death told as a noun (موت), as Hindi दर्ज and मौत.
  ['Urdu cases entered', 'دہلی میں ڈینگی کے 472 نئے کیس درج کیے گئے۔', ['472:case|report']],
  ['Urdu death as a noun', 'اس سال 9 افراد کی موت ہوئی ہے۔', ['9:person|kill']],
  ['Urdu degrees are no entry', 'درجہ حرارت 45 ڈگری رہا۔', []],
  ['Urdu: a currency strengthened', 'روپیہ 12 پیسے مضبوط ہو کر 278.5 روپے پر بند ہوا۔', ['0.12:money:PKR|grow', '278.5:money:PKR|reach']],
  // A level settled at, a currency appreciated.
  ['settled at a level', 'Sensex jumped 1,018.24 points to settle at 78,956.03 on Thursday.', ['1018.24:point sensex|grow', '78956.03:point sensex|reach']],
  ['a currency appreciated before closing at a level', 'The rupee appreciated 12 paise to close at 84.38 against the US dollar.', ['0.12:money:INR|grow', '84.38:money:INR usd|reach']],
  // Pilgrims at a shrine visit it, in every language.
  ['Hindi pilgrims\' darshan', 'इस साल 14.35 लाख श्रद्धालुओं ने दर्शन किए।', ['1435000:pilgrim|visit']],
  ['English pilgrims paid obeisance', 'Over 5.12 lakh pilgrims paid obeisance at the cave shrine this year.', ['512000:pilgrim|visit']],
  ['Urdu pilgrims\' ziyarat', 'اس سال 5 لاکھ زائرین نے زیارت کی۔', ['500000:pilgrim|visit']],
  // Customers a network added grew its base; other things added do not.
  ['customers added', 'जियो ने सितंबर में 34.8 लाख नए मोबाइल ग्राहक जोड़े।', ['3480000:user|grow']],
  ['items added are no growth', 'सूची में पाँच मदों को जोड़ा गया।', []],
  ['SUVs sold, English', 'Mahindra & Mahindra sold 46,222 SUVs in the domestic market.', ['46222:suv|sell']],
  // A day's minimum temperature is a fact of its own; its maximum is the reading a temperature alone tells.
  ['Hindi minimum temperature told with a copula', 'न्यूनतम तापमान 32.0 डिग्री सेल्सियस रहा।', ['32:unit:°C minimum|reach']],
  ['Hindi minimum and maximum', 'दिल्ली में न्यूनतम तापमान 12 और अधिकतम 28 डिग्री सेल्सियस दर्ज किया गया।', ['12:unit:°C minimum|reach', '28:unit:°C|reach']],
  ['English minimum settled at', 'The minimum temperature settled at 30.2 degrees Celsius.', ['30.2:unit:°C minimum|reach']],
  ['English maximum recorded', 'Delhi recorded a maximum temperature of 46.8 degrees Celsius.', ['46.8:unit:°C|reach']],
  ['Urdu minimum and maximum', 'کراچی میں کم سے کم درجہ حرارت 12 اور زیادہ سے زیادہ 28 ڈگری سینٹی گریڈ رہا۔', ['12:unit:°C minimum|reach']],
  ['Persian minimum', 'حداقل دمای تهران ۱۲ درجه ثبت شد.', ['12:unit:°C minimum|reach']],
  ['a minimum share is no temperature\'s', 'A minimum of 33 per cent marks is needed.', ['33:%#needed|seek']],
  // A departure from normal is a fact of its own, not the reading.
  ['Hindi departure from normal', 'दिल्ली में अधिकतम तापमान 46.8 डिग्री सेल्सियस दर्ज किया गया, जो सामान्य से छह डिग्री अधिक है।', ['46.8:unit:°C|reach', '6:unit:°C#departure|reach']],
  ['English departure above normal', 'Delhi recorded a maximum temperature of 46.8 degrees Celsius, two degrees above normal.', ['46.8:unit:°C|reach', '2:unit:°C#departure|reach']],
  ['Hindi rain above normal', 'पश्चिमी राजस्थान में सामान्य से 56 फीसदी अधिक वर्षा हुई।', ['56:%#departure|report']],
  // A change verb in a relative clause after a comma is the clause's own figure's, not the level's before it.
  ['a relative clause\'s rise is its own figure\'s', 'मूल्य के लिहाज से लेनदेन 23.5 लाख करोड़ रुपये का रहा, जो सालाना आधार पर 37 फीसदी की बढ़ोतरी है।', ['37:%|grow']],
  // Cards issued, in every language; a tranche released stays a tranche.
  ['cards made, Hindi', 'अब तक 5.12 करोड़ आयुष्मान कार्ड बनाए जा चुके हैं।', ['51200000:card|issue']],
  ['cards issued, English', 'So far 5.12 crore Ayushman cards have been issued in the state.', ['51200000:card|issue']],
  ['cards issued, Urdu', 'اب تک 5 کروڑ کارڈ جاری کیے جا چکے ہیں۔', ['50000000:card|issue']],
  ['a tranche released', 'आईएमएफ ने 1.1 अरब डॉलर की किस्त जारी की।', ['1100000000:money:USD|tranche']],
  ['vote share as a rate', 'भाजपा का वोट शेयर 39.94 प्रतिशत रहा।', ['39.94:%:vote-share|rate']],
];

test('Hindi news 3: claims', () => {
  checkRows(claimRows, claimKeys);
});

// Claims with their times: [name, text, claims as "value:key@time"].
const timeRows: [name: string, text: string, expected: string[]][] = [
  // An earlier-time phrase after a second figure is that one's: the first is the level now.
  ['"from … in the previous quarter" is the second figure\'s', 'Jio\'s average revenue per user rose to Rs 195.1 from Rs 181.7 in the previous quarter.',
    ['195.1:money:INR revenue|reach@null', '181.7:money:INR revenue|grow@earlier']],
  ['"up from … last year" stays the second figure\'s', 'Turnout was 49.8 percent, up from 39.9 percent last year.', ['49.8:%:turnout|rate@null', '39.9:%:turnout|rate@earlier']],
];

test('Hindi news 3: claim times', () => {
  checkRows(timeRows, claimTimes);
});

// Two reports of one story: [name, [a, b], the figures the cross-file check flags].
const pairRows: [name: string, texts: [string, string], expected: string[]][] = [
  ['malaria cases that differ, Hindi and Urdu', ['दिल्ली में मलेरिया के 620 मामले दर्ज किए गए हैं।', 'دہلی میں ملیریا کے 720 کیس درج کیے گئے ہیں۔'], ['a: 620', 'b: 720']],
  ['deaths that agree, Hindi and Urdu', ['इस साल दिल्ली में डेंगू से 9 लोगों की मौत हुई है।', 'اس سال دہلی میں ڈینگی سے 9 افراد کی موت ہوئی ہے۔'], []],
  ['FASTag transactions that differ, Hindi and English', ['फास्टैग से अक्टूबर में 34.5 करोड़ लेनदेन हुए।', 'FASTag saw 36.5 crore transactions in October.'], ['a: 34.5 करोड़', 'b: 36.5 crore']],
  ['vote shares that differ, Hindi and English', ['भाजपा का वोट शेयर 39.94 प्रतिशत रहा।', 'The BJP\'s vote share was 39.49 per cent.'], ['a: 39.94 प्रतिशत', 'b: 39.49 per cent']],
  ['the rupee\'s level that differs, Hindi and English', ['रुपया 12 पैसे मजबूत होकर 84.38 प्रति डॉलर पर बंद हुआ।', 'The rupee rose 12 paise to close at 84.83 against the US dollar.'], ['a: 84.38', 'b: 84.83']],
  ['SUVs sold that differ, Hindi and English', ['महिंद्रा एंड महिंद्रा ने नवंबर में घरेलू बाजार में 46,222 एसयूवी बेचीं।', 'Mahindra & Mahindra sold 46,522 SUVs in the domestic market in November.'], ['a: 46,222', 'b: 46,522']],
  ['pilgrims who visited that differ, Hindi and English', ['इस साल अमरनाथ यात्रा में 5.12 लाख श्रद्धालुओं ने दर्शन किए।', 'Over 5.21 lakh pilgrims paid obeisance during the Amarnath Yatra this year.'], ['a: 5.12 लाख', 'b: 5.21 lakh']],
  ['a day\'s maximum and minimum are two facts', ['Delhi recorded a maximum temperature of 46.8 degrees Celsius on Wednesday.', 'Delhi recorded a minimum temperature of 30.2 degrees Celsius on Wednesday.'], []],
  ['minimum temperatures that differ, Hindi and English', ['दिल्ली में बुधवार को न्यूनतम तापमान 32.0 डिग्री सेल्सियस रहा।', 'The minimum temperature in Delhi settled at 30.2 degrees Celsius on Wednesday.'], ['a: 32.0 डिग्री सेल्सियस', 'b: 30.2 degrees Celsius']],
  ['a departure and a reading are two facts', ['Delhi recorded a maximum temperature of 46.8 degrees Celsius.', 'The maximum temperature in Delhi was six degrees above normal.'], []],
  ['Ayushman cards that differ, Hindi and English', ['उत्तर प्रदेश में अब तक 5.12 करोड़ आयुष्मान कार्ड बनाए जा चुके हैं।', 'So far 5.21 crore Ayushman cards have been issued in Uttar Pradesh.'], ['a: 5.12 करोड़', 'b: 5.21 crore']],
  ['a rate base is no fact to compare', ['Delhi\'s crime rate stood at 66.4 per lakh population.', 'Delhi\'s crime rate stood at 66.4 per 100,000 population.'], []],
];

test('Hindi news 3: two reports of one story', () => {
  checkRows(pairRows, flaggedInPair);
});

// Entities: [name, text, mentions in order as "type text id" (id '-' when unlinked)].
const entityRows: [name: string, text: string, expected: string[]][] = [
  // An adverb of degree before a figure ends a person's name.
  ['सिर्फ after a name', 'उचाना कलां में भाजपा के देवेंद्र अत्री सिर्फ 32 वोटों से जीते।', ['organisation भाजपा org:in-bjp', 'person देवेंद्र अत्री -']],
  ['صرف after a name', 'پی ٹی آئی کے امیدوار علی خان صرف 32 ووٹوں سے جیتے۔', ['organisation پی ٹی آئی org:pk-pti', 'person علی خان -']],
];

test('Hindi news 3: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`));
});
