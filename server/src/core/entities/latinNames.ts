/**
 * Names written in Latin letters: an acronym (EVN, UNODC) or a run of capitalised words, in English
 * text and quoted in other scripts (step 3b of detect.ts).
 */
import { CARD_WORDS, NOT_ENTITY_ACRONYMS } from '../lexicon/entities/patterns';
import { bit, endsWithHead, knownHit, type EntitySentence, type TokenMention } from './detect';
import type { Gazetteer } from './gazetteer';
import { WORD, type KnownNames, type LanguageWords } from './knownNames';

/**
 * Step 3b: Latin-script names: an acronym (EVN, UNODC), or a run of capitalised words (Qilin,
 * Cybersecurity Ventures) in Arabic-script or Devanagari text; in English text, a run of two or
 * more capitalised words that does not start the sentence ("of", "and" may join them).
 */
export function latinRun(s: EntitySentence, i: number, w: LanguageWords, known: KnownNames, out: TokenMention[]): number | null {
  const t = s.tokens[i];
  if (!t.latin || t.kind !== 'word' || !s.capitalised(i) || bit(s, i, WORD.FUNCTION)) return null;
  // Single letters (T cells), mixed-case terms (CoV, IFNs) and words glued to another script (CoVکی) are not names.
  const original = s.original(i);
  if (!NAME_SHAPE.test(original)) return i + 1;
  let end = i + 1;
  // A known name inside the run ends it, so "Guangdong Province of China" keeps China.
  const nameWordAt = (k: number): boolean => s.tokens[k]?.latin === true && s.capitalised(k) && !CALENDAR_WORDS.has(s.keys[k]) && !knownHit(s, k, null, known);
  let past = -1;
  let headOfPlace = false;
  while (end < s.tokens.length) {
    if (s.tokens[end].latin && s.tokens[end].kind === 'word' && NAME_SHAPE.test(s.original(end)) && !CALENDAR_WORDS.has(s.keys[end]) && !knownHit(s, end, null, known) && !roleInRun(s, w, end)) end++;
    // A place inside a company's name, which goes on to its head word: Coal India Ltd, Oil India Limited.
    else if (s.lang === 'en' && (past = bodyPastPlace(s, w, end, known)) > end) end = past;
    // "of" and a place after an organisation's head word go on its name: Trading Corporation of Pakistan, National Clearing Company of Pakistan Ltd.
    else if (s.lang === 'en' && s.keys[end] === 'of' && end - i >= 2 && endsWithHead(s, w, end) && (past = placeAfter(s, w, end + 1, known)) > end) [end, headOfPlace] = [past, true];
    // "and" joins two names only into an organisation's (Food and Agriculture Organization), not "App Store and Apple Music",
    // nor two bodies' each ending in its head word (Jinnah Hospital and Lady Reading Hospital); "for" no person's name (paid Benfica for Enzo Fernández).
    else if (JOINERS.has(s.keys[end]) && nameWordAt(end + 1) && (s.keys[end] !== 'and' || andJoins(s, w, i, end, nameWordAt)) && (s.keys[end] !== 'for' || !bit(s, end + 1, WORD.GIVEN_NAME))) end += 2;
    // "of the", "for the" in a name that starts with a head word: Organization of the Petroleum Exporting Countries.
    else if (bit(s, i, WORD.HEAD_BEFORE) && JOINERS.has(s.keys[end]) && s.keys[end + 1] === 'the' && nameWordAt(end + 2)) end += 3;
    else if (bracketInLaw(s, end, nameWordAt)) end += 3;
    else break;
  }
  if (hyphenated(s, end) || (i > 0 && hyphenated(s, i - 1))) return end;
  // Abbreviations that are no names stay none together (08:12 PM IST).
  if (end - i > 1 && Array.from({ length: end - i }, (_, k) => s.original(i + k)).every((word) => NOT_ENTITY_ACRONYMS.has(word))) return end;
  const english = s.lang === 'en';
  const word = end === i + 1 ? t.text.toUpperCase() : '';
  if (end === i + 1 && original === word && word.length >= 2) {
    if (NOT_ENTITY_ACRONYMS.has(word) || known.currencies.has(word) || termAbbreviation(s, i, word) || namesCard(s, i)) return end;
    if (english && dateline(s, i, word)) {
      out.push({ first: i, last: end, type: 'place', id: null, source: 'pattern', confidence: 0.55, acronym: null });
      return end;
    }
    out.push({ first: i, last: end, type: 'organisation', id: null, source: 'pattern', confidence: 0.6, acronym: `#${word}` });
    return end;
  }
  // A run that ends in an organisation's head word is an organisation (Election Commission, Sindh High Court),
  // at the start of a sentence too, where every word is capitalised.
  // So is one that starts with a head word and "of" or "for" (Ministry of Disasters, Office for the Coordination of Humanitarian
  // Affairs), after one word too (International Centre for Integrated Mountain Development, National Institute of Oceanography).
  const head = bit(s, i, WORD.HEAD_BEFORE) ? i : end - i >= 4 && bit(s, i + 1, WORD.HEAD_BEFORE) ? i + 1 : -1;
  const headFirst = english && end - i >= 3 && head >= 0 && JOINERS.has(s.keys[head + 1]);
  // Quoted in another script, a name is an organisation's when it ends in an English head word or the
  // script's own head word follows it (Cybersecurity Ventures کے مطابق, Qilin گروپ نے).
  const organisation = english
    ? end - i >= 2 && (headFirst || headOfPlace || endsWithHead(s, w, end))
    : endsWithHead(s, known.words('en'), end) || w.headsAfter.lookup(s.keys, end)?.count === 1;
  // A run ending in a place's head word is a place (Etihad Stadium, Rashid Minhas Road); one ending in a role is no name (Regional Director).
  const placeHead = english && !organisation && end - i >= 2 && bit(s, end - 1, WORD.PLACE_HEAD);
  if (english && !organisation && ROLE_ENDS.has(s.keys[end - 1])) return end;
  // A label ending in "No." before its number is no name: Case No. 45 of 2024, Writ Petition No. 1200.
  if (english && s.keys[end - 1] === 'no' && s.tokens[end]?.text === '.') return end;
  // One capitalised word is a name only before a district's word in lower case (Muzaffargarh district, Swat valley),
  // not before "province" or "village", said after a nation's adjective as often (a Chinese province, an Afghan village).
  const oneWordPlace = english && end - i === 1 && ONE_WORD_FOLLOWERS.has(s.keys[end]) && !bit(s, i, WORD.TITLE_START);
  if (english && !oneWordPlace && (end - i < 2 || (i === 0 && !organisation && !placeHead && !agedAfter(s, end)))) return end;
  // At the start of a sentence the name begins after the run's last joiner ("Based on Johns Hopkins University").
  let first = i;
  if (english && i === 0 && !headFirst && !headOfPlace && !spelledAfter(s, i, end)) {
    for (let k = end - 2; k > i; k--) {
      if (!JOINERS.has(s.keys[k])) continue;
      first = k + 1;
      break;
    }
    if (end - first < 2 && !oneWordPlace) return end;
  }
  // A name quoted after "said" is a person's (…, said Tamas Varga of PVM); one before "district" a place's.
  // The name is followed by its role or firm (", an analyst", "of PVM"); "said Goldman Sachs in a note" names a firm.
  const quoted = first > 0 && bit(s, first - 1, WORD.SPEECH_VERB) && (s.tokens[end]?.text === ',' || s.keys[end] === 'of' || end === s.tokens.length);
  // So is a name with an age between commas after it (Marcus Hale, 34, was jailed), and the founders a firm was
  // founded by (founded in 2021 by Aadit Palicha and Kaivalya Vohra).
  const person = !organisation && !placeHead && english && end - first <= 3 && (quoted || agedAfter(s, end) || foundedBy(s, first, out));
  const place = !organisation && english && (placeHead || PLACE_FOLLOWERS.has(s.keys[end]));
  // A run that ends in a document's head word is a law or a treaty (the Fiscal Responsibility Act).
  const document = !organisation && !person && !place && english && bit(s, end - 1, WORD.DOCUMENT_AFTER);
  const type = organisation ? 'organisation' : person ? 'person' : place ? 'place' : document ? 'document' : 'other';
  const last = place && !placeHead ? end + 1 : end;
  out.push({ first, last, type, id: null, source: 'pattern', confidence: type === 'other' ? 0.5 : 0.55, acronym: null });
  return last;
}

