/**
 * `concord.figure-conflict`: the same claim stated with different figures in different files,
 * reported on each side, naming the other values and files, with links to them. Severity is
 * qualifier-aware: incompatible figures are a warning, compatible but different ones ("about 70"
 * vs 72) are information, equal ones say nothing. Statements with different explicit times
 * (2024 vs 2025) are not compared. Reads the index; never rescans the workspace.
 */
import { compareFigures } from '../claims/compare';
import { isAccepted, isIgnored } from '../claims/decisions';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { describeValue } from '../features/describeFigure';
import { ruleSettings } from '../options';
import { isolate } from '../text/bidi';
import { rewriteDigits } from '../figures/digitForm';
import type { Claim, DocumentFacts, Figure, Finding, QuickFix, RelatedLocation, Severity } from '../types';

/** Rule id. */
export const FIGURE_CONFLICT = 'concord.figure-conflict';
/** Server command that records an accepted difference. */
export const ACCEPT_COMMAND = 'concord.acceptDifference';
/** Server command that records an ignored claim. */
export const IGNORE_COMMAND = 'concord.ignoreClaim';
/** Most related links in one diagnostic; the rest are counted. */
const MAX_LINKS = 5;
/** Most values named in one message; the rest are counted. */
const MAX_VALUES = 5;
/** Most "use the value from" fixes offered on one figure. */
const MAX_VALUE_FIXES = 3;

/** Cross-file findings of one document. */
export function figureConflicts(index: WorkspaceIndex, key: string, displayName: (doc: string) => string): Finding[] {
  const doc = index.get(key);
  if (!doc) return [];
  const settings = ruleSettings(index.analysisOptions, FIGURE_CONFLICT, 'warning');
  if (!settings.enabled) return [];
  const findings: Finding[] = [];
  for (const claim of doc.facts.claims) {
    if (isIgnored(index.decisions, claim.key)) continue;
    const mine = doc.facts.figures[claim.figure];
    const others: { doc: string; figure: Figure; claim: Claim; agreement: 'conflict' | 'compatible' }[] = [];
    for (const otherKey of index.documentsWithClaim(claim.key)) {
      if (otherKey === key) continue;
      const other = index.get(otherKey)!;
      for (const c of claimsWithKey(other.facts, claim.key)) {
        if (!sameTime(claim, c)) continue;
        const figure = other.facts.figures[c.figure];
        const agreement = compareFigures(mine, figure, index.analysisOptions);
        if (agreement === 'conflict' || agreement === 'compatible') others.push({ doc: otherKey, figure, claim: c, agreement });
      }
    }
    if (others.length === 0) continue;
    const values = differingValues(mine, others);
    if (isAccepted(index.decisions, claim.key, values)) continue;
    const severity: Severity = others.some((o) => o.agreement === 'conflict') ? settings.severity : 'information';
    const finding = conflictFinding(mine, claim, others, severity, displayName);
    finding.fixes.push(
      { title: `Accept this difference (${values.map(isolate).join(' / ')}) for this claim`, edits: [], command: { id: ACCEPT_COMMAND, args: [{ claim: claim.key, values }] } },
      { title: `Ignore this claim (${claim.concept}, ${claim.predicate}) in every file`, edits: [], command: { id: IGNORE_COMMAND, args: [{ claim: claim.key }] } },
    );
    findings.push(finding);
  }
  return findings;
}

/** A document's claims by key, built once per facts (facts are immutable). */
const claimsByKey = new WeakMap<DocumentFacts, Map<string, Claim[]>>();

function claimsWithKey(facts: DocumentFacts, key: string): readonly Claim[] {
  let byKey = claimsByKey.get(facts);
  if (!byKey) {
    byKey = new Map();
    for (const c of facts.claims) {
      const list = byKey.get(c.key);
      if (list) list.push(c);
      else byKey.set(c.key, [c]);
    }
    claimsByKey.set(facts, byKey);
  }
  return byKey.get(key) ?? [];
}

