import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldWord } from '../../server/src/core/text/fold';
import { letterRuns, tokenize } from '../../server/src/core/text/tokens';

const rows: [name: string, input: string, expected: string][] = [
  ['grouped number', '300,000 سے زیادہ', 'number:300,000 word:سے word:زیاده'],
  ['decimal', '83.5 ملین', 'number:83.5 word:ملین'],
  ['range', '25-26 اکتوبر', 'number:25 punct:- number:26 word:اکتوبر'],
  ['ordinal suffix glued', '80ویں', 'number:80 word:ویں'],
  ['URL is one token', 'ماخذ: https://a.vn/x-10392949.html', 'word:ماخذ punct:: ident:https://a.vn/x-10392949.html'],
  ['image file name', 'z7157588517514_1471cc05946c11fe.jpg', 'ident:z7157588517514_1471cc05946c11fe.jpg'],
  ['e-mail', 'write to a.b@example.org.', 'word:write word:to ident:a.b@example.org punct:.'],
  ['identifier with digits', 'COVID-19 cases', 'ident:COVID-19 word:cases'],
  ['Latin words are lower-cased', 'UNODC Qilin', 'word:unodc word:qilin'],
  ['Devanagari danda', 'हस्ताक्षर किए।', 'word:हस्ताक्षर word:किए punct:।'],
  ['parenthesised count', 'تبصرہ (0)', 'word:تبصره punct:( number:0 punct:)'],
];

test('tokenize splits each row', () => {
  for (const [name, input, expected] of rows) {
    const got = tokenize(foldWord(input))
      .map((t) => `${t.kind}:${t.text}`)
      .join(' ');
    assert.equal(got, expected, name);
  }
});

test('letters with a combining mark stay one word; numbers split from words', () => {
  const got = tokenize(foldWord('تقریباً 70 ممالک')).map((t) => `${t.kind}:${t.text}`);
  assert.deepEqual(got, ['word:تقریبا', 'number:70', 'word:ممالک']);
});

test('glued marks tokens written without a space', () => {
  const t = tokenize('80ویں 70 ممالک');
  assert.deepEqual(
    t.map((x) => x.glued),
    [false, true, false, false],
  );
});

test('letterRuns gives the runs of letters and marks, as splitting at every other character would', () => {
  const rows: [input: string, from: number | undefined, to: number | undefined, expected: string[]][] = [
    ['72 countries signed, about 70.', undefined, undefined, ['countries', 'signed', 'about']],
    ['تقریباً 70 ممالک نے', undefined, undefined, ['تقریباً', 'ممالک', 'نے']],
    ['می‌شود ۱۸ کشور', undefined, undefined, ['می', 'شود', 'کشور']],
    ['हस्ताक्षर किए।', undefined, undefined, ['हस्ताक्षर', 'किए']],
    ['COVID-19', undefined, undefined, ['COVID']],
    ['abc def ghi', 2, 9, ['c', 'def', 'g']],
    ['', undefined, undefined, []],
    ['12, 13.', undefined, undefined, []],
  ];
  for (const [input, from, to, expected] of rows) {
    const split = input.slice(from ?? 0, to ?? input.length).split(/[^\p{L}\p{M}]+/u).filter((w) => w !== '');
    assert.deepEqual(letterRuns(input, from, to), expected, input);
    assert.deepEqual(letterRuns(input, from, to), split, `${input}: as a split`);
  }
});

// A lower-case x glued after digits, or set apart between two numbers, is a times sign (punctuation); elsewhere it is a letter.
const timesRows: [name: string, input: string, expected: string][] = [
  ['between digits', '20x10 room', 'number:20 punct:x number:10 word:room'],
  ['a screen size', '1920x1080', 'number:1920 punct:x number:1080'],
  ['three sides', '2x3x4', 'number:2 punct:x number:3 punct:x number:4'],
  ['after digits at a chunk end', 'grew 3x.', 'word:grew number:3 punct:x punct:.'],
  ['set apart between numbers', '20 x 10', 'number:20 punct:x number:10'],
  ['glued in an Urdu sentence', 'کمرہ 20x10 فٹ', 'word:کمره number:20 punct:x number:10 word:فٹ'],
  // No times sign.
  ['x before digits names a model', 'the x4 model', 'word:the ident:x4 word:model'],
  ['a hexadecimal prefix', '0x1F and 0x10', 'ident:0x1F word:and ident:0x10'],
  ['x inside a word after digits', '3xl shirts', 'ident:3xl word:shirts'],
  ['x set apart before a letter', '5 x y', 'number:5 word:x word:y'],
  ['a capital X', '20X10', 'ident:20X10'],
  ['a letter word', 'Xbox box', 'word:xbox word:box'],
];

test('a lower-case x between or right after numbers is a times sign', () => {
  for (const [name, input, expected] of timesRows) {
    const got = tokenize(foldWord(input))
      .map((t) => `${t.kind}:${t.text}`)
      .join(' ');
    assert.equal(got, expected, name);
  }
});
