/**
 * What one statement of a claim is about beyond its claim key, for `concord.figure-inconsistency` in long
 * documents (reports, budget analyses, results by province) where one key recurs with many values that
 * are all true: the section it stands in, when the section's heading names a place or body ("پنجاب",
 * "Sindh"), and the words of its own clause just before the figure ("زرعی شعبے کی شرح نمو 0.56 فیصد"
 * against "معیشت کی شرح نمو 2.68 فیصد"; "पुरुष साक्षरता दर" against "महिला साक्षरता दर").
 */
import { firstStartingFrom } from '../claims/localities';
import { figureLexicon } from '../lexicon/figureLexicon';
import type { DocumentFacts, Figure, SpanList } from '../types';

/** Longest section heading, in UTF-16 units: a heading is a short line of its own. */
const HEADING_LENGTH = 60;
/** Punctuation that ends a sentence or clause of running text, which a heading lacks. */
const RUNNING_TEXT_END = /[.!?؟۔।:،,;؛]["'”’»)]*$/u;

/**
 * How far before a figure (UTF-16 units) its clause says what it is of: the subject next to it ("زرعی شعبے
 * کی شرح نمو", "पुरुष साक्षरता दर"), not the attribution that opens the sentence ("the minister told the
 * assembly that").
 */
const CLAUSE_REACH = 50;

/**
 * Words of a piece of text that can tell two statements apart (content words, see figureInconsistency);
 * less the words of `drop`, in a set of its own, when `drop` is given.
 */
export interface WordsOf {
  (from: number, to: number): ReadonlySet<string>;
  (from: number, to: number, drop: ReadonlySet<string>): Set<string>;
}

/** Sections and clauses of one document, found when first asked (most documents never ask). */
export class StatementScope {
  /** By paragraph: entity ids named by the heading of the section the paragraph stands in (empty: none). */
  private sectionOf: (readonly string[])[] | null = null;
  /** Clause words and sentence words by figure: a long report compares one statement with many. */
  private readonly clauses = new Map<Figure, ReadonlySet<string>>();
  private readonly sentencesOf = new Map<Figure, ReadonlySet<string>>();
  /** Claim figures' [start, end] in text order, to find the figure before another in its sentence. */
  private readonly bounds: readonly (readonly [number, number])[];

  constructor(
    private readonly facts: DocumentFacts,
    private readonly text: string,
    claimFigures: readonly Figure[],
    private readonly wordsOf: WordsOf,
  ) {
    this.bounds = claimFigures.map((f) => [f.start, f.end] as const).sort((a, b) => a[0] - b[0]);
  }

  /**
   * Whether two statements (figures in different sentences) are surely about different things: they
   * stand under headings naming different places or bodies, or each one's clause names something
   * (a sector, a group, a period) that the other's sentence does not mention. In a `series` (a key the
   * document states with many values: results by party, allocations by ministry) one such clause is
   * enough: the more specific statement is of a part ("in Karachi, 4 seats") against the whole.
   */
  apart(a: Figure, b: Figure, options: { series: boolean }): boolean {
    const [sa, sb] = [this.section(a.start), this.section(b.start)];
    if (sa.length + sb.length > 0 && (sa.length !== sb.length || sa.some((e) => !sb.includes(e)))) return true;
    const [fa, fb] = [this.clause(a), this.clause(b)];
    const [mine, theirs] = [this.ownWord(fa, fb, b), this.ownWord(fb, fa, a)];
    return options.series ? mine || theirs : mine && theirs;
  }

  /** Whether clause words `mine` hold a word that neither `theirs` nor the sentence of `other` holds. */
  private ownWord(mine: ReadonlySet<string>, theirs: ReadonlySet<string>, other: Figure): boolean {
    let sentence: ReadonlySet<string> | null = null;
    for (const w of mine) {
      if (theirs.has(w)) continue;
      sentence ??= this.sentenceWords(other);
      if (!sentence.has(w)) return true;
    }
    return false;
  }

  private sentenceWords(f: Figure): ReadonlySet<string> {
    let words = this.sentencesOf.get(f);
    if (words === undefined) this.sentencesOf.set(f, (words = this.findSentenceWords(f)));
    return words;
  }

  private findSentenceWords(f: Figure): ReadonlySet<string> {
    const spans = this.facts.sentences;
    const i = spans.indexAt(f.start);
    if (i < 0) return new Set();
    const [from, to] = [spans.start(i), spans.end(i)];
    const named = this.named(from, to);
    const words = this.wordsOf(from, to);
    return named.length === 0 ? words : new Set([...words, ...named]);
  }

  /** Entities named from `from` to `to`, as words of their own (an id never equals a word). */
  private named(from: number, to: number): string[] {
    const { entities } = this.facts;
    const out: string[] = [];
    for (let k = firstStartingFrom(entities, from); k < entities.length && entities[k].end <= to; k++) out.push(`\u0000${entities[k].id ?? entities[k].key}`);
    return out;
  }

  /**
   * The words and the entities named near the figure (see CLAUSE_REACH), from the start of the figure's sentence, or the end of the
   * claim figure before it there, to the figure.
   */
  private clause(f: Figure): ReadonlySet<string> {
    let words = this.clauses.get(f);
    if (words === undefined) this.clauses.set(f, (words = this.findClause(f)));
    return words;
  }

  private findClause(f: Figure): ReadonlySet<string> {
    const spans = this.facts.sentences;
    const i = spans.indexAt(f.start);
    let from = i < 0 ? f.start : spans.start(i);
    // The last claim figure ending at or before this one's start (binary search on starts).
    let [lo, hi] = [0, this.bounds.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.bounds[mid][0] < f.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && this.bounds[lo - 1][1] <= f.start) from = Math.max(from, this.bounds[lo - 1][1]);
    if (f.start - from > CLAUSE_REACH) {
      // Start at a word's start: the first space after the reach.
      const space = this.text.indexOf(' ', f.start - CLAUSE_REACH);
      if (space >= 0 && space < f.start) from = space + 1;
    }
    const before = this.text.slice(from, f.start);
    // A colon or semicolon opens a new clause (a title's "Economic survey: growth at 2.7%").
    const cut = Math.max(before.lastIndexOf(':'), before.lastIndexOf(';'), before.lastIndexOf('؛'));
    if (cut >= 0) from += cut + 1;
    // Who reports the statement ("انہوں نے بتایا کہ", "the minister said") says nothing of what it is about.
    const reporting = figureLexicon(this.facts.lang).reportingWords;
    const words = this.wordsOf(from, f.start, reporting);
    for (const e of this.named(from, f.start)) words.add(e);
    return words;
  }

  /** Entity ids named by the heading of the section holding offset `at`. */
  private section(at: number): readonly string[] {
    const sections = (this.sectionOf ??= this.findSections());
    const p = this.facts.paragraphs.indexAt(at);
    return p < 0 ? [] : sections[p];
  }

  /**
   * A heading is a short paragraph of one line without closing punctuation that is neither the first
   * paragraph (the title) nor the last; its section runs to the next heading.
   */
  private findSections(): (readonly string[])[] {
    const { paragraphs, entities } = this.facts;
    const out: (readonly string[])[] = [];
    let current: readonly string[] = [];
    let e = 0;
    for (let p = 0; p < paragraphs.length; p++) {
      const [start, end] = [paragraphs.start(p), paragraphs.end(p)];
      while (e < entities.length && entities[e].start < start) e++;
      if (p > 0 && p < paragraphs.length - 1 && isHeading(this.text, paragraphs, p)) {
        const named: string[] = [];
        for (let k = e; k < entities.length && entities[k].start < end; k++) named.push(entities[k].id ?? entities[k].key);
        current = named;
      }
      out.push(current);
    }
    return out;
  }
}

function isHeading(text: string, paragraphs: SpanList, p: number): boolean {
  const line = text.slice(paragraphs.start(p), paragraphs.end(p)).trim();
  return line.length > 0 && line.length <= HEADING_LENGTH && !line.includes('\n') && !RUNNING_TEXT_END.test(line);
}
