import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareFigures, sameTime } from '../../server/src/core/claims/compare';
import { differentFacts, placesOf } from '../../server/src/core/claims/about';
import { claimLenses } from '../../server/src/core/features/claims';
import { analyzeDocument } from '../../server/src/core/analyze';
import { findingsOf } from '../../server/src/core/index/findings';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import type { Figure } from '../../server/src/core/types';
import { claimKeys, claimTimes } from '../support/claims';
import { checkRows } from '../support/rows';

function fig(value: number | null, qualifier: Figure['qualifier'] = 'exact', min: number | null = null, max: number | null = null): Figure {
  return { start: 0, end: 1, text: '', value, unit: null, counted: null, min, max, qualifier, kind: 'cardinal', number: { start: 0, end: 1, value }, digits: null, digitRuns: [] };
}

test('figures compare qualifier-aware', () => {
  checkRows(
    [
      ['18 and ۱۸ are the same', [fig(18), fig(18)], 'same'],
      ['70 vs 72 both exact conflict', [fig(70), fig(72)], 'conflict'],
      ['about 70 vs 72 is compatible but different', [fig(70, 'approx'), fig(72)], 'compatible'],
      ['about 70 vs 90 conflict', [fig(70, 'approx'), fig(90)], 'conflict'],
      ['more than 110 vs 110 agree', [fig(110, 'more-than'), fig(110)], 'same'],
      ['more than 110 vs 150 agree', [fig(110, 'more-than'), fig(150)], 'same'],
      ['more than 110 vs 100 conflict', [fig(110, 'more-than'), fig(100)], 'conflict'],
      ['at least 40 vs 72 agree', [fig(40, 'at-least'), fig(72)], 'same'],
      ['less than 50 vs 60 conflict', [fig(50, 'less-than'), fig(60)], 'conflict'],
      ['at least 2000 vs at least 2400 are compatible but different', [fig(2000, 'at-least'), fig(2400, 'at-least')], 'compatible'],
      ['more than 9000 vs at least 9000 agree', [fig(9000, 'more-than'), fig(9000, 'at-least')], 'same'],
      ['more than 100 vs less than 50 conflict', [fig(100, 'more-than'), fig(50, 'less-than')], 'conflict'],
      ['more than 10 vs less than 50 agree', [fig(10, 'more-than'), fig(50, 'less-than')], 'same'],
      ['range 25-26 vs 25 compatible', [fig(null, 'range', 25, 26), fig(25)], 'compatible'],
      ['range 10-15 vs 20 conflict', [fig(null, 'range', 10, 15), fig(20)], 'conflict'],
      ['16.4 million is 16,384,000 rounded', [fig(16400000), fig(16384000)], 'same'],
      ['13,538,000 rounded to a lakh is 1 crore 35 lakh', [fig(13538000), fig(13500000)], 'same'],
      ['13.5 million is not 13,650,000', [fig(13500000), fig(13650000)], 'conflict'],
      ['1 lakh is too round to stand for 50,000', [fig(100000), fig(50000)], 'conflict'],
      ['45 million vs 4.5 million conflict', [fig(45000000), fig(4500000)], 'conflict'],
      ['16.4 million vs 16.3 million conflict', [fig(16400000), fig(16300000)], 'conflict'],
      ['a thousand for a million is a conflict', [fig(5000), fig(5000000)], 'conflict'],
      ['figures ten thousand times apart are other things', [fig(5500), fig(89e15)], null],
    ],
    ([a, b]) => compareFigures(a, b, DEFAULT_OPTIONS),
  );
});

test('times: the same when they agree and only a year is missing; a stated time is never the same as none', () => {
  checkRows(
    [
      ['equal', ['2025', '2025'], true],
      ['day without a year and the full date', ['--10-07', '2023-10-07'], true],
      ['a year and a day of it are different facts', ['2023', '2023-10-07'], false],
      ['a month and a day of it are different facts', ['2023-10', '2023-10-07'], false],
      ['a month without its year and the month', ['--10', '2023-10'], true],
      ['an interval by its start', ['2025-10-25/2025-10-26', '2025-10-25'], true],
      ['other years', ['2001', '2025'], false],
      ['other days', ['--10-06', '--10-25'], false],
      ['a year and a day share nothing to agree on', ['2023', '--10-07'], false],
      ['no time and a time', [null, '2023'], false],
      ['an earlier time and a year', ['earlier', '2023'], false],
    ],
    ([a, b]: [string | null, string | null]) => sameTime({ time: a }, { time: b }),
  );
});