/**
 * Whether a capitalised word in brackets at `k` goes on a law's name that ends in a document's head word:
 * the Waqf (Amendment) Bill, the Criminal Laws (Amendment) Act.
 */
function bracketInLaw(s: EntitySentence, k: number, nameWordAt: (k: number) => boolean): boolean {
  if (s.tokens[k]?.text !== '(' || s.tokens[k + 2]?.text !== ')' || !nameWordAt(k + 1) || !nameWordAt(k + 3)) return false;
  let end = k + 3;
  while (nameWordAt(end + 1)) end++;
  return bit(s, end, WORD.DOCUMENT_AFTER);
}

/** Verbs of founding a firm, before "by" and its founders. */
const FOUNDED: ReadonlySet<string> = new Set(['founded', 'co-founded', 'cofounded', 'started']);

/** Whether the run at `first` follows "founded by", or "and" after a founder read so: founded by X and Y. */
function foundedBy(s: EntitySentence, first: number, out: readonly TokenMention[]): boolean {
  // Past a year between: founded in 2021 by.
  if (s.keys[first - 1] === 'by') return FOUNDED.has(s.keys[first - 2] ?? '') || (s.keys[first - 3] === 'in' && FOUNDED.has(s.keys[first - 4] ?? ''));
  const before = out[out.length - 1];
  return s.keys[first - 1] === 'and' && before?.type === 'person' && before.last === first - 1 && foundedBy(s, before.first, out.slice(0, -1));
}

