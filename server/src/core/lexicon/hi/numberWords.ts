/** Hindi hand-written number words (see lexicon/numberWords.ts); nukta and chandrabindu are folded. */
import type { NumberWordExtras } from '../numberWords';

/** Hindi. */
export const hiNumberWords: NumberWordExtras = {
  // Spelling variants news writes beside the n2words forms (anusvara/half-nasal and ब/व variants are derived).
  cardinals: {
    // English numbers written in Devanagari (थ्री डज़न, फिफ्टी); वन "forest", टू "to", एट "at" are left out.
    'थ्री': 3, 'फोर': 4, 'फाइव': 5, 'सिक्स': 6, 'सेवन': 7, 'नाइन': 9, 'टेन': 10, 'इलेवन': 11, 'ट्वेल्व': 12, 'थर्टीन': 13, 'फोर्टीन': 14,
    'फिफ्टीन': 15, 'सिक्सटीन': 16, 'सेवनटीन': 17, 'सेवेनटीन': 17, 'एटीन': 18, 'नाइनटीन': 19, 'ट्वेंटी': 20, 'थर्टी': 30, 'फोर्टी': 40,
    'फिफ्टी': 50, 'सिक्सटी': 60, 'सेवेंटी': 70, 'सेवनटी': 70, 'एटी': 80, 'नाइंटी': 90,
    // Collective forms: दोनों देश "both countries" = 2, तीनों = all three.
    'दोनों': 2, 'तीनों': 3, 'चारों': 4, 'पांचों': 5, 'छहों': 6, 'सातों': 7, 'आठों': 8, 'दसों': 10,
    'छः': 6, 'छै': 6, 'छह': 6, 'सैकड़ा': 100, 'इकत्तीस': 31, 'एकतीस': 31, 'अट्ठाइस': 28, 'अठाईस': 28, 'अठाइस': 28, 'उन्तीस': 29, 'उन्तालीस': 39,
    'इकतालिस': 41, 'तैंतालीस': 43, 'तैंतालिस': 43, 'चौवालीस': 44, 'चव्वालीस': 44, 'इकावन': 51, 'तिरेपन': 53, 'चौव्वन': 54, 'अठावन': 58,
    'एकसठ': 61, 'तिरेसठ': 63, 'चौसठ': 64, 'छाछठ': 66, 'सरसठ': 67, 'उनासी': 79, 'उन्यासी': 79, 'अठासी': 88, 'नब्बासी': 89, 'पचानबे': 95, 'पंचानवे': 95, 'इकानवे': 91, 'बयानवे': 92, 'अठानवे': 98, 'सतानवे': 97,
  },
  ordinals: {
    // English ordinals written in Devanagari (टेन्थ पेज, थर्टी थर्ड); सेकंड is also the unit "second": it only opens a number and is weak.
    'फर्स्ट': 1, 'सेकंड': 2, 'सेकेंड': 2, 'थर्ड': 3, 'फोर्थ': 4, 'फिफ्थ': 5, 'सिक्स्थ': 6, 'सेवंथ': 7, 'सेवन्थ': 7, 'एट्थ': 8, 'नाइंथ': 9, 'नाइन्थ': 9,
    'टेंथ': 10, 'टेन्थ': 10, 'इलेवंथ': 11, 'इलेवेंथ': 11, 'इलेवेन्थ': 11, 'ट्वेल्थ': 12,
    'पहला': 1, 'पहली': 1, 'पहले': 1, 'दूसरा': 2, 'दूसरी': 2, 'दूसरे': 2, 'तीसरा': 3, 'तीसरी': 3, 'तीसरे': 3, 'चौथा': 4, 'चौथी': 4, 'चौथे': 4, 'छठा': 6, 'छठी': 6, 'छठे': 6, 'प्रथम': 1, 'द्वितीय': 2, 'तृतीय': 3 },
  scales: { 'मिलियन': 1e6, 'बिलियन': 1e9, 'ट्रिलियन': 1e12, 'हज़ार': 1e3, 'हजार': 1e3, 'लाख': 1e5, 'करोड़': 1e7, 'करोड': 1e7, 'खरब': 1e11, 'दर्जन': 12, 'डज़न': 12, 'हंड्रेड': 100, 'थाउजेंड': 1e3, 'थाउज़ेंड': 1e3 },
  // अरब alone is "Arab" (सऊदी अरब, अरब देशों, संयुक्त अरब अमीरात); after a number it is a billion (3.5 अरब डॉलर).
  scalesAfterNumber: { 'अरब': 1e9 },
  // سوا / सवा alone (before a unit) is 1¼: सवा किलो; before a number or scale it is a multiplier.
  fractions: { 'सवा': 1.25, 'पौने': 0.75, 'डेढ़': 1.5, 'ढाई': 2.5, 'आधा': 0.5, 'आधी': 0.5, 'आधे': 0.5, 'तिहाई': 1 / 3, 'चौथाई': 0.25 },
  denominators: { 'तिहाई': 3, 'चौथाई': 4 },
  multipliers: { 'सवा': 1.25, 'पौने': 0.75, 'साढ़े': 1.5, 'सावा': 1.25 },
  vague: ['अरबों', 'करोड़ों', 'लाखों', 'हज़ारों', 'हजारों', 'सैकड़ों', 'दर्जनों', 'मिलियनों'],
  connectors: ['-'],
  scaleConnectors: ['और'],
  decimalPoints: ['दशमलव', 'पॉइंट', 'प्वाइंट'],
  overs: ['बटा', 'बटे'],
  fractionOf: ['का', 'की', 'के'],
  negatives: ['माइनस', 'निगेटिव', 'नेगेटिव'],
  pluses: ['प्लस'],
  plusMinusJoiners: ['या', 'अथवा', '/', '-'],
  ordinalSuffixes: ['वां', 'वें', 'वीं', 'वाँ', 'वा', 'वी', 'वे', 'th', 'रा', 'री', 'रे', 'था', 'थी', 'थे'],
  looseOrdinalSuffixes: ['वां', 'वें', 'वीं', 'वाँ'],
  ordinalEnding: 'वां',
  ordinalOfCardinals: true,
  ordinalInflections: [['वाँ', ['वें', 'वीं', 'वा', 'वी', 'वे']], ['वां', ['वें', 'वीं', 'वा', 'वी', 'वे']]],
  indefiniteBefore: ['कोई', 'किसी'],
  // दोनों "both" counts only a concept, like the Urdu one; तीनों, चारों ("all four") are plain counts.
  weak: ['एक', 'सौ', 'दूसरा', 'दूसरी', 'दूसरे', 'दोनों', 'सेकंड', 'सेकेंड'],
  openingOnly: ['सेकंड', 'सेकेंड'],
  standalone: ['शून्य'],
  // पहले is mostly "before", "earlier"; पहली is always "first" (पहली बार "for the first time" is in notCounts).
  homographs: ['पहले'],
  // वन "forest" and टू "to" are English one and two only inside a number (फिफ्टी टू, माइनस वन).
  insideOnly: { 'वन': 1, 'टू': 2 },
  // Thousands are grouped by commas (40,000, 40،000) or not at all: "40 000" is two numbers, a run such as 1 414 021 100 one.
  spaceGroups: false,
};
