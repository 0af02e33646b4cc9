/**
 * Entities on the seed articles against labels written by hand before the detector ran
 * (test/fixtures/seed-labels/entities/<seed>.json), with NO workspace knowledge base: mentions
 * found, linked to the right entity across the five files, and precision/recall per type.
 *
 * A gold mention is every word-bounded occurrence of its text that is not inside a longer gold
 * text; the label's `count` says how many the labeller expected, and a mismatch is reported as a
 * label problem rather than silently scored.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { EntityIndex } from '../server/src/core/index/entityIndex';
import type { EntityMention, EntityType, Span } from '../server/src/core/types';
import type { Analyse } from './analyse';
import { REPO, SHARED, listFiles, readJson, readJsonLines, readText } from './data';
import { overlaps } from './match';
import type { Failure, Row, Section } from './report';

interface EntityLabels {
  seed: string;
  entities: Record<string, { type: EntityType; name: string }>;
  mentions: { text: string; entity: string; count: number }[];
  /** Texts that contain a name-like word but are not mentions (they claim their span, e.g. سپلائی چین "supply chain"). */
  nonMentions?: { text: string; count: number }[];
}

/** A placed gold mention. */
interface Gold extends Span {
  text: string;
  entity: string;
  type: EntityType;
}

interface Scored {
  doc: string;
  text: string;
  gold: Gold[];
  /** Mentions scored against the labels (country adjectives left out, as the labels leave them out). */
  found: EntityMention[];
  /** Every mention detected: all of them are linked, as in the editor. */
  all: EntityMention[];
}

const LABELS_DIR = path.join(REPO, 'test', 'fixtures', 'seed-labels', 'entities');
const SEEDS_DIR = path.join(SHARED, 'seeds');
const TYPES: readonly EntityType[] = ['person', 'place', 'organisation', 'document', 'other'];
const WORD = /[\p{L}\p{M}]/u;

/** Word-bounded occurrences of every label text, longest texts first so they claim their spans. */
export function placeLabels(text: string, labels: EntityLabels, problems: string[]): Gold[] {
  const taken: Span[] = [];
  const gold: Gold[] = [];
  const none = (labels.nonMentions ?? []).map((n) => ({ ...n, entity: '' }));
  const ordered = [...labels.mentions, ...none].sort((a, b) => b.text.length - a.text.length);
  for (const m of ordered) {
    const type = m.entity === '' ? 'other' : labels.entities[m.entity]?.type;
    if (!type) problems.push(`${labels.seed}: entity ${m.entity} of "${m.text}" is not declared`);
    let placed = 0;
    for (let at = text.indexOf(m.text); at >= 0; at = text.indexOf(m.text, at + 1)) {
      const span = { start: at, end: at + m.text.length };
      if (WORD.test(text[at - 1] ?? '') || WORD.test(text[span.end] ?? '')) continue;
      if (taken.some((t) => overlaps(t, span))) continue;
      taken.push(span);
      if (m.entity !== '') gold.push({ ...span, text: m.text, entity: m.entity, type: type ?? 'other' });
      placed++;
    }
    if (placed !== m.count) problems.push(`${labels.seed}: "${m.text}" occurs ${placed} times, the label expects ${m.count}`);
  }
  return gold.sort((a, b) => a.start - b.start);
}

