/**
 * Facebook Duckling corpora: each text is one expression with a value (or bounds) and a unit, and no
 * spans, so the main figure of the text is judged (see scoreExpression).
 */
import * as path from 'node:path';
import type { Qualifier } from '../server/src/core/types';
import type { Analyse } from './analyse';
import { EVAL_DIR, listFiles, readJson } from './data';
import { describeFigures, scoreExpression, type CaseOutcome, type Expectation } from './match';
import { tally, type Row, type Section } from './report';
import { inConcordUnits, unitCode } from './units';

interface DucklingCase {
  text: string;
  expr: string | null;
  kind: 'simple' | 'between' | 'under' | 'above' | 'negative' | 'other';
  unit: string | null;
  value: number | [number, number] | null;
}

/** Dimensions that are plain numbers; the others carry a unit and count toward the unit target. */
const NUMBER_DIMENSIONS = new Set(['Numeral', 'Ordinal']);

/** Duckling's open-ended kinds and the Concord qualifiers that say the same. */
const BOUND_QUALIFIERS: Readonly<Record<'under' | 'above', readonly Qualifier[]>> = {
  under: ['less-than', 'at-most'],
  above: ['more-than', 'at-least'],
};

const ROOT = path.join(EVAL_DIR, 'numbers', 'duckling');

/** The Duckling sections (numbers, units), with files whose label contains `only`. */
export function ducklingSections(analyse: Analyse, only: string): Section[] {
  const numbers: Row[] = [];
  const units: Row[] = [];
  const unknown = new Set<string>();
  for (const file of listFiles(ROOT, '.json')) {
    const name = path.basename(file, '.json');
    const label = `duckling/${name}`;
    if (!label.includes(only)) continue;
    const dimension = name.split('_')[0];
    const outcomes = (readJson(file) as DucklingCase[]).map((c) => scoreCase(c, dimension, analyse, unknown));
    (NUMBER_DIMENSIONS.has(dimension) ? numbers : units).push(tally(label, outcomes));
  }
  const notes = [
    'right: the main figure (longest) has the value; between → min/max, under → less-than/at-most, above → more-than/at-least; no spans in this set',
    'units: money as ISO 4217, measures as Concord symbols (km, mi, g, L, °C); a measure in another unit of the same dimension is compared after conversion (Duckling normalises mass to grams: "0.5 kg" = 500 Gram, which 0.5 kg meets)',
  ];
  if (unknown.size > 0) notes.push(`unit names missing from eval/units.ts (scored on value only): ${[...unknown].join(', ')}`);
  return [
    { title: 'duckling numbers', group: 'number', rows: numbers, notes: notes.slice(0, 1) },
    { title: 'duckling units', group: 'unit', rows: units, notes },
  ];
}

function scoreCase(c: DucklingCase, dimension: string, analyse: Analyse, unknown: Set<string>): CaseOutcome {
  const figures = analyse(c.text).figures;
  if (c.kind === 'negative') {
    // "exactly dollars": nothing here has a value, so a figure with one is a false find.
    const right = figures.every((f) => f.value === null && f.min === null && f.max === null);
    return { input: c.text, expected: '(no figure with a value)', got: describeFigures(figures), right, spanRight: null, valueOnly: false };
  }
  const { exp, valueOnly } = expectation(c, dimension, unknown);
  return scoreExpression(c.text, exp, figures, valueOnly);
}

function expectation(c: DucklingCase, dimension: string, unknown: Set<string>): { exp: Expectation; valueOnly: boolean } {
  const parsed = c.kind === 'other' ? parseExpr(c.expr ?? '') : c;
  const exp: Expectation = { value: null, min: null, max: null };
  if (dimension === 'Ordinal') exp.kind = 'ordinal';
  if (Array.isArray(parsed.value)) [exp.min, exp.max] = parsed.value;
  else exp.value = parsed.value;
  if (parsed.kind === 'under' || parsed.kind === 'above') exp.qualifiers = BOUND_QUALIFIERS[parsed.kind];
  if (parsed.unit === null || NUMBER_DIMENSIONS.has(dimension)) return { exp, valueOnly: false };
  const own = typeof exp.value === 'number' ? inConcordUnits(exp.value, parsed.unit) : { value: exp.value, name: parsed.unit };
  const code = unitCode(own.name, dimension === 'AmountOfMoney' ? 'money' : 'measure');
  if (code === undefined) unknown.add(parsed.unit);
  if (code === null || code === undefined) return { exp, valueOnly: true };
  return { exp: { ...exp, value: own.value, unit: code }, valueOnly: false };
}

/** Reads the value of an `other` case from its expression: "between Gram (100,1000) (Just …)". */
function parseExpr(expr: string): Pick<DucklingCase, 'kind' | 'unit' | 'value'> {
  const m = /^(simple|between|under|above) (\w+) \(?([-\d.e]+)(?:\s*,\s*([-\d.e]+))?/.exec(expr);
  if (m === null) return { kind: 'other', unit: null, value: null };
  const kind = m[1] as DucklingCase['kind'];
  return { kind, unit: m[2], value: m[4] !== undefined ? [Number(m[3]), Number(m[4])] : Number(m[3]) };
}
