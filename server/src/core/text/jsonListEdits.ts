/**
 * Edits that append a value to a list in a JSON-with-comments file (Concord's `.concord/` files),
 * touching only the list: comments, key order and the rest of the formatting stay as the user
 * left them. The inserted text follows the file's own indentation (tabs or N spaces).
 */
import { findNodeAtLocation, getNodeValue, modify, parseTree, type JSONPath, type Node } from 'jsonc-parser';
import type { TextReplacement } from '../types';
import { applyReplacements } from './replace';

/**
 * Replacements that add `value` at the end of the top-level list `list`; an empty (or blank) text
 * becomes `fresh` (the file's template, with its version header) first.
 */
export function appendToJsonList(text: string, fresh: string, list: string, value: unknown): TextReplacement[] {
  if (!text.trim()) {
    return [{ start: 0, end: text.length, newText: applyReplacements(fresh, appendToJsonPath(fresh, [list], value)) }];
  }
  return appendToJsonPath(text, [list], value);
}

/**
 * Replacements that append `value` to the list at `path`: a missing list is created, and a single
 * value there (`"ur": "فام من چن"`) becomes a list of it and the new one.
 */
export function appendToJsonPath(text: string, path: JSONPath, value: unknown): TextReplacement[] {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const node = root && findNodeAtLocation(root, path);
  if (node?.type === 'object') return [];
  // Inside something written on one line ({ "id": …, "names": { "ur": ["x"] } }), stay on one line.
  let around: Node | undefined;
  for (let depth = path.length - 1; root && !around && depth > 0; depth--) around = findNodeAtLocation(root, path.slice(0, depth));
  const oneLine = !!around && !text.slice(around.offset, around.offset + around.length).includes('\n');
  const formattingOptions = oneLine ? undefined : indentationOf(text);
  let edits;
  if (node?.type === 'array') edits = modify(text, [...path, node.children?.length ?? 0], value, { formattingOptions, isArrayInsertion: true });
  else if (node) edits = modify(text, path, [getNodeValue(node), value], { formattingOptions });
  else edits = modify(text, path, [value], { formattingOptions });
  return edits.map((e) => ({ start: e.offset, end: e.offset + e.length, newText: e.content }));
}

/** The indentation of the first indented line (two spaces when there is none). */
function indentationOf(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const m = /\n([ \t]+)\S/.exec(text);
  if (m?.[1].startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: m ? m[1].length : 2, eol };
}
