/**
 * Which rupee a document means. "Rs", "rupees", روپے and रुपये name the currency of the country
 * the story is about: Dawn's "Rs18.9 trillion budget" is in Pakistani rupees, an Indian paper's
 * "Rs 25 crore" in Indian ones. The word alone gives each language's usual rupee (INR in English
 * and Hindi, PKR in Urdu); a document naming the places of one rupee country more than another's
 * means that country's rupee. An amount written with its country (₹, INR, PKR, Indian rupees,
 * پاکستانی روپے) keeps it. Claims of an amount follow its currency (money:PKR).
 */
import { countryOfMention, leadingCountry as leading } from '../lexicon/entities';
import type { Claim, EntityMention, Figure, SpanList } from '../types';

/** Rupee currencies by the country that issues them. */
const RUPEES: Readonly<Record<string, string>> = { PK: 'PKR', IN: 'INR', NP: 'NPR', LK: 'LKR' };

/** Amounts that name their rupee's country: a sign, a code or an adjective of the country. */
const NAMED_RUPEE = /₹|\b(?:INR|PKR|NPR|LKR|SLRs|NRs)\b|indian|pakistani|nepal|sri lank|بھارتی|ہندوستانی|پاکستانی|نیپالی|هند|پاکستان|भारतीय|पाकिस्तानी|नेपाली|श्रीलंकाई/iu;

/** Shilling currencies (the bare word is Kenya's) and amounts that name their country. */
const SHILLINGS: Readonly<Record<string, string>> = { KE: 'KES', UG: 'UGX', TZ: 'TZS', SO: 'SOS' };
const NAMED_SHILLING = /\b(?:KES|UGX|TZS|SOS|KSh|USh|TSh)\b|kenyan|ugandan|tanzanian|somali/iu;

/** Dinar currencies (the bare word is Iraq's in Persian news) and amounts that name their country. */
const DINARS: Readonly<Record<string, string>> = { IQ: 'IQD', KW: 'KWD', BH: 'BHD', JO: 'JOD', LY: 'LYD', TN: 'TND', DZ: 'DZD', RS: 'RSD' };
const NAMED_DINAR = /\b(?:IQD|KWD|BHD|JOD|LYD|TND|DZD|RSD)\b|iraqi|kuwaiti|bahraini|jordanian|libyan|tunisian|algerian|serbian|عراق|کویت|بحرین|اردن|لیبی|تونس|الجزایر|صربستان/iu;

/** Dirhams (the bare word is the UAE's) and riyals (Saudi Arabia's): Morocco's and Qatar's in a story about them. */
const DIRHAMS: Readonly<Record<string, string>> = { AE: 'AED', MA: 'MAD' };
const NAMED_DIRHAM = /\b(?:AED|MAD|Dhs?)\b|emirati|moroccan|اماراتی|مراکش|मोरक्को/iu;
const RIYALS: Readonly<Record<string, string>> = { SA: 'SAR', QA: 'QAR' };
const NAMED_RIYAL = /\b(?:SAR|QAR|SR|QR)\b|saudi|qatari|سعودی|قطری|सऊदी|क़तरी|कतरी/iu;

/** Currencies named by one word in several countries: the issuing country's code by country, and amounts that name it. */
const FAMILIES: readonly (readonly [Readonly<Record<string, string>>, RegExp])[] = [
  [RUPEES, NAMED_RUPEE], [SHILLINGS, NAMED_SHILLING], [DINARS, NAMED_DINAR], [DIRHAMS, NAMED_DIRHAM], [RIYALS, NAMED_RIYAL],
];

/** Least mentions of a rupee country in a paragraph that name its rupee there against the document's (In Mumbai, the ED …). */
const PARAGRAPH_LEAD = 2;

/**
 * Sets the rupee of the document's amounts written with a bare rupee word to the rupee of the
 * country its places name most (when one leads), and their claims' concepts with it. A paragraph
 * (a wire roundup's item) that names another rupee country's places twice or more and none of the
 * leader's, or any when no country leads the document, means that country's rupee.
 */
export function resolveRupees(figures: Figure[], claims: Claim[], entities: readonly EntityMention[], paragraphs?: SpanList): void {
  for (const [family, named] of FAMILIES) resolveFamily(family, named, figures, claims, entities, paragraphs);
}

/** resolveRupees for one family of currencies (rupees, shillings). */
function resolveFamily(byCountry: Readonly<Record<string, string>>, named: RegExp, figures: Figure[], claims: Claim[], entities: readonly EntityMention[], paragraphs?: SpanList): void {
  const codes = new Set(Object.values(byCountry));
  if (!figures.some((f) => f.unit !== null && codes.has(f.unit))) return;
  const counts = new Map<string, number>();
  const byParagraph = new Map<number, Map<string, number>>();
  for (const m of entities) {
    const country = countryOfMention(m);
    if (country === null || !byCountry[country]) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
    const at = paragraphs ? paragraphs.indexAt(m.start) : -1;
    const local = byParagraph.get(at) ?? new Map<string, number>();
    byParagraph.set(at, local.set(country, (local.get(country) ?? 0) + 1));
  }
  const leader = leading(counts);
  const changed = new Map<number, string>();
  figures.forEach((f, i) => {
    if (f.unit === null || !codes.has(f.unit) || named.test(f.text)) return;
    const local = paragraphs ? byParagraph.get(paragraphs.indexAt(f.start)) : undefined;
    const here = local ? leading(local) : null;
    const own = here !== null && (leader === null || (here !== leader && local!.get(here)! >= PARAGRAPH_LEAD && !local!.has(leader))) ? here : leader;
    if (own === null || f.unit === byCountry[own]) return;
    f.unit = byCountry[own];
    changed.set(i, f.unit);
  });
  if (changed.size === 0) return;
  for (const c of claims) {
    const code = changed.get(c.figure);
    if (code === undefined || !c.concept.startsWith('money:')) continue;
    // Only the currency changes: what the sum prices or is for stays (money:INR petrol/litre).
    c.concept = c.concept.replace(/^money:[A-Z]{3}/, `money:${code}`);
    c.key = `${c.concept}|${c.predicate}`;
  }
}
