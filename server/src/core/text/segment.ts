/**
 * Paragraph → sentence → token segmentation, linear in the text. A paragraph is a line (news
 * articles in the corpus put one paragraph on a line); sentences end at . ! ? ؟ ۔ । ॥ tokens
 * (decimal points live inside number tokens, so they never end a sentence).
 *
 * Tokens are handed to a visitor paragraph by paragraph and then dropped, so they die young and
 * a long document never holds all its tokens at once. Languages are decided first, in a cheap
 * pass over the lines, so every paragraph is visited already knowing its language.
 */
import type { Lang, Paragraph, Sentence } from '../types';
import { foldText, type FoldedText } from './fold';
import { addCounts, arabicByFormsOnly, clearlyUrduOrPersian, countLetters, emptyCounts, enoughLetters, languageOf, strongEvidence, type LetterCounts } from './language';
import { tokenize, type Token } from './tokens';
import { DEVANAGARI_INITIALS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';
import { FUNCTION_WORDS } from '../lexicon/entities/patterns';
import { isUpperAt } from './letterCase';

/** The tokens of one sentence, as indexes into its paragraph's tokens. */
export interface SentenceTokens {
  /** Index of the first token of the sentence. */
  first: number;
  /** Index after the last token. */
  last: number;
  /** Index of the sentence in `Segmented.sentences`. */
  sentence: number;
}

/** One paragraph as the visitor sees it. */
export interface ParagraphTokens {
  /** Index in `Segmented.paragraphs`. */
  index: number;
  lang: Lang;
  tokens: Token[];
  sentences: SentenceTokens[];
}

/** The segmented text: folded text and spans of paragraphs and sentences (original offsets). */
export interface Segmented {
  folded: FoldedText;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Dominant language of the whole text. */
  lang: Lang;
  /** Original offset of a folded offset. */
  orig(offset: number): number;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '۔', '।', '॥', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']', '」']);

/**
 * Most tokens one sentence holds. Text with no sentence ends (a table flattened to one line, a
 * transcript without stops) would otherwise make one "sentence" of a whole line, and the work done
 * per sentence grows faster than its length; such a run is cut into pieces of at most this many
 * tokens, each after the last clause mark (، , ; :) in its second half, else before the last function
 * word there that follows no number (so "1 hundred and 1 hundred" is not cut inside a number). A
 * sentence of running text is far shorter (a 100-word sentence is about 130 tokens).
 */
const LONGEST_SENTENCE = 400;
const CLAUSE_MARKS = new Set([',', '،', ';', '؛', ':']);
const ANY_FUNCTION_WORD: ReadonlySet<string> = new Set(Object.values(FUNCTION_WORDS).flat());

/** Where to cut a run of tokens from `a` that is too long to be one sentence (see `LONGEST_SENTENCE`). */
function cutAt(tokens: readonly Token[], a: number): number {
  const limit = a + LONGEST_SENTENCE;
  const half = a + LONGEST_SENTENCE / 2;
  for (let k = limit - 1; k > half; k--) if (tokens[k].kind === 'punct' && CLAUSE_MARKS.has(tokens[k].text)) return k + 1;
  for (let k = limit; k > half; k--) if (tokens[k].kind === 'word' && ANY_FUNCTION_WORD.has(tokens[k].text.toLowerCase()) && tokens[k - 1].kind !== 'number') return k;
  return limit;
}

/** Segments a document, calling `visit` for each non-empty paragraph in order. Linear; never throws. */
export function segment(text: string, visit: (p: ParagraphTokens, seg: Segmented) => void = () => undefined): Segmented {
  const folded = foldText(text);
  const map = folded.toOriginal;
  const orig = map ? (o: number) => map[o] : (o: number) => o;
  const { lineLangs, lang } = lineLanguages(text);
  const seg: Segmented = { folded, paragraphs: [], sentences: [], lang, orig };
  const f = folded.text;
  let lineStart = 0;
  for (let line = 0; lineStart <= f.length; line++) {
    let lineEnd = f.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = f.length;
    const tokens = tokenize(f, lineStart, lineEnd);
    if (tokens.length > 0) {
      const index = seg.paragraphs.length;
      const own = lineLangs[line];
      const p: ParagraphTokens = { index, lang: own === 'und' ? lang : own, tokens, sentences: [] };
      seg.paragraphs.push({ start: orig(tokens[0].start), end: orig(tokens[tokens.length - 1].end), lang: p.lang });
      splitSentences(p, seg);
      visit(p, seg);
    }
    lineStart = lineEnd + 1;
  }
  return seg;
}

/**
 * Language of every line (by original text; folding never adds or removes '\n') and of the whole.
 * A line with few letters, or one told between Urdu and Persian on weak evidence (a headline, a
 * caption, a dateline typed with Arabic ي and ك), takes the language of a document that is clearly Urdu or Persian; a line with strong
 * evidence of its own keeps it (a Persian quote in an Urdu article).
 */
