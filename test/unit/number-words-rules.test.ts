/**
 * One table per rule of the number-word grammar (figures/numberWords.ts, numberGrammar.ts): the
 * value and word count each phrase reads as, and the running-text cases that must stay no figure.
 */
import { test } from 'node:test';
import { isNegativeWord, ordinalSuffix, scaleWordValue } from '../../server/src/core/figures/numberGrammar';
import { parseNumberWords } from '../../server/src/core/figures/numberWords';
import { foldWord } from '../../server/src/core/text/fold';
import type { Lang } from '../../server/src/core/types';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

type Read = { value: number | null; count: number; ordinal: boolean } | null;
const words = (text: string) => foldWord(text).toLowerCase().split(/\s+|(?=[-–—])|(?<=[-–—])/).filter(Boolean);
const read = ([lang, text]: [Lang, string]): Read => {
  const m = parseNumberWords(words(text), 0, lang);
  return m && { value: m.value, count: m.count, ordinal: m.ordinal };
};
/** The value as the grammar gives it: rounded to 15 significant digits (2/3 = 0.666666666666667). */
const n = (value: number | null, count: number, ordinal = false): Read => ({ value: value === null ? null : Number(value.toPrecision(15)), count, ordinal });
const rows = (table: [string, [Lang, string], Read][]) => checkRows(table, read);

test('decimal point words: digits one by one, or one number read as digits, then a scale', () => {
  rows([
    ['en point digits', ['en', 'two hundred point zero three'], n(200.03, 5)],
    ['en point number', ['en', 'two hundred point seventy-one'], n(200.71, 6)],
    ['en point compound', ['en', 'twenty-seven point three hundred and twelve'], n(27.312, 8)],
    ['en point then scale', ['en', 'two point two million'], n(2200000, 4)],
    ['en nought', ['en', 'nine point nought four'], n(9.04, 4)],
    ['hi दशमलव', ['hi', 'पाँच दशमलव पाँच'], n(5.5, 3)],
    ['hi leading zeros', ['hi', 'शून्य दशमलव शून्य शून्य पाँच'], n(0.005, 5)],
    ['ur اعشاریہ', ['ur', 'صفر اعشاریہ صفر پانچ'], n(0.05, 4)],
    ['fa ممیز with shadda', ['fa', 'هفده ممیّز چهل و دو'], n(17.42, 5)],
    ['point with nothing after is not read', ['en', 'five point'], n(5, 1)],
  ]);
});

test('negative words: minus, negative, माइनस, منفی make the number after them negative', () => {
  rows([
    ['en minus', ['en', 'minus three million two hundred thousand'], n(-3200000, 6)],
    ['en negative', ['en', 'negative five hundred and four'], n(-504, 5)],
    ['hi माइनस decimal', ['hi', 'माइनस पांच दशमलव पांच'], n(-5.5, 4)],
    ['fa منفی', ['fa', 'منفی یک'], n(-1, 2)],
    ['ur منفی', ['ur', 'منفی بیس'], n(-20, 2)],
    ['minus alone is no number', ['en', 'minus sign'], null],
  ]);
  checkRows(
    [
      ['minus', ['minus', 'en'], true],
      ['منفی', ['منفی', 'fa'], true],
      ['not negative', ['five', 'en'], false],
    ] as [string, [string, Lang], boolean][],
    ([w, l]) => isNegativeWord([w], 0, l),
  );
});

