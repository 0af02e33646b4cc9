/**
 * One copy of each short label the facts repeat (claim keys, concepts, units, counted nouns): a
 * workspace states a few hundred claim keys a hundred thousand times, and each statement built its
 * own copy of the same string. Interning is only a saving; a full table is simply started anew.
 */

const LIMIT = 50_000;
let table = new Map<string, string>();

/** The shared copy of `s`. */
export function intern<S extends string | null>(s: S): S {
  if (s === null) return s;
  const known = table.get(s);
  if (known !== undefined) return known as S;
  if (table.size >= LIMIT) table = new Map();
  table.set(s, s);
  return s;
}
