/** English hand-written number words (see lexicon/numberWords.ts). */
import type { NumberWordExtras } from '../numberWords';

/** English. */
export const enNumberWords: NumberWordExtras = {
  cardinals: { 'dozen': 12, 'zero': 0, 'nil': 0 },
  ordinals: { 'first': 1, 'second': 2, 'third': 3 },
  scales: { 'lakh': 1e5, 'lakhs': 1e5, 'crore': 1e7, 'crores': 1e7, 'bn': 1e9, 'mn': 1e6, 'm': 1e6, 'k': 1e3, 'tn': 1e12, 'trillion': 1e12 },
  fractions: { 'half': 0.5, 'quarter': 0.25, 'one-half': 0.5, 'one-third': 1 / 3 },
  multipliers: {},
  vague: ['millions', 'billions', 'trillions', 'thousands', 'hundreds', 'dozens', 'lakhs of', 'crores of', 'tens'],
  connectors: ['and', '-'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  weak: ['one', 'second', 'first', 'm', 'k'],
  articles: ['a', 'an'],
};