test('fractions: denominators, ordinal denominators, "and a half", over-words', () => {
  rows([
    ['en three quarters', ['en', 'three quarters'], n(0.75, 2)],
    ['en two thirds', ['en', 'two thirds'], n(2 / 3, 2)],
    ['en one fifth', ['en', 'one fifth'], n(0.2, 2)],
    ['en a fifth at the end', ['en', 'a fifth'], n(0.2, 2)],
    ['en a hundredth', ['en', 'a hundredth'], n(0.01, 2)],
    ['en one and a half', ['en', 'one and a half'], n(1.5, 4)],
    ['en three and a fifth', ['en', 'three and a fifth'], n(3.2, 4)],
    ['en twenty and three fifths', ['en', 'twenty and three fifths'], n(20.6, 4)],
    ['en hundred and three quarters', ['en', 'one hundred and three quarters'], n(100.75, 5)],
    ['en five and a half million', ['en', 'five and a half million'], n(5500000, 5)],
    ['en a scale and a half', ['en', 'one million and a half'], n(1500000, 5)],
    ['en a scale and a fraction of it', ['en', 'five billion and three quarters'], n(5750000000, 5)],
    ['en a scale and a half scale', ['en', 'one billion and a half million'], n(1000500000, 6)],
    ['en half a dozen', ['en', 'half a dozen'], n(6, 3)],
    ['hi दो तिहाई', ['hi', 'दो तिहाई'], n(2 / 3, 2)],
    ['hi तीन चौथाई', ['hi', 'तीन चौथाई'], n(0.75, 2)],
    ['hi और before a fraction', ['hi', 'एक सौ तीन और एक तिहाई'], n(103 + 1 / 3, 6)],
    ['hi बटा', ['hi', 'पांच बटा आठ'], n(0.625, 3)],
    ['hi बटे compound', ['hi', 'एक बटे एक सौ पच्चीस'], n(0.008, 5)],
    ['hi आधा दर्जन', ['hi', 'आधा दर्जन'], n(6, 2)],
    ['hi का + ordinal divides', ['hi', 'एक का पाँचवाँ'], n(0.2, 3)],
    ['hi का + compound ordinal', ['hi', 'पंचानबे सौ का पांचवां'], n(1900, 4)],
    ['hi का + first or second is no fraction', ['hi', 'दो का दूसरा'], n(2, 1)],
    ['hi और before बटे', ['hi', 'बीस और तीन बटे पांच'], n(20.6, 5)],
    ['hi और before का', ['hi', 'तीन और एक का पाँचवाँ'], n(3.2, 5)],
    ['en plural scale ordinal denominators', ['en', 'two and fifty-four hundredths'], n(2.54, 6)],
    ['en a hundred trillionths', ['en', 'a hundred trillionths'], n(1e-10, 3)],
    ['en hyphen before a denominator', ['en', 'five - eighths'], n(0.625, 3)],
    ['en a fraction then a scale', ['en', 'one billion and three quarters million'], n(1000750000, 6)],
    ['ur دو تہائی', ['ur', 'دو تہائی'], n(2 / 3, 2)],
    ['fa cardinal + ordinal is a fraction', ['fa', 'دو سوم'], n(2 / 3, 2)],
    ['fa compound ordinal stays ordinal', ['fa', 'بیست و سوم'], n(23, 3, true)],
  ]);
});

test('multipliers: سوا, ساڑھے, पौने before a scale multiply it, before a number add to it', () => {
  rows([
    ['ur سوا لاکھ', ['ur', 'سوا لاکھ'], n(125000, 2)],
    ['fa و نیم adds a half', ['fa', 'دو و نیم میلیون'], n(2500000, 4)],
    ['fa سه و نیم', ['fa', 'سه و نیم'], n(3.5, 3)],
    ['ur سوا تین لاکھ', ['ur', 'سوا تین لاکھ'], n(325000, 3)],
    ['ur ساڑھے تین لاکھ', ['ur', 'ساڑھے تین لاکھ'], n(350000, 3)],
    ['hi साढ़े चार', ['hi', 'साढ़े चार'], n(4.5, 2)],
    ['hi पौने तीन करोड़', ['hi', 'पौने तीन करोड़'], n(27500000, 3)],
    ['hi सवा सौ', ['hi', 'सवा सौ'], n(125, 2)],
    ['hi सवा alone is 1¼', ['hi', 'सवा'], n(1.25, 1)],
    ['hi पौने alone is ¾', ['hi', 'पौने'], n(0.75, 1)],
  ]);
});

