/**
 * Edits that append a value to a list in a JSON-with-comments file (Concord's `.concord/` files),
 * touching only the list: comments, key order and the rest of the formatting stay as the user
 * left them. The inserted text follows the file's own indentation (tabs or N spaces).
 */
import { modify, parse } from 'jsonc-parser';
import type { TextReplacement } from '../types';
import { applyReplacements } from './replace';

/**
 * Replacements that add `value` at the end of the top-level list `list`; an empty (or blank) text
 * becomes `fresh` (the file's template, with its version header) first.
 */
export function appendToJsonList(text: string, fresh: string, list: string, value: unknown): TextReplacement[] {
  if (!text.trim()) {
    return [{ start: 0, end: text.length, newText: applyReplacements(fresh, appendEdits(fresh, list, value)) }];
  }
  return appendEdits(text, list, value);
}

function appendEdits(text: string, list: string, value: unknown): TextReplacement[] {
  const current = parse(text, [], { allowTrailingComma: true }) as Record<string, unknown> | undefined;
  const items = Array.isArray(current?.[list]) ? (current![list] as unknown[]) : null;
  const formattingOptions = indentationOf(text);
  const edits = items ? modify(text, [list, items.length], value, { formattingOptions, isArrayInsertion: true }) : modify(text, [list], [value], { formattingOptions });
  return edits.map((e) => ({ start: e.offset, end: e.offset + e.length, newText: e.content }));
}

/** The indentation of the first indented line (two spaces when there is none). */
function indentationOf(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const m = /\n([ \t]+)\S/.exec(text);
  if (m?.[1].startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: m ? m[1].length : 2, eol };
}
