/**
 * Plain-words descriptions of a figure for hovers and the CLI: value in Latin digits and in the
 * document's own digits, unit, qualifier and kind.
 */
import type { DigitSystem, Figure, Lang } from '../types';
import { isolate } from '../text/bidi';

const KIND_WORDS: Readonly<Record<Figure['kind'], string>> = {
  cardinal: 'count',
  ordinal: 'ordinal',
  percent: 'percentage',
  currency: 'amount of money',
  date: 'date',
  year: 'year',
  range: 'range',
  reference: 'reference',
};

const QUALIFIER_WORDS: Readonly<Record<Figure['qualifier'], string>> = {
  exact: 'exact',
  approx: 'approximately',
  'more-than': 'more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'at-most': 'at most',
  range: 'range',
};

/** BCP 47 locale used to write numbers in a digit system. */
const SYSTEM_LOCALE: Readonly<Record<DigitSystem, string>> = { latn: 'en', arabext: 'fa', arab: 'ar', deva: 'hi' };

const formatters = new Map<DigitSystem, Intl.NumberFormat>();

/** Formats a number in a digit system with that system's separators (Intl, CLDR data). */
export function formatNumber(value: number, system: DigitSystem): string {
  let f = formatters.get(system);
  if (!f) {
    f = new Intl.NumberFormat(SYSTEM_LOCALE[system], { numberingSystem: system, maximumFractionDigits: 20, useGrouping: true });
    formatters.set(system, f);
  }
  return f.format(value);
}

/** The value of a figure in one digit system ("25–26", "83,500,000", "2025-10-25"). */
export function formatValue(figure: Figure, system: DigitSystem): string {
  if (typeof figure.value === 'string') return figure.value;
  if (figure.min !== null && figure.max !== null) return `${formatNumber(figure.min, system)}–${formatNumber(figure.max, system)}`;
  if (figure.value === null) return 'no definite value';
  return formatNumber(figure.value, system);
}

/** The facts of a figure as short labelled lines (no markup). */
export function describeFigure(figure: Figure, lang: Lang): { label: string; value: string }[] {
  const docSystem = figure.digits?.system ?? (lang === 'fa' ? 'arabext' : 'latn');
  const latin = formatValue(figure, 'latn');
  const own = formatValue(figure, docSystem);
  const unit = figure.unit ? ` ${figure.unit}` : '';
  const rows = [{ label: 'Value', value: `${isolate(latin + unit)}${own !== latin ? ` · ${isolate(own)}` : ''}` }];
  rows.push({ label: 'Kind', value: KIND_WORDS[figure.kind] });
  if (figure.qualifier !== 'exact' && figure.qualifier !== 'range') rows.push({ label: 'Qualifier', value: QUALIFIER_WORDS[figure.qualifier] });
  if (figure.counted) rows.push({ label: 'Counts', value: isolate(figure.counted) });
  return rows;
}

const QUALIFIER_SIGNS: Readonly<Record<Figure['qualifier'], string>> = {
  exact: '',
  approx: '~',
  'more-than': '>',
  'less-than': '<',
  'at-least': '≥',
  'at-most': '≤',
  range: '',
};

/** Descriptions of figures already described (facts are immutable, so a figure's never changes). */
const described = new WeakMap<Figure, string>();

/** A short value for messages and code lenses: "~70", ">110", "83,500,000 USD", "25–26". */
export function describeValue(figure: Figure): string {
  let text = described.get(figure);
  if (text === undefined) {
    const unit = figure.unit ? (figure.unit === '%' ? '%' : ` ${figure.unit}`) : '';
    text = `${QUALIFIER_SIGNS[figure.qualifier]}${formatValue(figure, 'latn')}${unit}`;
    described.set(figure, text);
  }
  return text;
}
