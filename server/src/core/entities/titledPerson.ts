/**
 * Step 2 of detect.ts: a title or role (one or more: نائب وزیر خارجہ, निदेशक श्री), the person's name
 * after it, the place the role is of (وزیر اعلیٰ سندھ), and a body the title names within it
 * (سخنگوی وزارت امور خارجه).
 */
import type { Gazetteer } from './gazetteer';
import { adjectiveAt } from './demonyms';
import { WORD, type KnownNames, type LanguageWords } from './knownNames';
import { ADJECTIVE_BITS, MAX_NAME_WORDS, bit, isComma, isCount, knownHit, latinCaseFits, nameLike, namesBody, type EntitySentence, type TokenMention } from './detect';
import { initialsEnd, surnameLike } from './persons';

/** Step 2: titles (one or more, "نائب وزیر خارجہ", "निदेशक श्री") and the person's name after them. */
export function titledPerson(s: EntitySentence, i: number, w: LanguageWords, known: KnownNames, kb: Gazetteer | null, out: TokenMention[]): number | null {
  if (!bit(s, i, WORD.TITLE_START)) return null;
  // A title after a count is what it counts (14 डॉक्टर घायल हुए, پانچ ڈاکٹر): no person's name follows.
  if (!s.tokens[i].latin && isCount(s, i - 1)) return null;
  let j = i;
  let lastTitle = '';
  for (;;) {
    for (let t = w.titles.lookup(s.keys, j); t; t = w.titles.lookup(s.keys, j)) {
      lastTitle = s.keys.slice(j, j + t.count).join(' ');
      j += t.count;
      if (s.tokens[j]?.kind === 'punct' && s.tokens[j].text === '.' && s.tokens[j].glued) j++; // Dr. Mr.
    }
    // One word between two titles is part of the role: ایس ایس پی ایسٹ ڈاکٹر فرخ رضا (the SSP East).
    const next = j > i && nameLike(s, j, w) && bit(s, j + 1, WORD.TITLE_START) ? w.titles.lookup(s.keys, j + 1) : null;
    if (next && nameLike(s, j + 1 + next.count, w) && !knownHit(s, j + 1 + next.count, kb, known)) j++;
    else break;
  }
  if (j === i) return null;
  // A portfolio written after the title is part of the role (صوبائی وزیر ٹرانسپورٹ بلال اکبر خان); the head
  // of an organisation's name is not (رئیس مجلس نمایندگان: the head of a body, named after it).
  // Without a name after them, the words after the title are read again (مدیرکل سازمان جهانی بهداشت).
  const titleEnd = j;
  const inTitle = bodyInTitle(s, i, titleEnd, kb, known);
  while (j - titleEnd < 2 && bit(s, j, WORD.NOT_IN_PERSON_NAME) && !bit(s, j, WORD.FUNCTION | WORD.HEAD_BEFORE) && !knownHit(s, j, kb, known)) j++;
  // So is the place the role is of, when a name follows it (ڈی پی او بنوں ضیاء الدین احمد, وزیر اعلیٰ سندھ سید مراد علی شاہ).
  const place = jurisdictionAt(s, j, w, known, kb);
  if (place) j += place.last - place.first;
  // The name may stand between commas after the title: "وزیر دارایی، اسحاق دار، گفت", "The Finance Minister, Ishaq Dar, said".
  const apposed = isComma(s, j);
  const from = apposed ? j + 1 : j;
  // Initials with their points open the name (इसरो अध्यक्ष वी. नारायणन); they count as no name word.
  let end = initialsEnd(s, from);
  let points = end - from;
  // An everyday word that is also a given name opens the name right after a title before a given name (تجزیہ کار عمر علی خان: عمر "age").
  const opener = (k: number) => k === from && bit(s, k, WORD.GENERIC) && !bit(s, k, WORD.FUNCTION) && !s.tokens[k].latin && bit(s, k + 1, WORD.GIVEN_NAME);
  while (end < s.tokens.length && end - from - points < MAX_NAME_WORDS && (nameLike(s, end, w) || opener(end)) && !bit(s, end, WORD.NOT_IN_PERSON_NAME | WORD.LIGHT_VERB)) {
    // A known name right after the title is someone else (رئیس جمهور روسیه); later in the name a
    // single known word is part of it (چین in فام مین چین, Bloomberg in Michael Bloomberg).
    // So is a country's adjective right after it: the role's nationality (سرمربی کروات, the Croatian coach).
    const hit = knownHit(s, end, kb, known) ?? (end === from ? adjectiveAt(s, end, known.adjectives, ADJECTIVE_BITS) : null);
    if (hit && (end === from || !surnameLike(s, end, hit))) break;
    end++;
    // An initial keeps its point: R. Ashoka, D.Y. Chandrachud.
    if (s.tokens[end - 1].latin && s.tokens[end - 1].text.length === 1 && s.tokens[end]?.text === '.' && s.tokens[end].glued && s.tokens[end + 1]?.latin) [end, points] = [end + 1, points + 1];
  }
  // One word after the title of an office over a place, and no given name, is the place: فرماندار کاشمر,
  // also before a verb of saying (فرماندار کاشمر گفت), which is no light verb's noun there.
  const officeOneWord = !apposed && end === from + 1 && w.placeTitles.has(lastTitle) && !bit(s, from, WORD.GIVEN_NAME);
  const office = officeOneWord && bit(s, end, WORD.SPEECH_VERB);
  // Words before a programme's word name the programme the office gives its name to (मुख्यमंत्री आयुष्मान आरोग्य योजना).
  const body = !office && end > from && (namesBody(s, w, end) || s.keys.slice(from + 1, end + 1).some((k) => w.schemes.has(k)));
  // A capitalised title that starts a body's name is part of it: the run is read again as a name (Premier League).
  if (body && !apposed && s.tokens[i].latin) return null;
  if (inTitle) out.push(inTitle);
  if (!office && (end === from || (end === from + 1 && bit(s, end, WORD.LIGHT_VERB)) || (apposed && !isComma(s, end)) || body)) return titleEnd;
  if (place) out.push(place);
  if (officeOneWord) {
    out.push({ first: from, last: end, type: 'place', id: null, source: 'pattern', confidence: 0.55, acronym: null });
    return end;
  }
  out.push({ first: from, last: end, type: 'person', id: null, source: 'pattern', confidence: end - from > 1 ? 0.75 : 0.6, acronym: null });
  return end;
}