function lineLanguages(text: string): { lineLangs: Lang[]; lang: Lang } {
  const total = emptyCounts();
  const lineLangs: Lang[] = [];
  const weak: number[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const counts: LetterCounts = emptyCounts();
    countLetters(text, start, end, counts);
    addCounts(total, counts);
    const strong = strongEvidence(counts);
    const own = enoughLetters(counts) || strong ? languageOf(counts) : 'und';
    if (((own === 'ur' || own === 'fa') && !strong) || (own === 'ar' && arabicByFormsOnly(counts))) weak.push(lineLangs.length);
    lineLangs.push(own);
    start = end + 1;
  }
  const lang = languageOf(total);
  if (clearlyUrduOrPersian(total, lang)) for (const line of weak) lineLangs[line] = lang;
  return { lineLangs, lang };
}

function splitSentences(p: ParagraphTokens, seg: Segmented): void {
  const { tokens } = p;
  let first = 0;
  const push = (a: number, b: number) => {
    while (b - a > LONGEST_SENTENCE) {
      const cut = cutAt(tokens, a);
      pushOne(a, cut);
      a = cut;
    }
    pushOne(a, b);
  };
  const pushOne = (a: number, b: number) => {
    p.sentences.push({ first: a, last: b, sentence: seg.sentences.length });
    seg.sentences.push({ start: seg.orig(tokens[a].start), end: seg.orig(tokens[b - 1].end), paragraph: p.index });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct' || !SENTENCE_END.has(t.text)) continue;
    // A point glued to the digits after it opens a number (.08%, Fig.3), and a point after a short
    // Latin word before a number ends an abbreviation (Jan. 23, No. 5, Rs. 20), not a sentence.
    if (t.text === '.' && tokens[i + 1]?.kind === 'number' && (tokens[i + 1].glued || isAbbreviation(tokens[i - 1], t))) continue;
    // A point after an abbreviated title before a name ends no sentence (Dr. Khan, डॉ. हर्षवर्धन);
    // in Latin script both are capitalised ("a dr. The end" ends).
    if (t.text === '.' && t.glued && i > 0 && isTitle(tokens[i - 1], tokens[i + 1], seg.folded.text)) continue;
    // A point between single letters is inside an abbreviation (a.m., p.m., U.S., e.g.), and so is
    // its last point before a word in lower case (10 a.m. on Monday).
    if (t.text === '.' && isLetter(tokens[i - 1]) && t.glued && tokens[i + 1]?.glued && isLetter(tokens[i + 1])) continue;
    if (t.text === '.' && t.glued && i > 1 && isLetter(tokens[i - 1]) && tokens[i - 2].text === '.' && tokens[i - 1].glued && startsLower(tokens[i + 1], seg.folded.text)) continue;
    // A capital initial before a name ends no sentence (R. Ashoka, D.Y. Chandrachud, K. Murali Kumar); before a
    // function word it does ("… in Group A. The team …").
    if (t.text === '.' && t.glued && isInitial(tokens[i - 1], seg.folded.text) && isNameWord(tokens[i + 1], seg.folded.text)) continue;
    let last = i + 1;
    while (last < tokens.length && tokens[last].kind === 'punct' && (CLOSERS.has(tokens[last].text) || SENTENCE_END.has(tokens[last].text))) last++;
    push(first, last);
    first = last;
    i = last - 1;
  }
  if (first < tokens.length) push(first, tokens.length);
}

/** An abbreviated title before a word (capitalised, both, when Latin). */
function isTitle(title: Token, next: Token | undefined, text: string): boolean {
  if (title.kind !== 'word' || next?.kind !== 'word' || !TITLE_ABBREVIATIONS.has(title.text)) return false;
  return !title.latin || (isUpperAt(text, title.start) && (!next.latin || isUpperAt(text, next.start)));
}

/** Whether a token is a Latin word starting in lower case. */
function startsLower(t: Token | undefined, text: string): boolean {
  return t !== undefined && t.kind === 'word' && t.latin && !isUpperAt(text, t.start);
}

/** A capital Latin letter standing alone or after another initial's point (the Y of D.Y.), or a Devanagari letter's name (the वी of वी. नारायणन). */
function isInitial(t: Token | undefined, text: string): boolean {
  return (isLetter(t) && isUpperAt(text, t!.start)) || (t !== undefined && t.kind === 'word' && !t.latin && DEVANAGARI_INITIALS.has(t.text));
}

/** A capitalised Latin word that is no function word (Ashoka, not The), or a Devanagari word (नारायणन; a Devanagari initial's point never ends a sentence before a word). */
function isNameWord(t: Token | undefined, text: string): boolean {
  if (t !== undefined && t.kind === 'word' && !t.latin) return /^[\u0900-\u097F]/.test(t.text);
  return t !== undefined && t.kind === 'word' && t.latin && t.end - t.start > 1 && isUpperAt(text, t.start) && !EN_FUNCTION_WORDS.has(t.text.toLowerCase());
}

const EN_FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.en);

/** A single Latin letter. */
function isLetter(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.latin && t.end - t.start === 1;
}

/** A short Latin word glued to a point (Jan., No., Rs.), or an abbreviation before numbers in another script (रु., नं.). */
function isAbbreviation(word: Token | undefined, point: Token): boolean {
  return word !== undefined && word.kind === 'word' && point.glued && (word.latin ? word.end - word.start <= 4 : NUMBER_ABBREVIATIONS.has(word.text));
}
