/**
 * The shape of a language's hand-written number vocabulary, added to the tables generated from
 * n2words (lexicon/generated/): loanword scales, spelling variants, fractions, vague plurals,
 * ordinal suffixes written after digits, and words that are numbers only in number context.
 */

/** Hand-written number words of one language. */
export interface NumberWordExtras {
  /** More cardinal spellings → value (छः, پنج‌, a hundred …). */
  cardinals: Readonly<Record<string, number>>;
  /** More ordinals → value (اول, पहला, first …). */
  ordinals: Readonly<Record<string, number>>;
  /** Scale words beyond CLDR/n2words, such as English loanwords in Urdu news (ملین, بلین). */
  scales: Readonly<Record<string, number>>;
  /** Fractions: ڈیڑھ 1.5, ڈھائی 2.5, نیم 0.5, half 0.5. */
  fractions: Readonly<Record<string, number>>;
  /**
   * Multipliers before a scale word, or m − 1 added before a number: سوا 1¼ (سوا لاکھ = 125,000,
   * سوا تین لاکھ = 325,000), ساڑھے 1½, پونے ¾ (पौने तीन = 2.75).
   */
  multipliers: Readonly<Record<string, number>>;
  /** Per multiplier, the words after which it is another word: Urdu کے سوا "except", not 1¼ (کی ساڑھے stays ½ more). */
  multiplierBlockers?: Readonly<Record<string, readonly string[]>>;
  /** Plural scale words with no definite value: اربوں, लाखों, millions. */
  vague: readonly string[];
  /** Words joining parts of one number: و (دو هزار و پانصد), and (one hundred and six). */
  connectors: readonly string[];
  /** Suffixes written after digits that make an ordinal: 80ویں, 5th, ۱۸م. */
  ordinalSuffixes: readonly string[];
  /** Ordinal suffixes that are no word alone, so they make an ordinal after a space too: 10 वें, 10 ویں, 10 th. */
  looseOrdinalSuffixes?: readonly string[];
  /** Number words that never open a number but continue one or follow a minus word (Hindi वन "forest" / one, टू "to" / two). */
  insideOnly?: Readonly<Record<string, number>>;
  /** Ordinals that open a number but never end a compound one, being other words there too: Hindi सेकंड "second" (बीस सेकंड is 20 seconds, not 22nd). */
  openingOnly?: readonly string[];
  /** Number words that are figures alone, without anything counted (zero, शून्य): no other word is spelled so. */
  standalone?: readonly string[];
  /** Number words that are also common other words (یک "a", سو "so", نه "not"): numbers only in number context. */
  weak: readonly string[];
  /** Words after which a weak number word means "any/some single", not a count: کوئی ایک ملک, किसी एक व्यक्ति. */
  indefiniteBefore?: readonly string[];
  /** Words after which a weak ordinal is an ordinal: the first, the second, finished second (not "at first", "a second"). */
  ordinalDeterminers?: readonly string[];
  /** Inflections of ordinals: ending → other endings (Urdu واں → ویں, وے; Hindi वाँ → वें, वीं). */
  ordinalInflections?: readonly (readonly [string, readonly string[]])[];
  /** Number words far more often used as other words (Urdu اسی "this", بہتر "better"): never a figure alone. */
  homographs?: readonly string[];
  /** Articles that mean one only before a scale word: "a hundred", "a million". */
  articles?: readonly string[];
  /** A connector also written glued between tens and units (Persian بیست‌ویک, folded بیستویک). */
  gluedConnector?: string;
  /** Words joining parts of one number only after a hundred or a scale: and (one hundred and five), और, اور. */
  scaleConnectors?: readonly string[];
  /** Decimal point words: point, दशमलव, اعشاریہ, ممیز (two point five = 2.5). */
  decimalPoints?: readonly string[];
  /** Words between a numerator and a denominator: बटा, बटे, over (पांच बटा आठ = 5/8). */
  overs?: readonly string[];
  /** Words between a number and an ordinal that divides it: का, की, के (तीन का पांचवां भाग = 3/5). */
  fractionOf?: readonly string[];
  /** Words that make the number after them negative: minus, negative, माइनस, منفی. */
  negatives?: readonly string[];
  /** Negative words that are also adjectives (tested negative 3 times): they make number words negative, never digits. */
  negativeAdjectives?: readonly string[];
  /** Words after which a negative adjective makes digits negative too (fell to negative 5, at negative 3); it does at the sentence start as well. */
  signPrepositions?: readonly string[];
  /** Words before a negative word (and a joiner: or, -, /) that make it a tolerance, not a sign: plus or minus 2 per cent. */
  pluses?: readonly string[];
  /** Joiners between a plus word and a negative word (or, या, یا). */
  plusMinusJoiners?: readonly string[];
  /** Scale letters glued to digits, matched as written (10k, 3M, 1MM, 5bn, 10G): "m" is left to metres. */
  gluedScales?: Readonly<Record<string, number>>;
  /** Scale letters that name a generation after one whole digit, not a scale: 4G, 5G networks (10G, .5G are giga). */
  generationLetters?: readonly string[];
  /** Fraction words after a numerator: thirds 3, quarters 4, तिहाई 3, چوتھائی 4 (دو تہائی = 2/3). */
  denominators?: Readonly<Record<string, number>>;
  /** Plural scale words that scale a number before them (three billions, 200 dozens) and are vague alone. */
  pluralScales?: Readonly<Record<string, number>>;
  /** Scale words read only after a number (three cr twelve lac): too ambiguous alone. */
  scalesAfterNumber?: Readonly<Record<string, number>>;
  /**
   * The ending that makes a cardinal or scale word an ordinal (th: hundredth; वां: सौवां, एकवां;
   * واں: ہزارواں; م: هزارم); its inflections come from ordinalInflections.
   */
  ordinalEnding?: string;
  /** Whether every cardinal + ordinalEnding is an ordinal (एकवां, ایکواں); else only the hundreds are (Persian دویستم; سه + م is سهم "share"). */
  ordinalOfCardinals?: boolean;
  /** Whether an ordinal after a numerator is a fraction: after one only (one fifth), or any numerator (دو سوم). */
  ordinalFractions?: 'one' | 'any';
  /** Ending of plural ordinals that are fractions after a numerator (s: three fifths). */
  pluralOrdinalEnding?: string;
  /** Words after which an article + ordinal is a fraction (a fifth of); elsewhere it means "another" (a third term). */
  fractionFollowers?: readonly string[];
  /** Whether writers group thousands with a space (40 000); Hindi and Urdu writers do not: "40 000" there is two numbers, though a run of groups (1 414 021 100) is one. Default true. */
  spaceGroups?: boolean;
}