/** A body a title names within it, from its head word to the title's end (سخنگوی وزارت امور خارجه: the ministry's spokesman). */
function bodyInTitle(s: EntitySentence, i: number, titleEnd: number, kb: Gazetteer | null, known: KnownNames): TokenMention | null {
  for (let k = i + 1; k < titleEnd; k++) {
    if (!bit(s, k, WORD.HEAD_BEFORE) || bit(s, k, WORD.PLACE_BEFORE)) continue;
    // A longer known name running past the title (وزارت امور خارجه ایران after سخنگوی) leaves the title's words to be read alone.
    let hit = knownHit(s, k, kb, known);
    if (hit && k + hit.count > titleEnd) hit = knownHit(s, k, kb, known, s.keys.slice(0, titleEnd));
    if (hit && k + hit.count <= titleEnd) return { first: k, last: k + hit.count, type: hit.type, id: hit.id, source: hit.source, confidence: 0.9, acronym: null };
    return { first: k, last: titleEnd, type: 'organisation', id: null, source: 'pattern', confidence: 0.55, acronym: null };
  }
  return null;
}

/**
 * A known place at `j` right after a title with a name word after it: the place the role is of, as its mention; or
 * its country's adjective, the role's nationality (سرمربی آلمانی یواخیم لوو).
 */
function jurisdictionAt(s: EntitySentence, j: number, w: LanguageWords, known: KnownNames, kb: Gazetteer | null): TokenMention | null {
  const named = knownHit(s, j, kb, known);
  const adjective = named ? null : adjectiveAt(s, j, known.adjectives, ADJECTIVE_BITS);
  const hit = named ?? (adjective && { ...adjective, source: 'builtin' as const });
  if (!hit || hit.type !== 'place' || !latinCaseFits(s, j, hit.count, known)) return null;
  const next = j + hit.count;
  if (!nameLike(s, next, w) || bit(s, next, WORD.NOT_IN_PERSON_NAME | WORD.LIGHT_VERB | WORD.TITLE_START) || knownHit(s, next, kb, known)) return null;
  return { first: j, last: next, type: hit.type, id: hit.id, source: hit.source, confidence: hit.source === 'kb' ? 0.95 : adjective ? 0.8 : 0.9, acronym: null, ...(adjective ? { adjective: true } : {}) };
}