/**
 * Statements are compared only when they state the same time or none: "100 by 6 October" and "110
 * at the ceremony", or 66 in 2001 and 110 now, are different facts, not a conflict.
 */
export function sameTime(a: Claim, b: Claim): boolean {
  return a.time === b.time;
}

/** "a", "a and b", "a, b and 3 more files". */
function listFiles(names: string[]): string {
  const shown = names.slice(0, MAX_LINKS).map(isolate);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more file${rest === 1 ? '' : 's'}`;
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** The distinct values stated for a claim, as messages write them, sorted. */
function differingValues(mine: Figure, others: { figure: Figure }[]): string[] {
  return [...new Set([mine, ...others.map((o) => o.figure)].map(describeValue))].sort();
}

function conflictFinding(
  mine: Figure,
  claim: Claim,
  others: { doc: string; figure: Figure; agreement: string }[],
  severity: Severity,
  displayName: (doc: string) => string,
): Finding {
  // "~70 in 000_….txt, 001_….txt and 004_….txt": one phrase per value, naming its files.
  const byValue = new Map<string, Set<string>>();
  for (const o of others) {
    const value = describeValue(o.figure);
    let files = byValue.get(value);
    if (!files) byValue.set(value, (files = new Set()));
    files.add(o.doc);
  }
  const fileCount = new Set(others.map((o) => o.doc)).size;
  const phrases = [...byValue.entries()]
    .slice(0, MAX_VALUES)
    .map(([value, docs]) => `${isolate(value)} in ${listFiles([...docs].map(displayName))}`);
  const moreValues = byValue.size - phrases.length;
  const summary = phrases.join('; ') + (moreValues > 0 ? `; and ${moreValues} more value${moreValues === 1 ? '' : 's'}` : '');
  const more = fileCount > MAX_LINKS ? ` (${fileCount} files; links to the first ${MAX_LINKS})` : '';
  const what = claim.concept.replace(/^money:/, '').replace(/^\w+:/, '');
  const verb = others.some((o) => o.agreement === 'conflict') ? 'contradicts' : 'differs from';
  const related: RelatedLocation[] = others.slice(0, MAX_LINKS).map((o) => ({
    doc: o.doc,
    start: o.figure.start,
    end: o.figure.end,
    message: `${isolate(describeValue(o.figure))} (${what}, ${claim.predicate})`,
  }));
  return {
    start: mine.start,
    end: mine.end,
    code: FIGURE_CONFLICT,
    severity,
    message: `${isolate(describeValue(mine))} (${what}, ${claim.predicate}) ${verb} ${summary}${more}.`,
    related,
    fixes: useValueFixes(mine, others, displayName),
  };
}

/**
 * "Use the value from <file>": rewrites this figure's digits to another file's value, in this
 * figure's own digit system and grouping, keeping any scale word (83.5 ملین → 80 ملین). Offered,
 * never applied automatically; only for figures written as one digit run.
 */
function useValueFixes(mine: Figure, others: { doc: string; figure: Figure }[], displayName: (doc: string) => string): QuickFix[] {
  const run = mine.digits;
  if (!run || mine.digitRuns.length !== 1 || typeof mine.value !== 'number' || run.value === 0) return [];
  const scale = mine.value / run.value;
  const fixes: QuickFix[] = [];
  const seen = new Set<number>();
  for (const o of others) {
    if (typeof o.figure.value !== 'number' || seen.has(o.figure.value) || fixes.length >= MAX_VALUE_FIXES) continue;
    seen.add(o.figure.value);
    const digits = Number((o.figure.value / scale).toPrecision(12));
    const newText = rewriteDigits(String(digits), { system: run.system, grouping: run.grouping === 'none' && digits >= 10000 ? 'western' : run.grouping });
    if (newText === null) continue;
    fixes.push({ title: `Use the value from ${isolate(displayName(o.doc))}: ${isolate(newText)}`, edits: [{ start: run.start, end: run.end, newText }] });
  }
  return fixes;
}
