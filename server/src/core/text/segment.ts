/**
 * Paragraph → sentence → token segmentation, linear in the text. A paragraph is a line (news
 * articles in the corpus put one paragraph on a line); sentences end at . ! ? ؟ ۔ । ॥ tokens
 * (decimal points live inside number tokens, so they never end a sentence).
 */
import type { Lang, Paragraph, Sentence } from '../types';
import { foldText, type FoldedText } from './fold';
import { countLetters, emptyCounts, languageOf, type LetterCounts } from './language';
import { tokenize, type Token } from './tokens';

/** A sentence with its tokens, in folded offsets; `span` is in original offsets. */
export interface SentenceTokens {
  /** Index of the first token of the sentence in `Segmented.tokens`. */
  first: number;
  /** Index after the last token. */
  last: number;
}

/** The segmented text: folded text, tokens, and spans of paragraphs and sentences. */
export interface Segmented {
  folded: FoldedText;
  tokens: Token[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  sentenceTokens: SentenceTokens[];
  /** Dominant language of the whole text. */
  lang: Lang;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '۔', '।', '॥', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']', '»', '」']);

/** Segments a document. Linear in its length; never throws. */
export function segment(text: string): Segmented {
  const folded = foldText(text);
  const f = folded.text;
  const map = folded.toOriginal;
  const orig = (o: number) => (map ? map[o] : o);
  const tokens: Token[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const sentenceTokens: SentenceTokens[] = [];
  const docCounts = emptyCounts();
  const paragraphCounts: LetterCounts[] = [];

  let lineStart = 0;
  while (lineStart <= f.length) {
    let lineEnd = f.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = f.length;
    const lineTokens = tokenize(f, lineStart, lineEnd);
    if (lineTokens.length > 0) {
      const pIndex = paragraphs.length;
      const pStart = orig(lineTokens[0].start);
      const pEnd = orig(lineTokens[lineTokens.length - 1].end);
      const counts = countWordLetters(text, lineTokens, orig);
      addCounts(docCounts, counts);
      paragraphCounts.push(counts);
      paragraphs.push({ start: pStart, end: pEnd, lang: 'und' });
      const base = tokens.length;
      for (const t of lineTokens) tokens.push(t);
      splitSentences(lineTokens, base, pIndex, orig, sentences, sentenceTokens);
    }
    lineStart = lineEnd + 1;
  }
  const lang = languageOf(docCounts);
  paragraphs.forEach((p, i) => {
    const own = languageOf(paragraphCounts[i]);
    p.lang = own === 'und' ? lang : own;
  });
  return { folded, tokens, paragraphs, sentences, sentenceTokens, lang };
}

function splitSentences(
  lineTokens: Token[],
  base: number,
  paragraph: number,
  orig: (o: number) => number,
  sentences: Sentence[],
  sentenceTokens: SentenceTokens[],
): void {
  let first = 0;
  for (let i = 0; i < lineTokens.length; i++) {
    const t = lineTokens[i];
    if (t.kind !== 'punct' || !SENTENCE_END.has(t.text)) continue;
    let last = i + 1;
    while (last < lineTokens.length && lineTokens[last].kind === 'punct' && (CLOSERS.has(lineTokens[last].text) || SENTENCE_END.has(lineTokens[last].text))) last++;
    push(first, last);
    first = last;
    i = last - 1;
  }
  if (first < lineTokens.length) push(first, lineTokens.length);

  function push(a: number, b: number): void {
    sentences.push({ start: orig(lineTokens[a].start), end: orig(lineTokens[b - 1].end), paragraph });
    sentenceTokens.push({ first: base + a, last: base + b });
  }
}

/** Letter counts of a line, leaving out URLs, file names and identifiers (their Latin says nothing of the language). */
function countWordLetters(text: string, lineTokens: Token[], orig: (o: number) => number): LetterCounts {
  const counts = emptyCounts();
  let from = orig(lineTokens[0].start);
  for (const t of lineTokens) {
    if (t.kind !== 'ident') continue;
    countLetters(text, from, orig(t.start), counts);
    from = orig(t.end);
  }
  countLetters(text, from, orig(lineTokens[lineTokens.length - 1].end), counts);
  return counts;
}

function addCounts(into: LetterCounts, from: LetterCounts): void {
  for (const key of Object.keys(from) as (keyof LetterCounts)[]) into[key] += from[key];
}