test('connectors: "and", और join only after a hundred or a scale; Persian و anywhere', () => {
  rows([
    ['en hundred and five', ['en', 'one hundred and five'], n(105, 4)],
    ['en thousand and twenty', ['en', 'two thousand and twenty'], n(2020, 4)],
    ['en two and three are two numbers', ['en', 'two and three'], n(2, 1)],
    ['hi सौ और पाँच', ['hi', 'एक सौ और पाँच'], n(105, 4)],
    ['hi हजार और सौ', ['hi', 'दो हजार और दो सौ'], n(2200, 5)],
    ['hi दो और तीन are two numbers', ['hi', 'दो और तीन'], n(2, 1)],
    ['en dash variants', ['en', 'twenty—fifth'], n(25, 3, true)],
    ['en zero is never added (two-nil)', ['en', 'two-nil'], n(2, 1)],
  ]);
});

test('scales: a bare thousand is 1000, larger bare scales are vague; plural and abbreviated scales after a number', () => {
  rows([
    ['hi हज़ार alone', ['hi', 'हज़ार'], n(1000, 1)],
    ['fa هزار and more', ['fa', 'هزار نود و هفت'], n(1097, 4)],
    ['fa چهار صد', ['fa', 'چهار صد'], n(400, 2)],
    ['fa چهار صد میلیون', ['fa', 'چهار صد میلیون'], n(400000000, 3)],
    ['ur ٹریلین alone is vague', ['ur', 'ٹریلین'], n(null, 1)],
    ['en million alone is vague', ['en', 'million'], n(null, 1)],
    ['en billions alone is vague', ['en', 'billions'], n(null, 1)],
    ['en three billions', ['en', 'three billions'], n(3e9, 2)],
    ['en three thousand millions', ['en', 'three thousand millions'], n(3e9, 3)],
    ['en two hundred dozens', ['en', 'two hundred dozens'], n(2400, 3)],
    ['en a dozen', ['en', 'a dozen'], n(12, 2)],
    ['en two dozen', ['en', 'two dozen'], n(24, 2)],
    ['en cr and lac', ['en', 'three cr twelve lac'], n(31200000, 4)],
    ['en cr alone is no number', ['en', 'cr'], null],
    ['en M alone is no number (M. Smith)', ['en', 'm'], null],
    ['en quintillion', ['en', 'one quintillion'], n(1e18, 2)],
    ['en-IN shankh after a number', ['en', 'one shankh'], n(1e17, 2)],
    ['hi तीन दर्जन', ['hi', 'तीन दर्जन'], n(36, 2)],
  ]);
  checkRows(
    [
      ['dozens after digits', ['dozens', 'en'], 12],
      ['lkhs after digits', ['lkhs', 'en'], 1e5],
      ['Latin abbreviation after digits in a Hindi paragraph', ['m', 'hi'], 1e6],
    ] as [string, [string, Lang], number | null][],
    ([w, l]) => scaleWordValue(w, l),
  );
});

