/**
 * Content words of pieces of a document (its sentences, a clause before a figure), for
 * `concord.figure-inconsistency`: letters only, three or more, not function words, not predicates.
 */
import { findPredicates } from '../claims/predicates';
import { figureLexicon } from '../lexicon/figureLexicon';
import { foldText } from '../text/fold';
import { letterRuns } from '../text/tokens';
import type { Lang } from '../types';

/**
 * Lower-casing is one code unit for one, whatever stands around it, except for capital sigma (its final
 * form depends on what follows), dotted capital I (two units) and surrogate pairs (a piece may split one).
 */
const NOT_PIECEWISE = /[\u0130\u03a3\ud800-\udfff]/;

/**
 * The content words of pieces of one document's text. The document is folded once (folding maps each
 * code unit on its own, so a piece of the folded text is the folded piece) and, when lower-casing is
 * too, lower-cased once. A piece's words are not cached: they cost less to find again than to look up.
 */
export class ContentWords {
  private readonly stop: ReadonlySet<string>;
  /** The folded text, its map back to the text (null: the same offsets), and the folded text lower-cased when a piece of it is the lower-cased piece (else null). */
  private folded: { text: string; toOriginal: Int32Array | null; lower: string | null } | null = null;

  constructor(
    private readonly text: string,
    private readonly lang: Lang,
  ) {
    this.stop = figureLexicon(lang).functionWords;
  }

  /** Content words of the text from `from` to `to`, less the words of `drop` and of `also` (the two left out at once). */
  between(from: number, to: number, drop: ReadonlySet<string> | undefined, also?: ReadonlySet<string>): Set<string> {
    const all = this.runs(from, to);
    const predicates = findPredicates(all, this.lang);
    const skip = predicates.length > 0 ? new Set(predicates.map((p) => all[p.index])) : null;
    const words = new Set<string>();
    for (const w of all) if (w.length >= 3 && !this.stop.has(w) && !skip?.has(w) && !drop?.has(w) && !also?.has(w)) words.add(w);
    return words;
  }

  /** The runs of letters of the text from `from` to `to`, folded and lower-cased. */
  private runs(from: number, to: number): string[] {
    if (!this.folded) {
      const { text, toOriginal } = foldText(this.text);
      this.folded = { text, toOriginal, lower: NOT_PIECEWISE.test(text) ? null : text.toLowerCase() };
    }
    const { text, toOriginal, lower } = this.folded;
    const [start, end] = toOriginal ? [foldedOffset(toOriginal, from), foldedOffset(toOriginal, to)] : [from, to];
    return lower !== null ? letterRuns(lower, start, end) : letterRuns(text.slice(start, end).toLowerCase());
  }
}

/** The folded offset of the first code unit kept at or after original offset `at`. */
function foldedOffset(toOriginal: Int32Array, at: number): number {
  let [lo, hi] = [0, toOriginal.length - 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toOriginal[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
