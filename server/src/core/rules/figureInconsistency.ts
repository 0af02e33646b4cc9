/**
 * `concord.figure-inconsistency`: one document states the same claim twice with different figures
 * (about 70 countries signed … 40 countries signed). Incompatible figures are a warning; compatible
 * but different ones are information. Links point at the other statement in the same document.
 */
import { compareFigures, sameTime, statementOf } from '../claims/compare';
import { describeValue } from '../features/describeFigure';
import { isolate } from '../text/bidi';
import type { Claim, Finding, RelatedLocation, Span } from '../types';
import type { DocumentRule } from './rule';
import { claimsByKeyOf } from '../index/claimIndex';

/** Document key used in related locations for "this document". */
export const THIS_DOCUMENT = '';

/** Most statements linked from one finding, and most values named in its message. */
const MAX_SHOWN = 5;

/** The sentence all these offsets are in, or -1 when they are in several (sentences in text order). */
function soleSentence(sentences: readonly Span[], offsets: readonly number[]): number {
  const first = sentenceAt(sentences, offsets[0]);
  return offsets.every((o) => sentenceAt(sentences, o) === first) ? first : -1;
}

/** Index of the last sentence starting at or before `at`. */
function sentenceAt(sentences: readonly Span[], at: number): number {
  let [lo, hi] = [0, sentences.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The rule. */
export const figureInconsistency: DocumentRule = {
  id: 'concord.figure-inconsistency',
  defaultSeverity: 'warning',
  description: 'One document states the same claim with different figures.',
  check(facts, _text, options, severity) {
    const findings: Finding[] = [];
    for (const claims of claimsByKeyOf(facts).values()) {
      if (claims.length < 2) continue;
      // A key's claims by what they state: each pair of statements is compared once, however often
      // a long document repeats them.
      const statements = new Map<string, Claim[]>();
      const groupOf = new Map<Claim, Claim[]>();
      for (const c of claims) {
        const statement = statementOf(c, facts.figures[c.figure]);
        let same = statements.get(statement);
        if (!same) statements.set(statement, (same = []));
        same.push(c);
        groupOf.set(c, same);
      }
      if (statements.size < 2) continue;
      const groups = [...statements.values()];
      // Two figures of one sentence are two facts ("a $3 billion loan, a first tranche of $1.2 billion"):
      // statements made only in one same sentence are not compared.
      const sole = new Map(groups.map((g) => [g, soleSentence(facts.sentences, g.map((c) => facts.figures[c.figure].start))]));
      for (const group of groups) {
        const mine = facts.figures[group[0].figure];
        const others: { claims: Claim[]; agreement: string }[] = [];
        for (const other of groups) {
          if (other === group || !sameTime(other[0], group[0])) continue;
          if (sole.get(group)! >= 0 && sole.get(group) === sole.get(other)) continue;
          const agreement = compareFigures(mine, facts.figures[other[0].figure], options);
          if (agreement === 'conflict' || agreement === 'compatible') others.push({ claims: other, agreement });
        }
        if (others.length === 0) continue;
        const conflict = others.some((o) => o.agreement === 'conflict');
        const values = others.slice(0, MAX_SHOWN).map((o) => isolate(describeValue(facts.figures[o.claims[0].figure])));
        const rest = others.length - values.length;
        const moreValues = rest > 0 ? ` and ${rest} more value${rest === 1 ? '' : 's'}` : '';
        // Links to the first differing statements in text order (claims are in text order).
        const differing = new Set(others.map((o) => o.claims));
        const related: RelatedLocation[] = [];
        for (const c of claims) {
          if (related.length === MAX_SHOWN) break;
          if (!differing.has(groupOf.get(c)!)) continue;
          const figure = facts.figures[c.figure];
          related.push({ doc: THIS_DOCUMENT, start: figure.start, end: figure.end, message: isolate(describeValue(figure)) });
        }
        const claim = group[0];
        const message =
          `${isolate(describeValue(mine))} (${claim.concept}, ${claim.predicate}) ${conflict ? 'contradicts' : 'differs from'} ` +
          `${values.join(', ')}${moreValues} elsewhere in this document.`;
        for (const c of group) {
          const figure = facts.figures[c.figure];
          findings.push({ start: figure.start, end: figure.end, code: figureInconsistency.id, severity: conflict ? severity : 'information', message, related, fixes: [] });
        }
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
