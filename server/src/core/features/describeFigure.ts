/**
 * Plain-words descriptions of a figure for hovers and the CLI: value in Latin digits and in the
 * document's own digits, unit, qualifier and kind.
 */
import type { DigitSystem, Figure, Lang } from '../types';
import { isolate } from '../text/bidi';
import { CONVENTIONAL_DIGITS } from '../rules/digitSystemNames';
import { groupDigits } from '../figures/digitForm';

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

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number in a digit system with that system's separators (Intl, CLDR data); `grouping` false writes 2025, not 2,025. */
export function formatNumber(value: number, system: DigitSystem, grouping = true): string {
  // Whole numbers in ASCII digits, most of them, are written as Intl writes them in English (-1,234,567) without its cost.
  if (system === 'latn' && Number.isSafeInteger(value) && !Object.is(value, -0)) {
    const digits = groupDigits(String(Math.abs(value)), grouping ? 'western' : 'none', ',');
    return value < 0 ? `-${digits}` : digits;
  }
  const key = grouping ? system : `${system}:plain`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(SYSTEM_LOCALE[system], { numberingSystem: system, maximumFractionDigits: 20, useGrouping: grouping });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** A year as written, 1000–2999 (a span of years is a range of two). */
const yearLike = (n: number | null) => n !== null && Number.isInteger(n) && n >= 1000 && n <= 2999;

/** Whether a figure names rather than measures (a year, a span of years, Article 2021): its number is written without grouping. */
function isLabel(figure: Figure): boolean {
  if (figure.kind === 'year' || figure.kind === 'reference') return true;
  return figure.kind === 'range' && figure.unit === null && figure.counted === null && yearLike(figure.min) && yearLike(figure.max);
}

/** The value of a figure in one digit system ("25–26", "83,500,000", "2025-10-25", "2011–2020"). */
export function formatValue(figure: Figure, system: DigitSystem): string {
  if (typeof figure.value === 'string') return figure.value;
  const grouping = !isLabel(figure);
  if (figure.min !== null && figure.max !== null) return `${formatNumber(figure.min, system, grouping)}–${formatNumber(figure.max, system, grouping)}`;
  if (figure.value === null) return 'no definite value';
  return formatNumber(figure.value, system, grouping);
}


const documentSystems = new WeakMap<readonly Figure[], DigitSystem>();

/** The digit system most digit runs of a document's figures are written in, else its language's convention. */
export function documentDigitSystem(figures: readonly Figure[], lang: Lang): DigitSystem {
  let system = documentSystems.get(figures);
  if (system === undefined) {
    const counts = new Map<DigitSystem, number>();
    for (const f of figures) for (const r of f.digitRuns) counts.set(r.system, (counts.get(r.system) ?? 0) + 1);
    system = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? CONVENTIONAL_DIGITS[lang];
    documentSystems.set(figures, system);
  }
  return system;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date value in plain words: 2025-03-15 → 15 March 2025, --03-15 → 15 March, 2025-03 → March 2025; else as it is. */
function dateInWords(value: string): string {
  const m = /^(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?$/.exec(value);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return value;
  return [m[3] && String(Number(m[3])), month, m[1]].filter(Boolean).join(' ');
}

/**
 * The facts of a figure as short labelled lines (no markup). `docSystem`: the digits the document
 * writes (`documentDigitSystem`), shown beside the Latin ones; else the figure's own.
 */
export function describeFigure(figure: Figure, lang: Lang, docSystem: DigitSystem = figure.digits?.system ?? CONVENTIONAL_DIGITS[lang]): { label: string; value: string }[] {
  const latin = formatValue(figure, 'latn');
  const unit = figure.unit ? ` ${figure.unit}` : '';
  // The document's digits, and the figure's own where it writes others (a Persian ۱۸ in an ASCII article).
  const forms = [...new Set([docSystem, figure.digits?.system ?? docSystem].map((s) => formatValue(figure, s)))].filter((f) => f !== latin);
  const words = typeof figure.value === 'string' && figure.kind === 'date' ? dateInWords(figure.value) : latin;
  const shown = words !== latin ? `${isolate(words)} · ${isolate(latin)}` : isolate(latin + unit);
  const rows = [{ label: 'Value', value: [shown, ...forms.map(isolate)].join(' · ') }];
  // A number with a unit of measure (9.76 km, 20 لاکھ ٹن) is a measurement, not a count.
  const measured = figure.kind === 'cardinal' && figure.unit !== null;
  rows.push({ label: 'Kind', value: measured ? 'measurement' : KIND_WORDS[figure.kind] });
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
