/**
 * Person cues that need no title before the name: a title in apposition after it (step 5 of
 * detect.ts) and a given name that starts it (step 2b). Scripts without capitals cannot tell a
 * name from other words, so each cue asks for evidence: a comma that closes the apposition, or a
 * given name from lexicon/entities/givenNames.ts followed by one or two more name words.
 */
import { SURNAME_HEADS } from '../lexicon/entities/patterns';
import type { Gazetteer } from './gazetteer';
import { WORD, type KnownNames, type LanguageWords } from './knownNames';
import { bit, isComma, knownHit, MAX_NAME_WORDS, nameLike, namesBody, type EntitySentence, type TokenMention } from './detect';

/**
 * Step 2b: a given name and one or two more name words after it (عمران خان نے کہا, राहुल गांधी ने,
 * علی لاریجانی گفت, Imran Khan said): a person. A given name alone is no mention (علی can be a
 * word; a lone name is found again as a repeat once the full name was).
 */
export function givenNamePerson(s: EntitySentence, i: number, w: LanguageWords, known: KnownNames, kb: Gazetteer | null, out: TokenMention[]): number | null {
  if (!bit(s, i, WORD.GIVEN_NAME) || !nameLike(s, i, w) || bit(s, i, WORD.NOT_IN_PERSON_NAME)) return null;
  let end = i + 1;
  while (end < s.tokens.length && end - i < MAX_NAME_WORDS - 1 && personWord(s, end, w, known, kb)) end++;
  // A name that ends in an organisation's or a place's head word names that (Asif Textile Group, Rashid Minhas Road).
  if (end - i < 2 || (namesBody(s, w, end) && !(end - i === 2 && SURNAME_HEADS.has(s.keys[end - 1])))) return null;
  out.push({ first: i, last: end, type: 'person', id: null, source: 'pattern', confidence: 0.65, acronym: null });
  return end;
}

/** The index after the initials and their points starting at `i` (वी. नारायणन, एम.के. स्टालिन: two tokens each), or `i` when none start there. */
export function initialsEnd(s: EntitySentence, i: number): number {
  let k = i;
  while (bit(s, k, WORD.INITIAL) && s.tokens[k + 1]?.text === '.' && s.tokens[k + 1].glued && s.tokens[k + 2]?.kind === 'word') k += 2;
  return k;
}

/**
 * Step 2c: initials with their points and one to three name words after them (एस. जयशंकर ने,
 * जे.पी. नड्डा ने कहा): a person. Initials written with points open nothing else.
 */
export function initialsPerson(s: EntitySentence, i: number, w: LanguageWords, known: KnownNames, kb: Gazetteer | null, out: TokenMention[]): number | null {
  const from = initialsEnd(s, i);
  if (from === i) return null;
  let end = from;
  while (end < s.tokens.length && end - from < MAX_NAME_WORDS - 1 && personWord(s, end, w, known, kb)) end++;
  if (end === from || namesBody(s, w, end)) return null;
  out.push({ first: i, last: end, type: 'person', id: null, source: 'pattern', confidence: 0.7, acronym: null });
  return end;
}

/** Whether the word at `k` may continue a person's name found by these cues: a name word, not a role, a title, a light verb or a known name other than a surname. */
function personWord(s: EntitySentence, k: number, w: LanguageWords, known: KnownNames, kb: Gazetteer | null): boolean {
  if (!nameLike(s, k, w) || bit(s, k, WORD.NOT_IN_PERSON_NAME | WORD.LIGHT_VERB | WORD.TITLE_START)) return false;
  const hit = knownHit(s, k, kb, known);
  return !hit || (hit.type === 'organisation' && surnameLike(s, k, hit));
}

/**
 * Whether a known name of one word inside a person's name is part of it: a place (چین in فام مین چین)
 * or a company or outlet named after a family, not an acronym (Michael Bloomberg, Steve Forbes).
 */
