/**
 * n2words output read in reverse (words → value). Concord's number-word tables were generated with
 * n2words, so this set shows the tables were read back correctly; it is no test of them and counts
 * toward no target.
 */
import * as path from 'node:path';
import type { Analyse } from './analyse';
import { EVAL_DIR, listFiles, readJson } from './data';
import { scoreExpression, type Expectation } from './match';
import { tally, type Section } from './report';

interface N2wordsCase {
  value: number | string;
  text: string;
  kind: 'cardinal' | 'ordinal' | 'currency';
}

/** The currency each locale's money words name. */
const LOCALE_CURRENCY: Readonly<Record<string, string>> = {
  'en-US': 'USD', 'en-IN': 'INR', 'hi-IN': 'INR', 'ur-PK': 'PKR', 'fa-IR': 'IRR',
};

const ROOT = path.join(EVAL_DIR, 'numbers', 'n2words');

/** The n2words section, with files whose label contains `only`. */
export function n2wordsSection(analyse: Analyse, only: string): Section {
  const rows = [];
  for (const file of listFiles(ROOT, '.json')) {
    const name = path.basename(file, '.json');
    const label = `n2words/${name}`;
    if (!label.includes(only)) continue;
    const locale = name.replace(/^n2words_/, '');
    const outcomes = (readJson(file) as N2wordsCase[]).map((c) => {
      // Values past 2^53 are given as strings; a relative tolerance compares them as doubles.
      const exp: Expectation = { value: Number(c.value), min: null, max: null };
      if (c.kind === 'ordinal') exp.kind = 'ordinal';
      if (c.kind === 'currency' && LOCALE_CURRENCY[locale] !== undefined) exp.unit = LOCALE_CURRENCY[locale];
      return scoreExpression(c.text, exp, analyse(c.text).figures, false);
    });
    rows.push(tally(label, outcomes));
  }
  return {
    title: 'n2words (tables built from it)',
    group: null,
    rows,
    notes: ['right: the main figure has the value; ordinals must be ordinal, money must carry the locale\'s currency (USD, INR, PKR, IRR)'],
  };
}
