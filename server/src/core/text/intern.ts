/**
 * One copy of each short label the facts repeat (claim keys, concepts, times): a workspace states
 * a few hundred claim keys a hundred thousand times, and each statement built its own copy of the
 * same string. Interning is only a saving; a full table is simply started anew.
 */

const LIMIT = 50_000;
let table = new Map<string, string>();
let pairs = new Map<string, Map<string, string>>();

/** The shared copy of `s`. */
export function intern<S extends string | null>(s: S): S {
  if (s === null) return s;
  const known = table.get(s);
  if (known !== undefined) return known as S;
  if (table.size >= LIMIT) table = new Map();
  table.set(s, s);
  return s;
}

/** The shared copy of `a + separator + b`, found without building that string when it is known. */
export function internJoined(a: string, separator: string, b: string): string {
  let inner = pairs.get(a);
  if (!inner) {
    if (pairs.size >= LIMIT) pairs = new Map();
    pairs.set(a, (inner = new Map()));
  }
  let joined = inner.get(b);
  if (joined === undefined) inner.set(b, (joined = intern(`${a}${separator}${b}`)));
  return joined;
}

/**
 * A copy of `s` that holds no other string: a word sliced from a document (V8 slices strings of 13
 * units or more) would keep the whole document alive in a table that outlives it.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : Array.from(s).join('');
}
