/**
 * Entity detection over one sentence's tokens, left to right, each step reading a few tokens:
 * 1. known names (knowledge base, then built-in tables), longest match;
 * 2. a title or role, then the person's name after it (وزیر اعظم فام من چن);
 * 3. acronyms spelled with letter names (ایف بی آئی) and Latin-script runs in other scripts;
 * 4. organisation names around a head word (وزارت خارجہ, जन सुरक्षा मंत्रालय, X نیوز ایجنسی).
 * A known name inside a longer title-anchored or organisation name loses to it, so چین at the end
 * of فام مین چین is not China. The document pass (documentNames.ts) adds repeats and acronyms.
 */
import { isCommaWord, type Token } from '../text/tokens';
import type { EntitySource, EntityType, Lang } from '../types';
import type { GazetteerHit, Gazetteer } from './gazetteer';
import { STARTS, WORD, genitiveKey, homeBodyOf, knownNames, type KnownNames, type LanguageWords } from './knownNames';
import { DISTRICT_OFFICES, EZAFE_ENDINGS, NOT_ENTITY_ACRONYMS } from '../lexicon/entities/patterns';
import { countryOfMention } from '../lexicon/entities';
import { apposedPersons, givenNamePerson, initialsPerson } from './persons';
import { bodyRunAt, latinRun, opensLatinName } from './latinNames';
import { titledPerson } from './titledPerson';
import { amendmentAt } from './amendments';
import { everydayAround } from './everyday';
import { ambiguousAt, ambiguousIsPlace } from './ambiguous';
import { adjectiveAt, countryAdjective } from './demonyms';
import { homeKey } from './homeBodies';
import { cachedNameKey } from './nameKey';
import { grammar } from '../figures/numberGrammar';

/** A mention in token indexes of its sentence, before it becomes an `EntityMention`. */
export interface TokenMention {
  first: number;
  /** Index after the last token. */
  last: number;
  type: EntityType;
  id: string | null;
  source: EntitySource;
  confidence: number;
  /** Exact linking key for acronyms (`#FBI`), else null (the name's phonetic key is used). */
  acronym: string | null;
  /** A country's adjective or demonym (demonyms.ts), not its name. */
  adjective?: true;
}

/** One sentence as detection reads it. */
export interface EntitySentence {
  tokens: readonly Token[];
  /** Lookup keys of the tokens (`nameWord` of words, digits as written, '' for punctuation). */
  keys: readonly string[];
  lang: Lang;
  /** `WORD` bits of the token at an index (see knownNames.ts; 0 past either end), looked up when a step asks. */
  flags(index: number): number;
  /** `flags` of a word the `starts` filter lets through, else 0: right for `STARTS` bits, and most words skip the map. */
  startFlags(index: number): number;
  /** The original text of the token at an index (tokens are folded and lower-cased). */
  original(index: number): string;
  /** Whether the token at an index starts with an upper-case letter in the original text. */
  capitalised(index: number): boolean;
}

export const MAX_NAME_WORDS = 4;
export const ADJECTIVE_BITS = { currency: WORD.CURRENCY, nationNoun: WORD.NATION_NOUN, falseFriend: WORD.FALSE_FRIEND };
/** Bits one of which a non-Latin word needs for any step of `detectSentence` to start at it (besides the next word's `OF`). */
const STEP_BITS = STARTS & ~WORD.OF;
const MAX_ORG_WORDS = 3;

/** Lookup keys of a sentence's tokens (tokens are folded and Latin is lower-cased already; genitive agreement is left to remove). */
export function sentenceKeys(tokens: readonly Token[]): string[] {
  const keys: string[] = [];
  for (const t of tokens) keys.push(t.kind === 'word' ? genitiveKey(t.text) : t.kind === 'number' ? t.text : '');
  return keys;
}

/** `WORD` bits of a lookup key (undefined past the ends of a sentence) in a language's tables. */
export function wordBits(w: LanguageWords, key: string | undefined): number {
  return key && w.flagged.mayHave(key) ? w.flags.get(key) ?? 0 : 0;
}

