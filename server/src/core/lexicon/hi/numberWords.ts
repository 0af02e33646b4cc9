/** Hindi hand-written number words (see lexicon/numberWords.ts); nukta and chandrabindu are folded. */
import type { NumberWordExtras } from '../numberWords';

/** Hindi. */
export const hiNumberWords: NumberWordExtras = {
  cardinals: { 'छः': 6, 'छै': 6, 'छह': 6, 'दर्जन': 12, 'सैकड़ा': 100 },
  ordinals: { 'पहला': 1, 'पहली': 1, 'पहले': 1, 'दूसरा': 2, 'दूसरी': 2, 'दूसरे': 2, 'तीसरा': 3, 'तीसरी': 3, 'तीसरे': 3, 'चौथा': 4, 'चौथी': 4, 'चौथे': 4, 'छठा': 6, 'छठी': 6, 'छठे': 6, 'प्रथम': 1, 'द्वितीय': 2, 'तृतीय': 3 },
  scales: { 'मिलियन': 1e6, 'बिलियन': 1e9, 'ट्रिलियन': 1e12, 'हज़ार': 1e3, 'हजार': 1e3, 'लाख': 1e5, 'करोड़': 1e7, 'करोड': 1e7, 'अरब': 1e9, 'खरब': 1e11 },
  fractions: { 'डेढ़': 1.5, 'ढाई': 2.5, 'आधा': 0.5, 'आधी': 0.5 },
  multipliers: { 'सवा': 1.25, 'पौने': 0.75 },
  vague: ['अरबों', 'करोड़ों', 'लाखों', 'हज़ारों', 'हजारों', 'सैकड़ों', 'दर्जनों', 'मिलियनों'],
  connectors: [],
  ordinalSuffixes: ['वां', 'वें', 'वीं', 'वाँ', 'वा', 'th'],
  ordinalInflections: [['वाँ', ['वें', 'वीं']], ['वां', ['वें', 'वीं']]],
  weak: ['एक', 'सौ'],
  homographs: ['पहले', 'पहली'],
};
