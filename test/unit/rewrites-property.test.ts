/**
 * Property: every rewrite Concord offers on a figure (digit system, grouping, scale word) keeps
 * its value. Thousands of seeded-random money figures in each language are written in a random
 * digit system and grouping, with or without a scale word; each offered rewrite is applied and
 * the text analysed again, and the figure at that place must have the same value and unit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/analyze';
import { figureRewrites } from '../../server/src/core/features/rewrites';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
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

// [name, text, figure text, offered rewrites as "title ⇒ the figure after it"]
const rows: [string, string, string, string[]][] = [
  ['Urdu: only the digit systems Urdu news writes', 'حکومت نے منصوبے پر 2500 روپے خرچ کیے۔', '2500 روپے', ['Write in Persian digits: ۲۵۰۰ ⇒ ۲۵۰۰ روپے']],
  ['English: no foreign digits, no "33 thousand", no grouping that writes the same', 'The firm paid 33,000 dollars to the club.', '33,000 dollars', ['Use no grouping: 33000 ⇒ 33000 dollars']],
  ['Hindi: no 835 लाख (that is 8.35 करोड़)', 'सरकार ने इस योजना पर 8.35 करोड़ रुपये खर्च किए।', '8.35 करोड़ रुपये', [
    'Write in Devanagari digits: ८.३५ करोड़ ⇒ ८.३५ करोड़ रुपये',
    'Rewrite as 83.5 मिलियन ⇒ 83.5 मिलियन रुपये',
    'Rewrite as 83,500,000 ⇒ 83,500,000 रुपये',
  ]],
  ['Hindi: another spelling of the same scale word is no rewrite', 'मैच देखने 25 हजार दर्शक आए।', '25 हजार', ['Write in Devanagari digits: २५ हजार ⇒ २५ हजार', 'Rewrite as 25,000 ⇒ 25,000']],
  ['a currency glued before the digits stays', 'The court fined him Rs3.2m on Monday.', 'Rs3.2m', ['Rewrite as 3.2 million ⇒ Rs3.2 million', 'Rewrite as 3,200,000 ⇒ Rs3,200,000']],
  ['a unit its neighbours give keeps their scale word', 'स्वर्ण विजेताओं को 30 लाख रुपये, रजत विजेताओं को 20 लाख और कांस्य विजेताओं को 10 लाख रुपये मिलेंगे।', '20 लाख', ['Write in Devanagari digits: २० लाख ⇒ २० लाख']],
  ['Persian digits take the Persian decimal separator', 'صادرات به ۸.۵ میلیارد دلار رسید.', '۸.۵ میلیارد دلار', [
    'Write in ASCII digits: 8.5 میلیارد ⇒ 8.5 میلیارد دلار',
    'Rewrite as ۸٫۵ میلیارد ⇒ ۸٫۵ میلیارد دلار',
    'Rewrite as ۸٬۵۰۰٬۰۰۰٬۰۰۰ ⇒ ۸٬۵۰۰٬۰۰۰٬۰۰۰ دلار',
  ]],
  ['Urdu: ارب and بلین are both offered, کھرب with a mantissa under 100', 'حکومت نے 958 ارب روپے کا بجٹ پیش کیا۔', '958 ارب روپے', [
    'Write in Persian digits: ۹۵۸ ارب ⇒ ۹۵۸ ارب روپے',
    'Rewrite as 958 بلین ⇒ 958 بلین روپے',
    'Rewrite as 9.58 کھرب ⇒ 9.58 کھرب روپے',
    'Rewrite as 958,000,000,000 ⇒ 958,000,000,000 روپے',
  ]],
  ['an ordinal is no thousand', "It was the club's 1500th match.", '1500th', []],
];

test('offered rewrites read as news in the language writes them, and each changes something', () => {
  for (const [name, text, figureText, expected] of rows) {
    const facts = analyzeDocument(text, DEFAULT_OPTIONS);
    const figure = facts.figures.find((f) => f.text === figureText);
    assert.ok(figure, `${name}: no figure ${figureText} in ${facts.figures.map((f) => f.text).join(' | ')}`);
    const got = figureRewrites(figure, text, facts.lang).map((fix) => {
      const after = applyEdits(text, fix.edits);
      return `${fix.title.replace(/[\u2068\u2069]/gu, '')} ⇒ ${after.slice(figure.start, after.length - (text.length - figure.end))}`;
    });
    assert.deepEqual(got, expected, name);
  }
});
