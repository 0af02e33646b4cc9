/**
 * `concord.not-analysed`: a line longer than `maxLineLength` (a minified blob, a table dumped on one
 * line) is left out of the analysis so it cannot make it slow (see analyze.ts). The document then
 * says so where the line starts, in the editor's Problems and in `concord check`, instead of
 * leaving the user to wonder why its figures are not highlighted.
 */
import type { Span } from '../types';
import type { DocumentRule } from './rule';

/** Longest span a finding covers at the start of a skipped line (the whole line would be a megabyte of squiggle). */
const SHOWN = 80;

/** The lines of `text` longer than `max` code units, with their 0-based numbers. */
export function overlongLines(text: string, max: number): (Span & { line: number })[] {
  const found: (Span & { line: number })[] = [];
  if (text.length <= max) return found;
  for (let start = 0, line = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > max) found.push({ start, end, line });
    start = end + 1;
  }
  return found;
}

/** What the analysis notes about a skipped line (`DocumentFacts.notes`, the JSON of `extract`). */
export function overlongNote(line: Span & { line: number }, max: number): string {
  return `line ${line.line + 1} is ${line.end - line.start} characters long (limit ${max}); it was not analysed`;
}

/** The rule. */
export const notAnalysed: DocumentRule = {
  id: 'concord.not-analysed',
  defaultSeverity: 'information',
  description: 'A line is too long to analyse (over 200,000 characters): its figures and names are not checked.',
  check(facts, text, options, severity) {
    return overlongLines(text, options.maxLineLength).map((line) => ({
      start: line.start,
      end: Math.min(line.end, line.start + SHOWN),
      code: notAnalysed.id,
      severity,
      message: `This line is ${line.end - line.start} characters long, over the limit of ${options.maxLineLength}: Concord did not analyse it.`,
      related: [],
      fixes: [],
    }));
  },
};