test('ordinals: inflections, scale ordinals, compound endings, digits with suffixes', () => {
  rows([
    ['hi पाँचवा without nasal', ['hi', 'पाँचवा'], n(5, 1, true)],
    ['hi दसवी', ['hi', 'दसवी'], n(10, 1, true)],
    ['hi नब्बेवे', ['hi', 'नब्बेवे'], n(90, 1, true)],
    ['hi सौवाँ', ['hi', 'दो सौवाँ'], n(200, 2, true)],
    ['hi करोड़वाँ', ['hi', 'एक करोड़वाँ'], n(1e7, 2, true)],
    ['hi compound ending एकवाँ', ['hi', 'एक हज़ार एकवाँ'], n(1001, 3, true)],
    ['ur ہزارواں', ['ur', 'ایک ہزارواں'], n(1000, 2, true)],
    ['ur compound ending ایکواں', ['ur', 'ایک سو ایکواں'], n(101, 3, true)],
    ['fa هزارم', ['fa', 'هزارم'], n(1000, 1, true)],
    ['fa hundreds take the ending', ['fa', 'دویستم'], n(200, 1, true)],
    ['en hundredth', ['en', 'two hundredth'], n(200, 2, true)],
    ['en thousand one hundredth', ['en', 'one thousand one hundredth'], n(1100, 4, true)],
    ['en twenty-first', ['en', 'twenty-first'], n(21, 3, true)],
    ['en written as one word', ['en', 'twentyfifth'], n(25, 1, true)],
    ['hi scale then larger ordinal scale', ['hi', 'हजार खरबवां'], n(1e14, 2, true)],
    ['hi और then a compound ordinal, short i', ['hi', 'दो सौ दस खरब और तीन सौ बाइसवां'], n(21000000000322, 8, true)],
  ]);
  checkRows(
    [
      ['hi वी after digits', ['वी', 'hi'], true],
      ['hi रा after digits', ['रा', 'hi'], true],
      ['English suffix in a Hindi sentence', ['th', 'ur'], true],
      ['fa سهم is no ordinal word', ['سهم', 'fa'], false],
    ] as [string, [string, Lang], boolean][],
    ([w, l]) => ordinalSuffix(w, l),
  );
});

test('spelling variants: Hindi half nasals, ब/व nineties, hand-listed forms; Latin words in Hindi text', () => {
  rows([
    ['hi पन्द्रह', ['hi', 'पन्द्रह'], n(15, 1)],
    ['hi इकत्तीस', ['hi', 'तीन सौ इकत्तीस'], n(331, 3)],
    ['hi एकसठ', ['hi', 'एक सौ एकसठ'], n(161, 3)],
    ['hi निन्यानवे', ['hi', 'निन्यानवे'], n(99, 1)],
    ['hi अट्ठाइस', ['hi', 'अट्ठाइस'], n(28, 1)],
    ['English words in a Hindi sentence', ['hi', 'five hundred twenty'], n(520, 3)],
    ['fa tens and units joined by a zero-width non-joiner', ['fa', 'بیست‌ویک'], n(21, 1)],
    ['fa joined ordinal', ['fa', 'سی‌وپنجم'], n(35, 1, true)],
    ['hi English numbers in Devanagari', ['hi', 'थ्री डज़न'], n(36, 2)],
    ['hi English ordinals in Devanagari', ['hi', 'थर्टी थर्ड'], n(33, 2, true)],
    ['hi वन is "forest", not one', ['hi', 'वन'], null],
    ['ur news spelling تئیس', ['ur', 'تئیس'], n(23, 1)],
    ['ur news spelling اکیانوے', ['ur', 'اکیانوے'], n(91, 1)],
    ['ur plain heh for do-chashmi heh', ['ur', 'پانچ کهرب'], n(5e11, 2)],
    ['hi hyphenated fraction', ['hi', 'दो-तिहाई'], n(2 / 3, 3)],
    ['hi hyphen between two numbers is no compound', ['hi', 'दो-तीन'], n(2, 1)],
    ['hi सेकंड opens an ordinal', ['hi', 'सेकेंड'], n(2, 1, true)],
    ['hi सेकंड after a number is the unit, not 22nd', ['hi', 'बीस सेकंड'], n(20, 1)],
    ['hi सेकंड after English tens in Devanagari is the unit too', ['hi', 'ट्वेंटी सेकंड'], n(20, 1)],
    ['hi English ordinal after tens still compounds', ['hi', 'ट्वेंटी थर्ड'], n(23, 2, true)],
  ]);
  // Persian سه + ordinal ending is سهم "share", never read as 3rd.
  rows([['fa سهم', ['fa', 'سهم'], null]]);
});