/** Whether the acronym in brackets after a run spells the initials of all its words but the joiners: Oil and Gas Development Company (OGDC). */
function spelledAfter(s: EntitySentence, i: number, end: number): boolean {
  if (s.tokens[end]?.text !== '(' || s.tokens[end + 2]?.text !== ')') return false;
  let initials = '';
  for (let k = i; k < end; k++) if (!JOINERS.has(s.keys[k])) initials += s.original(k)[0];
  return initials.length >= 3 && s.original(end + 1) === initials.toUpperCase();
}

/** Whether an age stands between commas right after token `end - 1`: ", 34,". */
function agedAfter(s: EntitySentence, end: number): boolean {
  return s.tokens[end]?.text === ',' && s.tokens[end + 1]?.kind === 'number' && /^[1-9][0-9]?$/.test(s.tokens[end + 1].text) && s.tokens[end + 2]?.text === ',';
}

/** Whether "and" at `and` joins the run from `i` to the capitalised words after it into one name: a name that starts with its head word, or the rest ends in one while the words before do not already. */
function andJoins(s: EntitySentence, w: LanguageWords, i: number, and: number, nameWordAt: (k: number) => boolean): boolean {
  if (bit(s, i, WORD.HEAD_BEFORE)) return true;
  return organisationAhead(s, w, and + 1, nameWordAt) && !(and - i >= 2 && endsWithHead(s, w, and));
}

/** Whether the capitalised words from `k` end in an organisation's head word. */
function organisationAhead(s: EntitySentence, w: LanguageWords, k: number, nameWordAt: (k: number) => boolean): boolean {
  let end = k;
  while (end < s.tokens.length && nameWordAt(end)) end++;
  return end > k && endsWithHead(s, w, end);
}

