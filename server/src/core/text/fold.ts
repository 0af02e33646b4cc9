/**
 * Offset-preserving folding for matching. Folding maps every digit system to ASCII, merges
 * Arabic-script letter variants (ي/ى→ی, ك→ک, heh variants→ه), drops marks that never change a
 * word's identity (ZWNJ/ZWJ, bidi controls, tatweel, harakat, Devanagari nukta), and unifies
 * chandrabindu with anusvara. Dropped characters shorten the text, so the result keeps a map
 * from every folded offset back to the original offset.
 */

/** Folded text with a map back to the original's UTF-16 offsets. */
export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /**
   * `toOriginal[i]` is the original offset of folded offset `i`; it has `text.length + 1` entries so
   * an exclusive end maps too. Null when nothing was dropped (offsets are then identical).
   */
  readonly toOriginal: Int32Array | null;
}

const DROP = -1;

/** Decodes folded code units when none is a surrogate: decoding is then the identity (it would replace a lone surrogate). */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Code units removed by folding: they never change which word a token is. */
const DROPPED_RANGES: readonly [number, number][] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x0610, 0x061a], // Arabic honorific signs and small high marks
  [0x061c, 0x061c], // Arabic letter mark (bidi)
  [0x0640, 0x0640], // tatweel
  [0x064b, 0x065f], // harakat
  [0x0670, 0x0670], // superscript alef
  [0x06d6, 0x06ed], // Quranic annotation marks
  [0x093c, 0x093c], // Devanagari nukta (decomposed)
  [0x200b, 0x200f], // ZWSP, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // BOM / ZWNBSP
];

/** Single code-unit replacements. */
const REPLACEMENTS: readonly [number, number][] = [
  [0x064a, 0x06cc], // Arabic yeh → Farsi yeh
  [0x0649, 0x06cc], // alef maksura → Farsi yeh
  [0x0643, 0x06a9], // Arabic kaf → keheh
  [0x06c1, 0x0647], // Urdu heh goal → heh
  [0x06be, 0x0647], // Urdu heh doachashmee → heh: Urdu typed on a Persian keyboard writes تهائی لینڈ, ابهی for تھائی لینڈ, ابھی
  [0x06c2, 0x0647], // heh goal with hamza → heh
  [0x06c0, 0x0647], // heh with yeh above → heh
  [0x06d5, 0x0647], // ae → heh
  [0x0629, 0x0647], // teh marbuta → heh
  [0x066a, 0x25], // Arabic percent sign → %
  [0x066b, 0x2e], // Arabic decimal separator → .
  [0x066c, 0x2c], // Arabic thousands separator → ,
  [0x00a0, 0x20], // no-break space → space
  [0x202f, 0x20], // narrow no-break space → space
  [0x0901, 0x0902], // chandrabindu → anusvara (पाँच = पांच)
  [0x0958, 0x0915], // precomposed nukta letters → base letters
  [0x0959, 0x0916],
  [0x095a, 0x0917],
  [0x095b, 0x091c],
  [0x095c, 0x0921],
  [0x095d, 0x0922],
  [0x095e, 0x092b],
  [0x095f, 0x092f],
  [0x2212, 0x2d], // minus sign → hyphen-minus
];

/** First code unit of each non-ASCII digit system; each has ten consecutive digits. */
const DIGIT_ZEROS: readonly number[] = [0x0660, 0x06f0, 0x0966];

let table: Int32Array | null = null;

/** Builds the 64K code-unit table once: identity except for the rules above. */
function foldTable(): Int32Array {
  if (table) return table;
  const t = new Int32Array(0x10000);
  for (let i = 0; i < t.length; i++) t[i] = i;
  for (const [from, to] of DROPPED_RANGES) for (let c = from; c <= to; c++) t[c] = DROP;
  for (const [from, to] of REPLACEMENTS) t[from] = to;
  for (const zero of DIGIT_ZEROS) for (let d = 0; d < 10; d++) t[zero + d] = 0x30 + d;
  table = t;
  return t;
}

/** Folds one code unit (for callers that fold single characters); -1 means dropped. */
export function foldCodeUnit(code: number): number {
  return foldTable()[code & 0xffff];
}

/** Folds a text for matching, keeping a map back to original offsets. Linear in the text. */
export function foldText(text: string): FoldedText {
  const t = foldTable();
  const n = text.length;
  // Text that folding leaves as it is (much English) is its own fold, without a buffer and a decoder.
  const out = unitBuffer(n);
  let surrogates = false;
  let same = 0;
  for (; same < n; same++) {
    const code = text.charCodeAt(same);
    if (t[code] !== code) break;
    if ((code & 0xf800) === 0xd800) surrogates = true;
    out[same] = code;
  }
  if (same === n) return { text, toOriginal: null };
  let map: Int32Array | null = null;
  let j = same;
  for (let i = same; i < n; i++) {
    const mapped = t[text.charCodeAt(i)];
    if ((mapped & 0xf800) === 0xd800) surrogates = true;
    if (mapped === DROP) {
      if (!map) {
        map = new Int32Array(n + 1);
        for (let k = 0; k < j; k++) map[k] = k;
      }
      continue;
    }
    if (map) map[j] = i;
    out[j++] = mapped;
  }
  if (map) map[j] = n;
  return { text: surrogates ? decodeUtf16(out, j) : UTF16.decode(out.subarray(0, j)), toOriginal: map ? map.subarray(0, j + 1) : null };
}

/** The folded code units of the last text folded (decoded into a string before `foldText` returns, so one buffer serves every text). */
let units = new Uint16Array(1024);
/** Longest text whose units the shared buffer takes; a longer one gets its own, so the buffer never holds much memory. */
const MAX_SHARED_UNITS = 1 << 20;

function unitBuffer(length: number): Uint16Array {
  if (length > MAX_SHARED_UNITS) return new Uint16Array(length);
  if (units.length < length) units = new Uint16Array(Math.min(MAX_SHARED_UNITS, Math.max(length, 2 * units.length)));
  return units;
}

/** Folds a short string (a word or phrase) without keeping the map. */
export function foldWord(word: string): string {
  // Most words handed here are folded already (tokens of folded text): those come back as they are,
  // without the buffers and the decoder a fold needs.
  const t = foldTable();
  let i = 0;
  while (i < word.length && t[word.charCodeAt(i)] === word.charCodeAt(i)) i++;
  if (i === word.length) return word;
  if (word.length > SHORT_WORD) return foldText(word).text;
  // The rest of a short word unit by unit: a decoder call costs more than the word (lone surrogates stay, as in foldText).
  let folded = word.slice(0, i);
  for (; i < word.length; i++) {
    const mapped = t[word.charCodeAt(i)];
    if (mapped !== DROP) folded += String.fromCharCode(mapped);
  }
  return folded;
}

/** Longest string `foldWord` folds unit by unit. */
const SHORT_WORD = 64;

/** Maps a folded offset back to the original text. */
export function toOriginalOffset(folded: FoldedText, offset: number): number {
  return folded.toOriginal ? folded.toOriginal[offset] : offset;
}

/** Decodes code units in chunks, lone surrogates kept: String.fromCharCode with a huge argument list overflows the stack. */
function decodeUtf16(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let s = '';
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return s;
}
