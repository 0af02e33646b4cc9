/**
 * The figure recogniser: walks the tokens of each sentence and turns numbers into figures with a
 * value, kind, unit, qualifier and what they count. Each stage reads a small window of tokens, so
 * the whole pass is linear in the text.
 */
import type { Figure, Lang } from '../types';
import type { ParagraphTokens, Segmented } from '../text/segment';
import type { Token } from '../text/tokens';
import { readDigits } from './digitForm';
import { isPageFurniture } from './furniture';

/** What a figure stage needs to read the text around a number. */
export interface FigureScope {
  /** Original text. */
  text: string;
  seg: Segmented;
  /** Tokens of the sentence being read. */
  tokens: Token[];
  /** Language of the sentence's paragraph. */
  lang: Lang;
  /** Original offset of a folded offset. */
  orig(offset: number): number;
}

const RANGE_DASHES = new Set(['-', '–', '—']);
const PERCENT_SIGNS = new Set(['%', '٪']);

/** Finds the figures of one paragraph, appending them to `figures` in text order. Never throws. */
export function recognizeFigures(text: string, p: ParagraphTokens, seg: Segmented, figures: Figure[]): void {
  for (const range of p.sentences) {
    const tokens = p.tokens.slice(range.first, range.last);
    const scope: FigureScope = { text, seg, tokens, lang: p.lang, orig: seg.orig };
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].kind !== 'number') continue;
      if (isPageFurniture(scope, i)) continue;
      const read = readDigitFigure(scope, i);
      if (!read) continue;
      figures.push(read.figure);
      i = read.lastToken;
    }
  }
}

/** Reads a figure whose number is written in digits at token `i`. */
function readDigitFigure(scope: FigureScope, i: number): { figure: Figure; lastToken: number } | null {
  const { tokens, text, orig } = scope;
  const first = digitRun(scope, tokens[i]);
  if (!first) return null;
  const figure: Figure = {
    start: first.start,
    end: first.end,
    text: '',
    value: first.value,
    unit: null,
    counted: null,
    min: null,
    max: null,
    qualifier: 'exact',
    kind: 'cardinal',
    digits: first,
    digitRuns: [first],
  };
  let last = i;
  // A range: 25-26, ۲۰–۳۰ (the second number must be larger, else it is a date or an identifier).
  const dash = tokens[i + 1];
  const second = tokens[i + 2];
  if (dash && second && dash.kind === 'punct' && RANGE_DASHES.has(dash.text) && second.kind === 'number') {
    const run = digitRun(scope, second);
    if (run && run.value > first.value) {
      figure.digitRuns.push(run);
      figure.min = first.value;
      figure.max = run.value;
      figure.value = null;
      figure.kind = 'range';
      figure.qualifier = 'range';
      figure.end = run.end;
      last = i + 2;
    }
  }
  const after = tokens[last + 1];
  if (after && after.kind === 'punct' && PERCENT_SIGNS.has(after.text)) {
    figure.unit = '%';
    if (figure.kind !== 'range') figure.kind = 'percent';
    figure.end = orig(after.end);
    last++;
  } else if (figure.kind === 'cardinal' && isYear(first, tokens[i])) {
    figure.kind = 'year';
  }
  figure.text = text.slice(figure.start, figure.end);
  return { figure, lastToken: last };
}

/** A digit run in original offsets with its value and form. */
function digitRun(scope: FigureScope, token: Token) {
  const start = scope.orig(token.start);
  const end = scope.orig(token.end);
  const read = readDigits(scope.text.slice(start, end));
  if (!read) return null;
  return { start, end, value: read.value, ...read.form, integerDigits: read.integerDigits, hasDecimals: read.hasDecimals };
}

/** Four plain digits between 1800 and 2100 read as a year. */
function isYear(run: { value: number; integerDigits: number; hasDecimals: boolean; groupSeparator: string }, _token: Token): boolean {
  return run.integerDigits === 4 && !run.hasDecimals && run.groupSeparator === '' && run.value >= 1800 && run.value <= 2100;
}
