/**
 * A linear tokenizer over folded text. One pass classifies code units through a 64K table; a
 * whitespace-delimited chunk that looks like a URL, e-mail address, file name or identifier
 * becomes one `ident` token so its digits can never be read as figures.
 */

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'punct' | 'ident';

/** A token in folded-text offsets. */
export interface Token {
  /** Folded-text start offset. */
  start: number;
  /** Folded-text end offset (exclusive). */
  end: number;
  /** Folded text of the token; Latin words are lower-cased for lexicon lookup. */
  text: string;
  kind: TokenKind;
  /** True when no whitespace separates this token from the previous one. */
  glued: boolean;
  /** True for words written in Latin script (their case is in the original text). */
  latin: boolean;
}

const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;
const PUNCT = 3;
const LATIN = 4;

let classes: Uint8Array | null = null;

/** Classifies every BMP code unit once; surrogates count as letters so emoji and rare scripts stay words. */
function classTable(): Uint8Array {
  if (classes) return classes;
  const t = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{M}]/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = LETTER;
    else if (c >= 0x30 && c <= 0x39) t[c] = DIGIT;
    else {
      const ch = String.fromCharCode(c);
      t[c] = space.test(ch) ? SPACE : letter.test(ch) ? (isLatinLetter(c) ? LATIN : LETTER) : PUNCT;
    }
  }
  classes = t;
  return t;
}

/** The class of a folded code unit: 0 space, 1 letter, 2 digit, 3 punctuation, 4 Latin letter. */
export function charClass(code: number): number {
  return classTable()[code];
}

/** Whether a word is a comma, in Latin or Arabic script (, or ،). */
export function isCommaWord(word: string | undefined): boolean {
  return word === ',' || word === '،';
}

/** Whether a code unit is a letter or a combining mark (surrogates count as letters, as in tokens). */
export function isLetterUnit(code: number): boolean {
  const k = classTable()[code];
  return k === LETTER || k === LATIN;
}

/** The runs of letters and marks in a string between `from` and `to` (what splitting at every other character gives, without empty strings). */
export function letterRuns(text: string, from = 0, to = text.length): string[] {
  const cls = classTable();
  const runs: string[] = [];
  let start = -1;
  for (let i = from; i < to; i++) {
    const k = cls[text.charCodeAt(i)];
    if (k === LETTER || k === LATIN) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) runs.push(text.slice(start, to));
  return runs;
}

const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|@[^\s@]+\.[a-z]{2,}/i;
// An extension is written in one case (.jpg, .PDF); "2020.As" is a sentence end missing its space.
const FILE_NAME = /^[\p{L}\p{N}_-]*[\d_][\p{L}\p{N}_-]*\.(?:[a-z][a-z0-9]{1,4}|[A-Z][A-Z0-9]{1,4})$/u;
const ORDINAL_DIGITS = /^[0-9]+(?:st|nd|rd|th)$/i;
/** A decade (1960s) or a year after a prefix (mid-2020, late-1990s): a year and its words, not an identifier. */
const YEAR_WORDS = /^(?:[A-Za-z]+-)?(?:1[89]|20)[0-9]{2}s?$/;
/** A fiscal year after FY (FY25, FY2025, FY24-25, FY2024-25): FY and its years, not an identifier. */
const FISCAL_YEAR = /^FY(?:[0-9]{2}|[0-9]{4})(?:-(?:[0-9]{2}|[0-9]{4}))?$/i;
/** Punctuation that ends a chunk without being part of a URL, a file name or an identifier in it. */
const TRAILING_UNITS: ReadonlySet<number> = new Set(Array.from('.,;:!?)]»"\'”’،؛؟۔', (c) => c.charCodeAt(0)));

/** Start of the punctuation (`TRAILING_UNITS`) that ends `text[from, end)`. */
function trailingPunctStart(text: string, from: number, end: number): number {
  while (end > from && TRAILING_UNITS.has(text.charCodeAt(end - 1))) end--;
  return end;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/** Tokenizes folded text between `from` and `to`. Linear; never throws. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const cls = classTable();
  const tokens: Token[] = [];
  let i = from;
  let glued = false;
  /** End of a run of digits and separators that is a list of numbers (192.168.1.2): digits are read group by group up to it. */
  let listEnd = -1;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = cls[c];
    if (k === SPACE) {
      i++;
      glued = false;
      continue;
    }
    if (!glued) {
      const identEnd = identifierChunkEnd(text, i, to, cls);
      if (identEnd > i) {
        tokens.push({ start: i, end: identEnd, text: text.slice(i, identEnd), kind: 'ident', glued: false, latin: true });
        i = identEnd;
        glued = true;
        continue;
      }
    }
    let j = i + 1;
    let kind: TokenKind;
    if (k === LETTER || k === LATIN) {
      for (; j < to; j++) {
        const kj = cls[text.charCodeAt(j)];
        if (kj !== LETTER && kj !== LATIN) break;
      }
      kind = isTimesSign(text, i, j, to, tokens) ? 'punct' : 'word';
    } else if (k === DIGIT) {
      j = i < listEnd ? digitsEnd(text, i, to, cls) : numberEnd(text, i, to, cls);
      if (j > i && isNumberList(text, i, j)) [listEnd, j] = [j, digitsEnd(text, i, to, cls)];
      kind = 'number';
    } else {
      kind = 'punct';
    }
    const latin = k === LATIN;
    const raw = text.slice(i, j);
    tokens.push({ start: i, end: j, text: latin ? raw.toLowerCase() : raw, kind, glued, latin });
    i = j;
    glued = true;
  }
  return tokens;
}

