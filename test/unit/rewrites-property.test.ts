/**
 * Property: every rewrite Concord offers on a figure (digit system, grouping, scale word) keeps
 * its value. Thousands of seeded-random money figures in each language are written in a random
 * digit system and grouping, with or without a scale word; each offered rewrite is applied and
 * the text analysed again, and the figure at that place must have the same value and unit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureRewrites } from '../../server/src/core/features/rewrites';
import { rewriteDigits } from '../../server/src/core/figures/digitForm';
import { figureLexicon } from '../../server/src/core/lexicon/figureLexicon';
import type { DigitSystem, Figure } from '../../server/src/core/types';
import { figuresOf } from '../support/figures';
import { seededRandom as random } from '../support/randomText';
import { applyReplacements as applyEdits } from '../../server/src/core/text/replace';

/** Sentences with one slot for a money figure, per language; the unit is what the words say. */
const TEMPLATES: Record<'ur' | 'fa' | 'hi' | 'en', [string, string]> = {
  ur: ['حکومت نے منصوبے پر {n} روپے خرچ کیے۔', 'PKR'],
  fa: ['دولت برای این طرح {n} دلار هزینه کرد.', 'USD'],
  hi: ['सरकार ने इस योजना पर {n} रुपये खर्च किए।', 'INR'],
  en: ['The government spent {n} dollars on the plan.', 'USD'],
};
const SYSTEMS: DigitSystem[] = ['latn', 'arabext', 'arab', 'deva'];
const GROUPINGS = ['western', 'indian', 'none'] as const;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** The money figure of a text (the template holds exactly one). */
function moneyFigure(text: string): Figure | undefined {
  return figuresOf(text).find((f) => f.unit !== null && f.unit !== '%');
}

test('property: every offered rewrite of a figure keeps its value and unit', () => {
  const r = random(20261130);
  let figures = 0;
  let rewrites = 0;
  const failures: string[] = [];
  for (let i = 0; i < 1500 && failures.length < 5; i++) {
    const lang = pick(r, ['ur', 'fa', 'hi', 'en'] as const);
    const [template, unit] = TEMPLATES[lang];
    const scales = figureLexicon(lang).preferredScales;
    const scaled = r() < 0.5 && scales.length > 0;
    // Mantissas with up to two decimals under a scale word; plain integers up to 10^10 without.
    const ascii = scaled ? String(Math.round((1 + r() * 998) * 100) / 100) : String(Math.floor(r() ** 3 * 1e10) + 1);
    const digits = rewriteDigits(ascii, { system: pick(r, SYSTEMS), grouping: pick(r, GROUPINGS) }) ?? ascii;
    const number = scaled ? `${digits} ${pick(r, scales)[1]}` : digits;
    const text = template.replace('{n}', number);
    const before = moneyFigure(text);
    if (!before || before.unit !== unit) {
      failures.push(`not recognised as ${unit}: ${text}`);
      continue;
    }
    figures++;
    for (const fix of figureRewrites(before, text, lang)) {
      rewrites++;
      const after = applyEdits(text, fix.edits);
      const again = moneyFigure(after);
      if (!again || again.value !== before.value || again.unit !== before.unit) {
        failures.push(`${fix.title}: ${text} → ${after} gave ${again ? `${again.value} ${again.unit}` : 'no figure'}, expected ${before.value} ${before.unit}`);
      }
    }
  }
  console.log(`rewrites property: ${rewrites} rewrites of ${figures} figures checked, ${failures.length} failures`);
  assert.deepEqual(failures, []);
  assert.ok(figures > 1000 && rewrites > figures, `${figures} figures, ${rewrites} rewrites`);
});