/** The last element, without reading index -1 of an empty array (a slow property lookup). */
const lastOf = <T>(list: readonly T[]): T | undefined => (list.length > 0 ? list[list.length - 1] : undefined);

/** Whether the token at `i` has any of `bits` (asked for `STARTS` bits only, most words are ruled out by a filter, without a map lookup). */
export const bit = (s: EntitySentence, i: number, bits: number): boolean => (((bits & ~STARTS) === 0 ? s.startFlags(i) : s.flags(i)) & bits) !== 0;

/** Whether the word at `i` has `STEP_BITS` or the next word is "of". */
const startsStep = (s: EntitySentence, i: number): boolean => bit(s, i, STEP_BITS) || bit(s, i + 1, WORD.OF);

/** Finds the mentions of one sentence. `kb` is the knowledge-base gazetteer (null when there is none). */
export function detectSentence(s: EntitySentence, kb: Gazetteer | null): TokenMention[] {
  const known = knownNames();
  const w = known.words(s.lang);
  const out: TokenMention[] = [];
  const { tokens } = s;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind !== 'word' && t.kind !== 'number') {
      i++;
      continue;
    }
    const amendment = t.kind === 'number' ? amendmentAt(s, i, out) : null;
    if (amendment !== null) {
      i = amendment;
      continue;
    }
    // Most words start no step: each step below first asks for one of `STEP_BITS`, a capitalised
    // Latin word (latinRun), the next word being "of" (organisationOf), or a knowledge-base name;
    // without those bits only a Latin run can start.
    if (!kb && !startsStep(s, i)) {
      i = (t.latin && t.kind === 'word' && s.capitalised(i) ? latinRun(s, i, w, known, out) : null) ?? i + 1;
      continue;
    }
    const next = documentBefore(s, i, w, known, kb, out) ?? knownAt(s, i, kb, known, w, out) ?? titledPerson(s, i, w, known, kb, out)
      ?? givenNamePerson(s, i, w, known, kb, out) ?? initialsPerson(s, i, w, known, kb, out)
      ?? spelledAcronym(s, i, known, kb, out) ?? latinRun(s, i, w, known, out) ?? documentAfter(s, i, w, out)
      ?? organisationAfter(s, i, w, out) ?? organisationBefore(s, i, w, known, kb, out) ?? organisationOf(s, i, w, known, kb, out)
      ?? districtAt(s, i, w, known, kb, out);
    i = next ?? i + 1;
  }
  return apposedPersons(s, w, known, kb, out);
}

/** The longer of a knowledge-base and a built-in hit at `i` (the knowledge base wins ties), over `keys` (the sentence's, or the first of them only). */
export function knownHit(s: EntitySentence, i: number, kb: Gazetteer | null, known: KnownNames, keys: readonly string[] = s.keys): (GazetteerHit & { source: EntitySource }) | null {
  return longerHit(kb?.lookup(keys, i) ?? null, bit(s, i, WORD.KNOWN_START) ? known.builtin.lookup(keys, i) : null);
}

function longerHit(a: GazetteerHit | null, b: GazetteerHit | null): (GazetteerHit & { source: EntitySource }) | null {
  if (a && (!b || a.count >= b.count)) return { id: a.id, type: a.type, count: a.count, source: 'kb' };
  return b ? { id: b.id, type: b.type, count: b.count, source: 'builtin' } : null;
}

