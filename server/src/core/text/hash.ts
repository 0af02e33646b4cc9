/**
 * A fast content hash (two FNV-1a lanes, 64 bits in hex) for caching facts by text. Not
 * cryptographic: it only has to tell different texts apart in one workspace.
 */

/** Hashes a string (with an optional salt such as the options key). */
export function contentHash(text: string, salt = ''): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  const all = salt ? `${salt}\u0000${text}` : text;
  for (let i = 0; i < all.length; i++) {
    const c = all.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