test('translations of one fact share a claim key; unrelated figures do not', () => {
  const keys = claimKeys;
  checkRows(
    [
      ['Urdu signed', 'تقریباً 70 ممالک اور تنظیموں نے کنونشن پر دستخط کیے۔', ['70:country|sign']],
      ['Persian signed', 'در این مراسم نزدیک به 70 کشور و سازمان کنوانسیون را امضا کردند.', ['70:country|sign']],
      ['Hindi signed', 'लेकिन 72 देशों ने इस पर हस्ताक्षर कर दिए हैं।', ['72:country|sign']],
      ['English signed', 'About 70 countries signed the convention.', ['70:country|sign']],
      ['signing ceremony is not signing', 'हस्ताक्षर समारोह में 110 देशों के प्रतिनिधियों का स्वागत किया गया।', ['110:country|attend']],
      ['Urdu spoke', 'وزیراعظم کی تقریر کے بعد 18 ممالک کے نمائندوں نے خطاب کیا۔', ['18:country|speak']],
      ['Persian spoke', 'پس از سخنان افتتاحیه نخست وزیر، نمایندگان ۱۸ کشور سخنرانی کردند.', ['18:country|speak']],
      ['money', 'آسٹریلیا نے 83.5 ملین ڈالر کی سرمایہ کاری کا وعدہ کیا ہے۔', ['83500000:money:USD|invest']],
      ['no predicate, no claim', 'یہ 5 ابواب ہیں', []],
      ['a year is not a claim', '2017 میں حملہ ہوا۔', []],
      ['English injured are people injured', 'At least 2,000 people were killed and more than 9,000 injured.', ['2000:person|kill', '9000:person|injure']],
      ['Urdu injured after killed', 'کم از کم 2,000 افراد ہلاک اور 9 ہزار سے زائد زخمی ہوئے۔', ['2000:person|kill', '9000:person|injure']],
      ['Persian injured people', 'دست‌کم ۲۰۰۰ نفر کشته و بیش از ۹ هزار نفر زخمی شدند.', ['2000:person|kill', '9000:person|injure']],
      ['Hindi injured', 'कम से कम 2,000 लोगों की मौत हो गई और 9,000 से अधिक घायल हुए।', ['2000:person|kill', '9000:person|injure']],
      ['affected is not injured', 'اقوام متحدہ نے کہا کہ تقریباً 12 ہزار افراد متاثر ہوئے۔', ['12000:person|affect']],
      ['Hindi affected', 'संयुक्त राष्ट्र ने कहा कि लगभग 12,000 लोग प्रभावित हुए।', ['12000:person|affect']],
      ['Urdu: a noun after the second number counts the first', 'مسلم لیگ ن نے 75 اور پیپلز پارٹی نے 54 نشستیں حاصل کیں۔', ['75:seat|win', '54:seat|win']],
      ['Hindi: a noun after the second number counts the first', 'पीएमएल-एन ने 75 और पीपीपी ने 54 सीटें हासिल कीं।', ['75:seat|win', '54:seat|win']],
      ['English: a noun after the first number counts a second that ends its clause', 'The PML-N secured 75 seats and the PPP 54, officials said.', ['75:seat|win', '54:seat|win']],
      ['English: the noun is shared across a year with each count', 'The party won 75 seats in 2018 and 149 in 2024.', ['75:seat|win', '149:seat|win']],
      ['English: each number keeps its own noun', 'The company won 12 contracts and 30 awards.', ['12:en:contract|win', '30:en:award|win']],
      ['Persian: the whole of a part is a total', 'نامزدها ۹۳ کرسی از ۲۶۶ کرسی مجلس را به دست آوردند.', ['93:seat|win', '266:seat|total']],
      ['Hindi: the whole comes first', 'भाजपा ने 543 में से 240 सीटें जीतीं।', ['543:seat|total', '240:seat|win']],
      ['English: part of a whole', 'They won 93 of the 266 seats.', ['93:seat|win', '266:seat|total']],
      ['a predicate word that another figure counts is not ours', 'The ministry reported 1,234 new cases and 15 deaths.', ['1234:case|report', '15:person|kill']],
      ['Urdu: the same', 'وزارت صحت نے 1,234 نئے کیسز اور 15 اموات رپورٹ کیں۔', ['1234:case|report', '15:person|kill']],
      ['Urdu: the number of the dead named before the number', 'زلزلے میں ہلاکتوں کی تعداد بڑھ کر 2,000 ہو گئی ہے۔', ['2000:person|kill']],
      ['Hindi: the same without any verb of the table', 'भूकंप में मृतकों की संख्या बढ़कर 2,000 हो गई है।', ['2000:person|kill']],
      ['Persian: the noun named before says more than people after', 'شمار کشته‌شدگان زلزله به ۲۰۰۰ نفر رسید.', ['2000:person|kill']],
      ['English: the number of deaths', 'The number of deaths from the quake rose to 2,000.', ['2000:person|kill']],
      ['a percentage is a rate of what its clause names before it', 'Inflation in Pakistan reached 38 percent in May.', ['38:%:inflation|rate']],
      ['Urdu rate subject', 'مئی میں پاکستان میں مہنگائی کی شرح 38 فیصد تک پہنچ گئی۔', ['38:%:inflation|rate']],
      ['Persian rate subject', 'نرخ تورم در پاکستان در ماه مه به ۳۸ درصد رسید.', ['38:%:inflation|rate']],
      ['Hindi rate subject', 'मई में पाकिस्तान में महंगाई दर 36 प्रतिशत तक पहुंच गई।', ['36:%:inflation|rate']],
      ['two rates of one story do not share a key', 'Unemployment reached 8 percent.', ['8:%:unemployment|rate']],
      ['a predicate after "while" is the next clause’s', 'Inflation in the province stood at 11.8pc while unemployment rose to 6.5pc.', ['11.8:%:inflation|rate', '6.5:%:unemployment|rate']],
      ['Urdu: the same after جبکہ', 'صوبے میں مہنگائی کی شرح 11.8 فیصد رہی جبکہ بے روزگاری 6.3 فیصد تک پہنچ گئی۔', ['11.8:%:inflation|rate', '6.3:%:unemployment|rate']],
      ['English: a name before the noun a number counts', 'The BJP won 240 of the 543 Lok Sabha seats.', ['240:seat|win', '543:seat|total']],
      ['a window of time is no claim', 'The ministry reported 1,234 new cases in the past 24 hours.', ['1234:case|report']],
      ['Urdu window', 'وزارت صحت نے گذشتہ 24 گھنٹوں میں 1,234 نئے کیسز رپورٹ کیے۔', ['1234:case|report']],
      ['Hindi window', 'स्वास्थ्य मंत्रालय ने पिछले 24 घंटों में 1,234 नए मामले दर्ज किए।', ['1234:case|report']],
      ['Persian window, after its noun', 'وزارت بهداشت در ۲۴ ساعت گذشته ۱۲۳۴ مورد جدید را گزارش کرد.', ['1234:case|report']],
      ['a span that is a fact stays one', 'The strike held in Karachi lasted 3 days.', ['3:day|hold']],
      ['a rate that rose to a level states that level, as one that reached it', 'Inflation in Pakistan rose to 38 percent in May.', ['38:%:inflation|rate']],
      ['Urdu: the same with another verb', 'مئی میں مہنگائی کی شرح بڑھ کر 38 فیصد ہو گئی۔', ['38:%:inflation|rate']],
      ['a predicate after a date is not a counted noun', '۷۰ کشور روز ۱۵ مهر امضا کردند.', ['70:country|sign']],
      ['a whole that counts something else is no total', 'نامزدها ۵۰۰ نفر از ۲۰ کشور در این نشست شرکت کردند.', ['500:person|attend', '20:country|attend']],
      ['arrested is not fell', 'पुलिस ने 12 लोगों को गिरफ्तार किया।', ['12:person|arrest']],
      ['a news agency\'s report is no predicate (the houses are destroyed)', 'به گزارش ایرنا، سیل ۵۰۰ خانه را تخریب کرد.', ['500:house|destroy']],
      ['a total of is no predicate', 'A total of 5 people were killed in the blast.', ['5:person|kill']],
      // Courts: acquitted is a fact of its own; men are people; the noun of another figure is no subgroup of a prison term.
      ['English acquitted', 'The court jailed three men for 10 years and acquitted 7 others.', ['3:person|sentence', '10:year|sentence', '7:person|acquit']],
      ['Urdu acquitted', 'عدالت نے 4 ملزمان کو 7 سال قید کی سزا سنائی جبکہ 9 ملزمان کو بری کر دیا۔', ['4:suspect|sentence', '7:year|sentence', '9:suspect|acquit']],
      ['Persian acquitted', 'دادگاه ۶ متهم را تبرئه کرد.', ['6:suspect|acquit']],
      ['Hindi acquitted', 'अदालत ने सबूतों के अभाव में 8 आरोपियों को बरी कर दिया।', ['8:suspect|acquit']],
      ['Hindi life imprisonment, then one acquitted', '3 दोषियों को उम्रकैद, एक बरी', ['3:suspect|sentence']],
      ['compensation is no fine', 'A court fined each convict Rs 50,000 and ordered Rs 2 lakh in compensation for the family.', ['50000:money:INR|fine', '200000:money:INR|compensate']],
      ['Urdu compensation', 'خاندان کو 10 لاکھ روپے معاوضہ دیا جائے گا۔', ['1000000:money:PKR|compensate']],
      ['Persian: a verb before و is the clause before’s; the rate states its level', 'بیش از ۲ میلیون نفر رأی دادند و میزان مشارکت ۴۱ درصد بود.', ['2000000:person|attend', '41:%:turnout|rate']],
      // Appeals and pledges; vaccination targets; damage, displacement, killings; votes a party got.
      ['English sought is no pledge', 'Donors pledged $2 billion on Monday; the agency had sought $5 billion.', ['2000000000:money:USD|invest', '5000000000:money:USD|seek']],
      ['Urdu appeal', 'اقوام متحدہ نے 4 ارب ڈالر کی اپیل کی تھی۔', ['4000000000:money:USD|seek']],
      ['English vaccinating', 'The drive aims at vaccinating 30 million children.', ['30000000:child|vaccinate']],
      ['Persian vaccinating', 'هدف این طرح واکسینه کردن ۳ میلیون کودک است.', ['3000000:child|vaccinate']],
      ['Hindi polio drops', 'अभियान में 3 करोड़ बच्चों को पोलियो की खुराक पिलाने का लक्ष्य है।', ['30000000:child|vaccinate']],
      ['English: a vaccination drive in a headline', 'Afghanistan launches measles vaccination drive for 1.2 million children', ['1200000:child|vaccinate']],
      ['English: aiming to reach is a target, not a level', 'A measles vaccination campaign began on Sunday, aiming to reach 3 million children.', ['3000000:child|vaccinate']],
      ['Dari provinces and vaccine', 'واکسین سرخکان در ۱۶ ولایت آغاز شد.', ['16:region|vaccinate']],
      ['Dari dollars', 'گاوی ۳٫۵ میلیون دالر کمک کرد.', ['3500000:money:USD|invest']],
      ['Urdu polio drops', 'مہم میں 3 کروڑ بچوں کو پولیو کے قطرے پلانے کا ہدف ہے۔', ['30000000:child|vaccinate']],
      ['Hindi damaged houses are lost, as in English', 'भूकंप में 2,000 मकान क्षतिग्रस्त हो गए।', ['2000:house|lose']],
      ['Persian damaged houses', 'در این زلزله ۵۰۰ خانه آسیب دید.', ['500:house|lose']],
      ['English displaced', 'The fighting has displaced 40,000 people.', ['40000:person|displace']],
      ['Hindi killing', 'हमलावरों ने 3 पुलिसकर्मियों की हत्या कर दी।', ['3:personnel|kill']],
      ['policemen are police personnel', 'Six policemen were injured in the attack.', ['6:personnel|injure']],
      ['English took seats', 'The Greens took 12 seats.', ['12:seat|win']],
      ['Hindi votes a party got', 'पार्टी को 42 लाख वोट मिले।', ['4200000:vote|win']],
      ['Hindi: the votes cast a share is of are no total', 'यह कुल डाले गए वोटों का 38 प्रतिशत है।', []],
      ['Persian: some of the dead are a part, no toll', '۱۲ نفر از کشته‌شدگان زن بودند.', []],
      ['Persian: a part after its toll is no toll either; a verb before و is the toll’s', 'دست‌کم ۴۰ نفر کشته شدند و ۱۲ نفر از کشته‌شدگان زن بودند.', ['40:person|kill']],
      // Trade deals: memoranda and tariff lines in every language; "the two countries" restates the names, no count of its own.
      ['English memoranda', 'The two countries signed 9 memoranda of understanding.', ['9:memorandum|sign']],
      ['Persian memoranda', 'دو کشور ۹ یادداشت تفاهم امضا کردند.', ['9:memorandum|sign']],
      ['Urdu memoranda', 'دونوں ممالک نے 9 مفاہمتی یادداشتوں پر دستخط کیے۔', ['9:memorandum|sign']],
      ['Urdu items', 'دونوں ممالک نے معاہدے پر دستخط کیے جس کے تحت 800 اشیا پر ڈیوٹی ختم ہوگی۔', ['800:item|sign']],
      // Clauses: a verb before a clause break is the other clause's; a relative clause closes before the figure's own verb.
      ['Persian: seats held before, not won', 'حزب حاکم ۱۲۰ کرسی را به دست آورد، در حالی که در مجلس قبلی ۴۰ کرسی داشت.', ['120:seat|win']],
      ['Persian: a relative clause between a figure and its verb', 'نمایندگان ۴۰ کشور در نشستی که در ژنو برگزار شد، حضور داشتند.', ['40:country|attend']],
    ],
    keys,
  );
});