/** Step 1: a known name at `i` (Latin names must be capitalised; "supply chain" is not China, دبی رودخانه is no Dubai). */
function knownAt(s: EntitySentence, i: number, kb: Gazetteer | null, known: KnownNames, w: LanguageWords, out: TokenMention[]): number | null {
  const named = knownHit(s, i, kb, known);
  const adjective = named ? null : adjectiveAt(s, i, known.adjectives, ADJECTIVE_BITS);
  const hit = named ?? (adjective && { ...adjective, source: 'builtin' as const });
  // In an everyday phrase (بے چین), or beside the word "language" (ترکی زبان, زبان ترکی, the Turkish language): no place.
  if (hit && hit.source === 'builtin' && (everydayAround(s, i, hit.count, known) || ((s.flags(i - 1) | s.flags(i + hit.count)) & WORD.LANGUAGE) !== 0)) return i + hit.count;
  // A name that is an everyday word in this language (Urdu وین "van") names the place alone only after a cue (شہر وین) or in a list of places.
  if (hit && hit.source === 'builtin' && hit.count === 1 && bit(s, i, WORD.EVERYDAY_NAME) && !ambiguousIsPlace(s, i, 1, known, out)) return i + 1;
  // A country's name before a currency word names the currency (the US dollar, the Hong Kong dollar), as its adjective does (امریکی ڈالر): no place of the story.
  if (named && named.type === 'place' && bit(s, i + named.count, WORD.CURRENCY)) return i + named.count;
  // A capitalised adjective opening a longer name in Latin letters is part of it (Italian Radiological Society, Chinese New Year), unless a title follows (Russian President).
  if (adjective && s.tokens[i].latin && opensLatinName(s, i + adjective.count, kb, known)) return null;
  if (hit && latinCaseFits(s, i, hit.count, known) && !(i > 0 && bit(s, i - 1, WORD.NOT_AFTER)) && !bit(s, i + hit.count, WORD.NOT_BEFORE)) {
    // A place that opens an organisation's or a facility's name in Latin letters is part of it (Pakistan
    // Medical Association, Karachi Chamber of Commerce, Dubai International Airport).
    const body = hit.type === 'place' && s.tokens[i].latin && !knownHit(s, i + hit.count, kb, known) ? bodyRunAt(s, i + hit.count, w, known) : null;
    if (body !== null) {
      const key = body.last === i + hit.count + 1 ? kindKey(s.keys[i + hit.count], hit.id) : null;
      out.push({ first: i, last: body.last, type: body.type, id: null, source: 'pattern', confidence: 0.6, acronym: key });
      return body.last;
    }
    const word = s.tokens[i].latin && hit.count === 1 ? s.original(i) : '';
    const acronym = word.length >= 2 && word === word.toUpperCase() ? `#${word}` : null;
    const other = hit.source === 'builtin' && known.homeIds.has(hit.id) ? abroad(s, i, hit.count, known, out) : false;
    if (other !== false) {
      // Linked only to the same words of the same country (وزارت امور خارجه ترکیه is no other report's ministry).
      const key = other === null ? null : homeKey(cachedNameKey(s.tokens.slice(i, i + hit.count).map((_, k) => s.original(i + k)).join(' ')).spaced, other);
      out.push({ first: i, last: i + hit.count, type: hit.type, id: null, source: 'pattern', confidence: 0.55, acronym: key });
    } else {
      out.push({ first: i, last: i + hit.count, type: hit.type, id: hit.id, source: hit.source, confidence: hit.source === 'kb' ? 0.95 : adjective ? 0.8 : 0.9, acronym, ...(adjective ? { adjective: true } : {}) });
    }
    return i + hit.count;
  }
  const ambiguous = ambiguousAt(s, i, known);
  if (ambiguous && ambiguousIsPlace(s, i, ambiguous.count, known, out) && (!s.tokens[i].latin || s.capitalised(i))) {
    out.push({ first: i, last: i + ambiguous.count, type: ambiguous.type, id: ambiguous.id, source: 'builtin', confidence: 0.7, acronym: null });
    return i + ambiguous.count;
  }
  return null;
}

/**
 * The other country a home name (سپریم کورٹ, संसद, بانک مرکزی) at `i` stands next to, if its
 * place is not of its body's country: after it and a genitive (पुर्तगाल की संसद, Thailand's), or
 * before it, perhaps after "of" (بانک مرکزی ترکیه, … Office of Thailand), or its adjective before
 * it (چینی وزارت خارجہ, चीनी विदेश मंत्रालय). An area (اروپا) is
 * abroad with no country (null); false when no other place stands there.
 */
