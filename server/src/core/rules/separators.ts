/**
 * `concord.separators`: one document writes large numbers with inconsistent grouping (2,500 and
 * 2500; Western 1,234,567 and Indian 12,34,567) or with two decimal separators (83.5 and ۸۳٫۵).
 * Years are left alone. The fix rewrites a figure in the document's majority style, keeping its
 * value and digit system. `concord.digits.grouping` can ask for one grouping per language instead.
 */
import { digitSystemOf, rewriteDigits, SYSTEM_SEPARATORS } from '../figures/digitForm';
import { isolate } from '../text/bidi';
import type { DigitForm, DigitRun, DigitSystem, Figure, Finding } from '../types';
import type { DocumentRule } from './rule';

/** Numbers with fewer integer digits than this are often written without grouping on purpose. */
const MIN_GROUPED_DIGITS = 5;

type Style = DigitForm['grouping'];

function integerDigits(run: DigitRun, text: string): number {
  const raw = text.slice(run.start, run.end);
  const intPart = run.decimalSeparator ? raw.slice(0, raw.lastIndexOf(run.decimalSeparator)) : raw;
  return intPart.replace(/[^\p{Nd}]/gu, '').length;
}

/** The rule. */
export const separators: DocumentRule = {
  id: 'concord.separators',
  defaultSeverity: 'information',
  description: 'A document groups large numbers or writes decimals inconsistently.',
  check(facts, text, options, severity) {
    const runs: { run: DigitRun; figure: Figure }[] = [];
    for (const figure of facts.figures) {
      if (figure.kind === 'year' || figure.kind === 'date' || figure.kind === 'reference') continue;
      for (const run of figure.digitRuns) runs.push({ run, figure });
    }
    const large = runs.filter((r) => integerDigits(r.run, text) >= MIN_GROUPED_DIGITS);
    const preferred = options.preferredGrouping?.[facts.lang];
    const wanted = preferred && preferred !== 'dominant' ? preferred : null;
    const grouping = wanted ?? majorityStyle(large.map((r) => text.slice(r.run.start, r.run.end)), large.map((r) => r.run));
    const decimals = runs.filter((r) => r.run.decimalSeparator);
    const decimal = majority(decimals.map((r) => r.run.decimalSeparator));
    const findings: Finding[] = [];
    for (const { run, figure } of large) {
      if (!grouping || run.grouping === grouping) continue;
      const raw = text.slice(run.start, run.end);
      const newText = rewriteDigits(raw, { system: run.system, grouping });
      // 52,009 is written so in both groupings: it is no inconsistency.
      if (newText === raw) continue;
      const why = wanted ? `the setting concord.digits.grouping asks for ${describe(grouping)} in this language` : `this document mostly groups ${describe(grouping)}`;
      if (newText) findings.push(finding(run, figure, `${isolate(figure.text)} is grouped ${describe(run.grouping)}; ${why}.`, newText, severity));
    }
    for (const { run, figure } of decimals) {
      if (!decimal || run.decimalSeparator === decimal) continue;
      const raw = text.slice(run.start, run.end);
      const at = raw.lastIndexOf(run.decimalSeparator);
      const newText = raw.slice(0, at) + decimal + raw.slice(at + 1);
      findings.push(finding(run, figure, `${isolate(figure.text)} uses ${isolate(run.decimalSeparator)} as decimal separator; this document mostly uses ${isolate(decimal)}.`, newText, severity));
    }
    return findings;
  },
};

function describe(style: Style): string {
  return style === 'none' ? 'without separators' : style === 'indian' ? 'the Indian way (12,34,567)' : 'the Western way (1,234,567)';
}

/**
 * The grouping most large numbers are written in. A number writes the same way in more than one
 * (52,009 is Western and Indian alike) and counts for each, so one Indian 3,71,383 among five-digit
 * amounts is no minority.
 */
function majorityStyle(raws: readonly string[], runs: readonly DigitRun[]): Style | null {
  if (new Set(runs.map((r) => r.grouping)).size < 2) return null;
  const counts = new Map<Style, number>();
  runs.forEach((run, k) => {
    for (const style of STYLES) {
      if (style === run.grouping || (!surelyRegrouped(raws[k], run.system, style) && rewriteDigits(raws[k], { system: run.system, grouping: style }) === raws[k])) {
        counts.set(style, (counts.get(style) ?? 0) + 1);
      }
    }
  });
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

const STYLES: readonly Style[] = ['western', 'indian', 'none'];

/**
 * Whether `rewriteDigits` surely writes a digit run otherwise in `style` (without rewriting it): a run
 * holding its system's group separator loses it without grouping, and a run of digits alone longer than
 * a group gains one in either grouping.
 */
function surelyRegrouped(raw: string, system: DigitSystem, style: Style): boolean {
  if (style === 'none') return raw.includes(SYSTEM_SEPARATORS[system].group);
  if (raw.length <= 3) return false;
  for (let i = 0; i < raw.length; i++) if (digitSystemOf(raw.charCodeAt(i)) === null) return false;
  return true;
}

/** The most frequent value, or null when there is nothing to be consistent with. */
function majority<T>(values: T[]): T | null {
  if (new Set(values).size < 2) return null;
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

function finding(run: DigitRun, figure: Figure, message: string, newText: string, severity: Finding['severity']): Finding {
  return {
    start: run.start,
    end: run.end,
    code: separators.id,
    severity,
    message,
    related: [],
    fixes: [{ title: `Write ${isolate(figure.text.slice(run.start - figure.start, run.end - figure.start))} as ${isolate(newText)}`, edits: [{ start: run.start, end: run.end, newText }], preferred: true }],
  };
}
