/**
 * Document links for an article's source line ("ماخذ: https://…", "स्रोत: https://…",
 * "Source: https://…"): the URL becomes a link. Linear: one pass over the lines.
 */
import { SOURCE_LABELS } from '../lexicon/sourceLabels';
import type { Span } from '../types';

/** A link in the text. */
export interface TextLink extends Span {
  target: string;
}

const LABELS = SOURCE_LABELS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const SOURCE_LINE = new RegExp(`^[\\s\\u200e\\u200f]*(?:${LABELS})\\s*[:：]\\s*(https?://[^\\s<>"]+)`, 'gimu');

/** Source-line URLs of a text. */
export function sourceLinks(text: string): TextLink[] {
  const links: TextLink[] = [];
  SOURCE_LINE.lastIndex = 0;
  for (let m = SOURCE_LINE.exec(text); m; m = SOURCE_LINE.exec(text)) {
    const url = m[1].replace(/[.,;:)\]»”]+$/u, '');
    const start = m.index + m[0].length - m[1].length;
    links.push({ start, end: start + url.length, target: url });
  }
  return links;
}
