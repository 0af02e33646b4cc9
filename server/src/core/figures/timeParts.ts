/**
 * A span of time told in parts is one span: "سه سال و شش ماه" (three years and six months), "دو سال
 * چھ ماہ", "2 साल 6 महीने", "3 hours and 20 minutes". Like a length in parts (gluedFigure.ts
 * `lengthParts`), the whole is given in the smaller unit (42 months, 200 minutes), so a prison term
 * told as "three and a half years" in one report and "three years and six months" in another is no
 * conflict of 3.5 years against 3.
 */
import { joinedRuns } from './draft';
import { plainCount } from './ellipsis';
import type { FigureScope, FoundFigure } from './recognize';
import { isCommaWord } from '../text/tokens';

/** A span's next smaller part and how many of it make one: a year is 12 months. */
const SMALLER: Readonly<Record<string, { part: string; per: number }>> = {
  year: { part: 'month', per: 12 },
  week: { part: 'day', per: 7 },
  hour: { part: 'minute', per: 60 },
  minute: { part: 'second', per: 60 },
};

/** Joins a whole span of time with the smaller part after it into one figure; returns the figures. */
export function joinTimeParts(scope: FigureScope, found: FoundFigure[]): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k];
    const b = found[k + 1];
    const smaller = a.figure.counted === null ? undefined : SMALLER[a.figure.counted];
    if (b && smaller && wholeSpan(a) && wholeSpan(b) && b.figure.counted === smaller.part && b.figure.qualifier === 'exact' && (b.figure.value as number) < smaller.per && partFollows(scope, a, b)) {
      const value = (a.figure.value as number) * smaller.per + (b.figure.value as number);
      const end = b.figure.end;
      a.figure = { ...a.figure, end, text: scope.text.slice(a.figure.start, end), value, counted: smaller.part, digitRuns: joinedRuns(a.figure.digitRuns, b.figure.digitRuns) };
      a.last = b.last;
      if (b.outerLast !== undefined) a.outerLast = b.outerLast;
      out.push(a);
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** A plain whole count of a span, without a unit: "سه" in سه سال, "6" in 6 ماہ. */
function wholeSpan(f: FoundFigure): boolean {
  return plainCount(f.figure) && (f.figure.value as number) > 0;
}

/** Whether only the first span's noun, and then at most a comma and "and", stand between the two numbers: سال و, साल, years and. */
function partFollows(scope: FigureScope, a: FoundFigure, b: FoundFigure): boolean {
  const noun = scope.lex.concepts.match(scope.words, (a.outerLast ?? a.last) + 1);
  if (!noun || noun.value !== a.figure.counted) return false;
  let k = (a.outerLast ?? a.last) + 1 + noun.count;
  if (isCommaWord(scope.words[k])) k++;
  if (scope.lex.dayJoiners.has(scope.words[k])) k++;
  return k === (b.outerFirst ?? b.first);
}