function abroad(s: EntitySentence, i: number, count: number, known: KnownNames, out: readonly TokenMention[]): string | null | false {
  const country = homeBodyOf(known, s.keys.slice(i, i + count).join(' '), s.lang)?.country;
  if (country === undefined) return false;
  const previous = lastOf(out);
  let k = bit(s, i - 1, WORD.COUNTRY_BEFORE) ? i - 1 : i;
  if (k < i && APOSTROPHES.has(s.tokens[k - 1]?.text)) k--;
  const next = bit(s, i + count, WORD.COUNTRY_AFTER) ? i + count + 1 : i + count;
  const place = previous?.type === 'place' && previous.id !== null && previous.last === k ? previous : knownHit(s, next, null, known) ?? countryAdjective(s, i - 1, known.adjectives);
  if (place?.type !== 'place') return false;
  const other = countryOfMention(place);
  return other === country ? false : other;
}

const APOSTROPHES: ReadonlySet<string | undefined> = new Set(["'", '’']);

/** A known name in Latin letters must be capitalised, and a short all-capital one (WHO, UN) written in capitals. */
export function latinCaseFits(s: EntitySentence, i: number, words: number, known: KnownNames): boolean {
  if (!s.tokens[i].latin) return true;
  if (!s.capitalised(i)) return false;
  return !(words === 1 && known.capitalsOnly.has(s.keys[i]) && s.original(i) !== s.original(i).toUpperCase());
}

/** Whether the word at `i` may be part of a name at all. */
export function nameLike(s: EntitySentence, i: number, w: LanguageWords): boolean {
  const t = s.tokens[i];
  if (!t || t.kind !== 'word' || bit(s, i, WORD.FUNCTION | WORD.GENERIC)) return false;
  return !t.latin || s.capitalised(i);
}

/**
 * Whether words read as a name after a title or a given name name a body or a place instead: they
 * end with an organisation's head word or a place's (Premier League, Asif Textile Group, Rashid
 * Minhas Road). A head word written first is no such sign: ایوان is also Ivan (ایوان کوبراکوف).
 */
export function namesBody(s: EntitySentence, w: LanguageWords, end: number): boolean {
  return endsWithHead(s, w, end) || bit(s, end - 1, WORD.PLACE_HEAD);
}

/** Whether the word before `end` is an organisation's head word written last (Commission, Group, پولیس). */
export const endsWithHead = (s: EntitySentence, w: LanguageWords, end: number): boolean => w.headsAfter.lookup(s.keys, end - 1)?.count === 1;

/** Whether token `k` is a comma (Latin or Arabic). */
export function isComma(s: EntitySentence, k: number): boolean {
  const t = s.tokens[k];
  return t !== undefined && t.kind === 'punct' && isCommaWord(t.text);
}

/** Step 3a: three or more letter names spelling an acronym (ایف بی آئی = FBI, سی آئی ایس اے = CISA). */
function spelledAcronym(s: EntitySentence, i: number, known: KnownNames, kb: Gazetteer | null, out: TokenMention[]): number | null {
  let acronym = '';
  let j = i;
  while (j < s.tokens.length && !s.tokens[j].latin && bit(s, j, WORD.LETTER)) acronym += known.letters.get(s.keys[j++])!;
  if (acronym.length < 2) return null;
  const letters = [acronym.toLowerCase()];
  const hit = longerHit(kb?.lookup(letters, 0) ?? null, known.builtin.lookup(letters, 0));
  if (hit) {
    out.push({ first: i, last: j, type: hit.type, id: hit.id, source: hit.source, confidence: 0.85, acronym: `#${acronym}` });
    return j;
  }
  if (acronym.length < 3 || NOT_ENTITY_ACRONYMS.has(acronym) || known.currencies.has(acronym)) return j;
  out.push({ first: i, last: j, type: 'organisation', id: null, source: 'pattern', confidence: 0.6, acronym: `#${acronym}` });
  return j;
}

