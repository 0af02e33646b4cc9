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
import { replaceWithin } from '../text/replace';
import type { DigitForm, DigitSystem, Figure, Lang, QuickFix } from '../types';

const SYSTEMS: readonly DigitSystem[] = ['latn', 'arabext', 'arab', 'deva'];
const GROUPINGS: readonly DigitForm['grouping'][] = ['western', 'indian', 'none'];
const GROUPING_NAMES: Record<DigitForm['grouping'], string> = { western: 'Western grouping (1,234,567)', indian: 'Indian grouping (12,34,567)', none: 'no grouping' };
/** Figures smaller than this are not offered scale words. */
const MIN_SCALED = 1000;

/** Value-preserving rewrites of a figure written in a document of language `lang`. */
export function figureRewrites(figure: Figure, text: string, lang: Lang): QuickFix[] {
  if (figure.kind === 'date' || figure.kind === 'year' || figure.kind === 'reference' || figure.digitRuns.length === 0) return [];
  const fixes: QuickFix[] = [];
  const used = new Set(figure.digitRuns.map((r) => r.system));
  for (const system of SYSTEMS) {
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
      const newText = rewriteDigits(text.slice(r.start, r.end), { system: r.system, grouping });
      return newText === null ? [] : [{ start: r.start, end: r.end, newText }];
    });
    if (edits.length > 0) fixes.push({ title: `Use ${GROUPING_NAMES[grouping]}: ${isolate(replaceWithin(text, figure.number, edits))}`, edits });
  }
  fixes.push(...scaleRewrites(figure, text, lang));
  return fixes;
}

/** The same value with another scale word, or in plain digits. */
function scaleRewrites(figure: Figure, text: string, lang: Lang): QuickFix[] {
  const run = figure.digits;
  if (!run || figure.digitRuns.length !== 1) return [];
  const numberValue = figure.number.value;
  if (numberValue === null || numberValue < MIN_SCALED) return [];
  const { decimal } = SYSTEM_SEPARATORS[run.system];
  const current = text.slice(figure.number.start, figure.number.end);
  const candidates: string[] = [];
  for (const [scale, word] of figureLexicon(lang).preferredScales) {
    const mantissa = numberValue / scale;
    if (mantissa < 1 || mantissa >= 1000 || Math.abs(mantissa * 1000 - Math.round(mantissa * 1000)) > 1e-6) continue;
    candidates.push(`${formatNumber(Number(mantissa.toFixed(3)), run.system).replace(/[,٬]/g, '').replace(/[.٫]/, decimal)} ${word}`);
  }
  if (figure.number.end > run.end) candidates.push(formatNumber(numberValue, run.system));
  return candidates
    .filter((c) => c !== current)
    .map((newText) => ({ title: `Rewrite as ${isolate(newText)}`, edits: [{ start: figure.number.start, end: figure.number.end, newText }] }));
}
