/**
 * `concord.figure-inconsistency`: one document states the same claim twice with different figures
 * (about 70 countries signed … 40 countries signed). Incompatible figures are a warning; compatible
 * but different ones are information. Links point at the other statement in the same document.
 */
import { compareFigures, otherEvents, sameTime, statementOf, WORLD } from '../claims/compare';
import { describeValue } from '../features/describeFigure';
import { isolate } from '../text/bidi';
import type { Claim, DocumentFacts, EntityMention, Figure, Finding, Lang, RelatedLocation, SpanList } from '../types';
import { conceptLabel } from '../claims/extract';
import { foldWord } from '../text/fold';
import { isLetterUnit } from '../text/tokens';
import type { DocumentRule } from './rule';
import { claimsByKeyOf } from '../index/claimIndex';
import { StatementScope } from './statementScope';
import { ContentWords } from './contentWords';
import { cutFrom, partSums, shareSentence, totalOf } from './statementPairs';

/** Document key used in related locations for "this document". */
export const THIS_DOCUMENT = '';

/** Most statements linked from one finding, and most values named in its message. */
const MAX_SHOWN = 5;

/** Fewest different statements of one key that make a series (a report listing a figure per party, sector, ministry). */
const SERIES = 4;

/**
 * How many statements of one key before and after it (in the order the document first states them)
 * a statement is weighed against. Every pair is weighed in any article; a file listing hundreds of
 * statements of one key (a data dump, a year of bulletins in one file) weighs each with its neighbours,
 * so its check grows with its length and not with its square.
 */
const REACH = 40;

/** Share of content words two sentences must have in common to speak of the same things (of all the words of both). */
const SAME_THINGS = 1 / 3;

/**
 * Which statements of one claim speak of the same things: two figures of one sentence are two facts
 * ("a $3 billion loan, a first tranche of $1.2 billion"), wherever else either stands, so are two sentences naming different
 * people, places or bodies (کراچی میں 5 … لاہور میں 3; The BJP won 240 seats. The Congress won 99),
 * and so are two sentences that share few content words (a report listing many figures);
 * statements are compared only from different sentences sharing at least a third of their content
 * words and, when both name some, an entity (10 countries signed … 20 countries signed).
 */
class Sentences {
  private readonly words = new Map<number, ReadonlySet<string>>();
  /** Whether two sentences speak of the same things, by pair of sentences: groups of statements share sentences. */
  private readonly similarity = new Map<number, boolean>();
  private readonly contentWords: ContentWords;
  /** Entities named, by sentence (built when first compared: most documents never compare two sentences). */
  private namedBySentence: Map<number, string[]> | null = null;
  /** Words that make the claims themselves (the noun after a figure), by sentence: they tell no two claims apart. */
  private ownBySentence: Map<number, Set<string>> | null = null;
  /** The headline and its lead (see `headlineAndLead`), found when first compared; undefined until then. */
  private headlineFound: HeadlineAndLead | null | undefined;

  constructor(
    private readonly text: string,
    private readonly spans: SpanList,
    lang: Lang,
    private readonly entities: readonly EntityMention[],
    private readonly claimFigures: () => Iterable<Figure>,
    private readonly findLead: () => HeadlineAndLead | null,
  ) {
    this.contentWords = new ContentWords(text, lang);
  }

  /** The headline's sentence and its lead's sentences, which always speak of the same things. */
  private get lead(): HeadlineAndLead | null {
    if (this.headlineFound === undefined) this.headlineFound = this.findLead();
    return this.headlineFound;
  }

  private get named(): Map<number, string[]> {
    if (this.namedBySentence) return this.namedBySentence;
    const named = new Map<number, string[]>();
    for (const m of this.entities) {
      const i = this.spans.indexAt(m.start);
      const list = named.get(i);
      if (list) list.push(m.id ?? m.key);
      else named.set(i, [m.id ?? m.key]);
    }
    return (this.namedBySentence = named);
  }

