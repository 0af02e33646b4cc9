import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OffsetConverter } from '../../server/src/core/annotations/offsets';
import { checkRows } from '../support/rows';

// Reference conversions computed the slow, obvious way.
const codePoints = (text: string, utf16: number) => [...text.slice(0, utf16)].length;
const bytes = (text: string, utf16: number) => Buffer.byteLength(text.slice(0, utf16), 'utf8');

const TEXTS: [string, string][] = [
  ['empty', ''],
  ['ascii', 'Hanoi 2025'],
  ['urdu with ZWNJ and digits', 'فام من چن نے ۲۵ اکتوبر کو‌ ہنوئی میں'],
  ['devanagari with nukta', 'संयुक्त राष्ट्र ने ज़्यादा 72 देश'],
  ['emoji and CJK extension B (non-BMP)', 'a😀b𠀋c 😀😀 e'],
  ['lone surrogate', 'x\ud800y'],
  ['long mixed (crosses table blocks)', 'हनोई ہنوئی 😀 '.repeat(40)],
];

test('UTF-16 → code points and bytes agree with the obvious computation at every offset', () => {
  for (const [name, text] of TEXTS) {
    const c = new OffsetConverter(text);
    for (let i = 0; i <= text.length; i++) {
      const inPair = i > 0 && /[\ud800-\udbff]/.test(text[i - 1]) && /[\udc00-\udfff]/.test(text[i] ?? '');
      const at = inPair ? i - 1 : i;
      assert.equal(c.toCodePoint(i), codePoints(text, at), `${name}: code point of ${i}`);
      assert.equal(c.toByte(i), bytes(text, at), `${name}: byte of ${i}`);
    }
    assert.equal(c.codePointLength, [...text].length, `${name}: length`);
  }
});

test('code points and bytes → UTF-16 invert the conversion at character boundaries', () => {
  for (const [name, text] of TEXTS) {
    const c = new OffsetConverter(text);
    let utf16 = 0;
    for (const ch of [...text, '']) {
      assert.equal(c.fromCodePoint(c.toCodePoint(utf16)), utf16, `${name}: code point round trip at ${utf16}`);
      assert.equal(c.fromByte(c.toByte(utf16)), utf16, `${name}: byte round trip at ${utf16}`);
      utf16 += ch.length;
    }
  }
});

test('conversion table rows', () => {
  const text = 'a😀ب्';
  checkRows(
    [
      ['after the emoji', 3, { points: 2, bytes: 5 }],
      ['inside the emoji counts as its start', 2, { points: 1, bytes: 1 }],
      ['after Arabic beh (2 bytes)', 4, { points: 3, bytes: 7 }],
      ['end, after a Devanagari virama (3 bytes)', 5, { points: 4, bytes: 10 }],
      ['past the end is clamped', 99, { points: 4, bytes: 10 }],
    ],
    (o: number) => new OffsetConverter(text).fromUtf16(o),
  );
  checkRows(
    [
      ['byte inside a character maps to its start', 6, 3],
      ['byte past the end', 99, 5],
    ],
    (b: number) => new OffsetConverter(text).fromByte(b),
  );
});
