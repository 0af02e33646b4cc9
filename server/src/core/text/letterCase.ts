/** Letter case where scripts have it (Latin). */

const UPPER = /\p{Lu}/u;

/** Whether the character at `offset` of `text` is an upper-case letter (ASCII at once, others by Unicode). */
export function isUpperAt(text: string, offset: number): boolean {
  const code = text.codePointAt(offset);
  if (code === undefined) return false;
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER.test(String.fromCodePoint(code));
}
