/**
 * Spans kept as one typed array (start, end, start, end, …): a document's sentences and paragraphs
 * weigh two numbers each in the index instead of an object each.
 */
import type { Span, SpanList } from '../types';

/** A compact list of spans in text order. */
export function spanList(spans: readonly Span[]): SpanList {
  return new PackedSpans(spans);
}

class PackedSpans implements SpanList {
  readonly length: number;
  private readonly data: Int32Array;

  constructor(spans: readonly Span[]) {
    this.length = spans.length;
    this.data = new Int32Array(spans.length * 2);
    spans.forEach((s, i) => {
      this.data[2 * i] = s.start;
      this.data[2 * i + 1] = s.end;
    });
  }

  start(i: number): number {
    return this.data[2 * i];
  }

  end(i: number): number {
    return this.data[2 * i + 1];
  }

  indexAt(offset: number): number {
    let [lo, hi] = [0, this.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.data[2 * mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return hi >= 0 && this.data[2 * lo] <= offset && offset <= this.data[2 * lo + 1] ? lo : -1;
  }
}
