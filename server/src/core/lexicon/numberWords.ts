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
  /** Multipliers before a number: سوا 1¼ ×, پونے ¾ × (سوا لاکھ = 125,000). */
  multipliers: Readonly<Record<string, number>>;
  /** Plural scale words with no definite value: اربوں, लाखों, millions. */
  vague: readonly string[];
  /** Words joining parts of one number: و (دو هزار و پانصد), and (one hundred and six). */
  connectors: readonly string[];
  /** Suffixes written after digits that make an ordinal: 80ویں, 5th, ۱۸م. */
  ordinalSuffixes: readonly string[];
  /** Number words that are also common other words (یک "a", سو "so", نه "not"): numbers only in number context. */
  weak: readonly string[];
  /** Inflections of ordinals: ending → other endings (Urdu واں → ویں, وے; Hindi वाँ → वें, वीं). */
  ordinalInflections?: readonly (readonly [string, readonly string[]])[];
  /** Number words far more often used as other words (Urdu اسی "this", بہتر "better"): never a figure alone. */
  homographs?: readonly string[];
  /** Articles that mean one only before a scale word: "a hundred", "a million". */
  articles?: readonly string[];
}
