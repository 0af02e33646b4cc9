/**
 * `concord.figure-conflict`: the same claim stated with different figures in different files,
 * reported on each side, naming the other values and files, with links to them. Severity is
 * qualifier-aware: incompatible figures are a warning, compatible but different ones ("about 70"
 * vs 72) are information, equal ones say nothing. Statements with different explicit times
 * (2024 vs 2025) are not compared, nor are statements about different countries or events (see
 * claims/about.ts).
 * Reads the index; never rescans the workspace.
 */
import { centralValue, compareFigures, sameDay, sameTime, statementOf, type Agreement } from '../claims/compare';
import { aboutAll, aboutOf, differentFacts, type About } from '../claims/about';
import { conceptLabel } from '../claims/extract';
import { claimsByKeyOf, type Statement } from '../index/claimIndex';
import { isAccepted, isIgnored } from '../claims/decisions';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { describeValue } from '../features/describeFigure';
import { ruleSettings } from '../options';
import { isolate } from '../text/bidi';
import { rewriteDigits } from '../figures/digitForm';
import type { Claim, DocumentFacts, Figure, Finding, QuickFix, RelatedLocation } from '../types';
import { fewLeftOver, nearest, nearOrSlip, pairedByRank, tellsValue } from './nearValues';

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

/** Another file's statement of a claim that differs from this one. */
interface Other {
  doc: string;
  figure: Figure;
  agreement: 'conflict' | 'compatible';
}

/** What comparing one statement with the other files gave: null when they all agree. */
interface Outcome {
  others: Other[];
  values: string[];
  /** Title of the "accept this difference" fix. */
  acceptTitle: string;
  conflict: boolean;
  message: string;
  related: RelatedLocation[];
}

/**
 * Outcomes per index, document and claim key, kept while no other document changes that key:
 * typing in a file re-compares only the statements whose value it changed.
 */
const outcomeCache = new WeakMap<WorkspaceIndex, Map<string, Map<string, Kept>>>();

/** What one document keeps for one claim key while no other document changes the key. */
interface Kept {
  generation: number;
  /** The key's story generation the outcomes were made at (see `ClaimIndex.storyGeneration`); the rows stay true across stories. */
  story: number;
  /** Outcomes by the set of this document's statements, then by statement. */
  outcomes: Map<string, Map<string, Outcome | null>>;
  /** How each of this document's statements (by `statementOf`) compares with statements of the key: kept for typing (see `rowsOf`). */
  rows?: Map<string, Map<Statement, Agreement | 'same' | null>>;
}

/**
 * The entries holding comparison rows. Typing in one file re-compares its claims often, but rows
 * kept for every file would grow with the square of the files stating a common claim: when there
 * are this many, all are dropped at once.
 */
let rowHolders: Kept[] = [];
const ROW_HOLDERS = 64;

/** The comparison rows of a kept entry, made when missing. */
function rowsOf(kept: Kept): Map<string, Map<Statement, Agreement | 'same' | null>> {
  if (kept.rows) return kept.rows;
  if (rowHolders.length >= ROW_HOLDERS) {
    for (const k of rowHolders) k.rows = undefined;
    rowHolders = [];
  }
  rowHolders.push(kept);
  return (kept.rows = new Map());
}

/** Documents that state the same statements of a key, with those statements. */
interface DocGroup {
  statements: Statement[];
  docs: string[];
}

/** Each key's documents grouped by what they state, per index, for the key's generation. */
const groupCache = new WeakMap<WorkspaceIndex, Map<string, { generation: number; groups: DocGroup[] }>>();

/**
 * The documents stating a claim key, grouped by the statements they make: most state the same
 * figure, so comparing with a group stands for all its documents, and each key is grouped once per
 * generation for every document asking (not once per document, which grows with their square).
 */
function docGroups(index: WorkspaceIndex, claimKey: string, forDoc: string): DocGroup[] {
  let cache = groupCache.get(index);
  if (!cache) groupCache.set(index, (cache = new Map()));
  const generation = index.claimIndex.generation(claimKey);
  const kept = cache.get(claimKey);
  // Changes by the asking document alone leave the other documents' groups as they were (its own is skipped).
  if (kept && (kept.generation === generation || index.claimIndex.unchangedByOthers(claimKey, forDoc, kept.generation))) return kept.groups;
  const perDoc = new Map<string, Statement[]>();
  const ids = new Map<Statement, number>();
  for (const s of index.claimIndex.statements(claimKey).values()) {
    ids.set(s, ids.size);
    for (const doc of s.documents()) {
      const list = perDoc.get(doc);
      if (list) list.push(s);
      else perDoc.set(doc, [s]);
    }
  }
  const bySet = new Map<string, DocGroup>();
  for (const [doc, statements] of perDoc) {
    const signature = statements.map((st) => ids.get(st)).join(',');
    const group = bySet.get(signature);
    if (group) group.docs.push(doc);
    else bySet.set(signature, { statements, docs: [doc] });
  }
  const groups = [...bySet.values()];
  cache.set(claimKey, { generation, groups });
  return groups;
}

