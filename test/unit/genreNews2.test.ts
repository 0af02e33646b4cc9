import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// News of more genres (parliament, courts, power, banking, telecom, festivals and travel, roads,
// migration, startups), in the four languages.

// Figures: [name, text, figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  ['a generation of mobile networks glued to its digit is no count', 'जियो ने 5जी सेवा 700 शहरों में शुरू की।', ['700=700/cardinal (counts city)']],
  ['the 2G scam and 4K video', '2जी घोटाले में 4 आरोपी बरी हुए और 4के वीडियो जारी हुआ।', ['4=4/cardinal (counts suspect)']],
  ['a Hindi police case number with its year is one reference', 'मामला थाना कोतवाली में मुकदमा संख्या 112/2021 के तहत दर्ज किया गया था।', ['मुकदमा संख्या 112/2021=112/reference (counts number)']],
  ['an FIR number in Hindi', 'पुलिस ने एफआईआर संख्या 230 दर्ज की।', ['एफआईआर संख्या 230=230/reference (counts number)']],
  ['Dari spells the megawatt with a long vowel', 'کمبود برق در کابل به ۳۰۰ میگاوات رسیده است.', ['۳۰۰ میگاوات=300/cardinal (unit MW)']],
  ['people counted in تن enter a country in the present', 'روزانه بیش از ۵ هزار تن از گذرگاه اسلام‌قلعه وارد افغانستان می‌شوند.', ['۵ هزار=5000/cardinal (more-than, counts person)']],
  ['tonnes of wheat enter in the singular', 'سالانه ۳ میلیون تن گندم وارد کشور می‌شود.', ['۳ میلیون تن=3000000/cardinal (unit t)']],
  ['Hindi votes, MPs and sittings', 'विधेयक 232 मतों से पारित हुआ; एनडीए के पास 293 सांसद हैं और सत्र में 15 बैठकें होंगी।', ['232=232/cardinal (counts vote)', '293=293/cardinal (counts member)', '15=15/cardinal (counts meeting)']],
  ['holidays of a festival', 'حکومت نے عید پر 4 چھٹیوں کا اعلان کیا۔', ['4=4/cardinal (counts holiday)']],
  ['Hindi holidays', 'सरकार ने दिवाली पर 3 छुट्टियों की घोषणा की।', ['3=3/cardinal (counts holiday)']],
  ['subscribers of a network', 'تعداد مشترکان اینترنت همراه به ۱۳۲ میلیون رسید و ۸ هزار دستگاه اتوبوس به کار گرفته شد.', ['۱۳۲ میلیون=132000000/cardinal (counts subscriber)', '۸ هزار=8000/cardinal (counts bus)']],
  ['English subscribers', 'Jio has 470 million subscribers.', ['470 million=470000000/cardinal (counts subscriber)']],
  ['a Hindi vote set against the other side counts votes on both', 'लोकसभा ने विधेयक को 288 के मुकाबले 232 मतों से पारित किया।', ['288=288/cardinal (counts vote)', '232=232/cardinal (counts vote)']],
  ['an Urdu vote set against the other side', 'بل 234 کے مقابلے میں 4 ووٹوں سے منظور ہوا۔', ['234=234/cardinal (counts vote)', '4=4/cardinal (counts vote)']],
  ['a Persian vote set against the other side', 'لایحه با ۱۹۸ در برابر ۲۱ رای تصویب شد.', ['۱۹۸=198/cardinal (counts vote)', '۲۱=21/cardinal (counts vote)']],
  ['a count set against last year\'s', 'पिछले साल के 50 के मुकाबले इस साल 80 मामले दर्ज हुए।', ['50=50/cardinal (counts case)', '80=80/cardinal (counts case)']],
  ['an English vote\'s other side shares its noun', 'The Senate passed the bill with 52 votes in favour and 18 against, amid a walkout.', ['52=52/cardinal (counts vote)', '18=18/cardinal (counts vote)']],
  ['a court\'s branch by its number', 'پرونده شماره ۱۲۳ در شعبه ۱۵ دادگاه انقلاب بررسی شد.', ['شماره ۱۲۳=123/reference (counts number)', 'شعبه ۱۵=15/reference (counts number)']],
  ['branches counted stay a count', 'این بانک ۱۵ شعبه در تهران دارد.', ['۱۵=15/cardinal (counts شعبه)']],
  ['how many times, as English counts three times', 'گیس کی فراہمی دن میں 3 بار محدود کر دی گئی۔', ['3=3/cardinal (counts time)']],
  ['Hindi times', 'नीतीश कुमार तीन बार मुख्यमंत्री बने।', ['तीन=3/cardinal (counts time)']],
  ['Persian times', 'او ۳ بار قهرمان شد و ۲ مرتبه رکورد زد.', ['۳=3/cardinal (counts time)', '۲=2/cardinal (counts time)']],
  ['a bond\'s yield is no policy rate', 'Ten-year bond yields fell 6 bps to 6.19%.', ['Ten=10/cardinal (counts year)', '6 bps=6/cardinal (unit bp)', '6.19%=6.19/percent (unit %, counts yield)']],
];

