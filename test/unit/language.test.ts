import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { segment } from '../../server/src/core/text/segment';
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
