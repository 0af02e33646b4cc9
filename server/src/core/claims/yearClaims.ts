/**
 * Years that are the fact a sentence tells, not when its figures hold: the year a ship was built
 * ("built in 2004", "در سال ۲۰۰۶ ساخته شده"), a campaign began ("began its deportation campaign in
 * 2023", "مہم 2024 میں شروع کی") or a body was founded. Translations that swap such a year disagree,
 * so it is a claim of its own (`year|build`, `year|start`, `year|found`), with no time. The words
 * are the `year:` entries of the languages' qualifier tables.
 */
import { figureLexicon } from '../lexicon/figureLexicon';
import type { Claim, Lang } from '../types';
import { isDateline, startsSpan } from './claimTime';
import { markerBetween } from '../lexicon/phrases';
import type { SentenceFigure } from './extract';
import { findEvents, type PredicateAt } from './predicates';

/** Qualifier ids that make a year beside them a claim (see the module comment). */
const YEAR_EVENT = 'year:';

/** Most tokens between a year and its event word ("began its own deportation campaign in 2023"). */
const YEAR_REACH = 6;

/** The year claims of one sentence, by its qualifier words (see predicates.ts `findQualifiers`; `sentenceEvents`: the events it names, when the caller has found them). */
export function yearClaims(words: readonly string[], lang: Lang, figures: readonly SentenceFigure[], qualifiers: readonly PredicateAt[], sentenceEvents?: readonly string[]): Claim[] {
  if (!figures.some((f) => f.figure.kind === 'year')) return [];
  const found = qualifiers.filter((q) => q.id.startsWith(YEAR_EVENT));
  if (found.length === 0) return [];
  const lex = figureLexicon(lang);
  const claims: Claim[] = [];
  for (const f of figures) {
    if (f.figure.kind !== 'year' || isDateline(words, f) || startsSpan(words, lex, f)) continue;
    let best: { id: string; gap: number } | null = null;
    for (const q of found) {
      const [from, to] = q.index > f.last ? [f.last, q.index] : [q.last, f.first];
      const gap = to - from;
      // Another figure or a clause break between them makes the word another figure's.
      if (gap > YEAR_REACH || figures.some((g) => g !== f && g.first > from && g.first < to) || markerBetween(words, lex.clauseBreaks, from, to)) continue;
      if (!best || gap < best.gap) best = { id: q.id.slice(YEAR_EVENT.length), gap };
    }
    if (!best) continue;
    claims.push({ figure: f.index, key: `year|${best.id}`, concept: 'year', predicate: best.id, time: null, events: sentenceEvents ?? findEvents(words, lang) });
  }
  return claims;
}
