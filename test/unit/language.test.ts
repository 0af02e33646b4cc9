import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { segment } from '../../server/src/core/text/segment';
import { addCounts, countLetters, emptyCounts, type LetterCounts } from '../../server/src/core/text/language';
import { haveShared, SEED_LANGS, SEEDS } from '../support/shared';

const rows: [lang: string, text: string][] = [
  ['ur', 'وزیر اعظم نے کہا کہ ویتنام ہمیشہ تیار رہتا ہے۔'],
  ['fa', 'نخست وزیر تأکید کرد که تحول دیجیتال یک روند اجتناب‌ناپذیر است.'],
  ['fa', 'در این مراسم نزدیک به ۷۰ کشور کنوانسیون را امضا کردند.'],
  // Persian words in ال (الی "to", البته, المپیک) are no Arabic article: ی and ک are no Arabic letters.
  ['fa', 'بین ۱۰ الی ۱۵ نفر زخمی شدند.'],
  ['fa', 'المپیک توکیو با حضور ۱۱ هزار ورزشکار'],
  ['hi', 'हस्ताक्षर समारोह में 110 देशों के प्रतिनिधि आए।'],
  ['en', 'More than 110 countries attended the signing ceremony in Hanoi.'],
  ['ar', 'وقعت الدول على الاتفاقية في العاصمة الفيتنامية هانوي يوم السبت.'],
  // No Urdu letter but the Urdu full stop.
  ['ur', 'سات دن بعد CoV کی ترتیب جاری کی گئی۔'],
  ['und', '70'],
];

test('language of short texts', () => {
  for (const [lang, text] of rows) assert.equal(segment(text).lang, lang, text);
});

test('short Urdu and Persian headlines, captions and quotes get their own language', () => {
  const short: [lang: string, text: string][] = [
    // Urdu with no Urdu-only letter: its function words tell it (کی، کا، کو، اور، ایک).
    ['ur', 'صدر مملکت کی تقریب'],
    ['ur', 'ایران کی حکومت کا فیصلہ'],
    ['ur', 'سانس کی نچلی نالی کا انفیکشن'],
    ['ur', 'لاہور اور کراچی کو ایک ارب روپے'],
    ['ur', 'خیبر پختونخوا میں سیلاب سے 52 افراد جاں بحق'],
    // Urdu typed with ه for ہ and ھ, and with Arabic yeh and kaf.
    ['ur', 'کمیشن نے 31 دسمبر کو ایک انتباه جاری کیا تها۔'],
    ['ur', arabicKeyboard('ایران کی حکومت کا فیصلہ')],
    // Persian: در، از، به، را، است، می‌، ‌ها.
    ['fa', 'سیل در خوزستان'],
    ['fa', 'چون الان فصل آنفولانزا است'],
    ['fa', 'کمک به سیل‌زدگان از سوی دولت'],
    ['fa', 'قیمت‌ها بالا می‌رود'],
    ['fa', arabicKeyboard('سیل در خوزستان')],
    // Arabic sharing به with Persian stays Arabic.
    ['ar', 'أشعر به في وسط صدري تمامًا'],
  ];
  for (const [lang, text] of short) assert.equal(segment(text).lang, lang, text);
});

test('a short paragraph on weak evidence takes its document\'s language; strong evidence keeps its own', () => {
  const urdu = [
    'وزیر اعظم نے کہا کہ صوبے میں سیلاب سے ہونے والے نقصانات کا جائزہ لیا جا رہا ہے۔',
    'حکام کے مطابق متاثرہ علاقوں میں امدادی کارروائیاں جاری ہیں اور مزید ٹیمیں بھیجی گئی ہیں۔',
  ];
  const persian = [
    'نخست وزیر گفت که خسارت‌های سیل در استان در حال بررسی است.',
    'به گفته مسئولان، عملیات امدادی در مناطق آسیب‌دیده ادامه دارد و تیم‌های بیشتری اعزام شده‌اند.',
  ];
  const rows: [doc: string[], line: string, lang: string][] = [
    // No evidence at all (a caption of names and numbers) or only heh: the document's language.
    [urdu, 'تصویر: محمد علی، 2023', 'ur'],
    [urdu, 'شهر لاهور', 'ur'],
    [persian, 'تصویر: محمد علی، 2023', 'fa'],
    [persian, 'حکومت کی', 'fa'],
    // Strong evidence of its own: a Persian quote in an Urdu article, an Urdu one in a Persian article.
    [urdu, '«ما در این راه به پیروزی می‌رسیم»', 'fa'],
    [urdu, 'وی گفت: «این کار را باید انجام داد»', 'fa'],
    [persian, '«ہم اس راستے میں کامیاب ہوں گے»', 'ur'],
  ];
  for (const [doc, line, lang] of rows) {
    const seg = segment([doc[0], line, doc[1]].join('\n'));
    assert.equal(seg.lang, doc === urdu ? 'ur' : 'fa', line);
    assert.deepEqual(seg.paragraphs.map((p) => p.lang), [seg.lang, lang, seg.lang], line);
  }
});