const corpus: Record<string, string> = {
  'a.txt': 'تقریباً 70 ممالک نے کنونشن پر دستخط کیے۔ وزیراعظم کی تقریر کے بعد 18 ممالک کے نمائندوں نے خطاب کیا۔',
  'b.txt': 'در این مراسم نزدیک به 70 کشور کنوانسیون را امضا کردند. نمایندگان ۱۸ کشور سخنرانی کردند.',
  'c.txt': 'लेकिन 72 देशों ने इस पर हस्ताक्षर कर दिए हैं। 18 देशों के प्रतिनिधियों ने भाषण दिया।',
  'd.txt': 'In 2001, 66 countries signed the Budapest convention. 90 countries signed.',
};

test('cross-file: about 70 vs 72 is information on both sides with links; 18 and ۱۸ raise nothing; other years are not compared', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  for (const [k, t] of Object.entries(corpus)) index.set(k, t);
  const conflicts = (k: string) => findingsOf(index, k).filter((f) => f.code === 'concord.figure-conflict');
  const a = conflicts('a.txt');
  assert.equal(a.length, 1);
  assert.equal(a[0].severity, 'warning', 'about 70 vs 90 (d.txt) is incompatible');
  assert.deepEqual(a[0].related.map((r) => r.doc).sort(), ['c.txt', 'd.txt']);
  const c = conflicts('c.txt');
  assert.equal(c.length, 1);
  assert.match(c[0].message, /~70.*a\.txt.*b\.txt/);
  assert.ok(c[0].fixes.some((f) => f.title.includes('Use the value from')));
  assert.ok(c[0].fixes.some((f) => f.command?.id === 'concord.acceptDifference'));
  assert.equal(conflicts('d.txt').filter((f) => f.message.includes('66')).length, 0, '66 in 2001 is another time');
});

