/**
 * Everyday phrases that hold a place's name and name no place (lexicon/entities/regions.ts
 * `EVERYDAY_PHRASES`): a known name found inside one is no mention.
 */
import type { EntitySentence } from './detect';
import type { KnownNames } from './knownNames';

/** The most words an everyday phrase (`EVERYDAY_PHRASES`) has before the place's name in it. */
const EVERYDAY_REACH = 2;

/** Whether words `i`..`i + count` lie in an everyday phrase (بے چین "restless", چین ردعمل "chain reaction"). */
export function everydayAround(s: EntitySentence, i: number, count: number, known: KnownNames): boolean {
  for (let k = Math.max(0, i - EVERYDAY_REACH); k <= i; k++) {
    const phrase = known.everyday.lookup(s.keys, k);
    if (phrase && k + phrase.count >= i + count) return true;
  }
  return false;
}
