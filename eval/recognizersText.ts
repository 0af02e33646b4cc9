/**
 * Microsoft Recognizers-Text specs (Number and NumberWithUnit, Hindi and English): every case lists
 * each figure with its text, span and resolution, so both values and spans are scored.
 */
import * as path from 'node:path';
import type { Figure, Qualifier } from '../server/src/core/types';
import { EVAL_DIR, listFiles, readJson } from './data';
import { scoreListedCase, type CaseOutcome, type Expectation } from './match';
import { tally, type Section } from './report';
import type { Analyse } from './analyse';
import { inConcordUnits, unitCode } from './units';

interface SpecResult {
  Text: string;
  TypeName: string;
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string; relativeTo?: string } | null;
  Start: number;
  End: number;
}

interface SpecCase {
  Input: string;
  Results: SpecResult[];
}

/** What one listed result asks for, or a reason it lies outside Concord's model. */
type Converted = { exp: Expectation; valueOnly: boolean; unknownUnit?: string } | { outside: string };

const ROOT = path.join(EVAL_DIR, 'numbers', 'recognizers-text');

/** Both Recognizers-Text sections (Number, NumberWithUnit), with files whose label contains `only`. */
export function recognizersTextSections(analyse: Analyse, only: string): Section[] {
  return (['Number', 'NumberWithUnit'] as const).map((kind) => {
    const rows = [];
    const unknown = new Set<string>();
    for (const language of ['Hindi', 'English']) {
      for (const file of listFiles(path.join(ROOT, kind, language), '.json')) {
        const label = `${kind}/${language}/${path.basename(file, '.json')}`;
        if (!`recognizers-text/${label}`.includes(only)) continue;
        rows.push(scoreFile(label, readJson(file) as SpecCase[], analyse, unknown));
      }
    }
    const notes = [
      'right: every listed figure found with its value (ranges by bounds, one-sided ranges by qualifier, money by ISO code) and no figure where none is listed',
      'NumberModel lists every number (dates are left to date models, so a date figure is not extra there; a date in digits, 5/17/2018, stands for the numbers written in it); the other files list only their type, so there only a figure of that type (a percent in PercentModel, money in CurrencyModel, …) counts as extra',
      'span: every listed figure found with the same [start,end) or text; results without a value (a bare "dollar") are allowed, not required',
    ];
    if (kind === 'Number') notes.push('relative ordinals ("last", "next one": end+0, current+1) are outside Concord\'s model and left out of the counts');
    if (unknown.size > 0) notes.push(`unit names missing from eval/units.ts (scored on value only): ${[...unknown].join(', ')}`);
    return { title: `recognizers-text ${kind}`, group: kind === 'Number' ? 'number' : 'unit', rows, notes };
  });
}

function scoreFile(label: string, cases: SpecCase[], analyse: Analyse, unknown: Set<string>): ReturnType<typeof tally> {
  const outcomes: CaseOutcome[] = [];
  let outside = 0;
  for (const c of cases) {
    const converted = c.Results.map((r) => convert(c.Input, r, label));
    if (converted.some((x) => 'outside' in x)) {
      outside++;
      continue;
    }
    const ok = converted as Exclude<Converted, { outside: string }>[];
    for (const x of ok) if (x.unknownUnit !== undefined) unknown.add(x.unknownUnit);
    const valueOnly = ok.some((x) => x.valueOnly);
    const figures = analyse(c.Input).figures;
    const read = label.includes('NumberModel') ? figures.flatMap(datePartsAsNumbers) : figures;
    outcomes.push(scoreListedCase(c.Input, ok.map((x) => x.exp), read, { valueOnly, listed: listedBy(label) }));
  }
  return tally(label, outcomes, outside > 0 ? [`${outside} outside model, not counted`] : []);
}

const TIME_UNITS = new Set(['year', 'month', 'week', 'day']);
const TEMPERATURE_UNITS = new Set(['°C', '°F', '°']);
const isMoney = (f: Figure): boolean => f.kind === 'currency' || (f.unit !== null && /^[A-Z]{3}$/.test(f.unit));

/**
 * Which figures a file lists. NumberModel lists every number (but no dates); the other models list only their own
 * type (a CurrencyModel case leaves its years and percentages unlisted), so only figures of that
 * type can be extra there.
 */