test('cross-file: a file that also states my figure agrees with it; its other figures of the claim are other facts', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('en.txt', 'The IMF approved a $3 billion loan for Pakistan, releasing a first tranche of about $1.2 billion.');
  index.set('ur.txt', 'آئی ایم ایف نے پاکستان کے لیے 3 ارب ڈالر کے قرض کی منظوری دی، جس کی تقریباً 1.2 ارب ڈالر کی پہلی قسط فوری جاری ہوگی۔');
  index.set('hi.txt', 'आईएमएफ ने पाकिस्तान के लिए 2 अरब डॉलर का कर्ज मंजूर किया।');
  const conflicts = (k: string) => findingsOf(index, k).filter((f) => f.code.startsWith('concord.figure-'));
  assert.deepEqual(findingsOf(index, 'en.txt').filter((f) => f.code === 'concord.figure-inconsistency'), [], 'two amounts of one sentence are two facts');
  // The tranche is a fact of its own (money|tranche): the loan's $3 billion is the English file's only amount of the loan.
  assert.deepEqual(conflicts('en.txt').map((f) => [f.message.includes('(USD, adopt)'), [...new Set(f.related.map((r) => r.doc))]]), [[true, ['hi.txt']]], 'the loan: 3 billion against the Hindi 2 billion; the tranche agrees with Urdu');
  assert.deepEqual(index.get('ur.txt')!.facts.claims.map((c) => c.key), ['money:USD|adopt', 'money:USD|tranche']);
  const hi = conflicts('hi.txt');
  assert.equal(hi.length, 1, 'the Hindi 2 billion is its only amount: it differs from both, in both files');
  assert.deepEqual([...new Set(hi[0].related.map((r) => r.doc))].sort(), ['en.txt', 'ur.txt']);
});

