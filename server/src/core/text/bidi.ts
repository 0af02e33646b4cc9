/**
 * Unicode bidi isolates for text that mixes scripts (hovers, messages, CLI output), so an Urdu
 * figure inside an English message, or a Latin name inside an Urdu one, reads in the right order.
 */

const FSI = '\u2068';
const PDI = '\u2069';

/** Wraps text in a first-strong isolate (FSI … PDI). */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}