/** Fewest letters of a word in capitals before a colon opening a paragraph that is a dateline's place, not an acronym (PATNA:, not CBSE:). */
const DATELINE_LETTERS = 5;

/**
 * Whether a word in capitals opening a sentence is a dateline's place, not an acronym: before a comma
 * and a capitalised word or a date (CUPERTINO, Calif. (AP); KATHMANDU, May 2 (Reuters)), where acronyms
 * are followed by words in lower case; before the agency in brackets (ATLANTA (AP) —); or, long enough, before a
 * colon as Indian papers write it (SILIGURI: The toll …) or a dash (PESHAWAR — The toll …; not "NATO - the alliance").
 */
function dateline(s: EntitySentence, i: number, word: string): boolean {
  if (i !== 0) return false;
  const next = s.tokens[1]?.text;
  if (next === ':' || DASHES.has(next ?? '')) return word.length >= DATELINE_LETTERS;
  // The agency in brackets: ATLANTA (AP) —, BEIRUT (Reuters) -.
  if (next === '(') return s.tokens[2]?.latin === true && s.capitalised(2) && s.tokens[3]?.text === ')';
  return next === ',' && s.tokens[2]?.latin === true && s.capitalised(2);
}

/** Dashes after a dateline's place (KARACHI — The city …). */
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/**
 * Whether an acronym in brackets abbreviates the words in lower case before it: a term, not a name
 * (high-speed diesel (HSD), gross domestic product (GDP)).
 */
function termAbbreviation(s: EntitySentence, i: number, word: string): boolean {
  if (s.tokens[i - 1]?.text !== '(' || s.tokens[i + 1]?.text !== ')') return false;
  let letters = '';
  for (let k = i - 2; k >= 0 && letters.length < word.length; k--) {
    const t = s.tokens[k];
    if (t.text === '-') continue;
    if (t.kind !== 'word' || !t.latin || s.capitalised(k)) return false;
    letters = t.text[0] + letters;
  }
  return letters === word.toLowerCase();
}

/** Whether the acronym at `i` names a card: right after a card word or before one (PoR card), or in brackets after a name a card word opens (کارت شهروندی افغان (ACC)). */
function namesCard(s: EntitySentence, i: number): boolean {
  const cards = CARD_WORDS[s.lang];
  if (!cards) return false;
  const card = (k: number) => k >= 0 && cards.includes(s.keys[k]);
  if (card(i - 1) || card(i + 1)) return true;
  if (s.tokens[i - 1]?.text !== '(') return false;
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) if (card(k)) return true;
  return false;
}

/** Lower-case words after an English name that make it a place's, with them (the Zenda Jan district). */
const PLACE_FOLLOWERS: ReadonlySet<string> = new Set(['district', 'province', 'county', 'village', 'valley', 'region', 'tehsil', 'governorate']);

/** The followers after which one capitalised word is a place's name. */
const ONE_WORD_FOLLOWERS: ReadonlySet<string> = new Set(['district', 'tehsil', 'county', 'valley']);

/** Capitalised words of the calendar that end an English name ("The House on Friday passed"). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'july', 'september', 'october', 'november', 'december']);

/** Last words of titles that, inside a capitalised run, end it: a role held by the name after it. */
const ROLE_ENDS: ReadonlySet<string> = new Set(['minister', 'mp', 'mla', 'mna', 'mpa', 'senator', 'governor', 'president', 'chairman', 'chairwoman', 'spokesman', 'spokesperson', 'spokeswoman', 'mayor', 'ceo', 'justice', 'judge', 'envoy', 'ambassador', 'leader', 'speaker', 'chief', 'secretary', 'chancellor', 'premier', 'director', 'commissioner', 'rep', 'rep.', 'sen', 'sen.', 'representative', 'congressman', 'congresswoman', 'lawmaker']);

