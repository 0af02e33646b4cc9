/**
 * Hover on a figure: its normalised value and what it is, as Markdown. Pure: the server only
 * converts the position and the range.
 */
import type { DocumentFacts, Figure, Span } from '../types';
import { describeFigure, documentDigitSystem } from './describeFigure';
import { isolate } from '../text/bidi';

/** Hover content and the span it applies to. */
export interface HoverResult extends Span {
  markdown: string;
}

/** The figure covering an offset (end inclusive, so a cursor right after a figure still hovers it). */
export function figureAt(facts: DocumentFacts, offset: number): Figure | undefined {
  const figures = facts.figures;
  let lo = 0;
  let hi = figures.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = figures[mid];
    if (offset < f.start) hi = mid - 1;
    else if (offset > f.end) lo = mid + 1;
    else return f;
  }
  return undefined;
}

/** Hover for the offset, or null when nothing Concord knows is there. */
export function hover(facts: DocumentFacts, offset: number): HoverResult | null {
  const figure = figureAt(facts, offset);
  if (!figure) return null;
  const rows = describeFigure(figure, facts.lang, documentDigitSystem(facts.figures, facts.lang));
  const lines = [`**Concord figure** ${isolate(figure.text)}`, '', ...rows.map((r) => `- ${r.label}: ${r.value}`)];
  return { start: figure.start, end: figure.end, markdown: lines.join('\n') };
}