/** The entity section of the accuracy report. */
export function entitiesSection(analyse: Analyse, only: string): Section | null {
  if (only !== '' && !'entities'.includes(only) && !only.includes('entit')) return null;
  const notes: string[] = [];
  const scored: Scored[] = [];
  let adjectives = 0;
  for (const file of listFiles(LABELS_DIR, '.json')) {
    const labels = readJson(file) as EntityLabels;
    const textFile = path.join(SEEDS_DIR, labels.seed);
    if (!existsSync(textFile)) {
      notes.push(`${labels.seed}: seed text not found`);
      continue;
    }
    const text = readText(textFile);
    const doc = `seeds/${path.basename(file, '.json').slice(0, 3)}`;
    // The labels leave nationality adjectives out (their note says so): mentions Concord flags as a
    // country's adjective (روسی) are counted apart, not scored as mentions; they are linked all the same.
    const all = analyse(text).entities;
    const found = all.filter((m) => !m.adjective);
    adjectives += all.length - found.length;
    scored.push({ doc, text, gold: placeLabels(text, labels, notes), found, all });
  }
  if (adjectives > 0) notes.push(`${adjectives} country adjectives found (flagged adjective) are not scored: the labels leave nationality adjectives out`);
  if (scored.length === 0) return { title: 'entities (seed labels, no knowledge base)', group: null, rows: [], notes: [...notes, `no entity labels in ${path.relative(REPO, LABELS_DIR)}/`] };
  const linkedRight = linkedMentions(scored);
  const rows: Row[] = [];
  for (const s of scored) {
    const matched = s.gold.map((g) => s.found.find((f) => overlaps(f, g)) ?? null);
    const typed = s.gold.filter((g, i) => matched[i]?.type === g.type).length;
    const exact = s.gold.filter((g, i) => matched[i]?.start === g.start && matched[i]?.end === g.end).length;
    const correct = s.found.filter((f) => s.gold.some((g) => overlaps(f, g)));
    rows.push({
      label: `${s.doc} mentions found`, right: matched.filter((m) => m !== null).length, total: s.gold.length,
      note: `right type ${typed}, exact span ${exact}`,
      failures: s.gold.flatMap((g, i) => (matched[i] && matched[i]!.type === g.type ? [] : [{ input: context(s.text, g), expected: `${g.type} ${g.entity}`, got: matched[i] ? describe(matched[i]!) : '(nothing)' }])),
    });
    const right = s.gold.filter((g) => linkedRight.has(`${s.doc}@${g.start}`)).length;
    rows.push({ label: `${s.doc} linked right`, right, total: s.gold.length, failures: [] });
    rows.push({
      label: `${s.doc} precision`, right: correct.length, total: s.found.length,
      failures: s.found.filter((f) => !correct.includes(f)).map((f): Failure => ({ input: context(s.text, f), expected: '(no gold mention here)', got: describe(f) })),
    });
  }
  notes.push('found: a detected mention overlaps the gold span; linked right: its entity (across all five seeds) is the one most of that gold entity\'s mentions landed in, and that entity is mostly this gold entity');
  return { title: 'entities (seed labels, no knowledge base)', group: null, rows, notes, summaryRows: perTypeRows(scored, linkedRight) };
}

/**
 * Mentions linked to the right entity: cluster every found mention through the real EntityIndex,
 * give each gold entity the cluster most of its mentions landed in, and accept a mention when its
 * cluster is that one and the cluster belongs mostly to that gold entity.
 */
function linkedMentions(scored: readonly Scored[]): Set<string> {
  const index = new EntityIndex();
  for (const s of scored) index.update(s.doc, { entities: s.all });
  const clusterOf = new Map<string, string>();
  const votes = new Map<string, Map<string, number>>();
  const owners = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, a: string, b: string) => {
    const inner = m.get(a) ?? new Map<string, number>();
    inner.set(b, (inner.get(b) ?? 0) + 1);
    m.set(a, inner);
  };
  for (const s of scored) {
    for (const g of s.gold) {
      const i = s.all.findIndex((f) => overlaps(f, g) && !f.adjective);
      if (i < 0) continue;
      const entity = index.mentionsIn(s.doc)[i]?.entity.id;
      if (!entity) continue;
      clusterOf.set(`${s.doc}@${g.start}`, entity);
      bump(votes, g.entity, entity);
      bump(owners, entity, g.entity);
    }
  }
  const top = (m: Map<string, number> | undefined): string | null => (m ? [...m.entries()].sort((a, b) => b[1] - a[1])[0][0] : null);
  const right = new Set<string>();
  for (const s of scored) {
    for (const g of s.gold) {
      const key = `${s.doc}@${g.start}`;
      const cluster = clusterOf.get(key);
      if (cluster && top(votes.get(g.entity)) === cluster && top(owners.get(cluster)) === g.entity) right.add(key);
    }
  }
  return right;
}

