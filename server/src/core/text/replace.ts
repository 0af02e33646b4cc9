/** Applying text replacements computed against one version of a text. */
import type { Span, TextReplacement } from '../types';

/** The text with non-overlapping replacements applied (they are applied from the end, so offsets stay valid). */
export function applyReplacements(text: string, edits: readonly TextReplacement[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The text of `span` after non-overlapping replacements inside it (e.g. a figure as a fix would write it). */
export function replaceWithin(text: string, span: Span, edits: readonly TextReplacement[]): string {
  let out = '';
  let pos = span.start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos, span.end);
}