test('number words in running text: what is and is not a figure', () => {
  checkRows(
    [
      ['a number alone is a number', 'एक', ['एक=1/cardinal']],
      ['an ordinal alone is an ordinal', 'first', ['first=1/ordinal']],
      ['a third term is an ordinal, not a fraction', 'He won a third term in office.', ['third=3/ordinal']],
      ['the first is an ordinal', 'I like the first two books.', ['first=1/ordinal', 'two=2/cardinal (counts book)']],
      ['at first is no ordinal', 'At first, he said no.', []],
      ['a second is time, not an ordinal or a half', 'Wait a second.', []],
      ['Hindi पहली बार "for the first time" is no figure', 'पहली बार ऐसा हुआ है।', []],
      ['Urdu first is an ordinal', 'یہ پہلا عالمی معاہدہ ہے۔', ['پہلا=1/ordinal']],
      ['Urdu دوسرے is "other"', 'دوسرے ممالک نے بھی دستخط کیے۔', []],
      ['Hindi दूसरे is "other"', 'दूसरे देशों ने भी हस्ताक्षर किए।', []],
      ['Persian اولین is first', 'این اولین چارچوب قانونی جهانی است.', ['اولین=1/ordinal']],
      ['Hindi का before an ordinal that ranks', 'भारत का पांचवां राज्य', ['पांचवां=5/ordinal (counts state)']],
      ['a third of', 'A third of voters stayed home.', ['A third=0.333333333333333/cardinal']],
      ['Hindi सवा before a unit', 'सवा किलो लड्डू चढ़ाऊंगा।', ['सवा किलो=1.25/cardinal (unit kg)']],
      ['Hindi collective both', 'दोनों देशों ने समझौते पर हस्ताक्षर किए।', ['दोनों=2/cardinal (counts country)']],
      ['Urdu collective both', 'دونوں ممالک نے معاہدے پر دستخط کیے۔', ['دونوں=2/cardinal (counts country)']],
      ['Urdu کے سوا is "except", not 1¼', 'اس کے سوا دو ملک شامل ہوئے۔', ['دو=2/cardinal (counts country)']],
      ['Urdu any one country', 'کوئی ایک ملک تنہا یہ کام نہیں کر سکتا۔', []],
      ['Hindi any one person', 'यह किसी एक व्यक्ति की जिम्मेदारी नहीं है।', []],
      ['English no one', 'No one country can do this alone.', []],
      ['Persian every ten minutes is still ten', 'هر ده دقیقه یک نفر می‌میرد.', ['ده=10/cardinal (counts minute)', 'یک=1/cardinal (counts person)']],
      ['Persian سهم is "share"', 'سهم ایران از بازار کم است.', []],
      ['Persian bare thousand', 'هزار نفر در این نشست شرکت کردند.', ['هزار=1000/cardinal (counts person)']],
      ['Persian نیمی "a half" with a qualifier', 'تقریبا نیمی از افراد آمدند.', ['نیمی=0.5/cardinal (approx)']],
      ['Persian negative percent', 'رشد اقتصادی منفی دو درصد بود.', ['منفی دو درصد=-2/percent (unit %, counts growth)']],
      ['Hindi saadhe with rupees', 'सरकार ने साढ़े चार लाख रुपये दिए।', ['साढ़े चार लाख रुपये=450000/currency (unit INR)']],
      ['Urdu two thirds majority', 'پارلیمنٹ میں دو تہائی اکثریت حاصل ہے۔', ['دو تہائی=0.666666666666667/cardinal (counts اکثریت)']],
      ['two and a half hours', 'They stayed for two and a half hours.', ['two and a half=2.5/cardinal (counts hour)']],
      ['digits with an English ordinal suffix', 'It was the 21st meeting.', ['21st=21/ordinal (counts meeting)']],
    ],
    (text: string) => figuresOf(text).map(brief),
  );
});