  private get own(): Map<number, Set<string>> {
    if (this.ownBySentence) return this.ownBySentence;
    const own = new Map<number, Set<string>>();
    for (const f of this.claimFigures()) {
      const noun = nounAfter(this.text, f.end);
      if (noun === null) continue;
      const i = this.spans.indexAt(f.start);
      const set = own.get(i) ?? new Set<string>();
      set.add(foldWord(noun).toLowerCase());
      own.set(i, set);
    }
    return (this.ownBySentence = own);
  }

  /**
   * Whether some statement of `a` and some of `b` stand in different sentences about the same things:
   * 'same' when their words say so, 'headline' when only as a headline and its lead (see `lead`), else null.
   */
  related(a: readonly number[], b: readonly number[]): 'same' | 'headline' | null {
    // A statement of the headline that its lead does not repeat is compared with the lead's.
    const lead = this.lead && (this.headlineAlone(a) || this.headlineAlone(b)) ? this.lead : null;
    let headline = false;
    for (const x of a) {
      for (const y of b) {
        if (x === y) continue;
        if (this.similar(x, y)) return 'same';
        if (lead && ((x === lead.headline && lead.sentences.has(y)) || (y === lead.headline && lead.sentences.has(x)))) headline = true;
      }
    }
    return headline ? 'headline' : null;
  }

  /** Whether a statement stands in the headline and in no sentence of the lead. */
  private headlineAlone(where: readonly number[]): boolean {
    const lead = this.lead!;
    return where.includes(lead.headline) && !where.some((i) => lead.sentences.has(i));
  }

  /** Index of the sentence holding offset `at`. */
  at(at: number): number {
    return this.spans.indexAt(at);
  }

  private similar(x: number, y: number): boolean {
    // Sentence indices are ≥ -1 (-1: a figure outside every sentence); the relation is symmetric.
    const key = (Math.min(x, y) + 1) * (this.spans.length + 1) + Math.max(x, y) + 1;
    let same = this.similarity.get(key);
    if (same === undefined) this.similarity.set(key, (same = this.compare(x, y)));
    return same;
  }

  private compare(x: number, y: number): boolean {
    const [namedX, namedY] = [this.named.get(x), this.named.get(y)];
    if (namedX && namedY && !namedX.some((e) => namedY.includes(e))) return false;
    const a = this.of(x);
    const b = this.of(y);
    let shared = 0;
    for (const w of a) if (b.has(w)) shared++;
    const all = a.size + b.size - shared;
    // Sentences that say nothing but their claims ("About 70 countries signed. 72 countries signed.") are about the same.
    return a.size === 0 || b.size === 0 || shared / all >= SAME_THINGS;
  }

  /**
   * Content words of the text from `from` to `to`, less the claims' own nouns of the sentence holding `from`
   * and the words of `drop` (a new set when `drop` is given).
   */
  wordsBetween(from: number, to: number): ReadonlySet<string>;
  wordsBetween(from: number, to: number, drop: ReadonlySet<string>): Set<string>;
  wordsBetween(from: number, to: number, drop?: ReadonlySet<string>): ReadonlySet<string> {
    const i = this.spans.indexAt(from);
    if (!drop && i >= 0 && this.spans.start(i) === from && this.spans.end(i) === to) return this.of(i);
    return this.contentWords.between(from, to, this.own.get(i), drop);
  }

  private of(i: number): ReadonlySet<string> {
    const kept = this.words.get(i);
    if (kept) return kept;
    const words = i >= 0 ? this.contentWords.between(this.spans.start(i), this.spans.end(i), this.own.get(i)) : new Set<string>();
    this.words.set(i, words);
    return words;
  }
}

/** A headline's sentence and the sentences of its lead paragraph. */
interface HeadlineAndLead {
  headline: number;
  sentences: ReadonlySet<number>;
}

