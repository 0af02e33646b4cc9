/**
 * Region names that are everyday words too (Urdu شام "evening" and Syria, مالی "financial" and
 * Mali; lexicon/entities/regions.ts `AMBIGUOUS_REGION_NAMES`): such a name is a place after a cue
 * word (ملک شام, the country of) or listed with other places (شام، وینزویلا اور ایران; Chad, Niger and Mali).
 */
import type { EntitySentence, TokenMention } from './detect';
import { bit, isComma, knownHit } from './detect';
import { WORD, nameWord, type KnownNames } from './knownNames';
import type { GazetteerHit } from './gazetteer';

/** Words that join the items of a list in each language (and, و, اور, और, तथा). */
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'و', 'اور', 'और', 'तथा', 'एवं'].map(nameWord));

const joins = (s: EntitySentence, k: number): boolean => isComma(s, k) || LIST_JOINS.has(s.keys[k]);

/** Whether the ambiguous name at `i`..`i + count` is a place: a cue word before it or a district's head word after it (गया जिले), or a place listed beside it. */
export function ambiguousIsPlace(s: EntitySentence, i: number, count: number, known: KnownNames, out: readonly TokenMention[]): boolean {
  if ((i > 0 && bit(s, i - 1, WORD.REGION_CUE)) || bit(s, i + count, WORD.DISTRICT_AFTER)) return true;
  const previous = out[out.length - 1];
  if (previous?.type === 'place' && previous.last === i - 1 && joins(s, i - 1)) return true;
  return joins(s, i + count) && placeAhead(s, i + count + 1, known, LIST_REACH);
}

/** How many ambiguous names in a row a list may hold before the place that settles them (روم، میلان اور پیرس). */
const LIST_REACH = 3;

/** The ambiguous name (see `AMBIGUOUS_REGION_NAMES`) starting at `k`, or null. */
export function ambiguousAt(s: EntitySentence, k: number, known: KnownNames): GazetteerHit | null {
  return bit(s, k, WORD.AMBIGUOUS_START) ? known.ambiguous.lookup(s.keys, k) : null;
}

/** Whether a place starts at `k`: a known one, or an ambiguous one listed before a place. */
function placeAhead(s: EntitySentence, k: number, known: KnownNames, reach: number): boolean {
  if (knownHit(s, k, null, known)?.type === 'place') return true;
  const ambiguous = reach > 0 ? ambiguousAt(s, k, known) : null;
  return ambiguous !== null && joins(s, k + ambiguous.count) && placeAhead(s, k + ambiguous.count + 1, known, reach - 1);
}
