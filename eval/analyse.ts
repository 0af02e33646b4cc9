/**
 * The recogniser as the evaluation calls it: Concord's whole document pipeline with default
 * options, so the numbers measure what users get, not one stage in isolation.
 */
import { analyzeDocument } from '../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../server/src/core/options';
import type { DocumentFacts } from '../server/src/core/types';

/** Analyses one text (one case, one sentence, one article). */
export type Analyse = (text: string) => DocumentFacts;

/** An analyser that remembers its answers, since several sets repeat the same inputs. */
export function cachedAnalyser(): Analyse {
  const cache = new Map<string, DocumentFacts>();
  return (text) => {
    let facts = cache.get(text);
    if (facts === undefined) {
      facts = analyzeDocument(text, DEFAULT_OPTIONS);
      cache.set(text, facts);
    }
    return facts;
  };
}