/**
 * Whether a title at `k` inside a capitalised run is a role held by the name after it (Congress MP
 * Mohammad Jawed, Reserve Bank Governor Sanjay Malhotra): the run ends there and the title step
 * reads the name. Title words inside names (Public Health England, General Practitioners) do not,
 * nor a title before an organisation's head word (the Indian Premier League).
 */
function roleInRun(s: EntitySentence, w: LanguageWords, k: number): boolean {
  const title = bit(s, k, WORD.TITLE_START) ? w.titles.lookup(s.keys, k) : null;
  if (!title || !ROLE_ENDS.has(s.keys[k + title.count - 1])) return false;
  const next = k + title.count;
  return s.tokens[next]?.latin === true && NAME_SHAPE.test(s.original(next)) && w.headsAfter.lookup(s.keys, next)?.count !== 1;
}

/** The end of a known place at `k` and of a company's name going on past it to its head word (Pakistan Ltd), else -1. */
function placeAfter(s: EntitySentence, w: LanguageWords, k: number, known: KnownNames): number {
  const hit = knownHit(s, k, null, known);
  return hit?.type === 'place' ? Math.max(k + hit.count, bodyPastPlace(s, w, k, known)) : -1;
}

/**
 * The end of a company's name in capitals that goes on past a known place at `k` to its head word
 * (Coal India Ltd, Oil India Limited: not Guangdong Province of China, which ends at the place), else -1.
 */
function bodyPastPlace(s: EntitySentence, w: LanguageWords, k: number, known: KnownNames): number {
  const hit = knownHit(s, k, null, known);
  if (!hit || hit.type !== 'place') return -1;
  let m = k + hit.count;
  while (m < s.tokens.length && s.tokens[m].latin && s.tokens[m].kind === 'word' && NAME_SHAPE.test(s.original(m)) && !knownHit(s, m, null, known)) m++;
  return m > k + hit.count && endsWithHead(s, w, m) ? m : -1;
}

/** Whether the token at `k` is a hyphen glued to the word before it. */
const hyphenated = (s: EntitySentence, k: number): boolean => (s.tokens[k]?.text === '-' && s.tokens[k].glued) || false;

const JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', 'the', 'de', 'al', '&']);
/** A Latin name word: Capitalised (Qilin), CamelCase (WannaCry, not CoV) or in capitals (EVN); two letters or more, Latin only. */
const NAME_SHAPE = /^(?:\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}]+)*|\p{Lu}{2,})$/u;

/** Whether the word at `k` goes on a name in capitalised Latin letters: no title, known name or function word. */
export function opensLatinName(s: EntitySentence, k: number, kb: Gazetteer | null, known: KnownNames): boolean {
  return s.tokens[k]?.latin === true && s.capitalised(k) && !bit(s, k, WORD.TITLE_START | WORD.FUNCTION) && !knownHit(s, k, kb, known);
}

/** An organisation's or a facility's name in capitalised Latin words starting at `k` (Medical Association, International Airport, University) and known to no table, else null. */
export function bodyRunAt(s: EntitySentence, k: number, w: LanguageWords, known: KnownNames): TokenMention | null {
  if (s.tokens[k]?.latin !== true || !s.capitalised(k)) return null;
  const found: TokenMention[] = [];
  latinRun(s, k, w, known, found);
  // A head word alone goes with the place too (Delhi University, Karachi Police), unless more of a name than a title follows it.
  const more = s.tokens[k + 1]?.latin === true && s.capitalised(k + 1) && !bit(s, k + 1, WORD.TITLE_START);
  if (found.length === 0 && endsWithHead(s, w, k + 1) && !more) {
    return { first: k, last: k + 1, type: 'organisation', id: null, source: 'pattern', confidence: 0.6, acronym: null };
  }
  const [m] = found;
  return found.length === 1 && (m.type === 'organisation' || m.type === 'place') && m.first === k && m.source === 'pattern' && m.acronym === null ? m : null;
}
