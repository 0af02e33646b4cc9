/**
 * The seed articles against gold labels written by hand (test/fixtures/seed-labels/figures, format in
 * the README there): recall and
 * precision of figures, agreement of kind/unit/qualifier/counted on the ones found, and words the
 * labels say are not figures but Concord reports.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Figure } from '../server/src/core/types';
import type { Analyse } from './analyse';
import { REPO, SHARED, listFiles, readJson, readText } from './data';
import { describeExpectations, describeFigure, describeFigures, figureMatches, overlaps, type Expectation } from './match';
import type { Failure, Row, Section } from './report';

interface GoldFigure {
  text: string;
  occurrence: number;
  value: number | string | null;
  unit: string | null;
  kind: Figure['kind'];
  qualifier: Figure['qualifier'];
  counted: string | null;
  min: number | null;
  max: number | null;
}

interface SeedLabels {
  file: string;
  figures: GoldFigure[];
  nonFigures: { text: string; occurrence: number }[];
}

/** Gold labels; CONCORD_SEED_LABELS points elsewhere (a draft set being written, say). */
const LABELS_DIR = process.env.CONCORD_SEED_LABELS ?? path.join(REPO, 'test', 'fixtures', 'seed-labels', 'figures');
const SEEDS_DIR = path.join(SHARED, 'seeds');
const ATTRIBUTES = ['kind', 'unit', 'qualifier', 'counted'] as const;

type Totals = { found: number; gold: number; correct: number; reported: number; nonFigureHits: number; nonFigures: number };

/** The seeds section; empty (with a note) until labels exist. */
export function seedsSection(analyse: Analyse, only: string): Section {
  const rows: Row[] = [];
  const notes: string[] = [];
  const all: Totals = { found: 0, gold: 0, correct: 0, reported: 0, nonFigureHits: 0, nonFigures: 0 };
  for (const file of listFiles(LABELS_DIR, '.json')) {
    const name = path.basename(file, '.json').replace(/\.figures$/, '');
    if (!`seeds/${name}`.includes(only)) continue;
    let labels: SeedLabels;
    try {
      labels = readJson(file) as SeedLabels;
    } catch (err) {
      // Labels are still being written; a half-written file is skipped, not fatal.
      notes.push(`${path.relative(REPO, file)} is not readable JSON yet (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    const textFile = path.join(SEEDS_DIR, path.basename(labels.file ?? `${name}.txt`));
    if (!existsSync(textFile)) {
      notes.push(`${name}: seed text ${textFile} not found`);
      continue;
    }
    const totals = scoreSeed(`seeds/${name}`, readText(textFile), labels, analyse, rows);
    for (const key of Object.keys(all) as (keyof Totals)[]) all[key] += totals[key];
  }
  if (rows.length === 0 && notes.length === 0) notes.push(`no seed labels yet in ${path.relative(REPO, LABELS_DIR)}/`);
  notes.push('recall: a gold figure is found when a Concord figure overlaps it with the same value (ranges by bounds); precision: share of Concord figures that found one');
  const summaryRows: Row[] = rows.length === 0 ? [] : [
    { label: 'recall', right: all.found, total: all.gold, failures: [] },
    { label: 'precision', right: all.correct, total: all.reported, failures: [] },
    { label: 'non-figures left alone', right: all.nonFigures - all.nonFigureHits, total: all.nonFigures, failures: [] },
  ];
  return { title: 'seeds (gold labels)', group: null, rows, notes, summaryRows };
}

function scoreSeed(label: string, text: string, labels: SeedLabels, analyse: Analyse, rows: Row[]): Totals {
  const figures = analyse(text).figures;
  const used = new Set<Figure>();
  const missed: Failure[] = [];
  const agree = Object.fromEntries(ATTRIBUTES.map((a) => [a, 0])) as Record<(typeof ATTRIBUTES)[number], number>;
  let found = 0;
  let unplaced = 0;
  for (const gold of labels.figures ?? []) {
    const span = nthOccurrence(text, gold.text, gold.occurrence);
    if (span === null) unplaced++;
    const exp = goldExpectation(gold, span);
    const match = span === null ? undefined : figures.find((f) => !used.has(f) && overlaps(span, f) && figureMatches(exp, f));
    if (match === undefined) {
      const near = span === null ? [] : figures.filter((f) => overlaps(span, f));
      missed.push({ input: context(text, span), expected: describeExpectations([exp]), got: describeFigures(near) });
      continue;
    }
    used.add(match);
    found++;
    for (const a of ATTRIBUTES) if (match[a] === gold[a]) agree[a]++;
  }
  const nonFigures = labels.nonFigures ?? [];
  const nonSpans = nonFigures.map((n) => nthOccurrence(text, n.text, n.occurrence)).filter((s) => s !== null);
  const wrong = figures.filter((f) => !used.has(f));
  const nonFigureHits = nonSpans.filter((s) => figures.some((f) => overlaps(s, f))).length;
  const agreement = ATTRIBUTES.map((a) => `${a} ${agree[a]}/${found}`).join(', ');
  rows.push({
    label: `${label} recall`, right: found, total: (labels.figures ?? []).length, failures: missed,
    note: `agree on found: ${agreement}${unplaced > 0 ? `; ${unplaced} gold text not found in the article` : ''}`,
  });
  rows.push({
    label: `${label} precision`, right: figures.length - wrong.length, total: figures.length,
    note: `false positives ${wrong.length}; non-figures reported: ${nonFigureHits}/${nonFigures.length}`,
    failures: wrong.map((f) => ({
      input: context(text, f),
      expected: nonSpans.some((s) => overlaps(s, f)) ? '(labelled not a figure)' : '(no gold figure with this value here)',
      got: describeFigure(f),
    })),
  });
  return { found, gold: (labels.figures ?? []).length, correct: figures.length - wrong.length, reported: figures.length, nonFigureHits, nonFigures: nonFigures.length };
}

/** What a gold label asks of a figure's value; kind, unit, qualifier and counted are compared apart. */
function goldExpectation(gold: GoldFigure, span: { start: number; end: number } | null): Expectation {
  const isRange = gold.min !== null && gold.min !== undefined && gold.max !== null && gold.max !== undefined;
  return { value: isRange ? null : gold.value ?? null, min: isRange ? gold.min : null, max: isRange ? gold.max : null, text: gold.text, span: span ?? undefined };
}

/** The span of the n-th (1-based) occurrence of `needle`, or null. */
function nthOccurrence(text: string, needle: string, occurrence: number): { start: number; end: number } | null {
  if (!needle) return null;
  let at = -1;
  for (let k = 0; k < Math.max(1, occurrence); k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + needle.length };
}

/** A little of the article around a span, so a failure can be read without opening the file. */
function context(text: string, span: { start: number; end: number } | null): string {
  if (span === null) return '(not found in the article)';
  const from = Math.max(0, span.start - 40);
  const to = Math.min(text.length, span.end + 40);
  return `…${text.slice(from, span.start)}⟦${text.slice(span.start, span.end)}⟧${text.slice(span.end, to)}…`;
}