test('function words are counted whole, with Arabic yeh and kaf, and Persian می‌ and ‌ها by the non-joiner', () => {
  const rows: [text: string, urdu: number, persian: number][] = [
    ['کی کا کو اور میںنے', 4, 0],
    [arabicKeyboard('کی کا ایک'), 3, 0],
    ['می‌رود کتاب‌ها کتاب‌های دراز ازدر می', 0, 4],
    ['در از به را است این', 0, 6],
  ];
  for (const [text, urdu, persian] of rows) {
    const counts = emptyCounts();
    countLetters(text, 0, text.length, counts);
    assert.deepEqual([counts.urduWords, counts.persianWords], [urdu, persian], text);
  }
});

/** Text as typed on an Arabic keyboard: Arabic yeh and kaf for the Persian and Urdu forms. */
const arabicKeyboard = (text: string): string => text.replace(/ی/g, 'ي').replace(/ک/g, 'ك');

test('Persian and Urdu typed with Arabic yeh and kaf keep their language; Arabic stays Arabic', () => {
  const typed: [lang: string, text: string][] = [
    ['fa', arabicKeyboard('نخست وزیر تأکید کرد که تحول دیجیتال یک روند اجتناب‌ناپذیر است و پیشرفت می‌کند.')],
    ['fa', arabicKeyboard('در این مراسم نزدیک به ۷۰ کشور کنوانسیون را امضا کردند و گفتند که کار ادامه دارد.')],
    ['ur', arabicKeyboard('وزیر اعظم نے کہا کہ ویتنام ہمیشہ تیار رہتا ہے۔')],
    ['ar', 'وقال رئيس الوزراء إن فيتنام مستعدة دائما للتعاون مع الدول الأخرى.'],
    ['ar', 'منذ متى لا تزال هذه الأعراض مستمرة تقريبًا؟'],
  ];
  for (const [lang, text] of typed) assert.equal(segment(text).lang, lang, text);
});

test('every seed gets its language; most paragraphs agree with the file', (t) => {
  if (!haveShared(t)) return;
  for (const [file, lang] of Object.entries(SEED_LANGS)) {
    const seg = segment(readFileSync(path.join(SEEDS, file), 'utf8'));
    assert.equal(seg.lang, lang, file);
    const same = seg.paragraphs.filter((p) => p.lang === lang).length;
    assert.ok(same / seg.paragraphs.length >= 0.9, `${file}: ${same}/${seg.paragraphs.length} paragraphs in ${lang}`);
    assert.equal(segment(arabicKeyboard(readFileSync(path.join(SEEDS, file), 'utf8'))).lang, lang, `${file} typed with Arabic yeh and kaf`);
  }
});

test('sentences end at ۔ ۔ । ? but not inside decimals', () => {
  const seg = segment('قیمت 83.5 ملین ڈالر ہے۔ دوسرا جملہ؟ तीसरा वाक्य। Fourth.');
  assert.equal(seg.sentences.length, 4);
  assert.equal(seg.paragraphs.length, 1);
});

test('a point after an abbreviated title or inside letters ends no sentence', () => {
  const rows: [text: string, sentences: number][] = [
    ['Dr. Khan said 70 countries signed. The rest did not.', 2],
    ['Prof. Rao and Mr. Lee met at 10 a.m. on Monday.', 1],
    ['डॉ. हर्षवर्धन ने कहा कि 72 देशों ने हस्ताक्षर किए। बाकी ने नहीं।', 2],
    ['The talks ended. Dr', 2],
    ['He is a dr. The end.', 2],
  ];
  for (const [text, n] of rows) assert.equal(segment(text).sentences.length, n, text);
});

test('a run without sentence ends is cut into sentences of at most 400 tokens, after a clause mark where its second half has one', () => {
  const words = (n: number) => Array.from({ length: n }, (_, k) => `w${k % 10}`).join(' ');
  // 1,000 words and no stop: 400 + 400 + 200 tokens.
  const plain = segment(words(1000));
  assert.deepEqual(plain.sentences.map((s) => s.end - s.start), [3 * 400 - 1, 3 * 400 - 1, 3 * 200 - 1]);
  // A comma after the 300th word: the first piece ends there (300 words and the comma).
  const text = `${words(300)}, ${words(500)}`;
  const cut = segment(text).sentences;
  assert.equal(text.slice(cut[0].start, cut[0].end), `${words(300)},`);
  assert.equal(cut.length, 3);
  // A sentence of running text is never cut.
  assert.equal(segment(`${words(150)}, ${words(150)}.`).sentences.length, 1);
});

test('addCounts adds every count', () => {
  const into = emptyCounts();
  const from = emptyCounts();
  const keys = Object.keys(from) as (keyof LetterCounts)[];
  keys.forEach((key, k) => {
    into[key] = 100 * k;
    from[key] = k + 1;
  });
  addCounts(into, from);
  for (const [k, key] of keys.entries()) assert.equal(into[key], 101 * k + 1, key);
});
