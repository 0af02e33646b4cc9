/**
 * Which rupee a document means. "Rs", "rupees", روپے and रुपये name the currency of the country
 * the story is about: Dawn's "Rs18.9 trillion budget" is in Pakistani rupees, an Indian paper's
 * "Rs 25 crore" in Indian ones. The word alone gives each language's usual rupee (INR in English
 * and Hindi, PKR in Urdu); a document naming the places of one rupee country more than another's
 * means that country's rupee. An amount written with its country (₹, INR, PKR, Indian rupees,
 * پاکستانی روپے) keeps it. Claims of an amount follow its currency (money:PKR).
 */
import { countryOfMention } from '../lexicon/entities';
import type { Claim, EntityMention, Figure } from '../types';

/** Rupee currencies by the country that issues them. */
const RUPEES: Readonly<Record<string, string>> = { PK: 'PKR', IN: 'INR', NP: 'NPR', LK: 'LKR' };
const RUPEE_CODES = new Set(Object.values(RUPEES));

/** Amounts that name their rupee's country: a sign, a code or an adjective of the country. */
const NAMED_RUPEE = /₹|\b(?:INR|PKR|NPR|LKR|SLRs|NRs)\b|indian|pakistani|nepal|sri lank|بھارتی|ہندوستانی|پاکستانی|نیپالی|هند|پاکستان|भारतीय|पाकिस्तानी|नेपाली|श्रीलंकाई/iu;

/**
 * Sets the rupee of the document's amounts written with a bare rupee word to the rupee of the
 * country its places name most (when one leads), and their claims' concepts with it.
 */
export function resolveRupees(figures: Figure[], claims: Claim[], entities: readonly EntityMention[]): void {
  if (!figures.some((f) => f.unit !== null && RUPEE_CODES.has(f.unit))) return;
  const counts = new Map<string, number>();
  for (const m of entities) {
    const country = countryOfMention(m);
    if (country !== null && RUPEES[country]) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return;
  const rupee = RUPEES[ranked[0][0]];
  const changed = new Set<number>();
  figures.forEach((f, i) => {
    if (f.unit === null || f.unit === rupee || !RUPEE_CODES.has(f.unit) || NAMED_RUPEE.test(f.text)) return;
    f.unit = rupee;
    changed.add(i);
  });
  if (changed.size === 0) return;
  for (const c of claims) {
    if (!changed.has(c.figure) || !c.concept.startsWith('money:')) continue;
    c.concept = `money:${rupee}`;
    c.key = `${c.concept}|${c.predicate}`;
  }
}
