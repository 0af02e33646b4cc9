/** Urdu hand-written number words (see lexicon/numberWords.ts). */
import type { NumberWordExtras } from '../numberWords';

/** Urdu. */
export const urNumberWords: NumberWordExtras = {
  // Collective forms: دونوں ممالک "both countries" = 2, تینوں = all three.
  cardinals: {
    'سینکڑا': 100, 'چھے': 6, 'چھ': 6, 'چھہ': 6, 'دونوں': 2, 'تینوں': 3, 'چاروں': 4, 'پانچوں': 5,
    // Spellings news writes beside the n2words forms.
    'اٹھارا': 18, 'بائس': 22, 'تئیس': 23, 'تیئس': 23, 'ستائس': 27, 'اٹھائس': 28, 'سینتس': 37, 'انتالس': 39, 'اکتالس': 41, 'بیالس': 42,
    'تیتالیس': 43, 'تینتالس': 43, 'چوالس': 44, 'پینتالس': 45, 'چھیالیس': 46, 'چھیالس': 46, 'سنتالیس': 47, 'اڑتالس': 48, 'تریپن': 53,
    'چوون': 54, 'اکھتر': 71, 'تھتر': 73, 'چوھتر': 74, 'چھیتر': 76, 'اٹھتر': 78, 'اکیانوے': 91, 'تیرانوے': 93,
  },
  ordinals: { 'پہلا': 1, 'پہلی': 1, 'پہلے': 1, 'دوسرا': 2, 'دوسری': 2, 'دوسرے': 2, 'تیسرا': 3, 'تیسری': 3, 'تیسرے': 3, 'چوتھا': 4, 'چوتھی': 4, 'چوتھے': 4, 'اول': 1, 'یکم': 1 },
  scales: { 'ملین': 1e6, 'بلین': 1e9, 'بیلین': 1e9, 'ٹریلین': 1e12, 'ہزار': 1e3, 'لاکھ': 1e5, 'کروڑ': 1e7, 'ارب': 1e9, 'کھرب': 1e11, 'درجن': 12 },
  // سوا / सवा alone (before a unit) is 1¼: सवा किलो; before a number or scale it is a multiplier. اڑھائی is how Punjab's
  // papers often spell ڈھائی (2½).
  fractions: { 'سوا': 1.25, 'پونے': 0.75, 'ڈیڑھ': 1.5, 'ڈھائی': 2.5, 'اڑھائی': 2.5, 'آدھا': 0.5, 'آدھی': 0.5, 'آدھے': 0.5, 'نصف': 0.5, 'تہائی': 1 / 3, 'چوتھائی': 0.25 },
  denominators: { 'تہائی': 3, 'چوتھائی': 4 },
  multipliers: { 'سوا': 1.25, 'پونے': 0.75, 'ساڑھے': 1.5 },
  multiplierBlockers: { 'سوا': ['کے', 'کی'] },
  vague: ['اربوں', 'کروڑوں', 'لاکھوں', 'ہزاروں', 'سینکڑوں', 'ملینز', 'بلینز', 'درجنوں', 'کھربوں'],
  connectors: ['و', '-'],
  scaleConnectors: ['اور'],
  decimalPoints: ['اعشاریہ', 'اعشاریه', 'اعشار', 'پوائنٹ'],
  negatives: ['منفی', 'مائنس'],
  pluses: ['پلس', 'جمع'],
  plusMinusJoiners: ['یا', '/', '-'],
  ordinalSuffixes: ['ویں', 'واں', 'وی', 'وے'],
  looseOrdinalSuffixes: ['ویں', 'واں'],
  ordinalEnding: 'واں',
  ordinalOfCardinals: true,
  ordinalInflections: [['واں', ['ویں', 'وے', 'وی']]],
  indefiniteBefore: ['کوئی', 'کسی'],
  // دونوں "both" counts only a concept (سائبر کرائم پیمانے اور نفاست دونوں میں); the larger collective
  // forms (تینوں, چاروں "all four") are plain counts, as English "all four" is.
  weak: ['ایک', 'سو', 'نو', 'اول', 'دوسرا', 'دوسری', 'دوسرے', 'دونوں'],
  // پہلے is mostly "before", "earlier"; پہلی is always "first" (پہلی بار "for the first time" is in notCounts).
  homographs: ['بہتر', 'اسی', 'ستر', 'پہلے'],
  // Thousands are grouped by commas (40,000, 40،000) or not at all: "40 000" is two numbers, a run such as 1 414 021 100 one.
  spaceGroups: false,
};