/** Recall per gold type (found with that type) and precision per detected type, over all seeds. */
function perTypeRows(scored: readonly Scored[], linkedRight: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  for (const type of TYPES) {
    const gold = scored.flatMap((s) => s.gold.filter((g) => g.type === type).map((g) => ({ s, g })));
    const found = scored.flatMap((s) => s.found.filter((f) => f.type === type).map((f) => ({ s, f })));
    if (gold.length === 0 && found.length === 0) continue;
    const recalled = gold.filter(({ s, g }) => s.found.some((f) => f.type === type && overlaps(f, g))).length;
    const precise = found.filter(({ s, f }) => s.gold.some((g) => g.type === type && overlaps(f, g))).length;
    rows.push({ label: `${type} recall`, right: recalled, total: gold.length, failures: [] });
    rows.push({ label: `${type} precision`, right: precise, total: found.length, failures: [] });
  }
  const all = scored.flatMap((s) => s.gold.map((g) => ({ s, g })));
  rows.push({ label: 'all mentions found', right: all.filter(({ s, g }) => s.found.some((f) => overlaps(f, g))).length, total: all.length, failures: [] });
  rows.push({ label: 'all linked right', right: all.filter(({ s, g }) => linkedRight.has(`${s.doc}@${g.start}`)).length, total: all.length, failures: [] });
  const found = scored.flatMap((s) => s.found.map((f) => ({ s, f })));
  rows.push({ label: 'all precision', right: found.filter(({ s, f }) => s.gold.some((g) => overlaps(f, g))).length, total: found.length, failures: [] });
  return rows;
}

function describe(m: EntityMention): string {
  return `${m.type} "${m.text}" ${m.id ?? '(no id)'} ${m.source} ${m.confidence}`;
}

function context(text: string, span: Span): string {
  return `${text.slice(Math.max(0, span.start - 30), span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, span.end + 30)}`;
}

interface ParallelUnit {
  id: string;
  en: string;
  hi?: string;
  ur?: string;
  fa?: string;
}

const TICO = path.join(SHARED, 'eval', 'parallel', 'tico19-dev.jsonl');

/**
 * Held-out check on text no entity table was written from: TICO-19 gives the same sentence in
 * English, Hindi, Urdu and Persian, so the known entities (built-in ids) found in each language
 * should be the ones found in English. Recall: English ids also found in the language; precision:
 * the language's ids also found in English.
 */
export function entitiesParallelSection(analyse: Analyse, only: string): Section | null {
  if (only !== '' && !'entities parallel tico19'.includes(only) && !only.includes('entit')) return null;
  if (!existsSync(TICO)) return null;
  const units = readJsonLines(TICO) as ParallelUnit[];
  const ids = (text: string | undefined): Set<string> => new Set(text ? analyse(text).entities.flatMap((m) => (m.id ? [m.id] : [])) : []);
  const rows: Row[] = [];
  for (const lang of ['hi', 'ur', 'fa'] as const) {
    let both = 0;
    let english = 0;
    let own = 0;
    const missed: Failure[] = [];
    const extra: Failure[] = [];
    for (const u of units) {
      const en = ids(u.en);
      const other = ids(u[lang]);
      const shared = [...en].filter((id) => other.has(id));
      both += shared.length;
      english += en.size;
      own += other.size;
      if (shared.length < en.size) missed.push({ input: `${u.id}: ${u[lang] ?? ''}`, expected: [...en].join(', '), got: [...other].join(', ') || '(none)' });
      if (shared.length < other.size) extra.push({ input: `${u.id}: ${u.en}`, expected: [...en].join(', ') || '(none)', got: [...other].join(', ') });
    }
    rows.push({ label: `tico19 ${lang} recall of English ids`, right: both, total: english, failures: missed });
    rows.push({ label: `tico19 ${lang} precision against English`, right: both, total: own, failures: extra });
  }
  const notes = ['ids of built-in entities (countries, cities, organisations) per sentence, compared with the English sentence; English lower-case sentences find fewer names (names must be capitalised there), which lowers the precision figures'];
  return { title: 'entities (tico19 parallel, built-in ids vs English)', group: null, rows, notes };
}