function listedBy(label: string): (f: Figure) => boolean {
  if (label.includes('Percent')) return (f) => f.kind === 'percent' || f.unit === '%';
  if (label.includes('Ordinal')) return (f) => f.kind === 'ordinal';
  if (label.includes('NumberRange')) return (f) => f.kind === 'range' || ONE_SIDED.has(f.qualifier);
  if (label.includes('Currency')) return isMoney;
  if (label.includes('Temperature')) return (f) => f.unit !== null && TEMPERATURE_UNITS.has(f.unit);
  if (label.includes('Age')) return (f) => TIME_UNITS.has(f.unit ?? f.counted ?? '');
  if (label.includes('Dimension')) return (f) => f.unit !== null && f.unit !== '%' && !isMoney(f) && !TEMPERATURE_UNITS.has(f.unit);
  // NumberModel lists numbers, not dates ("the May 4th" lists none): a date figure is not extra there.
  return (f) => f.kind !== 'date';
}

/** A date written in digits (5/17/2018) as the numbers written in it, which NumberModel lists one by one; other figures as they are. */
function datePartsAsNumbers(f: Figure): Figure[] {
  if (f.kind !== 'date' || f.digitRuns.length < 3) return [f];
  return f.digitRuns.map((r) => ({ ...f, start: r.start, end: r.end, text: f.text.slice(r.start - f.start, r.end - f.start), value: r.value, kind: 'cardinal', digits: r, digitRuns: [r] }));
}

const ONE_SIDED: ReadonlySet<Qualifier> = new Set(['more-than', 'less-than', 'at-least', 'at-most', 'range']);

function convert(input: string, r: SpecResult, label: string): Converted {
  const span = locate(input, r);
  const res = r.Resolution ?? {};
  if (r.TypeName === 'ordinal.relative' || (r.TypeName === 'ordinal' && res.relativeTo !== undefined && res.relativeTo !== 'start')) {
    return { outside: 'relative ordinal' };
  }
  const base = { span, text: r.Text, min: null, max: null };
  if (res.value === null || res.value === undefined || res.value === 'null') {
    return { exp: { ...base, value: null, optional: true }, valueOnly: false };
  }
  if (r.TypeName === 'numberrange') return { exp: { ...base, ...parseRange(res.value) }, valueOnly: false };
  if (r.TypeName === 'percentage') return { exp: { ...base, value: Number(res.value.replace(/%$/, '')), unit: '%' }, valueOnly: false };
  const value = Number(res.value);
  if (r.TypeName === 'ordinal') return { exp: { ...base, value, kind: 'ordinal' }, valueOnly: false };
  if (res.unit === undefined) return { exp: { ...base, value }, valueOnly: false };
  const own = res.isoCurrency === undefined ? inConcordUnits(value, res.unit) : { value, name: res.isoCurrency };
  const code = res.isoCurrency ?? unitCode(own.name, label.includes('Currency') ? 'money' : 'measure');
  if (code === null || code === undefined) return { exp: { ...base, value }, valueOnly: true, unknownUnit: code === undefined ? res.unit : undefined };
  return { exp: { ...base, value: own.value, unit: code }, valueOnly: false };
}

/**
 * The result's span. Some specs lower-case the text or miscount the start, so when the stated span
 * does not hold the text, the nearest case-insensitive occurrence is used instead.
 */
function locate(input: string, r: SpecResult): { start: number; end: number } {
  const stated = { start: r.Start, end: r.End + 1 };
  const want = r.Text.toLowerCase();
  if (input.slice(stated.start, stated.end).toLowerCase() === want) return stated;
  const lower = input.toLowerCase();
  let best = -1;
  for (let at = lower.indexOf(want); at >= 0; at = lower.indexOf(want, at + 1)) {
    if (best < 0 || Math.abs(at - r.Start) < Math.abs(best - r.Start)) best = at;
  }
  return best < 0 ? stated : { start: best, end: best + want.length };
}

/** Parses "(20,30]", "[20,)", "(,30)" into bounds and the qualifier a one-sided range means. */
export function parseRange(text: string): Pick<Expectation, 'value' | 'min' | 'max' | 'qualifiers'> {
  const m = /^([[(])\s*(-?[\d.eE+-]*)\s*,\s*(-?[\d.eE+-]*)\s*([\])])$/.exec(text.trim());
  if (m === null) return { value: text, min: null, max: null };
  const min = m[2] === '' ? null : Number(m[2]);
  const max = m[3] === '' ? null : Number(m[3]);
  let qualifiers: Qualifier[] | undefined;
  if (min !== null && max === null) qualifiers = [m[1] === '[' ? 'at-least' : 'more-than'];
  if (min === null && max !== null) qualifiers = [m[4] === ']' ? 'at-most' : 'less-than'];
  return { value: null, min, max, qualifiers };
}
