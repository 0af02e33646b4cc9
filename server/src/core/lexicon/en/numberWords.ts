/** English hand-written number words (see lexicon/numberWords.ts). */
import type { NumberWordExtras } from '../numberWords';

/** English. */
export const enNumberWords: NumberWordExtras = {
  // twice, thrice: two and three times (twice weekly = دو بار, दो बार in translations).
  cardinals: { 'zero': 0, 'nil': 0, 'nought': 0, 'naught': 0, 'twice': 2, 'thrice': 3 },
  ordinals: { 'first': 1, 'second': 2, 'third': 3, 'nineth': 9 },
  scales: {
    'dozen': 12, 'lakh': 1e5, 'lakhs': 1e5, 'lac': 1e5, 'lacs': 1e5, 'crore': 1e7, 'crores': 1e7,
    'trillion': 1e12, 'quadrillion': 1e15, 'quintillion': 1e18, 'sextillion': 1e21, 'septillion': 1e24, 'octillion': 1e27, 'nonillion': 1e30,
    'decillion': 1e33, 'undecillion': 1e36, 'duodecillion': 1e39, 'tredecillion': 1e42, 'quattuordecillion': 1e45, 'quindecillion': 1e48,
    'sexdecillion': 1e51, 'septendecillion': 1e54, 'octodecillion': 1e57, 'novemdecillion': 1e60, 'vigintillion': 1e63,
  },
  fractions: { 'half': 0.5, 'quarter': 0.25, 'one-half': 0.5, 'one-third': 1 / 3 },
  denominators: { 'half': 2, 'halves': 2, 'quarter': 4, 'quarters': 4 },
  multipliers: {},
  vague: ['millions', 'billions', 'trillions', 'thousands', 'hundreds', 'dozens', 'tens'],
  pluralScales: { 'millions': 1e6, 'billions': 1e9, 'trillions': 1e12, 'thousands': 1e3, 'hundreds': 100, 'dozens': 12 },
  scalesAfterNumber: { 'b': 1e9, 'bn': 1e9, 'mn': 1e6, 'm': 1e6, 'k': 1e3, 'tn': 1e12, 'cr': 1e7, 'crs': 1e7, 'krore': 1e7, 'krores': 1e7, 'koti': 1e7, 'lkh': 1e5, 'lkhs': 1e5, 'kharab': 1e11, 'neel': 1e13, 'padma': 1e15, 'bln': 1e9, 'tln': 1e12, 'mln': 1e6, 'dz': 12, 'dzs': 12, 'doz': 12, 'dozs': 12, 'shankh': 1e17 },
  gluedScales: { 'k': 1e3, 'K': 1e3, 'M': 1e6, 'MM': 1e6, 'mn': 1e6, 'mln': 1e6, 'mil': 1e6, 'B': 1e9, 'bn': 1e9, 'bln': 1e9, 'tn': 1e12, 'tln': 1e12, 'tr': 1e12, 'G': 1e9 },
  generationLetters: ['G'],
  overs: ['over'],
  connectors: ['-', '–', '—'],
  scaleConnectors: ['and'],
  decimalPoints: ['point'],
  negatives: ['minus', 'negative'],
  pluses: ['plus'],
  plusMinusJoiners: ['or', '/', '-'],
  negativeAdjectives: ['negative'],
  signPrepositions: ['to', 'at', 'from', 'of', 'between', 'by'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  looseOrdinalSuffixes: ['th'],
  ordinalEnding: 'th',
  ordinalFractions: 'one',
  pluralOrdinalEnding: 's',
  // "a fifth of", and a change by a fraction: "shrank by a fifth after 2021", "fell by a third in 2023" ("a third time" ranks).
  fractionFollowers: ['of', 'in', 'after', 'since', 'from', 'during', 'compared', 'than', 'last', 'this', 'over'],
  indefiniteBefore: ['any', 'no'],
  // The determiner, and verbs of placing in a contest: finished second, came first, ranked second.
  ordinalDeterminers: ['the', 'finished', 'finishes', 'finishing', 'came', 'comes', 'placed', 'ranked', 'ranks', 'ranking'],
  weak: ['one', 'second', 'first'],
  standalone: ['zero', 'nought', 'naught'],
  articles: ['a', 'an'],
};
