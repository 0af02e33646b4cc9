/**
 * Line starts of a text, to turn UTF-16 offsets into 0-based line/character pairs (LSP
 * positions) and back. Lines end at \n; a \r before it belongs to the line it ends.
 */

/** A 0-based line and UTF-16 character. */
export interface LineCharacter {
  line: number;
  character: number;
}

/** Line-start table of one text. */
export class LineIndex {
  private readonly starts: number[];

  /** Builds the table in one pass. */
  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  /** Number of lines. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Position of an offset (clamped to the text). */
  positionAt(offset: number): LineCharacter {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /** Offset of a position (clamped to its line). */
  offsetAt(position: LineCharacter): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    return Math.max(start, Math.min(start + position.character, next));
  }
}
