/** Applying text replacements computed against one version of a text. */
import type { TextReplacement } from '../types';

/** The text with non-overlapping replacements applied (they are applied from the end, so offsets stay valid). */
export function applyReplacements(text: string, edits: readonly TextReplacement[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