/** Step 4a: an organisation head written last (جیجی نیوز ایجنسی, लोक सुरक्षा मंत्रालय), absorbing a place just before it; or a place's (قذافی اسٹیڈیم). */
function organisationAfter(s: EntitySentence, i: number, w: LanguageWords, out: TokenMention[]): number | null {
  if (!bit(s, i, WORD.HEAD_AFTER_START)) return null;
  const head = w.headsAfter.lookup(s.keys, i);
  if (!head || s.tokens[i].latin) return null;
  // A head also written first opens the name after it (سمری وزارت خزانہ: وزارت خزانہ), unless a place opens it (پنجاب یونیورسٹی)
  // or another head written last follows it (نیشنل بینک اسٹیڈیم).
  if (head.count === 1 && bit(s, i, WORD.HEAD_BEFORE) && orgWord(s, i + 1, w) && lastOf(out)?.last !== i && !w.headsAfter.lookup(s.keys, i + 1)) return null;
  let last = i + head.count;
  // The last head names the kind: a stadium named after a bank (نیشنل بینک اسٹیڈیم) is a place.
  let type = head.type;
  for (let more = w.headsAfter.lookup(s.keys, last); more; more = w.headsAfter.lookup(s.keys, last)) [last, type] = [last + more.count, more.type];
  let first = i;
  // An English "and" joins two words and counts as none (واٹر اینڈ پاور ڈیولپمنٹ اتھارٹی); it opens no name.
  let ands = 0;
  // A known place and one head word alone are linked by kind and place (پنجاب یونیورسٹی = Punjab University).
  let key: string | null = null;
  while (i - first - ands < MAX_ORG_WORDS) {
    const previous = lastOf(out);
    // A country's adjective the tables call generic (روسی) opens no body's name: روسی وزارت داخلہ is Russia's وزارت داخلہ.
    if (previous && previous.last === first && previous.type === 'place' && previous.source !== 'pattern' && !(previous.adjective && bit(s, previous.first, WORD.GENERIC))) {
      out.pop();
      key = first === i && head.count === 1 ? kindKey(s.keys[i], previous.id) : null;
      first = previous.first;
      // A country's adjective opens the name (चीनी कम्युनिस्ट पार्टी), save "all" before it (अखिल भारतीय).
      if (previous.adjective) {
        if (ALL_WORDS.has(s.keys[first - 1])) first--;
        break;
      }
    } else if (first > (previous?.last ?? 0) && orgWord(s, first - 1, w)) {
      ands += bit(s, --first, WORD.NAME_AND) ? 1 : 0;
      key = null;
      // A country's adjective opens the name (चीनी कम्युनिस्ट पार्टी): a word before it is the sentence's (इसका उद्देश्य …), save "all" (अखिल भारतीय).
      if (countryAdjective(s, first, knownNames().adjectives)) {
        if (ALL_WORDS.has(s.keys[first - 1])) first--;
        break;
      }
    } else break;
  }
  while (first < i && bit(s, first, WORD.NAME_AND)) first++;
  if (first === i || isCount(s, first - 1)) return null;
  out.push({ first, last, type, id: null, source: 'pattern', confidence: 0.55, acronym: last === i + 1 ? key : null });
  return last;
}

/** "All" before a country's adjective in a body's name (अखिल भारतीय कांग्रेस कमेटी, آل انڈیا ریڈیو). */
const ALL_WORDS: ReadonlySet<string | undefined> = new Set(['अखिल', 'آل']);