/** Cross-file findings of one document. */
export function figureConflicts(index: WorkspaceIndex, key: string, displayName: (doc: string) => string): Finding[] {
  let cache = outcomeCache.get(index);
  if (!cache) outcomeCache.set(index, (cache = new Map()));
  const doc = index.get(key);
  if (!doc) {
    cache.delete(key);
    return [];
  }
  const settings = ruleSettings(index.analysisOptions, FIGURE_CONFLICT, 'warning');
  if (!settings.enabled) return [];
  let byKey = cache.get(key);
  if (!byKey) cache.set(key, (byKey = new Map()));
  const claimIndex = index.claimIndex;
  const findings: Finding[] = [];
  const ownStatements = claimsByKeyOf(doc.facts);
  /** Outcomes of this file's statements, by claim key: each key compared once per call. */
  const byClaimKey = new Map<string, Map<string, Outcome | null>>();
  for (const claim of doc.facts.claims) {
    if (isIgnored(index.decisions, claim.key)) continue;
    const mine = doc.facts.figures[claim.figure];
    let outcomes = byClaimKey.get(claim.key);
    if (!outcomes) {
      let kept = byKey.get(claim.key);
      const story = claimIndex.storyGeneration(claim.key, key);
      if (!kept || !claimIndex.unchangedByOthers(claim.key, key, kept.generation)) {
        byKey.set(claim.key, (kept = { generation: claimIndex.generation(claim.key), story, outcomes: new Map() }));
      } else if (kept.story !== story) {
        kept.story = story;
        kept.outcomes = new Map();
      }
      // This file's statements of the claim are compared together (see compareKey), once per set of them.
      const own = ownStatements.get(claim.key)!.map((c) => ({ claim: c, figure: doc.facts.figures[c.figure] }));
      const ownSet = [...new Set(own.map((o) => statementOf(o.claim, o.figure)))].sort().join('\u0001');
      outcomes = kept.outcomes.get(ownSet);
      if (outcomes === undefined) kept.outcomes.set(ownSet, (outcomes = compareKey(index, key, claim.key, own, kept, displayName)));
      byClaimKey.set(claim.key, outcomes);
    }
    const outcome = outcomes.get(statementOf(claim, mine)) ?? null;
    if (outcome === null || isAccepted(index.decisions, claim.key, outcome.values)) continue;
    findings.push({
      start: mine.start,
      end: mine.end,
      code: FIGURE_CONFLICT,
      severity: outcome.conflict ? settings.severity : 'information',
      message: outcome.message,
      related: outcome.related,
      fixes: [
        ...useValueFixes(mine, outcome.others, displayName),
        { title: outcome.acceptTitle, edits: [], command: { id: ACCEPT_COMMAND, args: [{ claim: claim.key, values: outcome.values }] } },
        { title: `Ignore this claim (${conceptLabel(claim.concept)}, ${claim.predicate}) in every file`, edits: [], command: { id: IGNORE_COMMAND, args: [{ claim: claim.key }] } },
      ],
    });
  }
  // Keys this document no longer states are forgotten.
  const stated = claimsByKeyOf(doc.facts);
  if (byKey.size > stated.size) for (const k of byKey.keys()) if (!stated.has(k)) byKey.delete(k);
  return findings;
}

/**
 * This file's statements of a claim against every other file's statements of it at the same time,
 * each other file once: a file that also states a figure agrees with it, and its other figures of
 * the claim are other facts of the same kind ("a $3 billion loan … a first tranche of $1.2
 * billion"). A figure the other file states anywhere, as another claim or none ("Uttar Pradesh 17"
 * with no verb), is no difference either. When this file is left with several figures that the
 * other file does not state, Concord cannot tell which of them the other file tells differently (a
 * long report stating many percentages) and says nothing here, unless both sides are left with as
 * few and as many (see `pairedByRank`); the other file, when it is left with one, says it. Returns
 * the outcome of each of this file's statements (by `statementOf`).
 */