test('cross-file: a long report with many figures of one claim raises nothing against another listing many others', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('a.txt', 'Cases rose 5 percent in Lahore. In Karachi cases rose 7 percent. Elsewhere cases rose 9 percent.');
  index.set('b.txt', 'Cases rose 6 percent in Quetta. In Multan cases rose 8 percent.');
  index.set('c.txt', 'Cases rose 7 percent.');
  const conflicts = (k: string) => findingsOf(index, k).filter((f) => f.code === 'concord.figure-conflict');
  assert.deepEqual(conflicts('a.txt'), []);
  assert.deepEqual(conflicts('b.txt'), []);
  assert.deepEqual(conflicts('c.txt').map((f) => f.related.map((r) => r.doc)), [['b.txt', 'b.txt']], 'c agrees with a (7 percent); b has no 7');
});

test('an edit re-publishes only the documents sharing its claims; decisions silence a claim', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  for (const [k, t] of Object.entries(corpus)) index.set(k, t);
  index.set('e.txt', 'Prices rose 5 percent.');
  const affected = index.set('c.txt', 'लेकिन 75 देशों ने इस पर हस्ताक्षर कर दिए हैं।');
  assert.deepEqual([...affected].sort(), ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  assert.deepEqual([...index.set('e.txt', 'Prices rose 6 percent.')], ['e.txt']);
  const silenced = index.setDecisions({ accepted: [], ignored: [{ claim: 'country|sign' }] });
  assert.ok(silenced.has('a.txt'));
  assert.equal(findingsOf(index, 'a.txt').filter((f) => f.code === 'concord.figure-conflict').length, 0);
});

test('an edit that leaves a claim as it was re-publishes no other file; one that moves or changes it does', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  for (const [k, t] of Object.entries(corpus)) index.set(k, t);
  const c = corpus['c.txt'];
  assert.deepEqual([...index.set('c.txt', `${c} नया वाक्य।`)], ['c.txt'], 'text after every figure: nothing moved');
  assert.deepEqual([...index.set('c.txt', `पहले। ${c}`)].sort(), ['a.txt', 'b.txt', 'c.txt', 'd.txt'], 'figures moved: links in other files change');
  assert.deepEqual([...index.set('c.txt', `पहले। ${c.replace('72', '73')}`)].sort(), ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
});