/** Step 4c: a document named after a place or a capitalised name (بوڈاپیسٹ کنونشن, हनोई कन्वेंशन, Paris Agreement). */
function documentAfter(s: EntitySentence, i: number, w: LanguageWords, out: TokenMention[]): number | null {
  if (!bit(s, i, WORD.DOCUMENT_AFTER)) return null;
  const previous = lastOf(out);
  if (!previous || previous.last !== i || (previous.type !== 'place' && previous.type !== 'other')) return null;
  if (s.tokens[i].latin && !s.capitalised(i)) return null;
  out.pop();
  out.push({ first: previous.first, last: i + 1, type: 'document', id: null, source: 'pattern', confidence: 0.6, acronym: kindKey(s.keys[i], previous.id) });
  return i + 1;
}

/** The exact linking key of a document, body or place named after a known place by a head word: its kind and the place (`#convention@city:hanoi`, `#university@city:delhi`). */
function kindKey(head: string, placeId: string | null): string | null {
  const kind = knownNames().headKinds.get(head);
  return kind && placeId ? `#${kind}@${placeId}` : null;
}

/** Step 4d: a document head written first and a known place after it (کنوانسیون هانوی). */
function documentBefore(s: EntitySentence, i: number, w: LanguageWords, known: KnownNames, kb: Gazetteer | null, out: TokenMention[]): number | null {
  if (!bit(s, i, WORD.DOCUMENT_BEFORE)) return null;
  const hit = knownHit(s, i + 1, kb, known);
  if (!hit || hit.type !== 'place') return null;
  out.push({ first: i, last: i + 1 + hit.count, type: 'document', id: null, source: 'pattern', confidence: 0.6, acronym: kindKey(s.keys[i], hit.id) });
  return i + 1 + hit.count;
}

/** Whether the word at `k` may be the distinctive part of an organisation's name (no function word, generic word, light verb or number). */
function orgWord(s: EntitySentence, k: number, w: LanguageWords): boolean {
  const t = s.tokens[k];
  return !!t && t.kind === 'word' && !t.latin && !bit(s, k, WORD.FUNCTION | WORD.GENERIC | WORD.LIGHT_VERB) && !isCount(s, k);
}

/** Whether the token at `k` is a number, in digits or a cardinal word: a body described by a count (پانچ رکنی کمیٹی, पांच सदस्यीय समिति, کمیته پنج نفره) is no name. */
export function isCount(s: EntitySentence, k: number): boolean {
  const t = s.tokens[k];
  return !!t && (t.kind === 'number' || (t.kind === 'word' && !t.latin && grammar(s.lang)?.cardinals.has(t.text) === true));
}

/** Step 4b: an organisation head written first (وزارت صنعت و تجارت, مجلس نمایندگان), up to a known name; or a place's (میدان آزادی). */
function organisationBefore(s: EntitySentence, i: number, w: LanguageWords, known: KnownNames, kb: Gazetteer | null, out: TokenMention[]): number | null {
  if (!bit(s, i, WORD.HEAD_BEFORE)) return null;
  // A known place right after the head names the body after it: دانشگاه تهران, بانک کابل.
  const place = knownHit(s, i + 1, kb, known);
  const type = bit(s, i, WORD.PLACE_BEFORE) ? 'place' : 'organisation';
  if (place?.type === 'place') {
    out.push({ first: i, last: i + 1 + place.count, type, id: null, source: 'pattern', confidence: 0.55, acronym: kindKey(s.keys[i], place.id) });
    return i + 1 + place.count;
  }
  let end = i + 1;
  while (end < s.tokens.length && end - i <= MAX_ORG_WORDS && (orgWord(s, end, w) || s.keys[end] === 'و') && !knownHit(s, end, kb, known)) end++;
  // The noun of a light verb is no part of the name: کمیسیون تلفیق بررسی شود, مجلس رقابت کردند (a
  // genitive that is also a light verb, Urdu کی, joins the name to what follows instead; the word
  // before a verb of saying ends the subject: انجمن صنفی نانوایان گفت).
  if (end > i + 1 && bit(s, end, WORD.LIGHT_VERB) && !bit(s, end, WORD.COUNTRY_BEFORE | WORD.SPEECH_VERB)) end--;
  while (end > i + 1 && s.keys[end - 1] === 'و') end--;
  if (end === i + 1) return null;
  // A province or city the name's last word links by an ezafe is part of it: کمیته اضطرار آلودگی هوای استان تهران (a country
  // stays apart: مجلس سنای ژاپن is a home body abroad).
  const linked = EZAFE_ENDINGS[s.lang]?.some((e) => s.keys[end - 1].endsWith(e)) ? knownHit(s, end, kb, known) : null;
  if (linked?.type === 'place' && !linked.id.startsWith('region:')) end += linked.count;
  // A country's adjective just before opens the name: روسی وزارت داخلہ is Russia's ministry.
  const previous = lastOf(out);
  const first = previous?.adjective && previous.last === i && !s.tokens[i].latin ? previous.first : i;
  if (first < i) out.pop();
  out.push({ first, last: end, type, id: null, source: 'pattern', confidence: 0.55, acronym: null });
  return end;
}

