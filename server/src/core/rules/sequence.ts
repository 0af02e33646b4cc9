/**
 * `concord.sequence`: numbered references out of order within a paragraph. In a list "Article 25,
 * 26, 27, 28, 2, 2, 31" the longest increasing run is 25, 26, 27, 28, 31, and the two "2" fall
 * outside it: likely a figure lost in copying or translation. Only runs of at least four
 * references of one kind are judged, so ordinary prose citing two articles is never flagged.
 */
import { isolate } from '../text/bidi';
import type { Figure, Finding } from '../types';
import type { DocumentRule } from './rule';

/** Fewest references of one kind in a paragraph before their order is judged. */
const MIN_RUN = 4;

/** References that label things drawn or issued in no order (prize-bond, phone and case numbers, flights, models): no sequence to break. */
const UNORDERED: ReadonlySet<string> = new Set(['number', 'flight', 'model']);

/** The rule. */
export const sequence: DocumentRule = {
  id: 'concord.sequence',
  defaultSeverity: 'warning',
  description: 'Numbered references (articles, sections) out of order in a list.',
  check(facts, _text, _options, severity) {
    const groups = new Map<string, Figure[]>();
    for (const f of facts.figures) {
      if (f.kind !== 'reference' || typeof f.value !== 'number' || UNORDERED.has(f.counted ?? '')) continue;
      const paragraph = facts.paragraphs.indexAt(f.start);
      const key = `${paragraph}|${f.counted}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const findings: Finding[] = [];
    for (const refs of groups.values()) {
      if (refs.length < MIN_RUN) continue;
      const values = refs.map((r) => r.value as number);
      const keep = longestIncreasing(values);
      if (keep.size < MIN_RUN - 1 || keep.size === refs.length) continue;
      const kept = [...keep].sort((a, b) => a - b);
      refs.forEach((ref, i) => {
        if (keep.has(i)) return;
        const before = kept.filter((k) => k < i).pop();
        const after = kept.find((k) => k > i);
        const between = [before, after].filter((k) => k !== undefined).map((k) => values[k as number]);
        findings.push({
          start: ref.start,
          end: ref.end,
          code: sequence.id,
          severity,
          message:
            `${isolate(ref.text)} breaks the sequence ${kept.map((k) => values[k]).join(', ')}` +
            (between.length === 2 ? `; expected a number between ${between[0]} and ${between[1]}.` : '.'),
          related: [],
          fixes: [],
        });
      });
    }
    return findings;
  },
};

/** Indexes of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) keep.add(k);
  return keep;
}
