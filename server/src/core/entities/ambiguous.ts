/**
 * Region names that are everyday words too (Urdu شام "evening" and Syria, مالی "financial" and
 * Mali; lexicon/entities/regions.ts `AMBIGUOUS_REGION_NAMES`): such a name is a place after a cue
 * word (ملک شام, the country of) or listed with other places (شام، وینزویلا اور ایران; Chad, Niger and Mali).
 */
import type { EntitySentence, TokenMention } from './detect';
import { bit, isComma, knownHit } from './detect';
import { WORD, nameWord, type KnownNames } from './knownNames';

/** Words that join the items of a list in each language (and, و, اور, और, तथा). */
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'و', 'اور', 'और', 'तथा', 'एवं'].map(nameWord));

const joins = (s: EntitySentence, k: number): boolean => isComma(s, k) || LIST_JOINS.has(s.keys[k]);

/** Whether the ambiguous name at `i`..`i + count` is a place: a cue word before it, or a place listed beside it. */
export function ambiguousIsPlace(s: EntitySentence, i: number, count: number, known: KnownNames, out: readonly TokenMention[]): boolean {
  if (i > 0 && bit(s, i - 1, WORD.REGION_CUE)) return true;
  const previous = out[out.length - 1];
  if (previous?.type === 'place' && previous.last === i - 1 && joins(s, i - 1)) return true;
  return joins(s, i + count) && knownHit(s, i + count + 1, null, known)?.type === 'place';
}