test('cross-file findings after any sequence of edits equal those of an index built afresh', () => {
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const values = ['70', 'تقریباً 70', '72', '۷۲', 'نزدیک به 70', '90', 'کم از کم 60'];
  const texts: Record<string, string> = { ...corpus };
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  for (const [k, t] of Object.entries(texts)) index.set(k, t);
  const keys = Object.keys(texts);
  for (let step = 0; step < 60; step++) {
    const k = keys[Math.floor(rand() * keys.length)];
    const value = values[Math.floor(rand() * values.length)];
    const prefix = rand() < 0.5 ? '' : 'نیا جملہ۔ ';
    texts[k] = `${prefix}${value} ممالک نے کنونشن پر دستخط کیے۔ ${texts[k].split('۔ ').slice(1).join('۔ ')}`;
    index.set(k, texts[k]);
    const fresh = new WorkspaceIndex(DEFAULT_OPTIONS);
    for (const [key, t] of Object.entries(texts)) fresh.set(key, t);
    for (const key of keys) {
      const strip = (i: WorkspaceIndex) => findingsOf(i, key).map((f) => ({ ...f, related: [...f.related].sort((x, y) => x.doc.localeCompare(y.doc)) }));
      assert.deepEqual(strip(index), strip(fresh), `step ${step}, ${key} after editing ${k}`);
    }
  }
});

test('a batch of updates (a scan) names the other affected documents once, at its end', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('a.txt', corpus['a.txt']);
  index.set('e.txt', 'Prices rose 5 percent.');
  index.beginBatch();
  assert.deepEqual([...index.set('b.txt', corpus['b.txt'])], ['b.txt']);
  assert.deepEqual([...index.set('c.txt', corpus['c.txt'])], ['c.txt']);
  assert.deepEqual([...index.endBatch()].sort(), ['a.txt', 'b.txt', 'c.txt']);
  assert.deepEqual([...index.set('c.txt', corpus['c.txt'].replace('72', '73'))].sort(), ['a.txt', 'b.txt', 'c.txt'], 'after the batch, updates say it at once again');
  assert.equal(findingsOf(index, 'a.txt').filter((f) => f.code === 'concord.figure-conflict').length, 1);
});

test('cross-file: statements about different countries are different facts; a city stands for its country', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('pk.txt', "Pakistan's economy grew by 3 percent in 2024.\n\nThe earthquake in Turkey killed 50 people on Monday.");
  index.set('in.txt', "India's economy grew by 7 percent in 2024.\n\nThe floods in Bangladesh killed 200 people on Monday.");
  index.set('ur.txt', 'پاکستان کی معیشت 2024 میں 4 فیصد بڑھی۔\n\nانقرہ اور ترکی کے دیگر علاقوں میں زلزلے سے پیر کو 60 افراد ہلاک ہو گئے۔');
  index.set('nowhere.txt', 'The economy grew by 5 percent in 2024.');
  const conflicts = (k: string) => findingsOf(index, k).filter((f) => f.code === 'concord.figure-conflict');
  const related = (k: string) => conflicts(k).map((f) => [...new Set(f.related.map((r) => r.doc))].sort());
  assert.deepEqual(related('in.txt'), [['nowhere.txt']], 'India is compared only with the statement that names no country');
  assert.deepEqual(related('pk.txt'), [['nowhere.txt', 'ur.txt'], ['ur.txt']], 'Pakistan 3% vs 4% in Urdu; Turkey 50 vs 60 (Ankara is in Turkey); not India, not Bangladesh');
  assert.deepEqual(related('nowhere.txt'), [['in.txt', 'pk.txt', 'ur.txt']], 'a statement naming no country is compared with every other');
  const lensDocs = (k: string) => claimLenses(index, k, (d) => d).map((l) => [...new Set(l.others.map((o) => o.doc))].sort());
  assert.deepEqual(lensDocs('in.txt'), [['nowhere.txt']], 'the code lens lists the same fact only: not Pakistan, not Turkey');
  assert.deepEqual(lensDocs('pk.txt'), [['nowhere.txt', 'ur.txt'], ['ur.txt']]);
  const rows: [a: string[], b: string[], different: boolean][] = [
    [['PK'], ['IN'], true],
    [['PK', 'IN'], ['IN'], false],
    [[], ['IN'], false],
    [[], [], false],
  ];
  for (const [a, b, different] of rows) {
    assert.equal(differentFacts({ places: new Set(a), events: [] }, { places: new Set(b), events: [] }), different, `places ${a} / ${b}`);
    assert.equal(differentFacts({ places: new Set(), events: a }, { places: new Set(), events: b }), different, `events ${a} / ${b}`);
  }
  const facts = analyzeDocument('Floods in Karachi killed 20 people. Asia saw 5 more.', DEFAULT_OPTIONS);
  assert.deepEqual(facts.figures.map((f) => [...placesOf(facts, f)]), [['PK'], []], 'Karachi is in Pakistan; Asia is no country');
});

