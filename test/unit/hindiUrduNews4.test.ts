import { test } from 'node:test';
import { claimKeys, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// Hindi and Urdu news of board results, railways, budgets, power and pilgrims. Claims: [name, text, claims as "value:key"].
const claimRows: [name: string, text: string, expected: string[]][] = [
  // A clause before "whereas" with no verb of its own shares the verb ending the clause after it.
  ['deaths told once for two provinces', 'سندھ میں 12 افراد جبکہ پنجاب میں 8 افراد جاں بحق ہوئے۔', ['12:person|kill', '8:person|kill']],
  ['a comma before "whereas"', 'سیلاب سے سندھ میں 12 افراد، جبکہ پنجاب میں 8 افراد جاں بحق ہوئے۔', ['12:person|kill', '8:person|kill']],
  ['two fares fixed by one verb', 'اکانومی کلاس کا کرایہ 3 ہزار 500 روپے جبکہ اے سی سلیپر کا کرایہ 9 ہزار 800 روپے مقرر کیا گیا ہے۔', ['3500:money:PKR fare|reach', '9800:money:PKR fare|reach']],
  ['deaths told once for two provinces, in Hindi', 'सिंध में 12 लोग जबकि पंजाब में 8 लोग मारे गए।', ['12:person|kill', '8:person|kill']],
  ['two fares fixed by one verb, in Hindi', 'इकोनॉमी क्लास का किराया 3,500 रुपये जबकि एसी स्लीपर का किराया 9,800 रुपये तय किया गया है।', ['3500:money:INR fare|reach', '9800:money:INR fare|reach']],
  ['a clause with its own verb keeps it', 'سیلاب میں 12 افراد جاں بحق ہوئے جبکہ 30 زخمی ہو گئے۔', ['12:person|kill', '30:person|injure']],
  ['a clause with a verb the tables do not know keeps to itself', 'سعودی عرب نے 89 ہزار 605 عازمین کو اجازت دی جبکہ 310 عازمین جاں بحق ہوئے۔', ['310:pilgrim|kill']],
  ['a noun of the next clause is not shared', 'بجلی کی طلب 28 ہزار 500 میگاواٹ، جبکہ پیداوار 22 ہزار 800 میگاواٹ ہے۔', ['22800:unit:MW|produce']],
  // A fare (and a wage) told with a copula states its level, in every language, as a price per litre does.
  ['a fare told with a copula', 'اے سی سلیپر کا کرایہ 9 ہزار 800 روپے ہے۔', ['9800:money:PKR fare|reach']],
  ['a fare told with a copula, in Hindi', 'थर्ड एसी का किराया 1,900 रुपये है।', ['1900:money:INR fare|reach']],
  ['a fare told with a copula, in English', 'The AC sleeper fare is Rs9,300.', ['9300:money:INR fare|reach']],
  ['a wage told with a copula', 'کم از کم اجرت 37 ہزار روپے ہے۔', ['37000:money:PKR wage|reach']],
  ['a fare raised in Hindi is a fare', 'बस का किराया 900 रुपये से बढ़कर 1100 रुपये हो गया।', ['900:money:INR fare|grow', '1100:money:INR fare|grow']],
  // Students beside the girls are the boys; alone, all the students.
  ['the boys\' pass rate after the girls\'', 'छात्राओं का पास प्रतिशत 93.40 और छात्रों का 86.05 प्रतिशत रहा।', ['93.4:%:pass#girls|rate', '86.05:%:pass#boys|rate']],
  ['the boys\' pass rate after the girls\', in Urdu', 'طالبات کی کامیابی کا تناسب 68.5 فیصد اور طلبہ کا 51.2 فیصد رہا۔', ['68.5:%:pass#girls|rate', '51.2:%:pass#boys|rate']],
  ['students alone are all of them', 'طلبہ کی کامیابی کا تناسب 51.2 فیصد رہا۔', ['51.2:%:pass|rate']],
  ['students alone are all of them, in Hindi', 'छात्रों का पास प्रतिशत 89.5 रहा।', ['89.5:%:pass|rate']],
  // Candidates who are सफल passed, as Urdu کامیاب.
  ['a share of students who passed, in Hindi', '82.91 प्रतिशत विद्यार्थी सफल हुए।', ['82.91:%:student|win']],
  ['a headline of a share who passed', 'बिहार बोर्ड मैट्रिक परिणाम: 82.91 प्रतिशत विद्यार्थी सफल', ['82.91:%:student|win']],
  ['a share of students who passed, in Urdu', '82.91 فیصد طلبہ کامیاب ہوئے۔', ['82.91:%:student|win']],
  // Power demand recorded is the level reached, as a temperature recorded is.
  ['power demand recorded, in Hindi', 'बिजली की अधिकतम मांग 8,656 मेगावाट दर्ज की गई।', ['8656:unit:MW demand|reach']],
  ['power demand recorded, in Urdu', 'بجلی کی طلب 28 ہزار 500 میگاواٹ ریکارڈ کی گئی۔', ['28500:unit:MW demand|reach']],
  ['power demand touched, in English', 'Delhi\'s peak power demand touched 8,656 MW.', ['8656:unit:MW demand|reach']],
  // A noun naming a level stands for counts set side by side after "and" that leave it out.
  ['populations of provinces joined by "and"', 'پنجاب کی آبادی 12 کروڑ 76 لاکھ اور بلوچستان کی ایک کروڑ 48 لاکھ ہے۔', ['127600000:person|populate', '14800000:person|populate']],
  ['a level noun before "and" is no verb ending the clause', 'پنجاب کی آبادی 12 کروڑ ہے اور 5 لاکھ افراد بے گھر ہوئے۔', ['120000000:person|populate', '500000:person|displace']],
  // The urban and rural population are subgroups; the growth rate of a population is a growth rate.
  ['urban and rural shares of a population', 'شہری آبادی کا تناسب 38.8 فیصد جبکہ دیہی آبادی 61.2 فیصد ہے۔', ['38.8:%#urban|populate', '61.2:%#rural|populate']],
  ['urban and rural shares of a population, in Hindi', 'शहरी आबादी 38.8 प्रतिशत और ग्रामीण आबादी 61.2 प्रतिशत है।', ['38.8:%#urban|populate', '61.2:%#rural|populate']],
  ['a population\'s yearly growth rate', 'آبادی میں اضافے کی سالانہ شرح 2.55 فیصد رہی۔', ['2.55:%:growth|rate']],
  // Crops the state bought were procured, in every language.
  ['wheat bought, in Hindi', 'पिछले वर्ष 71 लाख टन गेहूं खरीदा गया था।', ['7100000:unit:t wheat|buy']],
  ['wheat bought, in Urdu', 'حکومت نے 45 لاکھ ٹن گندم خریدی تھی۔', ['4500000:unit:t wheat|buy']],
  ['wheat procured, in English', 'The government procured 4.5 million tonnes of wheat.', ['4500000:unit:t wheat|buy']],
  ['wheat procurement reaching a level', 'गेहूं की खरीदी 48.38 लाख टन पर पहुंच गई है।', ['4838000:unit:t wheat|buy']],
  ['wheat procurement reaching a level, in English', 'Wheat procurement reached 4.838 million tonnes.', ['4838000:unit:t wheat|buy']],
  // Pilgrims who performed the Hajj or bathed at the Kumbh took part; devotees are pilgrims.
  ['pilgrims who performed the Hajj', '18 لاکھ 33 ہزار 164 عازمین نے حج ادا کیا۔', ['1833164:pilgrim|attend']],
  ['pilgrims who performed the Hajj, in English', 'This year 1,833,164 pilgrims performed Hajj.', ['1833164:pilgrim|attend']],
  ['devotees who bathed at the Kumbh', '7.64 करोड़ श्रद्धालुओं ने संगम में स्नान किया।', ['76400000:pilgrim|attend']],
  ['devotees who took a holy dip', 'About 76.4 million devotees took a holy dip at the Sangam.', ['76400000:pilgrim|attend']],
  ['a headline with the verb before its noun', 'महाकुंभ: मौनी अमावस्या पर 7.64 करोड़ श्रद्धालुओं ने लगाई डुबकी', ['76400000:pilgrim|attend']],
  // A quota told as a bare number is of people, in every language.
  ['a Hajj quota as a bare number', 'رواں سال پاکستان کا حج کوٹہ 1 لاکھ 79 ہزار 210 ہے۔', ['179210:person|quota']],
  ['a Hajj quota as a bare number, in English', "This year Pakistan's Hajj quota is 179,210.", ['179210:person|quota']],
  ['a Hajj quota as a bare number, in Hindi', 'इस साल भारत का हज कोटा 1,75,025 है।', ['175025:person|quota']],
  // A death told as a passing that happened; patients treated.
  ['a passing that happened', '35 پاکستانی عازمین کا انتقال ہوا۔', ['35:pilgrim|kill']],
  ['patients treated, in Urdu', 'ہیٹ اسٹروک کے 2 ہزار 700 مریضوں کا علاج کیا گیا۔', ['2700:person|admit']],
  ['patients treated, in English', 'Over 2,700 heatstroke patients were treated.', ['2700:person|admit']],
  // A drop told as a noun with its verb, in Hindi as in Urdu.
  ['a fall in cases told as a noun, in Hindi', 'खसरे के मामलों में 40 प्रतिशत की कमी आई है।', ['40:%:cases|fall']],
  ['a fall in cases told as a noun, in Urdu', 'خسرہ کے کیسز میں 40 فیصد کمی آئی ہے۔', ['40:%:cases|fall']],
  // A predicate a relative clause after a comma opens on, before its own figure, is that figure's.
  ['a cost in a relative clause is not the beds\'', 'दिल्ली एम्स में 500 बिस्तरों वाला नया ब्लॉक शुरू हुआ, जिसकी लागत 1,200 करोड़ रुपये है।', ['12000000000:money:INR|cost']],
  ['a cost in a relative clause, in Urdu', 'میو ہسپتال میں 500 بستروں کا نیا بلاک کھولا گیا، جس کی لاگت 12 ارب روپے ہے۔', ['12000000000:money:PKR|cost']],
  ['a cost in a relative clause, in English', 'AIIMS opened a 500-bed block, which cost Rs 1,200 crore.', ['12000000000:money:INR|cost']],
  // A vaccine joined to the doses by a genitive says what they are of; districts they were sent to are no subgroup.
  ['doses of a vaccine sent to districts', 'خسرہ ویکسین کی 15 لاکھ خوراکیں اضلاع کو بھیجی گئی ہیں۔', ['1500000:dose|deploy']],
  // Trains cancelled and running late, and by how long, in every language; a headline's cancelled trains are not the trips run.
  ['trains cancelled and late, in Hindi', 'घने कोहरे के कारण 38 ट्रेनें रद्द और 112 ट्रेनें 4 से 6 घंटे देरी से चल रही हैं।', ['38:train|cancel', '112:train|delay', 'null:hour|delay']],
  ['trains cancelled and late, in Urdu', 'دھند کے باعث 38 ٹرینیں منسوخ جبکہ 112 ٹرینیں تاخیر کا شکار ہیں۔', ['38:train|cancel', '112:train|delay']],
  ['trains cancelled and late, in English', 'Due to fog, 38 trains were cancelled and 112 trains were delayed by 4 to 6 hours.', ['38:train|cancel', '112:train|delay', 'null:hour|delay']],
  ['a headline of trips run and trains cancelled', 'त्योहारों पर रेलवे चलाएगा 12 हजार से अधिक फेरे, 38 स्पेशल ट्रेनें रद्द', ['12000:trip|operate', '38:train|cancel']],
  ['a train hours late', 'ٹرین 6 ڈاؤن 3 گھنٹے تاخیر سے پہنچی۔', ['3:hour|delay']],
  // Load shedding is a power cut; a shortfall in Hindi as in Urdu.
  ['hours of load shedding', 'شہروں میں 6 سے 8 گھنٹے لوڈشیڈنگ ہو رہی ہے۔', ['null:hour|fall']],
  ['a power shortfall, in Hindi', 'बिजली का शार्टफॉल 5,700 मेगावाट तक पहुंच गया।', ['5700:unit:MW shortfall|reach']],
  // Candidates who failed an examination, in every language; the subjects they failed in.
  ['a headline share of students failed, Arabic-Indic digits', 'کراچی بورڈ: انٹر کے نتائج، ٣٥ فیصد طلبہ فیل', ['35:%:student|fail']],
  ['students failed in subjects, in Urdu', 'تقریباً ساڑھے نو ہزار طلبہ ایک یا دو مضامین میں ناکام ہوئے۔', ['9500:student|fail', 'null:subject|fail']],
  ['students failed in subjects, in Hindi', 'लगभग 9,500 छात्र एक या दो विषयों में फेल हुए।', ['9500:student|fail', 'null:subject|fail']],
  ['students failed, in English', 'About 9,500 students failed in one or two subjects.', ['9500:student|fail', 'null:subject|fail']],
  ['talks that failed count no one', 'مذاکرات ناکام ہوئے اور 5 افراد زخمی ہوئے۔', ['5:person|injure']],
  // Nouns of exam, rail, Hajj and mela news.
  ['applicants of a draw', 'قرعہ اندازی میں 89 ہزار 605 درخواست گزار کامیاب ہوئے۔', ['89605:applicant|win']],
  ['sanitation workers deployed', 'मेले में 25 हजार सफाईकर्मी तैनात हैं।', ['25000:cleaner|deploy']],
  ['sanitation workers deployed, in English', 'Some 25,000 sanitation workers have been deployed.', ['25000:cleaner|deploy']],
];

test('Hindi and Urdu news 4: claims', () => {
  checkRows(claimRows, claimKeys);
});

// Two tellings of one story: [name, [a, b], the figures the cross-file check flags].
const pairRows: [name: string, texts: [string, string], expected: string[]][] = [
  ['a fare told with a copula against its Urdu telling', ['لاہور: اکانومی کلاس کا کرایہ 3 ہزار 500 روپے جبکہ اے سی سلیپر کا کرایہ 9 ہزار 800 روپے مقرر کیا گیا ہے۔', 'LAHORE: The economy class fare has been fixed at Rs3,500 while the AC sleeper fare is Rs9,300.'], ['a: 9 ہزار 800 روپے', 'b: Rs9,300']],
  ['the same fares agree', ['لاہور: اکانومی کلاس کا کرایہ 3 ہزار 500 روپے جبکہ اے سی سلیپر کا کرایہ 9 ہزار 800 روپے مقرر کیا گیا ہے۔', 'LAHORE: The economy class fare has been fixed at Rs3,500 while the AC sleeper fare is Rs9,800.'], []],
  ['a record demand recorded and touched', ['नई दिल्ली: बिजली की अधिकतम मांग 8,656 मेगावाट दर्ज की गई।', 'NEW DELHI: Delhi\'s peak power demand touched 8,665 MW.'], ['a: 8,656 मेगावाट', 'b: 8,665 MW']],
  ['the boys\' rate is not the whole\'s', ['پٹنہ: طالبات کی کامیابی کا تناسب 86.1 فیصد اور طلبہ کا 79.9 فیصد رہا۔', 'पटना: उत्तीर्ण प्रतिशत 82.9 रहा।'], []],
  ['the boys\' rate is not the whole\'s, in Hindi', ['पटना: छात्राओं का पास प्रतिशत 86.1 और छात्रों का 79.9 प्रतिशत रहा।', 'پٹنہ: کامیابی کا تناسب 82.9 فیصد رہا۔'], []],
  ['a share who passed, in Hindi and Urdu', ['पटना: 82.91 प्रतिशत विद्यार्थी सफल हुए।', 'پٹنہ: 82.19 فیصد طلبہ کامیاب ہوئے۔'], ['a: 82.91 प्रतिशत', 'b: 82.19 فیصد']],
  ['wheat procured, in Hindi and English', ['भोपाल: पिछले वर्ष 71 लाख टन गेहूं खरीदा गया था।', 'BHOPAL: Last year 7.2 million tonnes of wheat was procured.'], ['a: 71 लाख टन', 'b: 7.2 million tonnes']],
  ['pilgrims who performed the Hajj, in Urdu and English', ['مکہ: 18 لاکھ 33 ہزار 164 عازمین نے حج ادا کیا۔', 'MECCA: 1,833,614 pilgrims performed Hajj.'], ['a: 18 لاکھ 33 ہزار 164', 'b: 1,833,614']],
  ['devotees and pilgrims at the Kumbh, in Hindi and English', ['प्रयागराज: 7.64 करोड़ श्रद्धालुओं ने संगम में स्नान किया।', 'PRAYAGRAJ: About 76.4 million devotees took a holy dip at the Sangam.'], []],
  ['devotees and pilgrims at the Kumbh that differ', ['प्रयागराज: 7.64 करोड़ श्रद्धालुओं ने संगम में स्नान किया।', 'PRAYAGRAJ: About 67.4 million devotees took a holy dip at the Sangam.'], ['a: 7.64 करोड़', 'b: 67.4 million']],
  ['doses sent, in Hindi and Urdu', ['लाहौर: खसरे के टीके की 15 लाख खुराकें जिलों को भेजी गई हैं।', 'لاہور: خسرہ ویکسین کی 16 لاکھ خوراکیں اضلاع کو بھیجی گئی ہیں۔'], ['a: 15 लाख', 'b: 16 لاکھ']],
  ['hours of load shedding, in Urdu and Hindi', ['لاہور: شہروں میں 6 سے 8 گھنٹے لوڈشیڈنگ ہو رہی ہے۔', 'लाहौर: शहरों में 6 से 10 घंटे बिजली कटौती हो रही है।'], ['a: 6 سے 8', 'b: 6 से 10']],
  ['students failed, in Urdu and Hindi', ['کراچی: تقریباً ساڑھے نو ہزار طلبہ ایک یا دو مضامین میں ناکام ہوئے۔', 'कराची: लगभग साढ़े आठ हजार छात्र अनुत्तीर्ण हुए।'], ['a: ساڑھے نو ہزار', 'b: साढ़े आठ हजार']],
];

test('Hindi and Urdu news 4: two tellings of one story', () => {
  checkRows(pairRows, flaggedInPair);
});

// Entities: [name, text, mentions in order as "type text id" (id '-' when unlinked)].
const entityRows: [name: string, text: string, expected: string[]][] = [
  // A title's words before a programme's word name the programme, no person.
  ['a chief minister\'s scheme is no person', 'मुख्यमंत्री आयुष्मान आरोग्य योजना के तहत बीमा कवर 25 लाख रुपये तक किया गया है।', []],
  ['a prime minister\'s scheme is no person, in Urdu', 'وزیراعظم یوتھ لون اسکیم کے تحت 5 ارب روپے دیے جائیں گے۔', []],
  ['a chief minister before a programme\'s word later on is still a person', 'मुख्यमंत्री योगी आदित्यनाथ ने योजना शुरू की।', ['person योगी आदित्यनाथ -']],
  // "Whereas" and "treatment" open no body's name.
  ['"whereas" before a corporation', 'रेलवे ने 190 ट्रेनें चलाईं, जबकि परिवहन निगम की 7,000 बसें श्रद्धालुओं को ला रही हैं।', ['organisation परिवहन निगम -']],
  ['treatment before a hospital', '60 घायल हुए, जिनमें से 36 का इलाज स्वरूपरानी नेहरू अस्पताल में चल रहा है।', ['organisation स्वरूपरानी नेहरू अस्पताल -']],
];

test('Hindi and Urdu news 4: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`));
});
