/**
 * A small corpus for entity tests, written by hand (not the seeds): the same Prime Minister in an
 * Urdu file (two spellings) and a Hindi file, and a knowledge base that lists him.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/core/text/lines';

/** File names of the corpus. */
export const URDU = 'ur.txt';
export const HINDI = 'hi.txt';

/** The corpus texts by file name. */
export const ENTITY_TEXTS: Readonly<Record<string, string>> = {
  [URDU]:
    'ویتنام کے وزیر اعظم فام من چن نے منگل کو ہنوئی میں سائبر جرائم کے خلاف کنونشن پر دستخط کی تقریب سے خطاب کیا۔\n' +
    'فام من چن نے کہا کہ یہ معاہدہ عالمی تعاون کی بنیاد ہے۔\n' +
    'بعد میں وزیر اعظم فام من چنہ نے صحافیوں سے بات کی۔\n',
  [HINDI]: 'वियतनाम के प्रधानमंत्री फाम मिन्ह चिन्ह ने मंगलवार को हनोई में साइबर अपराध पर संधि के हस्ताक्षर समारोह को संबोधित किया।\n',
};

/** The knowledge base, with a comment to keep. */
export const KB_TEXT = `{
  // People of this corpus.
  "version": 1,
  "entities": [
    {
      "id": "pham-minh-chinh",
      "type": "person",
      "name": "Pham Minh Chinh",
      "names": { "ur": ["فام من چن"], "hi": ["फाम मिन्ह चिन्ह"] },
      "description": "Prime Minister of Viet Nam"
    }
  ]
}
`;

/** Line of the knowledge base's `"name"` field. */
export const KB_NAME_LINE = KB_TEXT.split('\n').findIndex((l) => l.includes('"name": "Pham Minh Chinh"'));

/** Writes the corpus (and the knowledge base, unless `kb` is null) into a folder; returns the knowledge-base path. */
export function writeEntityCorpus(folder: string, kb: string | null = KB_TEXT): string {
  for (const [name, text] of Object.entries(ENTITY_TEXTS)) writeFileSync(path.join(folder, name), text);
  const file = path.join(folder, '.concord', 'knowledge-base.json');
  if (kb !== null) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, kb);
  }
  return file;
}

/** Offset of the `nth` occurrence of a needle in a corpus file. */
export function offsetOf(name: string, needle: string, nth = 0): number {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = ENTITY_TEXTS[name].indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`${needle} #${nth} not in ${name}`);
  return offset;
}

/** Position of the `nth` occurrence of a needle, moved `inside` characters into it. */
export function positionOf(name: string, needle: string, nth = 0, inside = 0): { line: number; character: number } {
  return new LineIndex(ENTITY_TEXTS[name]).positionAt(offsetOf(name, needle, nth) + inside);
}