test('counts sharing a noun across their years keep each its own year; a verb between keeps the noun apart', () => {
  const facts = analyzeDocument('The party won 75 seats in 2018 and 149 in 2024.', DEFAULT_OPTIONS);
  assert.deepEqual(facts.claims.map((c) => `${facts.figures[c.figure].value}@${c.time}`), ['75@2018', '149@2024']);
  for (const text of ['تحریک انصاف نے 2018 میں 149 نشستیں اور 2024 میں 93 جیتیں۔', 'भाजपा ने 2019 में 303 सीटें और 2024 में 240 जीतीं।']) {
    // Verb-final: the second count is said with the verb, its noun left out.
    const f = analyzeDocument(text, DEFAULT_OPTIONS);
    assert.deepEqual(f.claims.map((c) => `${c.key}@${c.time}`), ['seat|win@' + (text.includes('2018') ? '2018' : '2019'), 'seat|win@2024'], text);
  }
  const other = analyzeDocument('She had 3 children in 2010 and is 45.', DEFAULT_OPTIONS);
  assert.deepEqual(other.figures.map((f) => `${f.value}:${f.counted}`), ['3:child', '2010:null', '45:null']);
});

test('cross-file: statements about different events are different facts; the same event in four languages is compared', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('quake-en.txt', 'The earthquake killed 50 people on Monday.');
  index.set('quake-ur.txt', 'پیر کو آنے والے زلزلے میں 60 افراد ہلاک ہو گئے۔');
  index.set('quake-hi.txt', 'सोमवार को आए भूकंप में 50 लोग मारे गए।');
  index.set('quake-fa.txt', 'در زلزله روز دوشنبه ۵۰ نفر کشته شدند.');
  index.set('flood-en.txt', 'The floods killed 200 people on Monday.');
  index.set('flood-ur.txt', 'سیلاب سے 200 افراد ہلاک ہو گئے۔');
  const related = (k: string) => findingsOf(index, k).filter((f) => f.code === 'concord.figure-conflict').map((f) => [...new Set(f.related.map((r) => r.doc))].sort());
  assert.deepEqual(related('quake-ur.txt'), [['quake-en.txt', 'quake-fa.txt', 'quake-hi.txt']], 'زلزلہ, earthquake, भूकंप and زلزله are one event; the floods are another');
  assert.deepEqual(related('quake-en.txt'), [['quake-ur.txt']]);
  assert.deepEqual(related('flood-en.txt'), [], 'floods against floods agree; against the earthquake, nothing');
  const events = (text: string, lang: string) => analyzeDocument(text, DEFAULT_OPTIONS).claims.map((c) => `${c.events.join('+')}`).join(' ') + ` (${lang})`;
  for (const k of ['quake-en.txt', 'quake-ur.txt', 'quake-hi.txt', 'quake-fa.txt']) assert.deepEqual(index.get(k)!.facts.claims.map((c) => c.events), [['earthquake']], k);
  assert.deepEqual(index.get('flood-ur.txt')!.facts.claims.map((c) => c.events), [['flood']]);
  assert.equal(events('Shots were fired and 3 people were killed.', 'en'), ' (en)', 'fired is no fire');
  assert.equal(events('Blasts and a fire killed 12 people in Bombay.', 'en'), 'attack+fire (en)');
});

test('a dateline is when the story was filed, not the time of its figures: a translation without it states the same facts', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('en.txt', 'KARACHI, June 12, 2024: At least 11 people were killed when a fire broke out at a shopping mall.');
  index.set('ur.txt', 'کراچی میں شاپنگ مال میں آگ لگنے سے کم از کم 13 افراد جاں بحق ہو گئے۔');
  assert.deepEqual(index.get('en.txt')!.facts.claims.map((c) => c.time), [null]);
  const conflicts = findingsOf(index, 'en.txt').filter((f) => f.code === 'concord.figure-conflict');
  assert.deepEqual(conflicts.map((f) => [f.severity, f.related.map((r) => r.doc)]), [['information', ['ur.txt']]], 'at least 11 and at least 13: compatible, different');
  const inSentence = analyzeDocument('The floods killed 40 people on June 12, 2024.', DEFAULT_OPTIONS);
  assert.deepEqual(inSentence.claims.map((c) => c.time), ['2024-06-12'], 'a date inside the sentence is its time');
});

test('a time after a figure is the nearer figure’s of its kind: "about 60 percent, after 45 percent in the first round on May 2"', () => {
  assert.deepEqual(claimTimes('Turnout was about 60 percent, after 45 percent in the first round on May 2.'), ['60:%:turnout|rate@null', '45:%:turnout|rate@--05-02#round:1']);
});

test('a time after a figure is the baseline\'s when the baseline of a change stands between them (down from 67.4 percent in 2019)', () => {
  const facts = analyzeDocument('Voter turnout was 65.8 percent, down from 67.4 percent in 2019.', DEFAULT_OPTIONS);
  assert.deepEqual(facts.claims.map((c) => `${facts.figures[c.figure].value}@${c.time}`), ['65.8@null', '67.4@earlier']);
  const alone = analyzeDocument('Voter turnout was 65.8 percent in 2024.', DEFAULT_OPTIONS);
  assert.deepEqual(alone.claims.map((c) => `${alone.figures[c.figure].value}@${c.time}`), ['65.8@2024']);
});