/** Longest headline, in UTF-16 units. */
const HEADLINE_LENGTH = 160;
/** Punctuation that ends a sentence of running text, which a headline lacks. */
const SENTENCE_END = /[.!?؟۔।]["'”’»)]*$/u;

/**
 * A news story's headline states what its lead paragraph states, so their figures of one claim are
 * compared however few words they share ("Donors pledge $1.5 billion" over a lead saying $2.13 billion).
 * The headline is a first paragraph of one short sentence without a full stop; the lead is the first
 * paragraph after it, or after a byline or dateline paragraph, stating a claim.
 */
function headlineAndLead(facts: DocumentFacts, text: string): HeadlineAndLead | null {
  const { paragraphs, sentences } = facts;
  if (paragraphs.length < 2 || facts.claims.length === 0) return null;
  const [start, end] = [paragraphs.start(0), paragraphs.end(0)];
  const title = text.slice(start, end).trim();
  const headline = sentences.indexAt(start);
  if (title.length > HEADLINE_LENGTH || SENTENCE_END.test(title) || headline < 0 || sentences.indexAt(end - 1) !== headline) return null;
  const firstAfter = facts.claims.map((c) => facts.figures[c.figure].start).find((at) => at >= end);
  const p = firstAfter === undefined ? -1 : paragraphs.indexAt(firstAfter);
  if (p < 1 || p > 2) return null;
  const lead = new Set<number>();
  for (let k = sentences.indexAt(paragraphs.start(p)); k >= 0 && k < sentences.length && sentences.start(k) < paragraphs.end(p); k++) lead.add(k);
  return { headline, sentences: lead };
}

/** How far after a figure the noun it counts is looked for. */
const NOUN_REACH = 40;

/** The first word after offset `at` (within a few characters), or null. */
function nounAfter(text: string, at: number): string | null {
  const to = Math.min(text.length, at + NOUN_REACH);
  let i = at;
  while (i < to && !isLetterUnit(text.charCodeAt(i))) i++;
  let j = i;
  while (j < to && isLetterUnit(text.charCodeAt(j))) j++;
  return j > i ? text.slice(i, j) : null;
}

/**
 * A statement without a time that the document states once with a time is that statement, its time
 * left out (a headline's "31%" over its lead's "31% in May"): its claims join the timed ones.
 */
function mergeTimeless(statements: Map<string, Claim[]>, groupOf: Map<Claim, Claim[]>): void {
  if (statements.size < 2) return;
  // The timed statements by what they state besides the time (null: more than one states it).
  let timed: Map<string, Claim[] | null> | null = null;
  for (const [key, group] of statements) {
    if (key.startsWith(TIMELESS)) continue;
    const rest = key.slice(key.indexOf('\u0000'));
    timed ??= new Map();
    timed.set(rest, timed.has(rest) ? null : group);
  }
  if (!timed) return;
  for (const [key, claims] of statements) {
    if (!key.startsWith(TIMELESS)) continue;
    const group = timed.get(key.slice(TIMELESS.length - 1));
    if (!group) continue;
    for (const c of claims) {
      group.push(c);
      groupOf.set(c, group);
    }
    statements.delete(key);
  }
}

/** The start of a statement without a time (see `statementOf`). */
const TIMELESS = `${null}\u0000`;

/** The rule. */
export const figureInconsistency: DocumentRule = {
  id: 'concord.figure-inconsistency',
  defaultSeverity: 'warning',
  description: 'One document states the same claim with different figures.',
  check(facts, text, options, severity) {
    const findings: Finding[] = [];
    // Each figure's words, isolated, once per call: a long document names the same statements in many findings.
    const described = new Array<string | undefined>(facts.figures.length);
    const describe = (figure: number): string => (described[figure] ??= isolate(describeValue(facts.figures[figure])));
    const claimFigures = () => facts.claims.map((c) => facts.figures[c.figure]);
    const sentences = new Sentences(text, facts.sentences, facts.lang, facts.entities, claimFigures, () => headlineAndLead(facts, text));
    let scope: StatementScope | null = null;
    // Two statements are told apart when every pair of their figures is (see StatementScope.apart).
    const apart = (a: Claim[], b: Claim[], how: { series: boolean }): boolean => {
      scope ??= new StatementScope(facts, text, claimFigures(), sentences.wordsBetween.bind(sentences));
      return a.every((x) => b.every((y) => scope!.apart(facts.figures[x.figure], facts.figures[y.figure], how)));
    };
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
      mergeTimeless(statements, groupOf);
      if (statements.size < 2) continue;
      const groups = [...statements.values()];
      const n = groups.length;
      const how = { series: n >= SERIES };
      const where = groups.map((g) => [...new Set(g.map((c) => sentences.at(facts.figures[c.figure].start)))]);
      // Whether two statements' sentences are related and whether they are told apart are symmetric: each
      // pair of statements is weighed once (by the pair's smaller index, then the larger).
      const relatedKept = new Map<number, 'same' | 'headline' | null>();
      const apartKept = new Map<number, boolean>();
      let groupAt: number[] | undefined;
      let sums: Map<number, number> | undefined;
      const differing = new Int32Array(n);
      for (let g = 0; g < n; g++) {
        const group = groups[g];
        const mine = facts.figures[group[0].figure];
        const here = where[g];
        const others: { group: number; agreement: string }[] = [];
        for (let o = Math.max(0, g - REACH); o < Math.min(n, g + REACH + 1); o++) {
          const other = groups[o];
          if (o === g || !sameTime(other[0], group[0]) || otherEvents(other[0].events, group[0].events)) continue;
          // A figure told of the whole world ("worldwide") and one that is not are two facts.
          if (other[0].events.includes(WORLD) !== group[0].events.includes(WORLD)) continue;
          // A sentence stating both figures tells them apart: they are two facts wherever else they stand.
          if (shareSentence(where[o], here)) continue;
          // Figures first (cheap), then whether the sentences speak of the same things.
          const agreement = compareFigures(mine, facts.figures[other[0].figure], options);
          if (agreement !== 'conflict' && agreement !== 'compatible') continue;
          // A figure rounded in the headline or a summary ("27 ہزار" over "27 ہزار 614") is the same figure.
          if (cutFrom(mine, facts.figures[other[0].figure])) continue;
          // A total and its parts listed in one sentence are no two tellings (2 million returned … 1.2 million from Iran and 850,000 from Pakistan).
          if (totalOf(mine, where[o], (sums ??= partSums(groups, where, facts.figures)), options) || totalOf(facts.figures[other[0].figure], here, sums, options)) continue;
          const pair = g < o ? g * n + o : o * n + g;
          let related = relatedKept.get(pair);
          if (related === undefined) relatedKept.set(pair, (related = sentences.related(where[g], where[o])));
          // A headline rounds what its lead says ("More than 3,100" over "at least 3,155"): only a conflict counts there.
          if (related !== 'same' && !(related === 'headline' && agreement === 'conflict')) continue;
          // A long report states one key for many sections and sectors: only statements not told apart are compared.
          let told = apartKept.get(pair);
          if (told === undefined) apartKept.set(pair, (told = apart(group, other, how)));
          if (!told) others.push({ group: o, agreement });
        }
        if (others.length === 0) continue;
        const conflict = others.some((o) => o.agreement === 'conflict');
        const values = others.slice(0, MAX_SHOWN).map((o) => describe(groups[o.group][0].figure));
        const rest = others.length - values.length;
        const moreValues = rest > 0 ? ` and ${rest} more value${rest === 1 ? '' : 's'}` : '';
        // Links to the first differing statements in text order (claims are in text order).
        // The differing groups are marked with this group's number (one mark per key, each group's own number).
        if (!groupAt) {
          const indexOf = new Map(groups.map((same, k) => [same, k]));
          groupAt = claims.map((c) => indexOf.get(groupOf.get(c)!)!);
        }
        for (const o of others) differing[o.group] = g + 1;
        const related: RelatedLocation[] = [];
        for (let k = 0; k < claims.length && related.length < MAX_SHOWN; k++) {
          if (differing[groupAt[k]] !== g + 1) continue;
          const figure = facts.figures[claims[k].figure];
          related.push({ doc: THIS_DOCUMENT, start: figure.start, end: figure.end, message: describe(claims[k].figure) });
        }
        const claim = group[0];
        const message =
          `${describe(group[0].figure)} (${conceptLabel(claim.concept)}, ${claim.predicate}) ${conflict ? 'contradicts' : 'differs from'} ` +
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
