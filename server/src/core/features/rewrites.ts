/**
 * Rewrites of a figure that keep its value, offered as code actions on the figure under the
 * cursor: another digit system (with that system's separators), another grouping (Western
 * 1,234,567 / Indian 12,34,567 / none), or another scale word (18,900 بلین → 18.9 ٹریلین,
 * 2500000 → 25 लाख). Never applied automatically.
 */
import { formatNumber } from './describeFigure';
import { rewriteDigits, SYSTEM_SEPARATORS } from '../figures/digitForm';
import { figureLexicon } from '../lexicon/figureLexicon';
import { DIGIT_SYSTEM_NAMES } from '../rules/digitSystemNames';
import { isolate } from '../text/bidi';
import { foldWord } from '../text/fold';
import { replaceWithin } from '../text/replace';
import type { DigitForm, DigitSystem, Figure, Lang, QuickFix } from '../types';

/**
 * The digit systems news in each language writes, in the order offered: Urdu and Persian write ASCII
 * or Persian digits, Hindi ASCII or Devanagari, Arabic Arabic-Indic or ASCII. Devanagari digits in an
 * Urdu article, or Arabic-Indic ones in a Hindi or English one, are no normalisation anyone wants.
 */
const LANG_SYSTEMS: Readonly<Record<Lang, readonly DigitSystem[]>> = {
  ur: ['latn', 'arabext'],
  fa: ['arabext', 'latn'],
  ar: ['arab', 'latn'],
  hi: ['latn', 'deva'],
  en: ['latn'],
  und: ['latn', 'arabext', 'arab', 'deva'],
};
const GROUPINGS: readonly DigitForm['grouping'][] = ['western', 'indian', 'none'];
const GROUPING_NAMES: Record<DigitForm['grouping'], string> = { western: 'Western grouping (1,234,567)', indian: 'Indian grouping (12,34,567)', none: 'no grouping' };
/** Figures smaller than this are not offered scale words. */
const MIN_SCALED = 1000;
/** Scales below this take whole mantissas only (33 ہزار, not 1.386 हज़ार). */
const MIN_FRACTIONAL_SCALE = 1e5;
/** Decimal places a mantissa may have under a larger scale (3.15 million, not 3.155 million). */
const MAX_MANTISSA_DECIMALS = 2;

/** Value-preserving rewrites of a figure written in a document of language `lang`. */
export function figureRewrites(figure: Figure, text: string, lang: Lang): QuickFix[] {
  if (figure.kind === 'date' || figure.kind === 'year' || figure.kind === 'reference' || figure.digitRuns.length === 0) return [];
  const fixes: QuickFix[] = [];
  const used = new Set(figure.digitRuns.map((r) => r.system));
  for (const system of LANG_SYSTEMS[lang]) {
    if (used.size === 1 && used.has(system)) continue;
    const edits = figure.digitRuns.flatMap((r) => {
      const newText = r.system === system ? null : rewriteDigits(text.slice(r.start, r.end), { system });
      return newText === null ? [] : [{ start: r.start, end: r.end, newText }];
    });
    if (edits.length > 0) fixes.push({ title: `Write in ${DIGIT_SYSTEM_NAMES[system]}: ${isolate(replaceWithin(text, figure.number, edits))}`, edits });
  }
  const groupable = figure.digitRuns.filter((r) => text.slice(r.start, r.end).replace(/\D/gu, '').length >= 5);
  for (const grouping of GROUPINGS) {
    const edits = groupable.flatMap((r) => {
      if (r.grouping === grouping) return [];
      const raw = text.slice(r.start, r.end);
      const newText = rewriteDigits(raw, { system: r.system, grouping });
      // 18,900 is written so in both groupings: offering it would change nothing.
      return newText === null || newText === raw ? [] : [{ start: r.start, end: r.end, newText }];
    });
    if (edits.length > 0) fixes.push({ title: `Use ${GROUPING_NAMES[grouping]}: ${isolate(replaceWithin(text, figure.number, edits))}`, edits });
  }
  fixes.push(...scaleRewrites(figure, text, lang));
  return fixes;
}

/** The same value with another scale word, or in plain digits. */
function scaleRewrites(figure: Figure, text: string, lang: Lang): QuickFix[] {
  const run = figure.digits;
  // 1000th is no thousand: an ordinal keeps its digits.
  if (!run || figure.digitRuns.length !== 1 || figure.kind === 'ordinal') return [];
  const numberValue = figure.number.value;
  if (numberValue === null || numberValue < MIN_SCALED) return [];
  const { decimal } = SYSTEM_SEPARATORS[run.system];
  // A currency glued before the digits (Rs3.2m, USD3 billion) stays: only the number is rewritten.
  const start = figure.number.start < run.start && !/\s/u.test(text.slice(figure.number.start, run.start)) ? run.start : figure.number.start;
  // A unit its neighbours give (20 लाख in "30 लाख रुपये, 20 लाख और 10 लाख रुपये") holds only while
  // the figure keeps their scale word: 2,000,000 there reads as a bare count.
  const ownWords = figure.start !== figure.number.start || figure.end !== figure.number.end;
  const glued = start !== figure.number.start || /^\S/u.test(text.slice(run.end, figure.number.end));
  if (figure.unit !== null && !ownWords && !glued) return [];
  const current = text.slice(start, figure.number.end);
  const candidates: string[] = [];
  for (const [scale, word, maxMantissa = 1000] of figureLexicon(lang).preferredScales) {
    const mantissa = numberValue / scale;
    const places = scale < MIN_FRACTIONAL_SCALE ? 1 : 10 ** MAX_MANTISSA_DECIMALS;
    if (mantissa < 1 || mantissa >= maxMantissa || Math.abs(mantissa * places - Math.round(mantissa * places)) > 1e-6) continue;
    const digits = formatNumber(Number(mantissa.toFixed(3)), run.system).replace(/[,٬]/g, '').replace(/[.٫]/, decimal);
    // The same digits with another spelling of the same scale (12 हजार → 12 हज़ार) is no rewrite.
    if (digits === text.slice(run.start, run.end) && foldWord(word) === foldWord(text.slice(run.end, figure.number.end).trim())) continue;
    candidates.push(`${digits} ${word}`);
  }
  if (figure.number.end > run.end) candidates.push(formatNumber(numberValue, run.system));
  return candidates
    .filter((c) => c !== current)
    .map((newText) => ({ title: `Rewrite as ${isolate(newText)}`, edits: [{ start, end: figure.number.end, newText }] }));
}
