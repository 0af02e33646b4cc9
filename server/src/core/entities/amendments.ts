/**
 * A constitutional amendment named by its number (26ویں آئینی ترمیم, 26वां संविधान संशोधन, the 26th
 * Amendment): a document linked across scripts by the number, `#amendment@26`. Read at a number token,
 * before the other steps (numbers start none of them).
 */
import type { Lang } from '../types';
import { AMENDMENT_HEADS, ORDINAL_SUFFIXES } from '../lexicon/entities/patterns';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { nameWord } from './knownNames';
import type { EntitySentence, TokenMention } from './detect';

/** The ordinal suffixes (keys) and the amendment heads of a language. */
interface AmendmentWords {
  suffixes: ReadonlySet<string>;
  heads: Gazetteer;
}

const byLang = new Map<Lang, AmendmentWords | null>();

function amendmentWords(lang: Lang): AmendmentWords | null {
  if (!byLang.has(lang)) {
    const heads = AMENDMENT_HEADS[lang];
    byLang.set(lang, heads ? {
      suffixes: new Set((ORDINAL_SUFFIXES[lang] ?? []).map(nameWord)),
      heads: buildGazetteer(heads.map((name) => ({ id: 'amendment', type: 'document' as const, name })), nameWord),
    } : null);
  }
  return byLang.get(lang) ?? null;
}

/** An amendment by its number at token `i` (a number in digits, its ordinal suffix, the head words) as a mention; the index after it, else null. */
export function amendmentAt(s: EntitySentence, i: number, out: TokenMention[]): number | null {
  const number = s.tokens[i];
  if (number.kind !== 'number' || !/^[0-9]{1,3}$/.test(number.text)) return null;
  const words = amendmentWords(s.lang);
  if (!words || !words.suffixes.has(s.keys[i + 1] ?? '')) return null;
  const head = words.heads.lookup(s.keys, i + 2);
  if (!head) return null;
  const last = i + 2 + head.count;
  out.push({ first: i, last, type: 'document', id: null, source: 'pattern', confidence: 0.6, acronym: `#amendment@${Number(number.text)}` });
  return last;
}