test('News of more genres: figures', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// Entities: [name, text, "text=type[:id]" of each mention].
const entityRows: [name: string, text: string, expected: string[]][] = [
  ['a bound after a council ends its name', 'همچنین شورای عالی کار حداقل دستمزد کارگران را تعیین کرد.', ['شورای عالی کار=organisation']],
  ['a light verb\'s adjective after a crossing ends its name', 'روزانه ۵ هزار تن از گذرگاه اسلام‌قلعه وارد افغانستان می‌شوند.', ['گذرگاه اسلام‌قلعه=place', 'افغانستان=place:region:AF']],
  ['the Dari government after a spokesman names no person', 'ذبیح‌الله مجاهد سخنگوی حکومت سرپرست گفت کمک داده می‌شود.', ['ذبیح‌الله مجاهد=person']],
  ['Iran\'s mobile operators', 'همراه اول و ایرانسل تعرفه اینترنت را ۳۰ درصد افزایش دادند.', ['همراه اول=organisation:org:ir-mci', 'ایرانسل=organisation:org:ir-irancell']],
  ['India\'s operators and startups', "Zepto raised $450 million, Byju's laid off staff and Airtel added users.", ['Zepto=organisation:org:in-zepto', "Byju's=organisation:org:in-byjus", 'Airtel=organisation:org:in-airtel']],
  ['Indian operators in Hindi', 'रिलायंस जियो के 47 करोड़ और एयरटेल के 38 करोड़ ग्राहक हैं।', ['रिलायंस जियो=organisation:org:in-reliance-jio', 'एयरटेल=organisation:org:in-airtel']],
  ['Pakistan\'s operators', 'یوفون اور پی ٹی سی ایل کے صارفین بڑھ گئے۔', ['یوفون=organisation:org:pk-ufone', 'پی ٹی سی ایل=organisation:org:pk-ptcl']],
  ['Zong in Latin letters', 'Zong and Ufone added 2 million subscribers.', ['Zong=organisation:org:pk-zong', 'Ufone=organisation:org:pk-ufone']],
  ['a bill with a bracketed word in its name is a document', 'The Senate passed the Waqf (Amendment) Bill, 2025 on Friday.', ['Waqf (Amendment) Bill=document']],
  ['a bill is a law before it is an act', 'He tabled the Finance Bill in the National Assembly.', ['Finance Bill=document', 'National Assembly=organisation']],
  ['a label ending in No. is no name', 'He was sentenced in Case No. 45 of 2024 and Writ Petition No. 1200.', []],
  ['rating agencies, and ratings are no bodies', 'Moody’s cut its rating to Caa1 and Fitch to CCC+, while S&P kept India at BBB-.', ['Moody’s=organisation:org:moodys', 'Fitch=organisation:org:fitch', 'India=place:region:IN']],
  ['a rating agency in Urdu and Hindi', 'موڈیز نے ریٹنگ بہتر کی۔ फिच ने रेटिंग बरकरार रखी।', ['موڈیز=organisation:org:moodys', 'फिच=organisation:org:fitch']],
  ['the founders a startup was founded by are persons', 'The firm, founded in 2021 by Aadit Palicha and Kaivalya Vohra, operates 900 stores.', ['Aadit Palicha=person', 'Kaivalya Vohra=person']],
  ['co-founders without a year', 'The startup was co-founded by Nikhil Kamath and Nithin Kamath.', ['Nikhil Kamath=person', 'Nithin Kamath=person']],
  ['a number word after a name counts what follows', 'نواز شریف تین مرتبہ وزیراعظم رہے۔', ['نواز شریف=person']],
  ['a Hindi number word after a name', 'नीतीश कुमार तीन बार मुख्यमंत्री बने।', ['नीतीश कुमार=person']],
  ['a Persian number word after a name', 'علی دایی سه بار قهرمان آسیا شد.', ['علی دایی=person', 'آسیا=place:region:142']],
  ['interbank and reserve rates are no bodies', 'The six-month KIBOR stood at 11.2% and the CRR at 3%.', []],
];

test('News of more genres: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((e) => `${text.slice(e.start, e.end)}=${e.type}${e.id ? `:${e.id}` : ''}`));
});
