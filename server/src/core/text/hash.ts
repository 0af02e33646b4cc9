/**
 * A fast content hash (two FNV-1a lanes, 64 bits in hex) for caching facts by text. Not
 * cryptographic: it only has to tell different texts apart in one workspace.
 */

/** Hashes a string (with an optional salt such as the options key): the hash of `salt \0 text`, without building that string. */
export function contentHash(text: string, salt = ''): string {
  const lanes = [0x811c9dc5, 0x01000193 ^ text.length];
  if (salt) {
    mixIn(lanes, salt);
    mixIn(lanes, '\u0000');
  }
  mixIn(lanes, text);
  // Joined into one flat string (`+` keeps a pair of two: the index holds one per document and claim key).
  return [(lanes[0] >>> 0).toString(16).padStart(8, '0'), (lanes[1] >>> 0).toString(16).padStart(8, '0')].join('');
}

/** Feeds a string's code units to both lanes. */
function mixIn(lanes: number[], s: string): void {
  let [h1, h2] = lanes;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  lanes[0] = h1;
  lanes[1] = h2;
}
