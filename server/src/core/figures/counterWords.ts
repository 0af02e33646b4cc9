/**
 * A unit word that also counts people, as a counter word: Persian and Dari تن is a tonne and a
 * person (۵۰ تن کشته شدند, ۱۲ تن از معترضان; not ۳ میلیون تن گندم). See `unitCountsPeople`.
 */
import type { FigureLexicon } from '../lexicon/figureLexicon';
import { PEOPLE } from '../lexicon/claimWords';
import type { WordView } from './context';
import { countedBefore } from './counted';
import { scaleWordValue } from './numberGrammar';

/**
 * Whether the unit word at `k` counts people, as a counter word (تن "tonne" and "person"): before a
 * word of its table (۵۰ تن کشته شدند), before "of" and a concept of people (۱۲ تن از معترضان,
 * پنج تن از اعضای خانواده; not ۳ میلیون تن از گندم), or before a function word in a clause that
 * ends in a content word of its table (۱۸ تن در رویداد ترافیکی جان باختند, as Dari news writes).
 */
export function unitCountsPeople(view: WordView, k: number): boolean {
  const { words, lex } = view;
  const after = lex.counterUnits.get(words[k]);
  if (!after) return false;
  if (after.has(words[k + 1])) return true;
  const of = lex.partOfWhole.match(words, k + 1);
  if (of) {
    // Past a pointer back (۴۰۰ تن از این مهاجران), a concept, a pronoun of people or a plural only people take.
    const at = k + 1 + of.count + (lex.anaphoricBefore.match(words, k + 1 + of.count)?.count ?? 0);
    const noun = lex.concepts.match(words, at);
    if (noun !== null) return PEOPLE.has(noun.value);
    if (namesPeople(lex, words[at])) return true;
  }
  if (!lex.functionWords.has(words[k + 1])) return false;
  // The number's noun is named before it as people: شمار مهاجران افغان در ایران حدود ۲ میلیون تن است.
  if (peopleNamedBefore(view, k)) return true;
  // The clause goes on to the next number or mark: "۳ میلیون تن در سال" names no casualty there; past a number
  // of the same counter word coordinated with this one, which shares its verb (۴۸ هزار تن از هرات و ۱۲ هزار تن از تورخم بازگشته‌اند).
  for (let j = k + 2, seen = 0, verb = false; j < words.length && seen < COUNTER_CLAUSE_REACH && !CLAUSE_MARKS.has(words[j]); j++, seen++) {
    if (/[0-9]/.test(words[j])) {
      // Not past a verb of this clause: "۳ میلیون تن تولید کرد و ۴۰ تن کشته شدند".
      const next = verb ? -1 : coordinatedCounter(view, j, words[k]);
      if (next < 0) return false;
      j = next;
      seen = -1;
      continue;
    }
    verb ||= lex.clauseVerbs.has(words[j]);
    // A function word of the table ends the clause only as its verb: ۳ هزار تن از طریق گذرگاه اسلام‌قلعه وارد شدند.
    if (after.has(words[j]) && (!lex.functionWords.has(words[j]) || lex.clauseVerbs.has(words[j]))) return true;
  }
  return false;
}

/** Whether a word after "of" names people though no concept does: a pronoun of people or a plural only people take (بازگشت‌کنندگان). */
function namesPeople(lex: FigureLexicon, word: string | undefined): boolean {
  const { words, endings } = lex.peopleAfterOf;
  return word !== undefined && (words.has(word) || endings.some((end) => word.length > end.length + 2 && word.endsWith(end)));
}

/** Whether "the number of" people stands before the number whose counter word is at `k` (شمار مهاجران … ۲ میلیون تن). */
function peopleNamedBefore(view: WordView, k: number): boolean {
  let first = k - 1;
  while (first > 0 && inNumber(view, first - 1)) first--;
  const named = countedBefore(view, first, { isWord: (i) => /\p{L}/u.test(view.words[i] ?? '') }, false);
  return named !== null && PEOPLE.has(named.counted);
}

/** The token of `counter` after the number at `j` (its digits, scale words and "and"), or -1: ۱۲ هزار و ۶۰۰ تن. */
function coordinatedCounter(view: WordView, j: number, counter: string): number {
  let k = j;
  while (k < view.words.length && k < j + 6 && inNumber(view, k)) k++;
  return view.words[k] === counter ? k : -1;
}

/** Whether the word at `k` may be part of a number with its counter word: digits, a scale word or "and" (۱۲ هزار و ۶۰۰). */
function inNumber(view: WordView, k: number): boolean {
  const w = view.words[k];
  return /[0-9]/.test(w) || view.lex.dayJoiners.has(w) || scaleWordValue(w, view.lex.lang) !== null;
}

/** Most words between a counter word and the word of its table that ends its clause (۱۸ تن در رویداد ترافیکی شاهراه کابل جان باختند;
 * ۳۲ هزار تن از طریق گذرگاه اسلام‌قلعه در ولایت هرات وارد کشور شدند). */
const COUNTER_CLAUSE_REACH = 11;
/** Marks that end a clause. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', '،', '.', '؛', ';', ':', '!', '?', '؟', '۔']);