function compareKey(
  index: WorkspaceIndex,
  key: string,
  claimKey: string,
  own: readonly { claim: Claim; figure: Figure }[],
  kept: Kept,
  displayName: (doc: string) => string,
): Map<string, Outcome | null> {
  const options = index.analysisOptions;
  // This file's distinct statements (each with all its figures, in text order), and how each compares with a statement of the claim.
  const saying = new Map<string, (typeof own)[number][]>();
  for (const o of own) {
    const said = statementOf(o.claim, o.figure);
    const all = saying.get(said);
    if (all) all.push(o);
    else saying.set(said, [o]);
  }
  const mine = [...saying].map(([said, all]) => [said, all[all.length - 1]] as const);
  // What each of our statements is about (all its sentences): another file's figure about other countries or events is another fact.
  const myFacts = index.get(key)!.facts;
  const myAbout = [...saying.values()].map((all) => aboutAll(all.map((o) => aboutOf(myFacts, o.claim, o.figure))));
  const keptRows = rowsOf(kept);
  const rows = mine.map(([said]) => {
    let row = keptRows.get(said);
    if (!row) keptRows.set(said, (row = new Map()));
    return row;
  });
  const agree = (a: number, s: Statement): Agreement | 'same' | null => {
    let agreement = rows[a].get(s);
    if (agreement === undefined) {
      const m = mine[a][1];
      const found = sameTime(s, m.claim, true) || dayOrNone(s.time, m.claim.time) || dayOrNone(s.time, m.claim.time, MONTH) ? compareFigures(m.figure, s.first(), options) : null;
      rows[a].set(s, (agreement = found === null ? null : found === 'conflict' || found === 'compatible' ? found : 'same'));
    }
    return agreement;
  };
  // Our statements by time: only statements of one time are weighed against each other (a month named alone with none, see `MONTH`).
  const times = new Map<string | null, number[]>();
  mine.map(([, m]) => monthless(m.claim.time)).forEach((time, a) => times.set(time, [...(times.get(time) ?? []), a]));
  const others = mine.map((): Other[] => []);
  for (const { statements, docs } of docGroups(index, claimKey, key)) {
    const docsHere = docs.filter((d) => d !== key);
    if (docsHere.length === 0) continue;
    let theirFigures: (readonly Figure[])[] | undefined;
    const toldByAll = (a: number) => (theirFigures ??= docsHere.map((d) => index.get(d)?.facts.figures ?? [])).every((figures) => tellsValue(figures, mine[a][1].figure));
    for (const group of times.values()) {
      // Our statements these files do not state, as this claim or in any words: one left over is told differently there.
      // Past a few values left over none is (see `fewLeftOver`), and the rest are not read: a long file stating a common claim many times meets thousands of files.
      const ours = fewLeftOver(group, (a) => !statements.some((s) => agree(a, s) === 'same') && !toldByAll(a), (a) => centralValue(mine[a][1].figure));
      if (ours === null) continue;
      // Several left over, as many as theirs, are paired by rank (see `pairedByRank`).
      const leftOver = ours.length > 1 ? statements.filter((s) => !mine.some((_, x) => agree(x, s) === 'same') && !tellsValue(myFacts.figures, s.first())) : [];
      const paired = ours.length > 1 ? pairedByRank(ours.map((a) => mine[a][1].figure), leftOver) : null;
      if (ours.length !== 1 && !paired) continue;
      ours.forEach((a, k) => {
        // Any of our statements stating it (a round against none: see sameTime) agrees with it.
        // With several values of the claim on both sides (the seats of several parties), a value left over is told differently only near it: far off, it is another party's.
        const several = group.length > 1 && statements.length > 1;
        const differing = (paired ? paired[k] : statements).filter((s) => {
          const agreement = agree(a, s);
          return agreement !== null && agreement !== 'same' && !mine.some((_, x) => agree(x, s) === 'same') && !tellsValue(myFacts.figures, s.first()) && (!several || nearOrSlip(mine[a][1].figure, s));
        });
        for (const s of nearest(mine[a][1].figure, differing)) {
          const agreement = agree(a, s) as Other['agreement'];
          const mineTime = mine[a][1].claim.time;
          for (const doc of docsHere) {
            const theirs = index.get(doc)?.facts;
            // A file of the group that states our value in other words differs in nothing here.
            if (theirs && tellsValue(theirs.figures, mine[a][1].figure)) continue;
            for (const figure of s.figuresOf(doc)) {
              const about = theirs && aboutOfFigure(theirs, claimKey, figure);
              if (about && (differentFacts(myAbout[a], about) || !toldAlike(mineTime, myAbout[a], s.time, about))) continue;
              others[a].push({ doc, figure, agreement });
            }
          }
        }
      });
    }
  }
  return new Map(mine.map(([said, m], a) => [said, outcomeOf(m.claim, m.figure, others[a], displayName)]));
}