/** Step 4e: "X of Y" transliterated (وائس آف ویتنام): one or two words, the "of", then a known place or one or two words. */
function organisationOf(s: EntitySentence, i: number, w: LanguageWords, known: KnownNames, kb: Gazetteer | null, out: TokenMention[]): number | null {
  const at = i + 1;
  if (!bit(s, at, WORD.OF) || !orgWord(s, i, w)) return null;
  let first = i;
  const floor = out.length ? out[out.length - 1].last : 0;
  if (first - 1 >= floor && orgWord(s, first - 1, w) && !bit(s, first - 1, WORD.OF)) first--;
  const hit = knownHit(s, at + 1, kb, known);
  let last = hit ? at + 1 + hit.count : at + 1;
  // An English "and" between two words lets the name go on (بورڈ آف انٹرمیڈیٹ اینڈ سیکنڈری ایجوکیشن).
  for (let most = 2; !hit && last < s.tokens.length && last - at <= most && orgWord(s, last, w); last++) {
    if (bit(s, last + 1, WORD.NAME_AND) && orgWord(s, last + 2, w)) [last, most] = [last + 1, most + 2];
  }
  if (last === at + 1) return null;
  out.push({ first, last, type: 'organisation', id: null, source: 'pattern', confidence: 0.55, acronym: null });
  return last;
}

/** Step 4f: a district's head word and one name word no table knows (ضلع کرم, बहराइच जिले) are a place. */
function districtAt(s: EntitySentence, i: number, w: LanguageWords, known: KnownNames, kb: Gazetteer | null, out: TokenMention[]): number | null {
  const before = bit(s, i, WORD.DISTRICT_BEFORE);
  if (!before && !bit(s, i, WORD.DISTRICT_AFTER)) return null;
  const k = before ? i + 1 : i - 1;
  // The name is one word with a function word, punctuation or either end of the sentence on its other side.
  const far = before ? k + 1 : k - 1;
  const bounded = far < 0 || far >= s.tokens.length || s.tokens[far].kind === 'punct' || bit(s, far, WORD.FUNCTION);
  const taken = (lastOf(out)?.last ?? 0) > k;
  const office = bit(s, k, WORD.NOT_IN_PERSON_NAME | WORD.HEAD_BEFORE | WORD.HEAD_AFTER_START | WORD.TITLE_START) || DISTRICT_OFFICES.has(s.keys[k]);
  // A town whose name is an everyday word too (ضلع کرم, ضلع قصور) is the known town after the head word, a cue (step 1).
  const ambiguousTown = before && ambiguousAt(s, k, known) !== null;
  if (taken || !bounded || office || ambiguousTown || !orgWord(s, k, w) || knownHit(s, k, kb, known)) return null;
  out.push({ first: Math.min(i, k), last: Math.max(i, k) + 1, type: 'place', id: null, source: 'pattern', confidence: 0.55, acronym: null });
  return Math.max(i, k) + 1;
}