export function surnameLike(s: EntitySentence, k: number, hit: { count: number; type: string }): boolean {
  if (hit.count !== 1) return false;
  if (hit.type === 'place') return true;
  const word = s.original(k);
  return hit.type === 'organisation' && !(s.tokens[k].latin && word === word.toUpperCase());
}

/** Most words between the comma after a name and the title of its apposition ("the UN", "Britain's"). */
const MAX_TITLE_LEAD = 3;
/** Most words of an apposition after its title ("ایران", "of the IMF", "مرکز امور اتباع و مهاجرین خارجی وزارت کشور") before the comma that closes it. */
const MAX_TITLE_TAIL = 8;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Step 5: a name with its title in apposition after it: "مسعود پزشکیان، رئیس‌جمهور ایران، گفت",
 * "Antonio Guterres, the UN Secretary-General, said". A capitalised run found as a name of unknown
 * type becomes a person; in scripts without capitals the words before the comma (two or three, from
 * a boundary: the sentence start, punctuation, a function word or another name) are taken only when
 * a comma closes the apposition.
 */
export function apposedPersons(s: EntitySentence, w: LanguageWords, known: KnownNames, kb: Gazetteer | null, out: TokenMention[]): TokenMention[] {
  const added: TokenMention[] = [];
  // The loop only finds commas: what it does at one is a function of its own, so no token of the loop pays for its closures.
  for (let k = 1; k < s.tokens.length; k++) {
    if (!isComma(s, k)) continue;
    const person = apposedAt(s, w, known, kb, out, k);
    if (person) added.push(person);
  }
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.first - b.first);
}

/** The person named before the comma at `k` that opens an apposition with a title, when none is found there yet (one found by patterns becomes a person). */
function apposedAt(s: EntitySentence, w: LanguageWords, known: KnownNames, kb: Gazetteer | null, out: TokenMention[], k: number): TokenMention | null {
  const closed = appositionEnd(s, w, k);
  if (closed === null) return null;
  const before = out.find((m) => m.last === k);
  if (before) {
    if (before.type === 'other' && before.source === 'pattern' && before.acronym === null) Object.assign(before, { type: 'person', confidence: 0.7 });
    return null;
  }
  let first = k;
  while (first > 0 && k - first < MAX_NAME_WORDS - 1 && personWord(s, first - 1, w, known, kb)) first--;
  const latin = s.tokens[k - 1].latin;
  const boundary = first === 0 || s.tokens[first - 1].kind === 'punct' || bit(s, first - 1, WORD.FUNCTION) || out.some((m) => m.last === first);
  if (!boundary || k - first < (latin ? 1 : 2) || (latin ? first === 0 && k - first < 2 : !closed)) return null;
  if (out.some((m) => m.first < k && m.last > first)) return null;
  return { first, last: k, type: 'person', id: null, source: 'pattern', confidence: 0.6, acronym: null };
}

/**
 * Whether the comma at `k` opens an apposition that is a title (a few words, the title, a few
 * words): null when not; true when a comma closes it; false when the sentence ends it.
 */
function appositionEnd(s: EntitySentence, w: LanguageWords, k: number): boolean | null {
  let j = k + 1;
  while (j - k <= MAX_TITLE_LEAD && s.tokens[j]?.kind === 'word' && !bit(s, j, WORD.TITLE_START)) j++;
  const title = bit(s, j, WORD.TITLE_START) ? w.titles.lookup(s.keys, j) : null;
  if (!title || (j > k + 1 && !ARTICLES.has(s.keys[k + 1]) && s.tokens[k + 1].latin)) return null;
  let end = j + title.count;
  while (end - (j + title.count) < MAX_TITLE_TAIL && s.tokens[end]?.kind === 'word') end++;
  if (isComma(s, end)) return true;
  return end >= s.tokens.length || s.tokens[end].kind === 'punct' ? false : null;
}