/**
 * Whether the letters `text[i, j)` are a times sign: a lower-case x right after digits, before digits
 * or the chunk's end (20x10, 3x), or set apart between two numbers (20 x 10). Not before digits
 * alone (x4), nor in a word (Xbox, box).
 */
function isTimesSign(text: string, i: number, j: number, to: number, tokens: readonly Token[]): boolean {
  const before = tokens[tokens.length - 1];
  if (j !== i + 1 || text.charCodeAt(i) !== 0x78 || before?.kind !== 'number') return false;
  const next = j < to ? charClass(text.charCodeAt(j)) : SPACE;
  if (before.end === i) return next === DIGIT || next === SPACE || TRAILING_UNITS.has(text.charCodeAt(j));
  let k = j;
  while (k < to && charClass(text.charCodeAt(k)) === SPACE) k++;
  return next === SPACE && k < to && charClass(text.charCodeAt(k)) === DIGIT;
}

/** End of the digits starting at `i`. */
function digitsEnd(text: string, i: number, to: number, cls: Uint8Array): number {
  let j = i;
  while (j < to && cls[text.charCodeAt(j)] === DIGIT) j++;
  return j;
}

/**
 * Digits with several separators are one number only when they group thousands (1,234,567 ·
 * 1.234.567 · 12,34,567, each with an optional decimal part); else (192.168.1.2, nrs. 22,24,26)
 * they list numbers.
 */
const GROUPED = /^[0-9]{1,3}(?:(?:,[0-9]{3})+|(?:\.[0-9]{3})+|(?:,[0-9]{2})*,[0-9]{3})(?:[.,][0-9]+)?$/;

function isNumberList(text: string, i: number, j: number): boolean {
  let separators = 0;
  for (let k = i; k < j && separators < 2; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2c || c === 0x2e) separators++;
  }
  return separators >= 2 && !GROUPED.test(text.slice(i, j));
}

/** End of digits with inner group or decimal separators (1,234,567 · 12,34,567 · 83.5). */
function numberEnd(text: string, i: number, to: number, cls: Uint8Array): number {
  let j = i;
  while (j < to && cls[text.charCodeAt(j)] === DIGIT) j++;
  while (j + 1 < to) {
    const sep = text.charCodeAt(j);
    if ((sep === 0x2c || sep === 0x2e) && cls[text.charCodeAt(j + 1)] === DIGIT) {
      j += 2;
      while (j < to && cls[text.charCodeAt(j)] === DIGIT) j++;
    } else break;
  }
  return j;
}

/**
 * If the whitespace-delimited chunk at `i` is a URL, e-mail, file name or a Latin identifier that
 * mixes letters with digits (z7157…_….jpg, COVID-19, A4), returns its end (trailing punctuation
 * excluded); else returns `i`.
 */
function identifierChunkEnd(text: string, i: number, to: number, cls: Uint8Array): number {
  let end = i;
  let hasDigit = false;
  let hasLatin = false;
  let hasUnderscoreOrDot = false;
  let firstDot = -1;
  for (; end < to; end++) {
    const c = text.charCodeAt(end);
    const k = cls[c];
    if (k === SPACE) break;
    if (k === DIGIT) hasDigit = true;
    else if (k === LATIN) hasLatin = true;
    else if (c === 0x5f || c === 0x2f || c === 0x40) hasUnderscoreOrDot = true;
    else if (c === 0x2e && firstDot < 0) firstDot = end;
  }
  // Without digits, only a point can make a URL, a file name or an identifier, and not one of the
  // punctuation the chunk ends with (the point of "said." at the end of every sentence).
  if (!hasDigit && !hasUnderscoreOrDot && firstDot >= 0 && firstDot >= trailingPunctStart(text, i, end)) return i;
  if (!hasLatin || (!hasDigit && !hasUnderscoreOrDot && firstDot < 0)) return i;
  const trimmed = text.slice(i, trailingPunctStart(text, i, end));
  if (URL_LIKE.test(trimmed) || (extensionAtEnd(trimmed) && FILE_NAME.test(trimmed))) return i + trimmed.length;
  // A Latin identifier: letters and digits glued (optionally by - or _), e.g. COVID-19, G20, A4.
  const ident = IDENTIFIER.exec(trimmed);
  // Digits with an English ordinal suffix (21st, 4th) are a number and its suffix, not an identifier.
  if (ident && HAS_DIGIT.test(ident[0]) && HAS_LETTER.test(ident[0]) && !ORDINAL_DIGITS.test(ident[0]) && !YEAR_WORDS.test(ident[0]) && !FISCAL_YEAR.test(ident[0]) && !TIMES.test(ident[0])) return i + ident[0].length;
  return i;
}

/**
 * Numbers joined by a lower-case x, a times sign: 20x10, 1920x1080, 3x (three times). A leading 0x is
 * a hexadecimal prefix (0x1F, 0x10), and an x before the digits (x4) or inside letters (Xbox, box12) is no sign.
 */
const TIMES = /^(?!0x)[0-9]+x(?:[0-9]+x)*[0-9]*$/;
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*|^[0-9]+[A-Za-z_][A-Za-z0-9_]*/;
const HAS_DIGIT = /[0-9]/;
const HAS_LETTER = /[A-Za-z_]/;

/**
 * Whether a chunk ends in a point and two to five code units after it, the first a Latin letter:
 * what `FILE_NAME` ends with, asked first because that expression backtracks over a long chunk.
 */
function extensionAtEnd(chunk: string): boolean {
  const point = chunk.lastIndexOf('.');
  const length = chunk.length - point - 1;
  if (point < 0 || length < 2 || length > 5) return false;
  const c = chunk.charCodeAt(point + 1) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}
