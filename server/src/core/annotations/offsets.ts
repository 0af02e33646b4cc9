/**
 * Offset conversion between the three units annotation formats use: UTF-16 code units (the editor,
 * LSP, JavaScript strings), Unicode code points (brat, W3C Web Annotation, Python) and UTF-8 bytes
 * (files on disk, byte-offset tools). One converter per text; each conversion is a binary search
 * over a checkpoint table plus a scan of at most one block, so a whole file converts in linear time.
 */

const BLOCK = 64;

/** Converts offsets of one text between UTF-16 units, code points and UTF-8 bytes. */
export class OffsetConverter {
  /** Code-point and byte offsets at every BLOCK-th UTF-16 offset (block starts never split a pair). */
  private readonly starts: number[] = [];
  private readonly points: number[] = [];
  private readonly bytes: number[] = [];

  /** Builds the checkpoint table in one pass over `text`. */
  constructor(private readonly text: string) {
    let points = 0;
    let bytes = 0;
    let i = 0;
    let next = 0;
    while (i <= text.length) {
      if (i >= next) {
        this.starts.push(i);
        this.points.push(points);
        this.bytes.push(bytes);
        next = i + BLOCK;
      }
      if (i === text.length) break;
      const width = unitWidth(text, i);
      bytes += utf8Length(text, i);
      points++;
      i += width;
    }
  }

  /** Length of the text in code points. */
  get codePointLength(): number {
    return this.fromUtf16(this.text.length).points;
  }

  /** Code point and byte offsets of a UTF-16 offset (an offset inside a surrogate pair counts as its start). */
  fromUtf16(offset: number): { points: number; bytes: number } {
    const o = clamp(offset, this.text.length);
    const b = lastAtMost(this.starts, o);
    let i = this.starts[b];
    let points = this.points[b];
    let bytes = this.bytes[b];
    while (i < o) {
      const width = unitWidth(this.text, i);
      if (i + width > o) break;
      bytes += utf8Length(this.text, i);
      points++;
      i += width;
    }
    return { points, bytes };
  }

  /** Code-point offset of a UTF-16 offset. */
  toCodePoint(utf16: number): number {
    return this.fromUtf16(utf16).points;
  }

  /** UTF-8 byte offset of a UTF-16 offset. */
  toByte(utf16: number): number {
    return this.fromUtf16(utf16).bytes;
  }

  /** UTF-16 offset of a code-point offset (clamped to the text). */
  fromCodePoint(points: number): number {
    return this.scanTo(this.points, points, () => 1);
  }

  /** UTF-16 offset of a UTF-8 byte offset; a byte inside a character maps to that character's start. */
  fromByte(bytes: number): number {
    return this.scanTo(this.bytes, bytes, (i) => utf8Length(this.text, i));
  }

  private scanTo(table: number[], target: number, step: (i: number) => number): number {
    if (target <= 0) return 0;
    const b = lastAtMost(table, target);
    let i = this.starts[b];
    let at = table[b];
    while (i < this.text.length) {
      const next = at + step(i);
      if (next > target) break;
      at = next;
      i += unitWidth(this.text, i);
    }
    return i;
  }
}

/** 2 at the high half of a valid surrogate pair, else 1. */
function unitWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** UTF-8 length of the character starting at `i` (a lone surrogate encodes as U+FFFD, 3 bytes). */
function utf8Length(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  return unitWidth(text, i) === 2 ? 4 : 3;
}

function clamp(offset: number, max: number): number {
  return offset < 0 ? 0 : offset > max ? max : offset;
}

/** Index of the last entry ≤ value in an ascending array (0 when none). */
function lastAtMost(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