/** The outcome of one statement against the differing statements of other files, or null when there are none. */
function outcomeOf(claim: Claim, mine: Figure, others: Other[], displayName: (doc: string) => string): Outcome | null {
  if (others.length === 0) return null;
  // Files in a stable order, whatever order they were indexed or edited in.
  others.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.figure.start - b.figure.start));
  const conflict = others.some((o) => o.agreement === 'conflict');
  const values = differingValues(mine, others);
  const named = values.slice(0, MAX_VALUES).map(isolate).join(' / ') + (values.length > MAX_VALUES ? ` / … ${values.length} values` : '');
  return { others, values, acceptTitle: `Accept this difference (${named}) for this claim`, conflict, ...conflictText(mine, claim, others, conflict, displayName) };
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

function conflictText(mine: Figure, claim: Claim, others: Other[], conflict: boolean, displayName: (doc: string) => string): { message: string; related: RelatedLocation[] } {
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
  const what = conceptLabel(claim.concept);
  const verb = conflict ? 'contradicts' : 'differs from';
  const related: RelatedLocation[] = others.slice(0, MAX_LINKS).map((o) => ({
    doc: o.doc,
    start: o.figure.start,
    end: o.figure.end,
    message: `${isolate(describeValue(o.figure))} (${what}, ${claim.predicate})`,
  }));
  return { message: `${isolate(describeValue(mine))} (${what}, ${claim.predicate}) ${verb} ${summary}${more}.`, related };
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
    if (fixes.length >= MAX_VALUE_FIXES) break;
    if (typeof o.figure.value !== 'number' || seen.has(o.figure.value)) continue;
    seen.add(o.figure.value);
    const digits = Number((o.figure.value / scale).toPrecision(12));
    const newText = rewriteDigits(String(digits), { system: run.system, grouping: run.grouping === 'none' && digits >= 10000 ? 'western' : run.grouping });
    if (newText === null) continue;
    fixes.push({ title: `Use the value from ${isolate(displayName(o.doc))}: ${isolate(newText)}`, edits: [{ start: run.start, end: run.end, newText }] });
  }
  return fixes;
}

/** Whether a time is a day: `2024-11-15`, `--11-15`. */
const DAY = /-\d{2}-\d{2}$/;

/** A month named alone (`--04`; claims/extract.ts `withMonths`): another file may leave it out, so it is weighed with no time. */
const MONTH = /^--\d{2}$/;
const monthless = (time: string | null): string | null => (time !== null && MONTH.test(time) ? null : time);

/** Whether one statement is timed by a day in its sentence (or a month, `MONTH`) and the other by nothing (see `toldAlike`). */
function dayOrNone(a: string | null, b: string | null, time = DAY): boolean {
  return (a === null) !== (b === null) && time.test(a ?? b!);
}

/**
 * Whether two statements compared are of one time. A statement timed by a day in its sentence ("on
 * Monday, 24 February") and one with no time of its own are when the second's document dates its
 * story that day (a dateline, a lead): a translation often moves the day from the dateline into its
 * lead, or back. An undated document says nothing, and is not compared.
 */
function toldAlike(mine: string | null, myAbout: About, theirs: string | null, theirAbout: About): boolean {
  if (!dayOrNone(mine, theirs)) return true;
  const [day, untimed] = mine !== null ? [mine, theirAbout] : [theirs!, myAbout];
  return !!untimed.dated && sameDay(day, untimed.dated, myAbout.looseDays !== theirAbout.looseDays);
}

/** What another document's statement of a claim key by `figure` is about. */
function aboutOfFigure(facts: DocumentFacts, claimKey: string, figure: Figure): About {
  const claim = claimsByKeyOf(facts).get(claimKey)?.find((c) => facts.figures[c.figure] === figure);
  return aboutOf(facts, claim ?? { events: [], concept: '', predicate: '', key: claimKey }, figure);
}
