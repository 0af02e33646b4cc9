/** A document's lead: the headline, the dateline's sentence and the one after (what a story is about is named there). */
import type { SpanList } from '../types';

/** Sentences of a document's lead. */
const LEAD_SENTENCES = 3;

/** Where a document's lead ends (UTF-16 offset; Infinity when the document is all lead). */
export function leadEnd(facts: { sentences: SpanList }): number {
  return facts.sentences.length > LEAD_SENTENCES ? facts.sentences.end(LEAD_SENTENCES - 1) : Infinity;
}
