/**
 * `concord.figure-inconsistency`: one document states the same claim twice with different figures
 * (about 70 countries signed … 40 countries signed). Incompatible figures are a warning; compatible
 * but different ones are information. Links point at the other statement in the same document.
 */
import { compareFigures } from '../claims/compare';
import { describeValue } from '../features/describeFigure';
import { isolate } from '../text/bidi';
import type { Claim, Finding } from '../types';
import type { DocumentRule } from './rule';
import { sameTime } from './figureConflict';

/** Document key used in related locations for "this document". */
export const THIS_DOCUMENT = '';

/** The rule. */
export const figureInconsistency: DocumentRule = {
  id: 'concord.figure-inconsistency',
  defaultSeverity: 'warning',
  description: 'One document states the same claim with different figures.',
  check(facts, _text, options, severity) {
    const byKey = new Map<string, Claim[]>();
    for (const c of facts.claims) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
    const findings: Finding[] = [];
    for (const claims of byKey.values()) {
      if (claims.length < 2) continue;
      for (const claim of claims) {
        const mine = facts.figures[claim.figure];
        const others = claims
          .filter((c) => c !== claim && sameTime(c, claim))
          .map((c) => ({ figure: facts.figures[c.figure], agreement: compareFigures(mine, facts.figures[c.figure], options) }))
          .filter((o) => o.agreement === 'conflict' || o.agreement === 'compatible');
        if (others.length === 0) continue;
        const conflict = others.some((o) => o.agreement === 'conflict');
        findings.push({
          start: mine.start,
          end: mine.end,
          code: figureInconsistency.id,
          severity: conflict ? severity : 'information',
          message: `${isolate(describeValue(mine))} (${claim.concept}, ${claim.predicate}) ${conflict ? 'contradicts' : 'differs from'} ${others.map((o) => isolate(describeValue(o.figure))).join(', ')} elsewhere in this document.`,
          related: others.map((o) => ({ doc: THIS_DOCUMENT, start: o.figure.start, end: o.figure.end, message: isolate(describeValue(o.figure)) })),
          fixes: [],
        });
      }
    }
    return findings;
  },
};