/** The documents each figure-conflict finding of every file links to, by file. */
function linksIn(files: Record<string, string>): Record<string, string[][]> {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  for (const [k, t] of Object.entries(files)) index.set(k, t);
  return Object.fromEntries(Object.keys(files).map((k) => [k, findingsOf(index, k).filter((f) => f.code === 'concord.figure-conflict').map((f) => f.related.map((r) => `${r.doc}:${files[r.doc].slice(r.start, r.end)}`))]));
}

test('cross-file: one figure left over differs from the nearest of several the other file states, when one is much nearer', () => {
  const links = linksIn({
    'en.txt': 'The ruling alliance won 130 seats, while the opposition won 38 seats.',
    'ur.txt': 'حکمران اتحاد نے 133 نشستیں حاصل کیں۔',
  });
  assert.deepEqual(links, { 'en.txt': [], 'ur.txt': [['en.txt:130']] }, '133 is the 130 told differently, not the opposition’s 38; the English file is left with two figures and says nothing');
});

test('cross-file: a day in one telling’s sentence is the day another’s dateline gives its story; a Persian day without its year may be one off', () => {
  const polio = linksIn({
    'en.txt': 'ISLAMABAD, March 3: The campaign aims at vaccinating 30 million children.',
    'fa.txt': 'پاکستان روز دوشنبه ۳ مارس کارزاری را با هدف واکسینه کردن ۳ میلیون کودک آغاز کرد.',
    'fa-later.txt': 'پاکستان روز سه‌شنبه ۱۱ مارس کارزاری را با هدف واکسینه کردن ۲ میلیون کودک آغاز کرد.',
    'ur.txt': 'مہم میں 2 کروڑ بچوں کو پولیو کے قطرے پلانے کا ہدف ہے۔',
  });
  assert.deepEqual(polio, {
    'en.txt': [['fa.txt:۳ میلیون', 'ur.txt:2 کروڑ']],
    'fa.txt': [['en.txt:30 million']],
    'fa-later.txt': [],
    'ur.txt': [['en.txt:30 million']],
  }, 'the 3 March campaign is the dateline’s; 11 March is another day; an undated file is compared only with no time');
  const seats = linksIn({
    'en.txt': 'COLOMBO, Nov 15 (Reuters) - The alliance won 159 seats.',
    'fa.txt': 'به گزارش ایرنا، کمیسیون انتخابات روز جمعه ۲۵ آبان اعلام کرد ائتلاف حاکم ۱۵۶ کرسی به دست آورد.',
    'fa-next.txt': 'به گزارش ایرنا، روز شنبه ۲۷ آبان ائتلاف حاکم ۱۶۰ کرسی به دست آورد.',
  });
  assert.deepEqual(seats, { 'en.txt': [['fa.txt:۱۵۶']], 'fa.txt': [['en.txt:159']], 'fa-next.txt': [] }, '۲۵ آبان is 15 or 16 November by the year; ۲۷ آبان is two days on');
});

test('cross-file: datelines in the countries two stories name tell them apart (a Sudan story filed from Paris, an Afghan one from Kabul)', () => {
  const links = linksIn({
    'sudan.txt': 'PARIS, April 15 (Reuters) - Donors met in France to help Sudan, and the United States gave more. At least 14,000 people have been killed in the fighting.',
    'quake.txt': 'KABUL, Afghanistan (AP) — The quake hit Herat, the U.S. Geological Survey said. At least 2,053 people have been killed.',
  });
  assert.deepEqual(links, { 'sudan.txt': [], 'quake.txt': [] });
});

test('cross-file: a national body names its country (a turnout beside PML-N is Pakistan\'s, not Iran\'s)', () => {
  const links = linksIn({
    'pk.txt': 'The PML-N secured 75 seats, while voter turnout was 47.6 percent.',
    'ir.txt': 'Iran held its run-off on Friday. Turnout was 49.8 percent.',
  });
  assert.deepEqual(links, { 'pk.txt': [], 'ir.txt': [] });
});

test('cross-file: a dateline abroad tells no story apart; a rounded count agrees with the exact one', () => {
  const links = linksIn({
    'en.txt': 'DUBAI, July 6 (Reuters) - Iran’s reformist candidate won the runoff with 16.4 million votes.',
    'fa.txt': 'به گزارش ایرنا، نامزد اصلاح‌طلب با ۱۶ میلیون و ۳۸۴ هزار رأی در دور دوم انتخابات ایران پیروز شد.',
    'ur.txt': 'تہران، 6 جولائی: ایران کے صدارتی انتخاب میں اصلاح پسند امیدوار نے ایک کروڑ 68 لاکھ ووٹ حاصل کیے۔',
  });
  assert.deepEqual(links, { 'en.txt': [['ur.txt:ایک کروڑ 68 لاکھ']], 'fa.txt': [['ur.txt:ایک کروڑ 68 لاکھ']], 'ur.txt': [['en.txt:16.4 million', 'fa.txt:۱۶ میلیون و ۳۸۴ هزار']] }, 'Dubai and Tehran: a story on Iran filed from two cities; 16.4 million is 16,384,000 rounded');
});
